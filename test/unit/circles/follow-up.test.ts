import { describe, expect, it } from 'vitest';
import { collectRequests, requestsForOpening, reviewRequest } from '../../../shared/circles/follow-up.ts';

describe('requests follow the circle', () => {
  const voiced = [{ sessionId: 's1', caseId: 'c1', askedAt: 1, requests: [{ from: 'Anna', to: 'de groep', text: 'Volgende keer kort terugkomen op de nachtdiensten' }, { from: 'Bram', to: 'Eva', text: '  ' }] }];

  it('imports each voiced request once, open; empty ones are left out', () => {
    const once = collectRequests([], voiced);
    expect(once).toHaveLength(1);
    expect(once[0]).toMatchObject({ from: 'Anna', to: 'de groep', status: 'open', sessionId: 's1' });
    expect(collectRequests(once, voiced)).toEqual(once);
  });

  it('the next session offers it; done in that session it stays listed there, and is gone the time after', () => {
    const requests = collectRequests([], voiced);
    expect(requestsForOpening(requests, 's1')).toEqual([]); // not in its own session
    expect(requestsForOpening(requests, 's2')).toHaveLength(1);
    const done = reviewRequest(requests, requests[0]!.id, 'done', 's2');
    expect(requestsForOpening(done, 's2')[0]).toMatchObject({ status: 'done', reviewedIn: 's2' });
    expect(requestsForOpening(done, 's3')).toEqual([]);
    const carried = reviewRequest(requests, requests[0]!.id, 'open', 's2');
    expect(requestsForOpening(carried, 's3')).toHaveLength(1);
  });
});
