/**
 * A real electron-builder `--dir` build of the BUILT app, with a placeholder standing in for the
 * Electron distribution (the binary cannot be downloaded here), and without fuses (they patch
 * bytes inside the real binary). It checks what goes into the package, not the installers: deb,
 * rpm and AppImage need tools electron-builder downloads (fpm, appimagetool), and the NSIS and
 * dmg targets need Windows or macOS — none of which can be checked on this machine.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): Record<string, any>; dump(value: unknown): string };
const asar = require('@electron/asar') as { listPackage(file: string): string[]; extractFile(file: string, path: string): Buffer };

function placeholderElectron(dir: string) {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho placeholder\n');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), 'v45.4.1');
  for (const file of ['LICENSE', 'LICENSES.chromium.html']) writeFileSync(join(dir, file), '');
  for (const locale of ['nl', 'en-US', 'en-GB', 'fr', 'de']) writeFileSync(join(dir, 'locales', `${locale}.pak`), '');
}

describe('electron-builder --dir with a placeholder Electron', () => {
  const work = mkdtempSync(join(tmpdir(), 'kring-dist-'));
  const unpacked = join(work, 'release', 'linux-unpacked');
  let run: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    placeholderElectron(join(work, 'electron'));
    const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
    delete config.electronFuses;
    config.electronDist = join(work, 'electron');
    config.electronVersion = '45.4.1';
    config.directories.output = join(work, 'release');
    writeFileSync(join(work, 'config.yml'), yaml.dump(config));
    run = spawnSync(process.execPath, [join(root, 'node_modules/electron-builder/cli.js'), '--config', join(work, 'config.yml'), '--linux', 'dir'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 180_000,
    });
  }, 200_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds', () => {
    expect(run.status, String(run.stderr) + String(run.stdout)).toBe(0);
    expect(existsSync(join(unpacked, 'kring'))).toBe(true); // executableName
  });

  it('packs only what runs: built main, preload and windows, package.json, runtime dependencies', () => {
    const files = asar.listPackage(join(unpacked, 'resources', 'app.asar'));
    for (const needed of ['/dist/electron/main.mjs', '/dist/electron/preload.cjs', '/dist/renderer/supervisor.html', '/dist/renderer/timekeeper.html', '/dist/renderer/circle.html', '/package.json']) {
      expect(files).toContain(needed);
    }
    const outside = files.filter((f) => !f.startsWith('/dist') && !f.startsWith('/node_modules') && f !== '/package.json');
    expect(outside).toEqual([]);
    for (const dev of ['electron-builder', 'vitest', 'vite', '@playwright', 'typescript', '@resvg']) {
      expect(files.some((f) => f.startsWith(`/node_modules/${dev}/`))).toBe(false);
    }
    expect(files.some((f) => f.startsWith('/node_modules/electron-store/'))).toBe(true);
  });

  it('carries the metadata the installers use', () => {
    const pkg = JSON.parse(asar.extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString('utf8')) as Record<string, any>;
    expect(pkg).toMatchObject({ name: 'kring', productName: 'Kring', main: 'dist/electron/main.mjs', desktopName: 'kring.desktop' });
    expect(pkg.author.email).toMatch(/@/);
    expect(pkg.devDependencies).toBeUndefined();
  });
});
