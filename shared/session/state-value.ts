import type { Phase, SessionStateValue } from './types.ts';

/** The phase of a state value: `{ case: 'vragen' }` is in the phase `case`. */
export const phaseOf = (value: SessionStateValue): Phase => (typeof value === 'string' ? value : 'case');
