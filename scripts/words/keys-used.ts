/**
 * Which catalog keys a window can show: every key written as a string literal in the files its
 * entry reaches through relative imports (static and dynamic). Kring writes every key it shows as
 * a literal (test/unit/i18n/catalog.test.ts holds the code to that), so this finds them all; a
 * literal that is never shown only costs a few bytes. A key a window still lacks at run time is
 * loaded then and reported (renderer/i18n/words.ts), and the e2e specs fail on that report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
const LITERAL = /'([^'\\\n]*)'|"([^"\\\n]*)"/g;
/** The catalog itself names every key; it is not a window's code. */
const CATALOG = /[\\/]shared[\\/]i18n[\\/](messages|regional|compile|translate|index)\.ts$/;

export function filesReachedFrom(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !/\.(ts|tsx)$/.test(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(IMPORT)) visit(resolve(dirname(file), match[2]!));
  };
  visit(resolve(entry));
  return [...seen].filter((file) => !CATALOG.test(file));
}

export function keysUsedBy<K extends string>(entry: string, known: readonly K[]): Set<K> {
  const knownSet = new Set<string>(known);
  const used = new Set<K>();
  for (const file of filesReachedFrom(entry)) {
    for (const match of readFileSync(file, 'utf8').matchAll(LITERAL)) {
      const literal = match[1] ?? match[2]!;
      if (knownSet.has(literal)) used.add(literal as K);
    }
  }
  return used;
}
