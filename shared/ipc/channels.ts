/**
 * The channel names alone (no schemas), so the preload bundle stays tiny. `contract.ts` checks
 * at compile time that this list and the contract name exactly the same channels.
 */
export const CHANNEL_NAMES = [
  'app.status',
  'session.view',
  'session.command',
  'session.begin',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.activity',
  'notes.save',
  'notes.list',
  'observations.add',
  'observations.list',
  'summary.save',
  'summary.list',
  'summary.export',
  'history.list',
  'history.open',
  'history.delete',
  'settings.get',
  'settings.set',
  'windows.open',
  'windows.close',
  'circles.list',
  'circles.save',
  'circles.delete',
  'circles.begin',
  'circles.current',
  'circles.review',
  'templates.list',
  'templates.save',
  'templates.delete',
] as const;

/** Main → window pushes travel on this one channel. */
export const PUSH_CHANNEL = 'kring:push';
