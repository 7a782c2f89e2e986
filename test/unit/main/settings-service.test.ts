import { describe, expect, it } from 'vitest';
import { createSettingsService, SETTINGS_RESET_MESSAGE } from '../../../electron/main/services/settings-service.ts';
import type { SettingsBacking } from '../../../electron/main/services/settings-service.ts';
import { DEFAULT_SETTINGS } from '../../../shared/ipc/index.ts';
import type { Settings } from '../../../shared/ipc/index.ts';
import type { Localized } from '../../../shared/method/index.ts';

/** An in-memory electron-store stand-in that remembers every write. */
function memoryBacking(initial: unknown) {
  let stored = initial;
  const writes: Settings[] = [];
  const backing: SettingsBacking = {
    read: () => structuredClone(stored),
    write: (value) => {
      writes.push(structuredClone(value));
      stored = structuredClone(value);
    },
  };
  return { backing, writes, stored: () => stored };
}

function make(initial: unknown, systemLocales: string[] = []) {
  const memory = memoryBacking(initial);
  const notices: Localized[] = [];
  const service = createSettingsService(memory.backing, (m) => notices.push(m), systemLocales);
  return { ...memory, notices, service };
}

describe('settings when nothing was stored', () => {
  it('are the defaults, with no notice; the first start\'s language is written so that it stays', () => {
    const { service, notices, writes } = make(undefined);
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(service.get().language).toBe('nl-BE');
    expect(notices).toEqual([]);
    expect(writes).toEqual([DEFAULT_SETTINGS]);
  });

  it('are the defaults for an empty stored object, silently', () => {
    const { service, notices } = make({});
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(notices).toEqual([]);
  });
});

