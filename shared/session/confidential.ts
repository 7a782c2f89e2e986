/**
 * What people typed into a session (names, case titles) is confidential and lives only in the
 * encrypted vault. The timing state may be kept plainly for crash recovery; these two functions
 * split a context into both halves and join them again, linked by the session id.
 */
import type { SessionContext } from './types.ts';

export interface SessionContent {
  sessionId: string;
  participants: { id: string; name: string }[];
  supervisorName: string;
  secondFacilitatorName: string;
  proposals: { id: string; title: string }[];
}

export function splitConfidential(ctx: SessionContext): { plain: SessionContext; content: SessionContent } {
  return {
    plain: {
      ...ctx,
      plan: {
        ...ctx.plan,
        participants: ctx.plan.participants.map((p) => ({ id: p.id, name: '' })),
        supervisorName: '',
        secondFacilitatorName: '',
      },
      proposals: ctx.proposals.map((p) => ({ ...p, title: '' })),
    },
    content: {
      sessionId: ctx.id,
      participants: ctx.plan.participants.map((p) => ({ id: p.id, name: p.name })),
      supervisorName: ctx.plan.supervisorName,
      secondFacilitatorName: ctx.plan.secondFacilitatorName,
      proposals: ctx.proposals.map((p) => ({ id: p.id, title: p.title })),
    },
  };
}

/**
 * The parts of a context the typed text is taken from. Contexts are immutable: while these are the
 * same objects (and strings), `splitConfidential(ctx).content` has not changed.
 */
export function confidentialSources(ctx: SessionContext): readonly unknown[] {
  return [ctx.id, ctx.plan.participants, ctx.plan.supervisorName, ctx.plan.secondFacilitatorName, ctx.proposals];
}

/** Put the typed text back. Items the content does not know keep what they have. */
export function joinConfidential(ctx: SessionContext, content: SessionContent): SessionContext {
  if (content.sessionId !== ctx.id) return ctx;
  const nameOf = new Map(content.participants.map((p) => [p.id, p.name]));
  const titleOf = new Map(content.proposals.map((p) => [p.id, p.title]));
  return {
    ...ctx,
    plan: {
      ...ctx.plan,
      participants: ctx.plan.participants.map((p) => ({ ...p, name: nameOf.get(p.id) ?? p.name })),
      supervisorName: content.supervisorName || ctx.plan.supervisorName,
      secondFacilitatorName: content.secondFacilitatorName || ctx.plan.secondFacilitatorName,
    },
    proposals: ctx.proposals.map((p) => ({ ...p, title: titleOf.get(p.id) ?? p.title })),
  };
}

/** True when the context holds typed text that is missing (vault still locked after a restart). */
export function isSealed(ctx: SessionContext): boolean {
  return ctx.plan.participants.some((p) => p.name === '') || ctx.proposals.some((p) => p.title === '');
}
