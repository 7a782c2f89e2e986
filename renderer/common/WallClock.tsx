/** The time of day, hh:mm, changing on the minute (one timer to the next minute boundary). */
import { memo, useEffect, useState } from 'react';
import { clockTime } from './dates.ts';
import { useT } from '../i18n/index.ts';

export const WallClock = memo(function WallClock() {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const handle = setTimeout(() => setNow(Date.now()), 60_000 - (now % 60_000) + 50);
    return () => clearTimeout(handle);
  }, [now]);
  return <span data-testid="wall-clock">{t('tk.now', { time: clockTime(now, t.lang) })}</span>;
});