describe('stored settings with some invalid fields', () => {
  it('keep the valid fields, reset the invalid ones and say so in Dutch and English', () => {
    const { service, notices, stored } = make({
      language: 'en',
      sound: false,
      retentionMonths: 24,
      theme: 'purple',
      autoLockMinutes: 9999,
      warningMinutes: { vragen: 2 },
      customPrompts: [{ id: 'p1', stepId: null, text: '' }],
      favouritePrompts: 'niet-een-lijst',
    });
    const s = service.get();
    expect(s.language).toBe('en');
    expect(s.sound).toBe(false);
    expect(s.retentionMonths).toBe(24);
    expect(s.warningMinutes).toEqual({ vragen: 2 });
    expect(s.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(s.autoLockMinutes).toBe(DEFAULT_SETTINGS.autoLockMinutes);
    expect(s.customPrompts).toEqual([]);
    expect(s.favouritePrompts).toEqual([]);

    expect(notices).toEqual([SETTINGS_RESET_MESSAGE]);
    expect(notices[0]!.nl).toMatch(/instellingen.*standaardwaarde/i);
    expect(notices[0]!.en).toMatch(/settings.*default/i);
    expect(stored()).toEqual(s); // the repaired settings are written back
  });

  it('ignore fields they do not know, without a notice', () => {
    const { service, notices } = make({ language: 'en', somethingFromLater: 1 });
    expect(service.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(notices).toEqual([]);
  });

  for (const raw of [null, 'kapot', 42, ['nl'], true]) {
    it(`are all defaults, with a notice, when what was stored is ${JSON.stringify(raw)}`, () => {
      const { service, notices } = make(raw);
      expect(service.get()).toEqual(DEFAULT_SETTINGS);
      expect(notices).toEqual([SETTINGS_RESET_MESSAGE]);
    });
  }
});

describe('a settings store that cannot be read', () => {
  it('gives the defaults and a notice instead of a crash', () => {
    const notices: Localized[] = [];
    const writes: Settings[] = [];
    const service = createSettingsService(
      {
        read: () => {
          throw new SyntaxError('Unexpected token in config.json');
        },
        write: (v) => writes.push(v),
      },
      (m) => notices.push(m),
    );
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(notices).toEqual([SETTINGS_RESET_MESSAGE]);
  });

  it('does not crash either when it can be neither read nor written', () => {
    const notices: Localized[] = [];
    const broken: SettingsBacking = {
      read: () => {
        throw new Error('EACCES: permission denied');
      },
      write: () => {
        throw new Error('EACCES: permission denied');
      },
    };
    const service = createSettingsService(broken, (m) => notices.push(m));
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(notices.length).toBeGreaterThanOrEqual(1);
  });
});

describe('changing settings', () => {
  it('applies a valid change, keeps it and tells listeners', () => {
    const { service, stored } = make({});
    const seen: Settings[] = [];
    service.onChange((s) => seen.push(s));
    const next = service.set({ autoLockMinutes: 5, language: 'en' });
    expect(next).toMatchObject({ autoLockMinutes: 5, language: 'en', sound: true });
    expect(service.get()).toEqual(next);
    expect(stored()).toEqual(next);
    expect(seen).toEqual([next]);
  });

  it('throws and changes nothing when the store refuses the write', () => {
    const notices: Localized[] = [];
    let failing = false;
    const service = createSettingsService(
      {
        read: () => ({ language: 'en' }),
        write: () => {
          if (failing) throw new Error('EROFS: read-only file system');
        },
      },
      (m) => notices.push(m),
    );
    failing = true;
    expect(() => service.set({ language: 'nl-NL' })).toThrow();
    expect(service.get().language).toBe('en');
  });

  const invalid: unknown[] = [
    { autoLockMinutes: 0 },
    { autoLockMinutes: 5, language: 'fr' },
    { theme: 'neon' },
    { retentionMonths: 1.5 },
    { sound: 'ja' },
    { unknownSetting: true },
    { customPrompts: [{ id: '', stepId: null, text: 'x' }] },
  ];
  for (const patch of invalid) {
    it(`throws on ${JSON.stringify(patch)} and changes nothing`, () => {
      const { service, writes } = make({ language: 'en' });
      const before = structuredClone(service.get());
      const seen: Settings[] = [];
      service.onChange((s) => seen.push(s));
      expect(() => service.set(patch as Partial<Settings>)).toThrow();
      expect(service.get()).toEqual(before);
      expect(writes).toEqual([]);
      expect(seen).toEqual([]);
    });
  }
});

describe('the language setting', () => {
  const cases: [string[], string][] = [
    [['nl-BE', 'fr-BE'], 'nl-BE'],
    [['nl-NL'], 'nl-NL'],
    [['nl'], 'nl-BE'],
    [['fr-BE', 'nl-BE'], 'nl-BE'],
    [['en-US', 'nl-NL'], 'en'],
    [['de-DE'], 'nl-BE'],
    [['fr-FR', 'nl-SR'], 'nl-NL'],
    [[], 'nl-BE'],
  ];
  for (const [locales, expected] of cases) {
    it(`starts in ${expected} the first time on a system that prefers ${JSON.stringify(locales)}`, () => {
      const { service, notices, stored } = make(undefined, locales);
      expect(service.get().language).toBe(expected);
      expect(notices).toEqual([]);
      expect((stored() as Settings).language).toBe(expected);
    });
  }

  it('keeps a chosen language whatever the system says later', () => {
    const { service, writes } = make({ language: 'en' }, ['nl-NL']);
    expect(service.get().language).toBe('en');
    expect(writes).toEqual([]);
  });

  it('moves the earlier Dutch setting to nl-BE, or to nl-NL on a Netherlands system, silently, and writes it back', () => {
    const be = make({ language: 'nl', sound: false }, ['nl-BE']);
    expect(be.service.get()).toMatchObject({ language: 'nl-BE', sound: false });
    expect(be.notices).toEqual([]);
    expect((be.stored() as Settings).language).toBe('nl-BE');
    const nl = make({ language: 'nl' }, ['nl-NL', 'en-GB']);
    expect(nl.service.get().language).toBe('nl-NL');
    // Dutch was chosen: an English system does not turn it into English.
    expect(make({ language: 'nl' }, ['en-US']).service.get().language).toBe('nl-BE');
  });

  it('replaces an unknown language by the system\'s, with the reset notice', () => {
    const { service, notices } = make({ language: 'fr' }, ['nl-NL']);
    expect(service.get().language).toBe('nl-NL');
    expect(notices).toEqual([SETTINGS_RESET_MESSAGE]);
  });

  it('accepts the three languages and nothing else', () => {
    const { service } = make({});
    for (const language of ['nl-NL', 'en', 'nl-BE'] as const) expect(service.set({ language }).language).toBe(language);
    expect(() => service.set({ language: 'nl' as never })).toThrow();
  });
});
