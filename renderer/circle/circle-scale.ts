/**
 * The circle display's text scale, remembered per display: a projector and a laptop screen each
 * keep their own. Applied through one CSS variable, `--circle-scale`, on the document.
 */
export const SCALE = { min: 0.7, max: 1.6, step: 0.1, default: 1 } as const;

/** What tells displays apart well enough: resolution and pixel density (never anything about people). */
export const displayKey = (screen: { width: number; height: number }, dpr: number) => `kring.circleScale.${screen.width}x${screen.height}@${Math.round(dpr * 100) / 100}`;

export function clampScale(n: number): number {
  if (!Number.isFinite(n)) return SCALE.default;
  return Math.round(Math.min(SCALE.max, Math.max(SCALE.min, n)) * 10) / 10;
}

function key(): string {
  return displayKey(window.screen, window.devicePixelRatio || 1);
}

export function storedScale(): number {
  try {
    const raw = window.localStorage.getItem(key());
    return raw === null ? SCALE.default : clampScale(Number(raw));
  } catch {
    return SCALE.default; // storage unavailable: the default, and nothing breaks
  }
}

export function applyScale(scale: number) {
  document.documentElement.style.setProperty('--circle-scale', String(scale));
}

export function saveScale(scale: number) {
  applyScale(scale);
  try {
    window.localStorage.setItem(key(), String(scale));
  } catch {
    // not remembered; it still applies now
  }
}
