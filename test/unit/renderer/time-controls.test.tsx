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
    render(<TimeControls phase="case" current={null} controls={{ ...none, start: true, extend: true, next: true }} />);
    expect(screen.getByTestId('time-toggle').textContent).toContain('Start');
    expect(screen.getByTestId('time-toggle').getAttribute('aria-keyshortcuts')).toBe('Space');
    await act(async () => {
      fireEvent.keyDown(document.body, { key: ' ' });
      fireEvent.keyDown(document.body, { key: '+' });
      fireEvent.keyDown(document.body, { key: 'ArrowUp', shiftKey: true });
      fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    });
    expect(fake.calls.map((c) => c.req)).toEqual([{ type: 'START' }, { type: 'EXTEND', ms: 60_000 }, { type: 'EXTEND', ms: 300_000 }, { type: 'NEXT' }]);
    // After "next", a way back is offered.
    expect(await screen.findByText(/Per ongeluk\?/)).toBeTruthy();
  });

  it('ignores keys typed into a field and keys for controls that cannot act now', async () => {
    render(
      <>
        <textarea aria-label="notities" />
        <TimeControls phase="case" current={null} controls={{ ...none, pause: true }} />
      </>,
    );
    await act(async () => {
      fireEvent.keyDown(screen.getByLabelText('notities'), { key: ' ' });
      fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    });
    expect(fake.calls).toEqual([]);
    await act(async () => void fireEvent.keyDown(document.body, { key: ' ' }));
    expect(fake.calls.map((c) => c.req)).toEqual([{ type: 'PAUSE' }]);
    expect((screen.getByText(/Volgende stap/).closest('button') as HTMLButtonElement).disabled).toBe(true);
  });
});
