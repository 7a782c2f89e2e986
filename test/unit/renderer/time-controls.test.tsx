// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setApiForTests } from '../../../renderer/common/api.ts';
import { TimeControls } from '../../../renderer/common/TimeControls.tsx';
import type { TimeControls as Controls } from '../../../shared/session/views.ts';
import { fakeApi } from './fake-api.ts';

const none: Controls = { start: false, pause: false, resume: false, extend: false, shorten: false, next: false, back: false };

describe('<TimeControls>', () => {
  let fake: ReturnType<typeof fakeApi>;
  beforeEach(() => {
    fake = fakeApi();
    setApiForTests(fake.api);
  });
  afterEach(() => {
    cleanup();
    setApiForTests(null);
  });

  it('starts with Space, extends with +, moves on with →, and shows its keys', async () => {
    render(<TimeControls phase="case" move={7} current={null} controls={{ ...none, start: true, extend: true, next: true }} />);
    expect(screen.getByTestId('time-toggle').textContent).toContain('Start');
    expect(screen.getByTestId('time-toggle').getAttribute('aria-keyshortcuts')).toBe('Space');
    await act(async () => {
      fireEvent.keyDown(document.body, { key: ' ' });
      fireEvent.keyDown(document.body, { key: '+' });
      fireEvent.keyDown(document.body, { key: 'ArrowUp', shiftKey: true });
      fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    });
    expect(fake.calls.map((c) => c.req)).toEqual([
      { type: 'START', atMove: 7 },
      { type: 'EXTEND', ms: 60_000, atMove: 7 },
      { type: 'EXTEND', ms: 300_000, atMove: 7 },
      { type: 'NEXT', atMove: 7 },
    ]);
    // After "next", a way back is offered.
    expect(await screen.findByText(/Per ongeluk\?/)).toBeTruthy();
  });

  it('ignores keys typed into a field and keys for controls that cannot act now', async () => {
    render(
      <>
        <textarea aria-label="notities" />
        <TimeControls phase="case" move={3} current={null} controls={{ ...none, pause: true }} />
      </>,
    );
    await act(async () => {
      fireEvent.keyDown(screen.getByLabelText('notities'), { key: ' ' });
      fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    });
    expect(fake.calls).toEqual([]);
    await act(async () => void fireEvent.keyDown(document.body, { key: ' ' }));
    expect(fake.calls.map((c) => c.req)).toEqual([{ type: 'PAUSE', atMove: 3 }]);
    expect((screen.getByText(/Volgende stap/).closest('button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('a quick double click on "Volgende stap" sends one "next"; "+1" twice sends two', async () => {
    render(<TimeControls phase="case" move={4} current={null} controls={{ ...none, next: true, extend: true }} />);
    const next = screen.getByTestId('time-next');
    const plus1 = screen.getByText(/\+1/).closest('button') as HTMLButtonElement;
    await act(async () => {
      fireEvent.click(next, { detail: 1 });
      fireEvent.click(next, { detail: 2 });
      fireEvent.click(plus1, { detail: 1 });
      fireEvent.click(plus1, { detail: 2 });
    });
    expect(fake.calls.map((c) => c.req)).toEqual([
      { type: 'NEXT', atMove: 4 },
      { type: 'EXTEND', ms: 60_000, atMove: 4 },
      { type: 'EXTEND', ms: 60_000, atMove: 4 },
    ]);
  });
});
