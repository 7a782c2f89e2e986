import { defineConfig } from 'vitest/config';

/** The wiring tier: built main and preload under Node with a recording stand-in for electron. */
export default defineConfig({
  test: {
    include: ['test/wiring/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
