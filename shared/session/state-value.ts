import type { StepId } from '../method/index.ts';
import type { Phase, SessionStateValue } from './types.ts';

/** The phase of a state value: `{ case: 'vragen' }` is in the phase `case`. */
export const phaseOf = (value: SessionStateValue): Phase => (typeof value === 'string' ? value : 'case');

/** The step held inside a case, or null outside one. */
export const stepIdOf = (value: SessionStateValue): StepId | null => (typeof value === 'string' ? null : value.case);
