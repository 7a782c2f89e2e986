/** A KringApi for component tests: records calls, answers ok. */
import { vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract.ts';
import type { KringApi, Push } from '../../../shared/ipc/contract.ts';

export function fakeApi(answers: Partial<Record<string, unknown>> = {}) {
  const calls: { channel: string; req: unknown }[] = [];
  const listeners = new Set<(p: Push) => void>();
  const api = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      vi.fn(async (req: unknown) => {
        calls.push({ channel: c, req });
        return { ok: true, value: c in answers ? answers[c] : null };
      }),
    ]),
  ) as unknown as KringApi;
  api.onPush = (l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  return { api, calls, push: (p: Push) => listeners.forEach((l) => l(p)) };
}
