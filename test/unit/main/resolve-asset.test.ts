import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, resolveAsset } from '../../../electron/main/transport/resolve-asset.ts';

let parent: string;
let root: string;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'kring-assets-'));
  root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'supervisor.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app-1234.js'), '');
  // Things next to the root that must never be served.
  await writeFile(join(parent, 'secret.txt'), 'geheim');
  await mkdir(join(parent, 'renderer-evil'));
  await writeFile(join(parent, 'renderer-evil', 'x.js'), '');
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('files inside the renderer folder', () => {
  it('resolve to their place in the folder', () => {
    expect(resolveAsset(root, '/supervisor.html')).toBe(join(root, 'supervisor.html'));
    expect(resolveAsset(root, '/assets/app-1234.js')).toBe(join(root, 'assets', 'app-1234.js'));
    expect(resolveAsset(root, '/timekeeper.html')).toBe(join(root, 'timekeeper.html'));
  });

  it('serve the supervisor page for the bare root', () => {
    expect(resolveAsset(root, '/')).toBe(join(root, 'supervisor.html'));
    expect(resolveAsset(root, '')).toBe(join(root, 'supervisor.html'));
  });

  it('allow ordinary percent-encoding of a name', () => {
    expect(resolveAsset(root, '/assets/app%2D1234.js')).toBe(join(root, 'assets', 'app-1234.js'));
  });

  it('stay inside the folder for a path that looks absolute in the URL', () => {
    const result = resolveAsset(root, '/etc/passwd');
    expect(result === null || result.startsWith(root + sep)).toBe(true);
  });
});

describe('paths that try to leave the folder', () => {
  const attempts = [
    '/../secret.txt',
    '/..',
    '..',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/assets%2Fapp-1234.js',
    '/%2fetc/passwd',
    '/..%2f..%2fetc/passwd',
    '/..%5c..%5csecret.txt',
    '/..\\secret.txt',
    '/assets\\app-1234.js',
    '/supervisor.html%00.js',
    '/supervisor.html\u0000',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/assets%252f..%252f..%252fsecret.txt',
    '/%25',
    '/%',
    '/%E0%A4%A',
    '/../renderer-evil/x.js',
    'C:\\Windows\\win.ini',
    '/C:\\Windows\\win.ini',
  ];

  for (const attempt of attempts) {
    it(`refuses ${JSON.stringify(attempt)}`, () => {
      expect(resolveAsset(root, attempt)).toBeNull();
    });
  }

  it('never gives a path outside the folder, whatever it is given', () => {
    const pieces = ['..', '.', '%2e', '%2e%2e', '%2f', '%5c', '/', '\\', 'assets', 'a', '%00', '%252e', '~', ':'];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const result = resolveAsset(root, `/${a}${b}${c}`);
          if (result !== null) expect(result === root || result.startsWith(root + sep), `/${a}${b}${c} → ${result}`).toBe(true);
        }
  });
});

describe('content types', () => {
  it('names the types the renderer uses and falls back to bytes', () => {
    expect(contentType('/x/supervisor.html')).toMatch(/^text\/html/);
    expect(contentType('/x/app.JS')).toMatch(/^text\/javascript/);
    expect(contentType('/x/data.bin')).toBe('application/octet-stream');
  });
});
