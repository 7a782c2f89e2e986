/**
 * Runtime schemas for what crosses a boundary: commands coming in and the persisted form on disk.
 * Inside the engine the TypeScript types are trusted.
 */
import { z } from 'zod';
import { AGREEMENTS, CASE_CRITERIA, DURATION_TEMPLATES, STEP_IDS, WARMUPS } from '../method/index.ts';
import type { AgreementId, CriterionId, StepId, TemplateId, WarmupId } from '../method/index.ts';

const now = z.number().finite().nonnegative();
const id = z.string().min(1).max(100);
const finite = z.number().finite();

export const stepIdSchema = z.enum(STEP_IDS as [StepId, ...StepId[]]);
export const templateIdSchema = z.enum(DURATION_TEMPLATES.map((t) => t.id) as [TemplateId, ...TemplateId[]]);
export const agreementIdSchema = z.enum(AGREEMENTS.map((a) => a.id) as [AgreementId, ...AgreementId[]]);
export const warmupIdSchema = z.enum(WARMUPS.map((w) => w.id) as [WarmupId, ...WarmupId[]]);
export const criterionIdSchema = z.enum(CASE_CRITERIA.map((c) => c.id) as [CriterionId, ...CriterionId[]]);

const ev = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), now, ...shape });

/** The shape of every event; limits and meaning are checked by `refusalFor`. */
export const sessionEventSchema = z.discriminatedUnion('type', [
  ev('SET_START', { startsAt: finite.nullable() }),
  ev('ADD_PARTICIPANT', { id, name: z.string() }),
  ev('RENAME_PARTICIPANT', { id, name: z.string() }),
  ev('REMOVE_PARTICIPANT', { id }),
  ev('SET_FACILITATORS', { supervisorName: z.string(), secondFacilitatorName: z.string() }),
  ev('SET_TEMPLATE', { templateId: templateIdSchema }),
  ev('SET_SCHEDULE', { plannedCases: finite, openingMinutes: finite, breakMinutes: finite, closingMinutes: finite }),
  ev('SET_AUTO_ADVANCE', { enabled: z.boolean() }),
  ev('CONFIRM_PLAN', {}),
  ev('CHECK_AGREEMENT', { agreementId: agreementIdSchema, checked: z.boolean() }),
  ev('START_WARMUP', { warmupId: warmupIdSchema, minutes: finite }),
  ev('END_WARMUP', {}),
  ev('FINISH_OPENING', {}),
  ev('ADD_PROPOSAL', { id, title: z.string(), presenterId: id.nullable(), criteria: z.array(criterionIdSchema).max(4) }),
  ev('EDIT_PROPOSAL', { id, title: z.string(), presenterId: id.nullable(), criteria: z.array(criterionIdSchema).max(4) }),
  ev('WITHDRAW_PROPOSAL', { id }),
  ev('RESTORE_PROPOSAL', { id }),
  ev('CHOOSE_PROPOSAL', { id, caseId: id, minutes: z.partialRecord(stepIdSchema, finite).optional() }),
  ev('SET_STEP_MINUTES', { stepId: stepIdSchema, minutes: finite }),
  ev('START', {}),
  ev('PAUSE', {}),
  ev('RESUME', {}),
  ev('EXTEND', { ms: finite }),
  ev('SHORTEN', { ms: finite }),
  ev('NEXT', {}),
  ev('BACK', {}),
  ev('START_BREAK', { minutes: finite }),
  ev('END_BREAK', {}),
  ev('NEXT_CASE', {}),
  ev('CLOSE_SESSION', {}),
  ev('FINISH_SESSION', {}),
  ev('CLOCK', {}),
  ev('CLOCK_JUMP', { deltaMs: finite }),
]);

const ms = z.number().finite();
const timerSchema = z.strictObject({
  plannedMs: ms.nonnegative(),
  adjustMs: ms,
  elapsedMs: ms.nonnegative(),
  runningSince: ms.nullable(),
  startedAt: ms.nullable(),
  endedAt: ms.nullable(),
});

const timerRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('warmup') }),
  z.strictObject({ kind: z.literal('step'), caseIndex: z.number().int().nonnegative(), stepIndex: z.number().int().min(0).max(5) }),
  z.strictObject({ kind: z.literal('break'), index: z.number().int().nonnegative() }),
  z.strictObject({ kind: z.literal('closing') }),
]);

export const sessionContextSchema = z.strictObject({
  id,
  createdAt: ms,
  plan: z.strictObject({
    startsAt: ms.nullable(),
    participants: z.array(z.strictObject({ id, name: z.string() })),
    supervisorName: z.string(),
    secondFacilitatorName: z.string(),
    templateId: templateIdSchema,
    plannedCases: z.number().int().min(1).max(10),
    openingMinutes: ms.nonnegative(),
    breakMinutes: ms.nonnegative(),
    closingMinutes: ms.nonnegative(),
    autoAdvance: z.boolean(),
  }),
  startedAt: ms.nullable(),
  endedAt: ms.nullable(),
  agreementsChecked: z.array(agreementIdSchema),
  warmup: z.strictObject({ warmupId: warmupIdSchema, timer: timerSchema }).nullable(),
  openingEndedAt: ms.nullable(),
  proposals: z.array(
    z.strictObject({
      id,
      title: z.string(),
      presenterId: id.nullable(),
      criteria: z.array(criterionIdSchema),
      status: z.enum(['open', 'chosen', 'withdrawn']),
    }),
  ),
  cases: z.array(
    z.strictObject({
      id,
      proposalId: id,
      steps: z.array(z.strictObject({ stepId: stepIdSchema, timer: timerSchema })).length(6),
      startedAt: ms,
      endedAt: ms.nullable(),
    }),
  ),
  breaks: z.array(timerSchema),
  closing: timerSchema.nullable(),
  clock: timerRefSchema.nullable(),
  log: z.array(
    z.strictObject({
      at: ms,
      kind: z.enum(['started', 'paused', 'resumed', 'extended', 'shortened', 'next', 'back', 'auto-advanced', 'clock-jump', 'restored', 'phase']),
      detail: z.string().max(200),
      ms: ms.optional(),
    }),
  ),
});

export const phaseSchema = z.enum(['planning', 'opening', 'choosing', 'case', 'caseEnd', 'break', 'closing', 'closed']);
