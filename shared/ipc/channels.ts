/**
 * The channel names alone (no schemas), so the preload bundle stays tiny. `contract.ts` checks
 * at compile time that this list and the contract name exactly the same channels.
 */
export const CHANNEL_NAMES = [
  'app.status',
  'session.view',
  'session.command',
  'session.begin',
  'session.endPractice',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.judgePassphrase',
  'vault.activity',
  'notes.save',
  'notes.list',
  'observations.add',
  'observations.list',
  'summary.save',
  'summary.list',
  'summary.export',
  'summary.exportCheck',
  'history.list',
  'history.open',
  'history.delete',
  'settings.get',
  'settings.set',
  'windows.open',
  'windows.close',
  'nudges.send',
  'nudges.ack',
  'nudges.list',
  'display.get',
  'display.set',
  'data.location',
  'data.backup',
  'data.restore',
  'data.wipe',
  'summary.pdf',
] as const;

/** Main → window pushes travel on this one channel. */
export const PUSH_CHANNEL = 'kring:push';
