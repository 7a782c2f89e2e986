/**
 * Long fields never lose text without a word: near the limit a counter shows how much room is
 * left, and a paste that does not fit says how much was cut (the browser's maxLength alone
 * would drop the rest in silence).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClipboardEvent, InputHTMLAttributes } from 'react';
import { useT } from '../../i18n/index.ts';

/** The counter appears from this share of the limit on. */
const SHOW_FROM = 0.8;

/** How many characters of `pasted` will not fit in the field (0: all of it fits). */
export function overflowOfPaste(value: string, selectionStart: number, selectionEnd: number, pasted: string, max: number): number {
  const room = max - (value.length - Math.max(0, selectionEnd - selectionStart));
  return Math.max(0, pasted.length - Math.max(0, room));
}

export function useFieldLimit(max: number) {
  const [cut, setCut] = useState(0);
  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
      const el = e.currentTarget;
      const pasted = e.clipboardData.getData('text/plain');
      setCut(overflowOfPaste(el.value, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, pasted, max));
    },
    [max],
  );
  return { onPaste, cut, clearCut: () => setCut(0) };
}

export function FieldLimit({ id, length, max, cut, onDismiss }: { id: string; length: number; max: number; cut: number; onDismiss: () => void }) {
  const t = useT();
  const locale = t.lang === 'en' ? 'en-GB' : t.lang;
  const n = (x: number) => x.toLocaleString(locale);
  const near = length >= max * SHOW_FROM;
  const alertRef = useRef<HTMLParagraphElement>(null);
  // The field may fill the screen: bring the message into view, without moving the focus.
  useEffect(() => {
    if (cut > 0) alertRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [cut]);
  return (
    <>
      {(near || cut > 0) && (
        <span id={id} className={`small ${length >= max ? 'error-text' : 'muted'}`} data-testid="field-count">
          {length >= max ? t('limit.full', { max: n(max) }) : t('limit.count', { n: n(length), max: n(max), left: n(max - length) })}
        </span>
      )}
      {cut > 0 && (
        <p ref={alertRef} className="error-box" role="alert" data-testid="paste-cut">
          {t('limit.pasteCut', { cut: n(cut), max: n(max) })}{' '}
          <button type="button" className="quiet small" onClick={onDismiss}>
            {t('common.close')}
          </button>
        </p>
      )}
    </>
  );
}

/** A one-line text field with the same care: a counter near the limit, and a word when a paste is cut. */
export function LimitedInput({
  id,
  max,
  value,
  onValue,
  ...rest
}: { id: string; max: number; value: string; onValue: (value: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'maxLength' | 'onPaste'>) {
  const limit = useFieldLimit(max);
  return (
    <div className="grow" style={{ flex: 1, minWidth: 0 }}>
      <input id={id} type="text" value={value} maxLength={max} onChange={(e) => onValue(e.target.value)} onPaste={limit.onPaste} aria-describedby={`${id}-count`} {...rest} />
      <FieldLimit id={`${id}-count`} length={value.length} max={max} cut={limit.cut} onDismiss={limit.clearCut} />
    </div>
  );
}
