import { memo } from 'react';
import { useT } from '../i18n/index.ts';
import { keyLabel } from './shortcuts.ts';

/** A shortcut as shown on a button: the first key only, to keep buttons calm. */
export const Kbd = memo(function Kbd({ keys }: { keys: readonly string[] }) {
  const t = useT();
  const first = keys[0];
  if (!first) return null;
  const label = first === 'Space' ? t('key.space') : keyLabel(first);
  return <kbd aria-hidden="true">{label}</kbd>;
});
