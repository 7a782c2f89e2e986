import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../shared/ipc/records.ts';
import { boosts, situationPrompts, stepPrompts } from '../../../renderer/supervisor/suggestions.ts';

const obs = (tag: Observation['tag'], stepId: Observation['stepId'], caseId = 'c1'): Observation => ({
  id: Math.random().toString(36),
  sessionId: 's',
  caseId,
  stepId,
  tag,
  text: '',
  at: 0,
  by: 'timekeeper',
});

describe('prompt suggestions', () => {
  it('bring the drift-to-solutions prompts forward when advice is tagged twice in step 4', () => {
    const once = boosts({ stepId: 'uitwisseling', caseId: 'c1', endingSoon: false, observations: [obs('advice', 'uitwisseling')] });
    expect(once).toEqual([]);
    const twice = boosts({ stepId: 'uitwisseling', caseId: 'c1', endingSoon: false, observations: [obs('advice', 'uitwisseling'), obs('advice', 'uitwisseling')] });
    expect(twice.map((b) => b.situation)).toEqual(['drift-to-solutions']);
    expect(twice[0]!.reasons).toEqual([{ kind: 'tag', tag: 'advice', count: 2 }]);
  });

  it('only count tags of this case and this step', () => {
    const other = boosts({
      stepId: 'uitwisseling',
      caseId: 'c1',
      endingSoon: false,
      observations: [obs('advice', 'vragen'), obs('advice', 'uitwisseling', 'c0'), obs('advice', 'uitwisseling')],
    });
    expect(other).toEqual([]);
  });

  it('bring the time-running-out prompts forward, first, when two minutes are left', () => {
    const list = boosts({
      stepId: 'uitwisseling',
      caseId: 'c1',
      endingSoon: true,
      observations: [obs('presenter-interrupts', 'uitwisseling')],
    });
    expect(list.map((b) => b.situation)).toEqual(['time-running-out', 'presenter-interrupts']);
  });

  it('put favourites first and include the supervisor’s own prompts', () => {
    const items = stepPrompts('vragen', {
      customPrompts: [
        { id: 'own-1', stepId: 'vragen', text: 'Wat weten we nog niet?' },
        { id: 'own-2', stepId: 'inbreng', text: 'Niet hier' },
        { id: 'own-3', stepId: null, text: 'Overal' },
      ],
      favouritePrompts: ['s3-tip'],
    });
    expect(items[0]!.id).toBe('s3-tip');
    expect(items.map((i) => i.id)).toContain('own-1');
    expect(items.map((i) => i.id)).toContain('own-3');
    expect(items.map((i) => i.id)).not.toContain('own-2');
    expect(situationPrompts('long-silence', ['sit-silence-hard'])[0]!.id).toBe('sit-silence-hard');
  });
});
