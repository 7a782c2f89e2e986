/**
 * Not a test: measures the privacy helper and the passphrase policy on this machine. Run with
 *   node bench/measure-privacy.ts
 * (Node 24, native type stripping). Prints the time `findIdentifiers` takes on a 10 KB note of
 * realistic intervisie sentences with identifiers mixed in (median and p95 of 200 runs; the
 * supervisor's window runs it on every change, deferred), and the passphrase verdict time in main.
 */
import { performance } from 'node:perf_hooks';
import { findIdentifiers } from '../shared/privacy/identifiers.ts';
import { judgePassphrase } from '../electron/main/vault/passphrase-policy.ts';

const SENTENCES = [
  'Ik voelde me machteloos toen ze wegging.',
  'Mevrouw Janssen, 12 maart, kwam huilend binnen.',
  'Op 12 maart is onze volgende intervisie.',
  'Een 42-jarige vrouw kwam voor haar vierde kind.',
  'Ze lag op kamer 12 naast het raam en vroeg om haar partner.',
  'Ze werd overgebracht naar het UZ Gent.',
  'Wat had ik nodig in dat moment? Rust en erkenning.',
  'De collega van de nachtdienst nam het over zonder veel uitleg.',
  'Last Tuesday he was admitted again, and nobody called me.',
  'Cliënte A voelde zich niet gehoord door het team.',
  'Haar nummer was 0470 12 34 56, dat stond op het briefje.',
  'Herkenning: ook ik twijfel soms aan mezelf als het druk is.',
];

function note(bytes: number): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += `${SENTENCES[i % SENTENCES.length]} `;
  return out.slice(0, bytes);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

const text = note(10 * 1024);
for (let i = 0; i < 20; i++) findIdentifiers(text); // warm-up (JIT)
const runs: number[] = [];
let found = 0;
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  found = findIdentifiers(text).length;
  runs.push(performance.now() - t);
}
const scan = stats(runs);
console.log(`findIdentifiers on a ${text.length}-character note (${found} findings): median ${scan.median.toFixed(2)} ms, p95 ${scan.p95.toFixed(2)} ms, max ${scan.max.toFixed(2)} ms`);

let t = performance.now();
await judgePassphrase('fiets regen tafel koffie');
const first = performance.now() - t;
const verdicts: number[] = [];
for (const p of ['Welkom2024!', 'fiets regen tafel koffie', 'wachtwoord', 'paarse olifant danst op dinsdagavond', 'Kr1ng-Intervisie']) {
  for (let i = 0; i < 10; i++) {
    t = performance.now();
    await judgePassphrase(p);
    verdicts.push(performance.now() - t);
  }
}
const verdict = stats(verdicts);
console.log(`judgePassphrase: first call (imports the dictionaries) ${first.toFixed(0)} ms; after that median ${verdict.median.toFixed(1)} ms, p95 ${verdict.p95.toFixed(1)} ms`);
