/** Fairness from a circle's history: who brought a case lately and who has not for a while. */
import { describe, expect, it } from 'vitest';
import { rotation } from '../../../shared/circles/rotation.ts';
import type { SessionPresenters } from '../../../shared/circles/rotation.ts';

const DAY = 24 * 60 * 60_000;
const START = Date.UTC(2025, 0, 15, 9);
const MEMBERS = ['Anna', 'Bram', 'Chloë', 'Dries', 'Eva', 'Fien', 'Gert', 'Hanne', 'Ilse'];

/** Twelve monthly sessions, two cases each (oldest first). Ilse never brings one; Hanne only in session 1. */
const PRESENTERS: string[][] = [
  ['Hanne', 'Anna'],
  ['Bram', 'Chloë'],
  ['Dries', 'Eva'],
  ['Fien', 'Gert'],
  ['Anna', 'Bram'],
  ['Chloë', 'Dries'],
  ['Eva', 'Fien'],
  ['gert ', 'Anna'], // typed differently: still Gert
  ['Bram', 'Chloë'],
  ['Dries', 'Eva'],
  ['Fien', 'Anna'],
  ['Bram', 'Onbekende gast'], // a guest who is not a member
];
const FIXTURE: SessionPresenters[] = PRESENTERS.map((presenters, i) => ({ date: START + i * 30 * DAY, presenters }));

describe('rotation over twelve sessions', () => {
  it('looks at the last six sessions and lists the longest wait first', () => {
    // shuffled order in, the same answer out
    const r = rotation(MEMBERS, [...FIXTURE].reverse());
    expect(r.sessionsLooked).toBe(6);
    // Sessions 7..12 (newest first: 12, 11, 10, 9, 8, 7)
    expect(r.notForAWhile.sort()).toEqual(['Hanne', 'Ilse']);
    const by = Object.fromEntries(r.lines.map((l) => [l.name, l]));
    expect(by.Bram).toMatchObject({ cases: 2, sessionsSince: 0, lastAt: FIXTURE[11]!.date });
    expect(by.Anna).toMatchObject({ cases: 2, sessionsSince: 1 });
    expect(by.Fien).toMatchObject({ cases: 2, sessionsSince: 1 });
    expect(by.Dries).toMatchObject({ cases: 1, sessionsSince: 2 });
    expect(by.Chloë).toMatchObject({ cases: 1, sessionsSince: 3 });
    expect(by.Gert).toMatchObject({ cases: 1, sessionsSince: 4 });
    expect(by.Hanne).toMatchObject({ cases: 0, sessionsSince: 6, lastAt: null });
    // the two who never came up in the window first, then the longest wait
    expect(r.lines.map((l) => l.name).slice(0, 3)).toEqual(['Hanne', 'Ilse', 'Gert']);
    expect(r.lines.at(-1)!.name).toBe('Bram');
  });

  it("with a wider window, Hanne's one case (session 1) counts and Ilse is the only one never heard", () => {
    const r = rotation(MEMBERS, FIXTURE, 12);
    expect(r.sessionsLooked).toBe(12);
    expect(r.notForAWhile).toEqual(['Ilse']);
    expect(r.lines.find((l) => l.name === 'Hanne')).toMatchObject({ cases: 1, sessionsSince: 11 });
    expect(r.lines.find((l) => l.name === 'Anna')!.cases).toBe(4);
  });

  it('a circle without history has everyone waiting equally', () => {
    const r = rotation(['Bram', 'Anna'], []);
    expect(r.sessionsLooked).toBe(0);
    expect(r.lines.map((l) => l.name)).toEqual(['Anna', 'Bram']);
    expect(r.notForAWhile).toEqual(['Anna', 'Bram']);
  });
});
