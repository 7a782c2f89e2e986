// @vitest-environment jsdom
/**
 * The history opens at once, however many sessions are kept: the list is asked for the moment the
 * screen opens (no typing pause on the first, empty query), and of thousands of sessions only the
 * first screen is drawn; scrolling draws the sessions that come into view.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/ipc/records.ts';
import { setApiForTests } from '../../../renderer/common/api.ts';
import { HistoryScreen } from '../../../renderer/supervisor/screens/HistoryScreen.tsx';
import { fakeApi } from './fake-api.ts';

const DAY = 24 * 60 * 60_000;
const T0 = Date.UTC(2025, 2, 11, 19, 0);
const sessions = (n: number): HistoryEntry[] =>
  Array.from({ length: n }, (_, i) => ({ sessionId: `s${i}`, date: T0 - i * DAY, endedAt: T0 - i * DAY + 3 * 3_600_000, caseTitles: [`Casus nummer ${i + 1}`], plannedMs: 10_800_000, actualMs: 10_500_000 }));

describe('history list', () => {
  let fake: ReturnType<typeof fakeApi>;
  afterEach(() => {
    cleanup();
    setApiForTests(null);
  });

  describe('with 5,000 sessions', () => {
    beforeEach(() => {
      fake = fakeApi({ 'history.list': sessions(5000) });
      setApiForTests(fake.api);
    });

    it('asks for the list the moment it opens, not after a typing pause', () => {
      render(<HistoryScreen onClose={() => {}} />);
      expect(fake.calls.filter((c) => c.channel === 'history.list')).toEqual([{ channel: 'history.list', req: { query: '' } }]);
    });

    it('draws the first screen of sessions, not all of them, and the rest as they scroll into view', async () => {
      render(<HistoryScreen onClose={() => {}} />);
      const first = await screen.findAllByTestId('history-entry');
      expect(first.length).toBeGreaterThan(5);
      expect(first.length).toBeLessThan(60);
      expect(first[0]!.textContent).toContain('Casus nummer 1');
      expect(first[0]!.getAttribute('aria-setsize')).toBe('5000');
      expect(screen.queryByText('Casus nummer 200')).toBeNull();

      // Scrolled down 200 rows (jsdom has no layout: the list says where it is).
      const list = screen.getByRole('list', { name: 'Geschiedenis' });
      list.getBoundingClientRect = () => ({ top: -200 * 96, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: -200 * 96, toJSON: () => ({}) });
      await act(async () => {
        fireEvent.scroll(window);
        await new Promise((r) => setTimeout(r, 50));
      });
      expect(screen.getByText('Casus nummer 201')).toBeTruthy();
      expect(screen.queryByText('Casus nummer 1')).toBeNull();
      expect(screen.getAllByTestId('history-entry').length).toBeLessThan(60);
    });
  });

  it('draws a short history whole', async () => {
    fake = fakeApi({ 'history.list': sessions(12) });
    setApiForTests(fake.api);
    render(<HistoryScreen onClose={() => {}} />);
    expect(await screen.findAllByTestId('history-entry')).toHaveLength(12);
  });
});
