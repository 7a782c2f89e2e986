// @vitest-environment jsdom
/**
 * "Your data" in the desktop app: where the data lives, a backup, a restore that needs the
 * backup's passphrase, and erasing that needs a checkbox and then a confirmation.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setApiForTests } from '../../../renderer/common/api.ts';
import { YourData } from '../../../renderer/supervisor/parts/YourData.tsx';
import { fakeApi } from './fake-api.ts';

const LOCATION = { dataDir: '/home/sofie/.config/Kring', vaultDir: '/home/sofie/.config/Kring/vault', canCarry: true };

describe('your data (desktop)', () => {
  let fake: ReturnType<typeof fakeApi>;
  beforeEach(() => {
    fake = fakeApi({ 'data.location': LOCATION, 'data.backup': { savedTo: '/media/usb/kring.kringbackup' }, 'data.restore': { files: 12 } });
    setApiForTests(fake.api);
  });
  afterEach(() => {
    cleanup();
    setApiForTests(null);
  });

  it('shows the folder, and a backup says where it went', async () => {
    render(<YourData />);
    expect((await screen.findByTestId('data-dir')).textContent).toBe(LOCATION.dataDir);
    await act(async () => fireEvent.click(screen.getByTestId('data-backup')));
    expect(document.body.textContent).toContain('Reservekopie bewaard in /media/usb/kring.kringbackup');
  });

  it('restore asks the backup’s passphrase first', async () => {
    render(<YourData parts={['restore']} />);
    const button = await screen.findByTestId('data-restore');
    expect(button).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('Wachtwoord van de reservekopie'), { target: { value: 'wachtwoord van toen' } });
    await act(async () => fireEvent.click(button));
    expect(fake.calls.filter((c) => c.channel === 'data.restore')).toEqual([{ channel: 'data.restore', req: { passphrase: 'wachtwoord van toen' } }]);
    expect(document.body.textContent).toContain('Teruggezet (12 bestanden). Kring start zo opnieuw.');
  });

  it('erasing needs the checkbox, then the confirmation; cancelling erases nothing', async () => {
    render(<YourData parts={['wipe']} />);
    const button = await screen.findByTestId('data-wipe');
    expect(button).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByLabelText('Ik begrijp dat dit alles definitief wist.'));
    expect(button).toHaveProperty('disabled', false);
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren', hidden: true }));
    expect(fake.calls.some((c) => c.channel === 'data.wipe')).toBe(false);
    fireEvent.click(button);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Definitief wissen', hidden: true })));
    expect(fake.calls.filter((c) => c.channel === 'data.wipe')).toEqual([{ channel: 'data.wipe', req: { confirm: 'wipe-everything' } }]);
    expect(document.body.textContent).toContain('Alles is gewist. Kring start zo opnieuw.');
  });
});
