import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATE_ID,
  DURATION_TEMPLATES,
  SESSION_DEFAULTS,
  STEPS,
  STEP_IDS,
  templateById,
  type TemplateId,
} from '../../../shared/method/index.ts';
import { duplicates } from './helpers.ts';

const total = (minutes: Record<string, number>) => Object.values(minutes).reduce((a, b) => a + b, 0);
const advertised = (text: string) => Number(/(\d+)/.exec(text)?.[1]);

describe('duration templates', () => {
  it('are the three expected ones with unique ids', () => {
    expect(DURATION_TEMPLATES.map((x) => x.id).sort()).toEqual(['long-60', 'short-30', 'standard-45']);
    expect(duplicates(DURATION_TEMPLATES.map((x) => x.id))).toEqual([]);
  });

  it('each covers exactly the six steps with positive whole minutes', () => {
    for (const x of DURATION_TEMPLATES) {
      expect(Object.keys(x.minutes).sort(), x.id).toEqual([...STEP_IDS].sort());
      for (const m of Object.values(x.minutes)) {
        expect(Number.isInteger(m) && m > 0, x.id).toBe(true);
      }
    }
  });

  it('each sums to the total in its id and in its name (nl and en)', () => {
    for (const x of DURATION_TEMPLATES) {
      const sum = total(x.minutes);
      expect(sum, x.id).toBe(advertised(x.id));
      expect(sum, x.name.nl).toBe(advertised(x.name.nl));
      expect(sum, x.name.en).toBe(advertised(x.name.en));
    }
  });

  it('have the agreed minute splits', () => {
    const split = (id: TemplateId) => STEP_IDS.map((s) => templateById(id).minutes[s]);
    expect(split('standard-45')).toEqual([5, 3, 7, 15, 7, 8]);
    expect(split('short-30')).toEqual([3, 2, 5, 10, 5, 5]);
    expect(split('long-60')).toEqual([6, 4, 10, 20, 10, 10]);
  });

  it('the default template matches the steps’ default minutes', () => {
    expect(DEFAULT_TEMPLATE_ID).toBe('standard-45');
    const def = templateById(DEFAULT_TEMPLATE_ID);
    for (const s of STEPS) expect(def.minutes[s.id], s.id).toBe(s.defaultMinutes);
  });

  it('in every template the exchange (step 4) is the longest step', () => {
    for (const x of DURATION_TEMPLATES) {
      expect(Math.max(...Object.values(x.minutes)), x.id).toBe(x.minutes.uitwisseling);
    }
  });

  it('templateById throws on an unknown id', () => {
    expect(() => templateById('nope' as TemplateId)).toThrow();
  });
});

describe('session defaults', () => {
  it('hold the agreed frame and a sane group size', () => {
    expect(SESSION_DEFAULTS).toEqual({
      openingMinutes: 20,
      warmupMinutes: 10,
      breakMinutes: 10,
      closingMinutes: 10,
      maxParticipants: 12,
      idealParticipants: { min: 8, max: 10 },
    });
    expect(SESSION_DEFAULTS.idealParticipants.min).toBeLessThanOrEqual(SESSION_DEFAULTS.idealParticipants.max);
    expect(SESSION_DEFAULTS.idealParticipants.max).toBeLessThanOrEqual(SESSION_DEFAULTS.maxParticipants);
    expect(SESSION_DEFAULTS.warmupMinutes).toBeLessThanOrEqual(SESSION_DEFAULTS.openingMinutes);
  });
});
