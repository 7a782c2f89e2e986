/**
 * Requests voiced in step 6 ("to someone or to the group") follow the circle: the next session's
 * opening offers them, and the supervisor marks them done or carries them over.
 */
import type { CircleRequest } from './types.ts';

export interface VoicedRequests {
  sessionId: string;
  caseId: string;
  askedAt: number;
  requests: readonly { from: string; to: string; text: string }[];
}

export const requestId = (sessionId: string, caseId: string, index: number) => `${sessionId}/${caseId}/${index}`;

/** Requests of earlier sessions not yet known to the circle join it, open. Known ones keep their status. */
export function collectRequests(known: readonly CircleRequest[], voiced: readonly VoicedRequests[]): CircleRequest[] {
  const have = new Set(known.map((r) => r.id));
  const added: CircleRequest[] = [];
  for (const v of voiced) {
    v.requests.forEach((r, i) => {
      const id = requestId(v.sessionId, v.caseId, i);
      if (have.has(id) || !r.text.trim()) return;
      have.add(id);
      added.push({ id, from: r.from.trim(), to: r.to.trim(), text: r.text.trim(), sessionId: v.sessionId, askedAt: v.askedAt, status: 'open', reviewedIn: null });
    });
  }
  return [...known, ...added];
}

/** Marked done, or carried over (open again) — in the session where it was looked at. */
export function reviewRequest(requests: readonly CircleRequest[], id: string, status: CircleRequest['status'], sessionId: string): CircleRequest[] {
  return requests.map((r) => (r.id === id ? { ...r, status, reviewedIn: sessionId } : r));
}

/** What the opening of `sessionId` offers: requests from earlier sessions still open, and those looked at now. */
export function requestsForOpening(requests: readonly CircleRequest[], sessionId: string): CircleRequest[] {
  return requests.filter((r) => r.sessionId !== sessionId && (r.status === 'open' || r.reviewedIn === sessionId));
}
