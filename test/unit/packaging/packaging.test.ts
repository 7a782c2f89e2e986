/**
 * Packaging by convention, checked where the installers cannot be built (no Electron binary):
 * electron-builder.yml against electron-builder's own schema, the metadata deb/rpm/NSIS need,
 * and every icon size the targets use, generated from build/icon.svg.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import icns from 'icns-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICNS_TYPES, ICO_SIZES, LINUX_SIZES, makeIcons } from '../../../build/make-icons.ts';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const builderConfig = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Record<string, any>>;
  validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(): void }): Promise<void>;
};
const debug = { isEnabled: false, add() {} };
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, any>;

describe('electron-builder.yml', () => {
  let config: Record<string, any>;
  beforeAll(async () => {
    config = await builderConfig.getConfig(root, join(root, 'electron-builder.yml'), null);
  });

  it('is valid against electron-builder’s own schema', async () => {
    await expect(builderConfig.validateConfiguration(config, debug)).resolves.toBeUndefined();
  });

  it('and that schema check does refuse a misspelt option (it is not a formality)', async () => {
    const broken = structuredClone(config);
    broken.linux.categorie = 'Office';
    await expect(builderConfig.validateConfiguration(broken, debug)).rejects.toThrow(/does not match the API schema/);
  });

  it('names every artifact with product, version and architecture', () => {
    for (const name of [config.artifactName, config.nsis.artifactName]) {
      expect(name).toContain('${version}');
      expect(name).toContain('${arch}');
    }
  });

  it('has what deb and rpm need: maintainer with e-mail, homepage, author e-mail, description, categories', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb', 'rpm']));
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
    expect(pkg.author.email).toMatch(/@/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(config.linux.description.length).toBeGreaterThan(40);
    expect(config.linux.category.split(';')).toContain('Office');
    expect(config.linux.desktop.entry.Keywords).toMatch(/intervisie/);
    // The desktop entry and Electron's window app_id must match, or docks show a second icon.
    expect(pkg.desktopName).toBe(`${config.executableName}.desktop`);
    expect(config.linux.syncDesktopName).toBe(true);
  });

  it('offers the Windows installer in Dutch and English and never deletes the data on uninstall', () => {
    expect(config.nsis.installerLanguages).toEqual(['nl_NL', 'en_US']);
    expect(config.nsis.multiLanguageInstaller).toBe(true);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    expect(config.appId).toBe('org.kring.app'); // = main's setAppUserModelId
  });

  it('points every platform at the generated icons', () => {
    expect(config.linux.icon).toBe('build/generated/icons');
    expect(config.win.icon).toBe('build/generated/icon.ico');
    expect(config.mac.icon).toBe('build/generated/icon.icns');
    expect(pkg.scripts.dist).toMatch(/npm run icons.*electron-builder/);
  });
});

describe('the Linux desktop entry, as electron-builder writes it for AppImage, deb and rpm', () => {
  it('names Kring, says what it is in Dutch and English, sits in Office and Education, and matches the window', async () => {
    const config = await builderConfig.getConfig(root, join(root, 'electron-builder.yml'), null);
    const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper.js') as {
      LinuxTargetHelper: new (packager: unknown) => { computeDesktopEntry(options: unknown, exec?: string, extra?: unknown): Promise<string>; getDesktopFileName(): string };
    };
    // The fields of electron-builder's LinuxPackager that its desktop-entry code reads, filled
    // from our own package.json and electron-builder.yml (the installers themselves need tools
    // that cannot be downloaded here).
    const helper = new LinuxTargetHelper({
      appInfo: { productName: pkg.productName, sanitizedProductName: pkg.productName, description: pkg.description },
      executableName: config.executableName,
      info: { metadata: pkg },
      config,
      platformSpecificBuildOptions: config.linux,
      fileAssociations: [],
    });
    const text = await helper.computeDesktopEntry(config.linux);
    expect(text.startsWith('[Desktop Entry]\n')).toBe(true);
    const entry = Object.fromEntries(
      text
        .split('\n')
        .filter((l: string) => l.includes('='))
        .map((l: string) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    ) as Record<string, string>;
    expect(entry).toMatchObject({
      Name: 'Kring',
      'Name[en]': 'Kring',
      Exec: '/opt/Kring/kring %U',
      Terminal: 'false',
      Type: 'Application',
      Icon: 'kring',
      StartupWMClass: 'kring',
      Categories: 'Office;Education;',
      GenericName: 'Intervisie begeleiden',
      'GenericName[en]': 'Intervision facilitation',
    });
    expect(entry.Comment).toMatch(/^Kring helpt een supervisor/);
    expect(entry.Keywords).toContain('intervisie;intervision;');
    expect(helper.getDesktopFileName()).toBe('kring');
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the icon set generated from build/icon.svg', () => {
  const out = mkdtempSync(join(tmpdir(), 'kring-icons-'));
  beforeAll(async () => {
    await makeIcons(join(root, 'build/icon.svg'), out);
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('has a PNG of the exact size for every Linux size, not blank', () => {
    for (const size of LINUX_SIZES) {
      const png = readFileSync(join(out, 'icons', `${size}x${size}.png`));
      expect(pngSize(png)).toEqual([size, size]);
      expect(png.length).toBeGreaterThan(200);
    }
    expect(pngSize(readFileSync(join(out, 'icon.png')))).toEqual([1024, 1024]);
  });

  it('has an ICO with every Windows size (16 to 256)', () => {
    const ico = readFileSync(join(out, 'icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes.sort((a, b) => a - b)).toEqual([...ICO_SIZES]);
  });

  it('has an ICNS with every macOS size, each entry a PNG of its size', () => {
    const entries = icns.parse(readFileSync(join(out, 'icon.icns')));
    expect(Object.keys(entries).sort()).toEqual(Object.keys(ICNS_TYPES).sort());
    for (const [type, size] of Object.entries(ICNS_TYPES)) expect(pngSize(entries[type]!)).toEqual([size, size]);
  });
});
