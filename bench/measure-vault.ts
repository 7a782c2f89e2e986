/**
 * Not a test: measures the vault on this machine. Run with
 *   node bench/measure-vault.ts
 * (Node 24, native type stripping). Prints unlock time with the real scrypt cost, put latency
 * for 10 KB records (incl. fsync) and list time for 1,000 records of ~2 KB.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createVault, unlockVault } from '../electron/main/vault/index.ts';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function text(bytes: number): string {
  return randomBytes(Math.ceil(bytes * 0.75)).toString('base64').slice(0, bytes);
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'kring-measure-'));
  try {
    // 1. Unlock with the real parameters (N=2^17, r=8, p=1).
    const realDir = join(root, 'real');
    let t = performance.now();
    const created = await createVault(realDir, 'correct horse battery staple');
    console.log(`create (real scrypt): ${(performance.now() - t).toFixed(0)} ms`);
    created.lock();
    const unlockTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      const v = await unlockVault(realDir, 'correct horse battery staple');
      unlockTimes.push(performance.now() - t);
      v.lock();
    }
    console.log(`unlock (real scrypt), 5 runs: ${unlockTimes.map((x) => x.toFixed(0)).join(', ')} ms`);

    // 2. put of 10 KB records, including fsync of file and directory.
    const vault = await createVault(join(root, 'put'), 'correct horse battery staple', { kdf: CHEAP });
    const body = text(10 * 1024);
    for (let i = 0; i < 20; i++) await vault.put(`warm${i}`, 'note', { body }); // warm-up
    const putTimes: number[] = [];
    for (let i = 0; i < 500; i++) {
      t = performance.now();
      await vault.put(`rec${i}`, 'note', { body, i });
      putTimes.push(performance.now() - t);
    }
    const updateTimes: number[] = [];
    for (let i = 0; i < 200; i++) {
      t = performance.now();
      await vault.put(`rec${i}`, 'note', { body, i, updated: true });
      updateTimes.push(performance.now() - t);
    }
    for (const [label, times] of [['put new 10 KB', putTimes], ['put replace 10 KB', updateTimes]] as const) {
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `${label} (n=${times.length}): p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${(sorted.at(-1) ?? 0).toFixed(2)} ms`,
      );
    }

    // 3. list of 1,000 records of ~2 KB.
    const listVault = await createVault(join(root, 'list'), 'correct horse battery staple', { kdf: CHEAP });
    const small = text(2 * 1024 - 100);
    for (let i = 0; i < 1000; i++) await listVault.put(`n${i}`, i % 2 ? 'note' : 'summary', { body: small, i });
    listVault.lock();
    const reopened = await unlockVault(join(root, 'list'), 'correct horse battery staple');
    const listTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      t = performance.now();
      const all = await reopened.list();
      listTimes.push(performance.now() - t);
      if (all.length !== 1000) throw new Error(`expected 1000, got ${all.length}`);
    }
    t = performance.now();
    const notes = await reopened.list('note');
    const kindMs = performance.now() - t;
    console.log(
      `list 1,000 × ~2 KB, 10 runs: first ${listTimes[0]?.toFixed(0)} ms, then ${listTimes.slice(1).map((x) => x.toFixed(0)).join(', ')} ms; list('note') ${notes.length} in ${kindMs.toFixed(0)} ms`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
