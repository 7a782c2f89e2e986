/**
 * A structured conversation as data: its steps in order and its duration templates. The session
 * engine draws its statechart from one of these (`createSessionMachine(method)`), so a method with
 * other steps needs no engine change.
 */
import { DEBRIEFING_STEPS, DEBRIEFING_TEMPLATES } from './debriefing.ts';
import { STEPS } from './steps.ts';
import { DEFAULT_TEMPLATE_ID, DURATION_TEMPLATES } from './templates.ts';
import type { DurationTemplate, TemplateId } from './templates.ts';
import type { Localized, StepDefinition, StepId } from './types.ts';

export type MethodId = 'intervisie' | 'debriefing';

export interface MethodDefinition {
  id: MethodId;
  name: Localized;
  /** One line on when to use it, shown when planning. */
  description: Localized;
  /** In the order the group goes through them; each becomes a state of a case. */
  steps: readonly StepDefinition[];
  templates: readonly DurationTemplate[];
  defaultTemplateId: TemplateId;
}

export const INTERVISIE: MethodDefinition = {
  id: 'intervisie',
  name: { nl: 'Intervisie in zes stappen', en: 'Intervision in six steps' },
  description: {
    nl: 'Een collega brengt een casus in; de groep denkt mee zonder oplossingen.',
    en: 'A colleague brings a case; the group reflects without solutions.',
  },
  steps: STEPS,
  templates: DURATION_TEMPLATES,
  defaultTemplateId: DEFAULT_TEMPLATE_ID,
};

export const DEBRIEFING: MethodDefinition = {
  id: 'debriefing',
  name: { nl: 'Debriefing na een scenario-oefening', en: 'Debriefing after a scenario exercise' },
  description: {
    nl: 'Vijf stappen na het scenario: inchecken, observatie, gevoel, behoeften, praktijk.',
    en: 'Five steps after the scenario: check in, observation, feeling, needs, practice.',
  },
  steps: DEBRIEFING_STEPS,
  templates: DEBRIEFING_TEMPLATES,
  defaultTemplateId: 'debriefing-75',
};

export const METHODS: readonly MethodDefinition[] = [INTERVISIE, DEBRIEFING];

/** Every step of every method (step ids are unique across methods). */
export const ALL_STEPS: readonly StepDefinition[] = METHODS.flatMap((m) => m.steps);
export const ALL_STEP_IDS: readonly StepId[] = ALL_STEPS.map((s) => s.id);

/** A step of any method by its id. */
export function anyStepById(id: StepId): StepDefinition | null {
  return ALL_STEPS.find((s) => s.id === id) ?? null;
}

/** The method a step belongs to. */
export function methodOfStep(id: StepId): MethodDefinition {
  return METHODS.find((m) => m.steps.some((s) => s.id === id)) ?? INTERVISIE;
}

/** Minutes for a step of the method under a template, the step's own default where the template is silent. */
export function templateMinutes(template: DurationTemplate, step: StepDefinition): number {
  return template.minutes[step.id] ?? step.defaultMinutes;
}

export function methodById(id: MethodId): MethodDefinition {
  const method = METHODS.find((m) => m.id === id);
  if (!method) throw new Error(`unknown method ${id}`);
  return method;
}

export function methodTemplate(method: MethodDefinition, id: TemplateId): DurationTemplate {
  return method.templates.find((t) => t.id === id) ?? method.templates.find((t) => t.id === method.defaultTemplateId)!;
}
