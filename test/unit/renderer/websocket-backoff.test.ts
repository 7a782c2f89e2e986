/** The WebSocket transport retries on its own, every ≤ 400 ms: the server is on this machine. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebSocketApi, RETRY_MAX_MS } from '../../../renderer/transport/websocket-api.ts';

const attempts: number[] = [];
let accept = false;

class FakeSocket {
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  constructor() {
    attempts.push(Date.now());
    // A refused connection closes without ever opening.
    queueMicrotask(() => (accept ? this.onopen?.() : this.onclose?.()));
  }
  send() {}
  close() {
    this.onclose?.();
  }
}

describe('websocket transport, reconnecting', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    attempts.length = 0;
    accept = false;
    vi.stubGlobal('WebSocket', FakeSocket);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('backs off to at most 400 ms between attempts, with one retry pending at a time', async () => {
    expect(RETRY_MAX_MS).toBe(400);
    createWebSocketApi('ws://127.0.0.1:1/');
    for (let i = 0; i < 50; i++) {
      await vi.advanceTimersByTimeAsync(100);
      expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    }
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
    expect(gaps.slice(0, 3)).toEqual([100, 200, 400]);
    expect(Math.max(...gaps)).toBe(RETRY_MAX_MS);
    expect(attempts.length).toBeGreaterThan(10);

    // The server is back: the next attempt connects, and no more attempts follow.
    accept = true;
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS + 10);
    const count = attempts.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(attempts.length).toBe(count);
  });
});
