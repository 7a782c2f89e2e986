/**
 * Runtime schemas for what crosses a boundary: commands coming in and the persisted form on disk.
 * Inside the engine the TypeScript types are trusted.
 */
import { z } from 'zod';
import { AGREEMENTS, ALL_STEP_IDS, ALL_TEMPLATE_IDS, CASE_CRITERIA, METHODS, WARMUPS } from '../method/index.ts';
import type { AgreementId, CriterionId, MethodId, StepId, TemplateId, WarmupId } from '../method/index.ts';

const id = z.string().min(1).max(100);
const finite = z.number().finite();

export const stepIdSchema = z.enum(ALL_STEP_IDS as [StepId, ...StepId[]]);
export const templateIdSchema = z.enum(ALL_TEMPLATE_IDS as [TemplateId, ...TemplateId[]]);
export const methodIdSchema = z.enum(METHODS.map((m) => m.id) as [MethodId, ...MethodId[]]);
export const agreementIdSchema = z.enum(AGREEMENTS.map((a) => a.id) as [AgreementId, ...AgreementId[]]);
export const warmupIdSchema = z.enum(WARMUPS.map((w) => w.id) as [WarmupId, ...WarmupId[]]);
export const criterionIdSchema = z.enum(CASE_CRITERIA.map((c) => c.id) as [CriterionId, ...CriterionId[]]);

const atMove = z.number().int().nonnegative();
/** The id of a new thing: main makes it and replaces whatever the window put here. */
const newId = z.string().max(100);
const ev = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ...shape });
/** A command that depends on what the sender saw says which move it was aimed at. */
const aimed = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => ev(type, { ...shape, atMove });

/**
 * The shape of every command a window may send (main adds `now` and the ids of new things): the
 * one shape check, at the edge. Limits and meaning are the machine's business (checks.ts).
 */
export const sessionCommandSchema = z.discriminatedUnion('type', [
  ev('SET_START', { startsAt: finite.nullable() }),
  ev('ADD_PARTICIPANT', { id: newId, name: z.string() }),
  ev('RENAME_PARTICIPANT', { id, name: z.string() }),
  ev('REMOVE_PARTICIPANT', { id }),
  ev('SET_FACILITATOR', { role: z.enum(['supervisor', 'second']), name: z.string().max(1_000) }),
  ev('SET_TEMPLATE', { templateId: templateIdSchema }),
  ev('SET_PLAN_STEP_MINUTES', { stepId: stepIdSchema, minutes: finite.nullable() }),
  ev('SET_SCHEDULE', { field: z.enum(['plannedCases', 'openingMinutes', 'breakMinutes', 'closingMinutes']), value: finite }),
  ev('SET_AUTO_ADVANCE', { enabled: z.boolean() }),
  aimed('CONFIRM_PLAN', {}),
  ev('CHECK_AGREEMENT', { agreementId: agreementIdSchema, checked: z.boolean() }),
  aimed('START_WARMUP', { warmupId: warmupIdSchema, minutes: finite }),
  aimed('END_WARMUP', {}),
  aimed('FINISH_OPENING', {}),
  ev('ADD_PROPOSAL', { id: newId, title: z.string(), presenterId: id.nullable(), criteria: z.array(criterionIdSchema).max(4) }),
  ev('EDIT_PROPOSAL', {
    id,
    title: z.string().optional(),
    presenterId: id.nullable().optional(),
    criteria: z.array(criterionIdSchema).max(4).optional(),
  }),
  ev('WITHDRAW_PROPOSAL', { id }),
  ev('RESTORE_PROPOSAL', { id }),
  aimed('CHOOSE_PROPOSAL', { id, caseId: newId, minutes: z.partialRecord(stepIdSchema, finite).optional() }),
  ev('SET_STEP_MINUTES', { stepId: stepIdSchema, minutes: finite }),
  aimed('START', {}),
  aimed('PAUSE', {}),
  aimed('RESUME', {}),
  aimed('EXTEND', { ms: finite }),
  aimed('SHORTEN', { ms: finite }),
  aimed('NEXT', {}),
  aimed('BACK', {}),
  aimed('START_BREAK', { minutes: finite }),
  aimed('END_BREAK', {}),
  aimed('NEXT_CASE', {}),
  aimed('CLOSE_SESSION', {}),
  aimed('FINISH_SESSION', {}),
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
  z.strictObject({ kind: z.literal('step'), caseIndex: z.number().int().nonnegative(), stepIndex: z.number().int().nonnegative() }),
  z.strictObject({ kind: z.literal('break'), index: z.number().int().nonnegative() }),
  z.strictObject({ kind: z.literal('closing') }),
]);

export const sessionContextSchema = z.strictObject({
  id,
  methodId: methodIdSchema,
  createdAt: ms,
  moves: z.number().int().nonnegative(),
  plan: z.strictObject({
    startsAt: ms.nullable(),
    participants: z.array(z.strictObject({ id, name: z.string() })),
    supervisorName: z.string(),
    secondFacilitatorName: z.string(),
    templateId: templateIdSchema,
    stepMinutes: z.partialRecord(stepIdSchema, z.number().int().min(1).max(120)).optional(),
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
      steps: z.array(z.strictObject({ stepId: stepIdSchema, timer: timerSchema })).min(1),
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

/** The machine's state value as saved: a phase, or `{ case: stepId }` inside a case. */
export const stateValueSchema = z.union([phaseSchema.exclude(['case']), z.strictObject({ case: stepIdSchema })]);
