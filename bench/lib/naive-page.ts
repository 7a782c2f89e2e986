/**
 * The comparison: the countdown most people write first. It reads the right time
 * (`deadline − Date.now()`, rounded up like Kring) but refreshes with a plain
 * `setInterval(…, 1000)` started when the page loads — the usual `useEffect(() =>
 * setInterval(tick, 1000), [])` — plus a redraw whenever a new view arrives. It gets its views over
 * the same WebSocket as a timekeeper window, so both are measured against the same deadline.
 */
export function naivePageHtml(): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>naive setInterval countdown</title>
<style>body{font:16px system-ui;margin:2rem} #t{font-size:12rem;font-variant-numeric:tabular-nums}</style></head>
<body><div id="t" data-testid="time-left">–:––</div>
<script>
(() => {
  const el = document.getElementById('t');
  let timer = null;
  const clock = (s) => Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  function show() {
    if (!timer) return;
    const left = timer.deadline !== null ? timer.deadline - Date.now() : (timer.remainingMs > 0 ? timer.remainingMs : -timer.overtimeMs);
    const over = Math.floor(-left / 1000);
    el.textContent = left > 0 ? clock(Math.ceil(left / 1000)) : over === 0 ? '0:00' : '+' + clock(over);
  }
  setInterval(show, 1000);
  const token = new URLSearchParams(location.search).get('token');
  const connect = () => {
    const ws = new WebSocket('ws://' + location.host + '/kring?token=' + token);
    ws.onmessage = (e) => {
      const m = JSON.parse(e.data);
      if (m.push && m.push.type === 'view') { timer = m.push.view.current ? m.push.view.current.timer : null; show(); }
    };
    ws.onclose = () => setTimeout(connect, 200);
  };
  connect();
})();
</script></body></html>`;
}

/** A same-origin address that the Kring server answers with 404 (no CSP), to write the naive page into. */
export function naivePageUrl(timekeeperUrl: string): string {
  const u = new URL(timekeeperUrl);
  return `${u.origin}/bench-naive-countdown?token=${u.searchParams.get('token') ?? ''}`;
}
