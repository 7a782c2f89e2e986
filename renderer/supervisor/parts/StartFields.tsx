/**
 * The session's date and start time as fields that follow Kring's language, not the operating
 * system's: day, month by name, year; hour and minutes on the 24-hour clock. A date that does not
 * exist (31 February) is said so and not sent; what was typed stays.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { fromParts, monthNames, toParts } from '../../common/dates.ts';
import { useT } from '../../i18n/index.ts';

type Fields = { day: string; month: string; year: string; hour: string; minute: string };

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const fieldsOf = (at: number): Fields => {
  const p = toParts(at);
  return { day: String(p.day), month: String(p.month), year: String(p.year), hour: pad(p.hour), minute: pad(p.minute) };
};
const whole = (v: string) => (/^\d{1,4}$/.test(v.trim()) ? Number(v.trim()) : NaN);
const atOf = (f: Fields) => fromParts({ day: whole(f.day), month: whole(f.month), year: whole(f.year), hour: whole(f.hour), minute: whole(f.minute) });

export function StartFields({ startsAt, onChange }: { startsAt: number; onChange: (at: number) => void }) {
  const t = useT();
  const id = useId();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(startsAt));
  const [invalid, setInvalid] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  // A start changed elsewhere shows in the fields, but never while the person is typing in them:
  // our own change coming back must not overwrite a field they have already moved on to.
  useEffect(() => {
    if (group.current?.contains(document.activeElement)) return;
    setFields(fieldsOf(startsAt));
    setInvalid(false);
  }, [startsAt]);

  const commit = (next: Fields) => {
    const at = atOf(next);
    setInvalid(at === null);
    if (at !== null && at !== startsAt) onChange(at);
  };
  const set = (key: keyof Fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const text = (key: keyof Fields, label: string, size: number) => (
    <div className={`field date-part date-${key}`}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={size}
        size={size}
        value={fields[key]}
        onChange={(e) => set(key)(e.target.value)}
        onBlur={() => commit(fields)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(fields);
        }}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-invalid` : undefined}
        data-testid={`start-${key}`}
      />
    </div>
  );

  return (
    <div className="stack start-fields" ref={group}>
      <fieldset className="date-fields">
        <legend>{t('plan.date')}</legend>
        <div className="row">
          {text('day', t('plan.day'), 2)}
          <div className="field date-part date-month">
            <label htmlFor={`${id}-month`}>{t('plan.month')}</label>
            <select
              id={`${id}-month`}
              value={fields.month}
              onChange={(e) => {
                const next = { ...fields, month: e.target.value };
                setFields(next);
                commit(next);
              }}
              data-testid="start-month"
            >
              {monthNames(t.lang).map((name, i) => (
                <option key={i + 1} value={String(i + 1)}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          {text('year', t('plan.year'), 4)}
        </div>
      </fieldset>
      <fieldset className="date-fields">
        <legend>{t('plan.time')}</legend>
        <div className="row">
          {text('hour', t('plan.hour'), 2)}
          <span aria-hidden="true" className="time-colon">
            :
          </span>
          {text('minute', t('plan.minute'), 2)}
          <span className="small muted">{t('plan.clock24')}</span>
        </div>
      </fieldset>
      {invalid && (
        <p className="advice" role="alert" id={`${id}-invalid`} data-testid="start-invalid">
          {t('plan.dateInvalid')}
        </p>
      )}
    </div>
  );
}
