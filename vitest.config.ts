import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The windows' build makes their words (scripts/words); the tests have every word.
    alias: { 'virtual:kring-words': resolve(import.meta.dirname, 'test/support/all-words.ts') },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/support/install-words.ts'],
    testTimeout: 20_000,
  },
});
