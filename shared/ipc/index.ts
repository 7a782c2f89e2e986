export * from './roles.ts';
export * from './channels.ts';
export * from './contract.ts';
export * from './errors.ts';
export * from './records.ts';
export * from './settings.ts';
export * from './wire.ts';
