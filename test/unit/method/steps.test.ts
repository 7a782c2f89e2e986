import { describe, expect, it } from 'vitest';
import { STEPS, STEP_IDS, stepById, type StepId } from '../../../shared/method/index.ts';

describe('steps', () => {
  it('are the six steps, numbered 1..6 in order', () => {
    expect(STEP_IDS).toEqual(['inbreng', 'stille-inventaris', 'vragen', 'uitwisseling', 'terugkoppeling', 'samenvatting']);
    expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('default minutes are 5/3/7/15/7/8 and add up to 45', () => {
    expect(STEPS.map((s) => s.defaultMinutes)).toEqual([5, 3, 7, 15, 7, 8]);
    expect(STEPS.reduce((sum, s) => sum + s.defaultMinutes, 0)).toBe(45);
  });

  it('step 2 is silent and is the only silent step', () => {
    expect(STEPS.filter((s) => s.silent).map((s) => s.id)).toEqual(['stille-inventaris']);
  });

  it('only step 4 has a mid-point signal, at 10 minutes', () => {
    expect(STEPS.filter((s) => s.midpointMinutes !== undefined).map((s) => [s.id, s.midpointMinutes])).toEqual([['uitwisseling', 10]]);
  });

  it('warnings come before the end of each step', () => {
    for (const s of STEPS) {
      expect(s.warningMinutes).toBeGreaterThan(0);
      expect(s.warningMinutes).toBeLessThan(s.defaultMinutes);
    }
  });

  it('every step says what is asked and what is not', () => {
    for (const s of STEPS) {
      expect(s.allowed.length, s.id).toBeGreaterThan(0);
      expect(s.notAllowed.length, s.id).toBeGreaterThan(0);
      expect(s.purpose.nl, s.id).not.toBe('');
      expect(s.supervisorFocus.nl, s.id).not.toBe('');
    }
  });

  it('the circle rule is one short line', () => {
    for (const s of STEPS) {
      for (const text of [s.circleRule.nl, s.circleRule.en]) {
        expect(text.length, `${s.id}: ${text}`).toBeGreaterThan(0);
        expect(text.length, `${s.id}: ${text}`).toBeLessThanOrEqual(45);
        expect(text, s.id).not.toContain('\n');
      }
    }
    expect(stepById('vragen').circleRule.nl).toMatch(/feitelijke vragen/i);
  });

  it('stepById finds each step and throws on an unknown id', () => {
    for (const id of STEP_IDS) expect(stepById(id).id).toBe(id);
    expect(() => stepById('nope' as StepId)).toThrow();
  });
});
