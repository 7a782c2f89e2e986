import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../../renderer/supervisor/autosave.ts';

describe('autosave never loses a typed word', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, about half a second after typing pauses', async () => {
    const save = vi.fn(async () => true);
    const saver = createAutosaver({ save });
    saver.change('I');
    vi.advanceTimersByTime(300);
    saver.change('Ik vr');
    vi.advanceTimersByTime(300);
    saver.change('Ik vraag me af');
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Ik vraag me af');
    expect(saver.state()).toBe('saved');
    expect(saver.pending()).toBeNull();
  });

  it('saves at once on flush (step change, blur, leaving)', async () => {
    const save = vi.fn(async () => true);
    const saver = createAutosaver({ save });
    saver.change('Thema: regie');
    await saver.flush();
    expect(save).toHaveBeenCalledWith('Thema: regie');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('keeps the text and tries again when a save fails (e.g. the vault locked)', async () => {
    let ok = false;
    const save = vi.fn(async () => ok);
    const states: string[] = [];
    const saver = createAutosaver({ save, onState: (s) => states.push(s) });
    saver.change('niet verliezen');
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.state()).toBe('error');
    expect(saver.pending()).toBe('niet verliezen');
    ok = true;
    await saver.flush();
    expect(saver.state()).toBe('saved');
    expect(save).toHaveBeenLastCalledWith('niet verliezen');
    expect(states).toContain('error');
  });

  it('saves what was typed during a slow save right after it', async () => {
    const resolvers: ((ok: boolean) => void)[] = [];
    const save = vi.fn((_text: string) => new Promise<boolean>((r) => resolvers.push(r)));
    const saver = createAutosaver({ save });
    saver.change('een');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('een twee');
    const flushed = saver.flush();
    resolvers[0]!(true);
    await vi.advanceTimersByTimeAsync(0);
    resolvers[1]?.(true);
    await flushed;
    expect(save.mock.calls.map((c) => c[0])).toEqual(['een', 'een twee']);
    expect(saver.pending()).toBeNull();
  });
});

describe('autosave after a failure', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tries again by itself a few seconds later', async () => {
    let ok = false;
    const save = vi.fn(async () => ok);
    const saver = createAutosaver({ save, retryMs: 3_000 });
    saver.change('tekst');
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.state()).toBe('error');
    ok = true;
    await vi.advanceTimersByTimeAsync(3_000);
    expect(saver.state()).toBe('saved');
    expect(save).toHaveBeenCalledTimes(2);
  });
});
