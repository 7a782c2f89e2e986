/**
 * The floor's page: one text node repainted once a second over a WebSocket, nothing else — no
 * framework, no strings catalog, no CSS file. It shows the time exactly as Kring defines it
 * (renderer/common/time.ts: rounded up, `0:00`, then `+m:ss`) and schedules each repaint for the
 * moment the shown value changes (a timeout to the next second boundary of the deadline), so its
 * error is the browser's timer jitter alone. Two buttons with Kring's hooks (`time-toggle`, the
 * ArrowUp "+1 minute") let the sync measure click it like a timekeeper window. Same markup hooks
 * as Kring (`data-testid="time-left"` inside an element with `data-run`), so every probe works on both.
 */
export function floorPageHtml(): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>floor</title>
<style>body{font:16px system-ui;margin:2rem}#t{font-size:12rem;font-variant-numeric:tabular-nums}</style></head>
<body><h1 data-testid="circle-step">Stap 1</h1><div id="r" data-run="idle"><div id="t" data-testid="time-left">–:––</div></div>
<button data-testid="time-toggle" id="p">pauze</button> <button aria-keyshortcuts="ArrowUp" id="x">+1 min</button>
<script>
(() => {
  const el = document.getElementById('t').firstChild || document.getElementById('t').appendChild(document.createTextNode(''));
  const run = document.getElementById('r');
  let timer = null, handle = 0, ws = null, id = 0;
  const clock = (s) => Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  function tick() {
    clearTimeout(handle);
    if (!timer) return;
    const left = timer.deadline !== null ? timer.deadline - Date.now() : (timer.remainingMs > 0 ? timer.remainingMs : -timer.overtimeMs);
    const over = Math.floor(-left / 1000);
    const text = left > 0 ? clock(Math.ceil(left / 1000)) : over === 0 ? '0:00' : '+' + clock(over);
    if (el.data !== text) el.data = text;
    if (timer.deadline === null) return;
    const next = left > 0 ? left - (Math.ceil(left / 1000) - 1) * 1000 : (over + 1) * 1000 + left;
    handle = setTimeout(tick, Math.max(1, next));
  }
  const send = (req) => ws && ws.readyState === 1 && ws.send(JSON.stringify({ id: ++id, channel: 'session.command', req }));
  document.getElementById('p').onclick = () => send({ type: timer && timer.status === 'running' ? 'PAUSE' : 'RESUME' });
  document.getElementById('x').onclick = () => send({ type: 'EXTEND', ms: 60000 });
  const connect = () => {
    ws = new WebSocket('ws://' + location.host + '/kring');
    ws.onmessage = (e) => {
      const m = JSON.parse(e.data);
      if (!m.push || m.push.type !== 'view') return;
      timer = m.push.view.current.timer;
      run.setAttribute('data-run', timer.status === 'running' ? 'running' : timer.status === 'paused' ? 'paused' : 'idle');
      tick();
    };
    ws.onclose = () => setTimeout(connect, 200);
  };
  connect();
})();
</script></body></html>`;
}
