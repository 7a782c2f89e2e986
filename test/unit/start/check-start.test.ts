/**
 * The check that runs before `npm start` and `npm run browser`, run as a person runs it: with the
 * system's Node 20 on PATH, and in this clone where Electron's binary cannot be fetched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const script = join(root, 'scripts/check-start.cjs');
const { satisfies } = createRequire(import.meta.url)(script) as { satisfies: (v: string, range: string) => boolean };
const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
const OLD_NODE = '/usr/bin/node';
const current = dirname(process.execPath);

/** Electron's download cannot succeed: an empty cache and a mirror nobody listens on. */
const offline = () => ({
  ...process.env,
  electron_config_cache: mkdtempSync(join(tmpdir(), 'kring-electron-cache-')),
  ELECTRON_MIRROR: 'http://127.0.0.1:9/',
  ELECTRON_OVERRIDE_DIST_PATH: '',
});

describe('the engines range', () => {
  it('accepts the Node versions Kring runs on and refuses older ones', () => {
    expect(satisfies('24.21.0', engines)).toBe(true);
    expect(satisfies('22.22.2', engines)).toBe(true);
    expect(satisfies('26.1.0', engines)).toBe(true);
    expect(satisfies('22.12.0', engines)).toBe(false); // no type stripping without a flag, jsdom refuses
    expect(satisfies('20.20.2', engines)).toBe(false);
    expect(satisfies('25.2.0', engines)).toBe(false); // jsdom and vitest skip 25
  });
});

describe.skipIf(!existsSync(OLD_NODE) || satisfies(spawnSync(OLD_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim(), engines))(
  'with an old Node on PATH',
  () => {
    it('npm run browser says in one line per language which Node is needed, and stops', () => {
      const run = spawnSync('npm', ['run', '--silent', 'browser'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${dirname(OLD_NODE)}:${process.env.PATH}` },
      });
      expect(run.status).not.toBe(0);
      const lines = run.stderr.trim().split('\n');
      expect(lines[0]).toMatch(/^Kring heeft Node\.js 24 LTS nodig .* v20\.\d+\.\d+\. Installeer Node 24/);
      expect(lines[1]).toMatch(/^Kring needs Node\.js 24 LTS .* `nvm use`/);
      expect(lines).toHaveLength(2);
      expect(run.stderr).not.toMatch(/ERR_UNKNOWN_FILE_EXTENSION|\n\s+at /);
      expect(run.stdout).not.toMatch(/vite|built in/); // stopped before building anything
    });

    it('npm ci stops at once with the required range (.npmrc engine-strict), instead of a page of warnings', () => {
      const run = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${dirname(OLD_NODE)}:${process.env.PATH}` },
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(`Required: {"node":"${engines}"}`);
      expect(run.stderr.match(/npm warn EBADENGINE/g) ?? []).toEqual([]);
    });
  },
);

describe('before npm install', () => {
  it('npm start says to run npm install first', () => {
    const clone = mkdtempSync(join(tmpdir(), 'kring-clone-'));
    mkdirSync(join(clone, 'scripts'));
    copyFileSync(script, join(clone, 'scripts/check-start.cjs'));
    copyFileSync(join(root, 'package.json'), join(clone, 'package.json'));
    const run = spawnSync(process.execPath, [join(clone, 'scripts/check-start.cjs'), 'electron'], { cwd: clone, encoding: 'utf8', env: offline() });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Kring is nog niet geïnstalleerd in deze map: typ eerst\s+npm install/);
    expect(run.stderr).toContain('Kring is not installed in this folder yet');
  });
});

describe('where the Electron binary cannot be fetched', () => {
  // Where the electron package keeps its binary (path.txt names it inside dist/); asking the package itself would try a download.
  const pathFile = join(root, 'node_modules/electron/path.txt');
  const hasBinary = existsSync(pathFile) && existsSync(join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()));

  it.skipIf(hasBinary)('npm start offers npm run browser in Dutch and English, without a stack trace or a build', () => {
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...offline(), PATH: `${current}:${process.env.PATH}` },
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Kring kan het Electron-programma niet ophalen');
    expect(run.stderr).toContain('Kring could not fetch the Electron program');
    expect(run.stderr).toMatch(/start Kring in je browser met\s+npm run browser/);
    expect(run.stderr).not.toMatch(/\n\s+at |install-electron|Error: Electron failed/);
    expect(run.stdout).not.toMatch(/vite|built in/);
  });

  it('npm run browser needs no Electron: the check passes', () => {
    const run = spawnSync(process.execPath, [script, 'browser'], { cwd: root, encoding: 'utf8', env: offline() });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
