// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { findShortcut, isTypingTarget, keyMatches } from '../../../renderer/common/shortcuts.ts';
import type { Shortcut } from '../../../renderer/common/shortcuts.ts';

function keydown(key: string, target: Element, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('keyboard shortcuts', () => {
  const start = vi.fn();
  const plus5 = vi.fn();
  const plus1 = vi.fn();
  const list: Shortcut[] = [
    { keys: ['Space'], run: start },
    { keys: ['ArrowUp', '+'], run: plus1 },
    { keys: ['Shift+ArrowUp'], run: plus5 },
  ];

  it('matches keys, Space and Shift combinations', () => {
    expect(keyMatches({ key: ' ', shiftKey: false }, 'Space')).toBe(true);
    expect(keyMatches({ key: '+', shiftKey: true }, '+')).toBe(true);
    expect(keyMatches({ key: 'ArrowUp', shiftKey: true }, 'ArrowUp')).toBe(false);
    expect(keyMatches({ key: 'ArrowUp', shiftKey: true }, 'Shift+ArrowUp')).toBe(true);
    expect(keyMatches({ key: 'N', shiftKey: true }, 'n')).toBe(true);
  });

  it('acts on the page, never while typing in a field', () => {
    document.body.innerHTML = '<main><textarea></textarea><input type="text"><input type="checkbox"><button>x</button><p>text</p></main>';
    const [textarea, text, checkbox, button, p] = ['textarea', 'input[type=text]', 'input[type=checkbox]', 'button', 'p'].map((s) => document.querySelector(s)!);
    expect(isTypingTarget(textarea!)).toBe(true);
    expect(isTypingTarget(text!)).toBe(true);
    expect(isTypingTarget(checkbox!)).toBe(false);
    expect(findShortcut(keydown(' ', p!), list)?.run).toBe(start);
    expect(findShortcut(keydown(' ', textarea!), list)).toBeNull();
    expect(findShortcut(keydown('+', text!), list)).toBeNull();
  });

  it('lets Space press a focused button instead of starting the clock', () => {
    const button = document.querySelector('button')!;
    expect(findShortcut(keydown(' ', button), list)).toBeNull();
    expect(findShortcut(keydown('ArrowUp', button), list)?.run).toBe(plus1);
  });

  it('leaves the arrows to a radio group (the circle display’s time choice): they never move the session', () => {
    document.body.innerHTML = '<fieldset><input type="radio" name="t"><input type="radio" name="t"></fieldset><p>x</p>';
    const radio = document.querySelector('input[type=radio]')!;
    expect(findShortcut(keydown('ArrowUp', radio), list)).toBeNull();
    expect(findShortcut(keydown(' ', radio), list)).toBeNull();
    expect(findShortcut(keydown('ArrowUp', document.querySelector('p')!), list)?.run).toBe(plus1);
  });

  it('leaves Ctrl, Cmd and Alt combinations to the system', () => {
    const p = document.querySelector('p')!;
    expect(findShortcut(keydown('+', p, { ctrlKey: true }), list)).toBeNull();
    expect(findShortcut(keydown(' ', p, { metaKey: true }), list)).toBeNull();
    expect(findShortcut(keydown(' ', p, { altKey: true }), list)).toBeNull();
  });

  it('prefers the Shift variant when Shift is held', () => {
    const p = document.querySelector('p')!;
    expect(findShortcut(keydown('ArrowUp', p, { shiftKey: true }), list)?.run).toBe(plus5);
    expect(findShortcut(keydown('ArrowUp', p), list)?.run).toBe(plus1);
  });

  it('does nothing while a dialog is open or when disabled', () => {
    const p = document.querySelector('p')!;
    expect(findShortcut(keydown(' ', p), [{ keys: ['Space'], run: start, enabled: false }])).toBeNull();
    document.body.insertAdjacentHTML('beforeend', '<dialog open><p>Zeker?</p></dialog>');
    expect(findShortcut(keydown(' ', p), list)).toBeNull();
  });
});
