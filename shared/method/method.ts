/**
 * A structured conversation as data: its steps in order and its duration templates. The session
 * engine draws its statechart from one of these (`createSessionMachine(method)`), so a method with
 * other steps needs no engine change.
 */
import { STEPS } from './steps.ts';
import { DEFAULT_TEMPLATE_ID, DURATION_TEMPLATES } from './templates.ts';
import type { DurationTemplate, TemplateId } from './templates.ts';
import type { Localized, StepDefinition } from './types.ts';

export type MethodId = 'intervisie';

export interface MethodDefinition {
  id: MethodId;
  name: Localized;
  /** In the order the group goes through them; each becomes a state of a case. */
  steps: readonly StepDefinition[];
  templates: readonly DurationTemplate[];
  defaultTemplateId: TemplateId;
}

export const INTERVISIE: MethodDefinition = {
  id: 'intervisie',
  name: { nl: 'Intervisie in zes stappen', en: 'Intervision in six steps' },
  steps: STEPS,
  templates: DURATION_TEMPLATES,
  defaultTemplateId: DEFAULT_TEMPLATE_ID,
};

export const METHODS: readonly MethodDefinition[] = [INTERVISIE];

export function methodById(id: MethodId): MethodDefinition {
  const method = METHODS.find((m) => m.id === id);
  if (!method) throw new Error(`unknown method ${id}`);
  return method;
}

export function methodTemplate(method: MethodDefinition, id: TemplateId): DurationTemplate {
  return method.templates.find((t) => t.id === id) ?? method.templates.find((t) => t.id === method.defaultTemplateId)!;
}
