import { describe, expect, it } from 'vitest';
import {
  AGREEMENTS,
  CASE_CRITERIA,
  CASE_GUIDANCE,
  CLOSING_PROMPTS,
  FEELINGS_GUIDANCE,
  FEELINGS_PLEASANT,
  FEELINGS_UNPLEASANT,
  NEEDS,
  OBSERVATION_TAGS,
  OPENING_PROMPTS,
  SITUATIONS,
  ALL_STEP_IDS as STEP_IDS,
  STEP_PROMPTS,
  WARMUPS,
  WARMUP_STATEMENTS,
} from '../../../shared/method/index.ts';
import { duplicates } from './helpers.ts';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('prompts', () => {
  const allPrompts = [
    ...STEP_IDS.flatMap((s) => STEP_PROMPTS[s]),
    ...SITUATIONS.flatMap((s) => s.prompts),
    ...OPENING_PROMPTS,
    ...CLOSING_PROMPTS,
  ];

  it('every step has 4 to 7 prompts', () => {
    expect(Object.keys(STEP_PROMPTS).sort()).toEqual([...STEP_IDS].sort());
    for (const s of STEP_IDS) {
      expect(STEP_PROMPTS[s].length, s).toBeGreaterThanOrEqual(4);
      expect(STEP_PROMPTS[s].length, s).toBeLessThanOrEqual(7);
    }
  });

  it('ids are unique across steps, situations, opening and closing', () => {
    expect(allPrompts.length).toBeGreaterThan(40);
    expect(duplicates(ids(allPrompts))).toEqual([]);
    for (const p of allPrompts) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('no two prompts say the same thing', () => {
    expect(duplicates(allPrompts.map((p) => p.text.nl))).toEqual([]);
    expect(duplicates(allPrompts.map((p) => p.text.en))).toEqual([]);
  });

  it('step 4 prompts go to the group, mostly as “Ik vraag me af…”', () => {
    const step4 = STEP_PROMPTS.uitwisseling;
    expect(step4.every((p) => p.to === 'group')).toBe(true);
    expect(step4.filter((p) => p.text.nl.startsWith('Ik vraag me af')).length).toBeGreaterThanOrEqual(3);
  });

  it('step 2 prompts never ask to share the inventory', () => {
    for (const p of STEP_PROMPTS['stille-inventaris']) expect(p.text.nl).not.toMatch(/\bdeel\b|vertel/i);
  });

  it('closing includes a confidentiality reminder', () => {
    expect(CLOSING_PROMPTS.some((p) => /kring|blijft/.test(p.text.nl) && /stays/.test(p.text.en))).toBe(true);
  });
});

describe('situations and observation tags', () => {
  it('all seven situations exist once, each with 2 to 4 prompts', () => {
    expect(ids(SITUATIONS).sort()).toEqual(
      ['drift-to-solutions', 'emotions-high', 'long-silence', 'own-story', 'presenter-interrupts', 'question-is-advice', 'time-running-out'],
    );
    for (const s of SITUATIONS) {
      expect(s.prompts.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.prompts.length, s.id).toBeLessThanOrEqual(4);
    }
  });

  it('tags are the eight agreed ones with unique ids', () => {
    expect(ids(OBSERVATION_TAGS).sort()).toEqual(
      ['advice', 'disguised-advice', 'emotion', 'judgement', 'long-silence', 'off-case', 'own-story', 'presenter-interrupts'],
    );
    expect(duplicates(OBSERVATION_TAGS.map((x) => x.label.nl))).toEqual([]);
  });

  it('every situation a tag refers to exists', () => {
    const known = new Set(ids(SITUATIONS));
    const referenced = OBSERVATION_TAGS.flatMap((x) => (x.situation ? [x.situation] : []));
    expect(referenced.length).toBeGreaterThan(0);
    for (const s of referenced) expect(known.has(s), s).toBe(true);
  });
});

describe('criteria, agreements, warm-ups', () => {
  it('case criteria are the four agreed ones, labels short', () => {
    expect(ids(CASE_CRITERIA)).toEqual(['could-not-give-care', 'worried', 'difficult-contact', 'uncomfortable']);
    for (const c of CASE_CRITERIA) expect(c.label.nl.length, c.id).toBeLessThanOrEqual(30);
    expect(CASE_GUIDANCE.length).toBeGreaterThanOrEqual(3);
    expect(CASE_GUIDANCE.some((g) => g.nl.includes('cliënte A'))).toBe(true);
  });

  it('agreements are the four agreed ones', () => {
    expect(ids(AGREEMENTS)).toEqual(['confidential', 'everyone-heard', 'no-personal-questions', 'learn-together']);
  });

  it('warm-ups are the three agreed ones and their guides fit the suggested time', () => {
    expect(ids(WARMUPS)).toEqual(['statements', 'images', 'grounding']);
    for (const w of WARMUPS) {
      expect(w.guide.length, w.id).toBeGreaterThan(0);
      for (const step of w.guide) expect(Number.isInteger(step.seconds) && step.seconds > 0, w.id).toBe(true);
      const seconds = w.guide.reduce((sum, step) => sum + step.seconds, 0);
      expect(seconds, w.id).toBeLessThanOrEqual(w.suggestedMinutes * 60);
      expect(w.suggestedMinutes, w.id).toBeLessThanOrEqual(10);
    }
  });

  it('the grounding exercise is a paced sequence of 8 to 12 steps', () => {
    const grounding = WARMUPS.find((w) => w.id === 'grounding');
    expect(grounding).toBeDefined();
    const guide = grounding?.guide ?? [];
    expect(guide.length).toBeGreaterThanOrEqual(8);
    expect(guide.length).toBeLessThanOrEqual(12);
    const nl = guide.map((s) => s.text.nl).join(' ');
    for (const word of ['adem', 'voeten', 'lijf', 'meenemen']) expect(nl, word).toContain(word);
  });

  it('there are about ten distinct statements', () => {
    expect(WARMUP_STATEMENTS.length).toBeGreaterThanOrEqual(8);
    expect(WARMUP_STATEMENTS.length).toBeLessThanOrEqual(14);
    expect(duplicates(WARMUP_STATEMENTS.map((s) => s.nl))).toEqual([]);
  });
});

describe('feelings and needs words', () => {
  const feelings = [...FEELINGS_PLEASANT, ...FEELINGS_UNPLEASANT];

  it('are unique within and across the lists, in both languages', () => {
    expect(duplicates(feelings.map((w) => w.nl))).toEqual([]);
    expect(duplicates(feelings.map((w) => w.en))).toEqual([]);
    expect(duplicates(NEEDS.map((w) => w.nl))).toEqual([]);
    expect(duplicates(NEEDS.map((w) => w.en))).toEqual([]);
    const feelingSet = new Set(feelings.map((w) => w.nl));
    expect(NEEDS.filter((n) => feelingSet.has(n.nl))).toEqual([]);
  });

  it('are lower-case words, not sentences', () => {
    for (const w of [...feelings, ...NEEDS]) {
      expect(w.nl, w.nl).toBe(w.nl.toLowerCase());
      expect(w.nl, w.nl).not.toMatch(/[.!?,]/);
    }
  });

  it('include the manual’s own words and the basic emotions', () => {
    const feelingSet = new Set(feelings.map((w) => w.nl));
    for (const w of ['verontwaardigd', 'ontmoedigd', 'verward', 'overweldigd', 'gefrustreerd', 'tevreden', 'onder de indruk', 'enthousiast', 'onzeker', 'kalm', 'gestimuleerd', 'bang', 'boos', 'blij', 'verrast', 'verdrietig']) {
      expect(feelingSet.has(w), w).toBe(true);
    }
    const needSet = new Set(NEEDS.map((w) => w.nl));
    for (const w of ['acceptatie', 'respect', 'verbondenheid', 'erkenning', 'ondersteuning', 'erbij horen']) expect(needSet.has(w), w).toBe(true);
  });

  it('guidance covers judgements, need-words and privacy', () => {
    const nl = FEELINGS_GUIDANCE.map((g) => g.nl).join(' ');
    expect(nl).toMatch(/ik heb het gevoel dat/i);
    expect(nl).toContain('genegeerd');
    expect(nl).toMatch(/bewaart er niets/);
  });
});
