/**
 * Keyboard shortcuts: one listener per window, shown in the UI, and never a surprise. A shortcut
 * does nothing while someone types in a field, while a dialog is open, with Ctrl/Cmd/Alt held
 * (those belong to the system), or when Space/Enter would already press a focused button.
 */
import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** Key specs: a KeyboardEvent.key ("ArrowRight", "+", "n") or "Space"; prefix "Shift+" to require Shift. */
  keys: readonly string[];
  run: () => void;
  enabled?: boolean;
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type);
  }
  return (target as HTMLElement).isContentEditable === true;
}

function activatesByKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  // Arrows move within a radio group, a slider or a list: they are that control's keys, not the session's.
  if (key.startsWith('Arrow') && target.closest('input[type="radio"], [role="radiogroup"], [role="slider"], [role="listbox"], input[type="range"]')) return true;
  if (key !== ' ' && key !== 'Enter') return false;
  return target.closest('button, a[href], [role="button"], summary, input, [role="checkbox"], [role="tab"]') !== null;
}

export function keyMatches(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>, spec: string): boolean {
  const shift = spec.startsWith('Shift+');
  const key = shift ? spec.slice(6) : spec;
  const pressed = event.key === ' ' ? 'Space' : event.key;
  if (shift && !event.shiftKey) return false;
  // "+" and "?" need Shift on many layouts: don't require it to be absent for one-character keys.
  if (!shift && event.shiftKey && key.length > 1) return false;
  return pressed.length === 1 && key.length === 1 ? pressed.toLowerCase() === key.toLowerCase() : pressed === key;
}

export function findShortcut(event: KeyboardEvent, shortcuts: readonly Shortcut[]): Shortcut | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target) || activatesByKey(event.target, event.key)) return null;
  if (typeof document !== 'undefined' && document.querySelector('dialog[open]')) return null;
  // Prefer a Shift+ spec when Shift is held, so "Shift+ArrowUp" wins over "ArrowUp".
  const ordered = [...shortcuts].sort((a, b) => Number(b.keys.some((k) => k.startsWith('Shift+'))) - Number(a.keys.some((k) => k.startsWith('Shift+'))));
  for (const s of ordered) {
    if (s.enabled === false) continue;
    if (s.keys.some((k) => keyMatches(event, k))) return s;
  }
  return null;
}

/** Register shortcuts for as long as the component is mounted. */
export function useShortcuts(shortcuts: readonly Shortcut[]) {
  const ref = useRef(shortcuts);
  ref.current = shortcuts;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const hit = findShortcut(event, ref.current);
      if (!hit) return;
      event.preventDefault();
      if (!event.repeat) hit.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** How a key spec is written on screen. */
export function keyLabel(spec: string): string {
  const names: Record<string, string> = {
    Space: '␣',
    ArrowRight: '→',
    ArrowLeft: '←',
    ArrowUp: '↑',
    ArrowDown: '↓',
    Escape: 'Esc',
    Enter: '↵',
  };
  const shift = spec.startsWith('Shift+');
  const key = shift ? spec.slice(6) : spec;
  return (shift ? '⇧' : '') + (names[key] ?? key.toUpperCase());
}

/** The value for aria-keyshortcuts. */
export function ariaKeys(keys: readonly string[]): string {
  return keys.map((k) => (k === 'Space' ? 'Space' : k === '+' ? 'Plus' : k)).join(' ');
}
