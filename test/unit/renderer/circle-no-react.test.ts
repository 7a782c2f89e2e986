/**
 * The circle display's download stays small because nothing it loads imports React: its entry's
 * import graph (static and dynamic imports, type-only imports left out) is followed through the
 * sources. One `useT` or `store.ts` import would pull all of React back in (~68 KB gzip).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** `import x from '…'`, `import '…'`, `export … from '…'`, `import('…')` — but not `import type` / `export type`. */
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
      else packages.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)), packages: [...packages] };
}

describe('the circle display loads no React', () => {
  const { files, packages } = graph('renderer/circle/main.ts');

  it('follows the real graph (the circle’s own modules and the shared ones it needs are in it)', () => {
    expect(files).toContain('renderer/circle/mount.ts');
    expect(files).toContain('renderer/circle/circle-clock.ts');
    expect(files).toContain('renderer/common/stores.ts');
    expect(files).toContain('renderer/i18n/words.ts');
  });

  it('imports neither react nor react-dom, nor any component file', () => {
    expect(packages.filter((p) => p.startsWith('react'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.tsx'))).toEqual([]);
    expect(files).not.toContain('renderer/common/store.ts');
    expect(files).not.toContain('renderer/i18n/index.ts');
  });

  it('the walk does find React where it is used (the timekeeper)', () => {
    expect(graph('renderer/timekeeper/main.tsx').packages).toContain('react');
  });
});
