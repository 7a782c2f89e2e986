import type { Localized } from '../../../shared/method/index.ts';

export function isLocalized(v: unknown): v is Localized {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'nl' in v && 'en' in v;
}

/** Every Localized reachable from a value, with a path for messages. */
export function collectLocalized(value: unknown, path = '$', out: { path: string; value: Localized }[] = []) {
  if (isLocalized(value)) {
    out.push({ path, value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectLocalized(item, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) collectLocalized(item, `${path}.${key}`, out);
  }
  return out;
}

export function duplicates<T>(items: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const item of items) (seen.has(item) ? dup : seen).add(item);
  return [...dup];
}
