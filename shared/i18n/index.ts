export * from './lang.ts';
export * from './format.ts';
export { STRINGS } from './messages.ts';
export type { MessageKey } from './messages.ts';
export { REGIONAL } from './regional.ts';
export { interpolate, localize, messageText, translate } from './translate.ts';
export type { Vars } from './translate.ts';
