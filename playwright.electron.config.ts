import { defineConfig } from '@playwright/test';

/**
 * The third tier: the real Electron app. Runs only where an Electron binary exists
 * (KRING_ELECTRON=/path/to/electron, or the one `npm install` placed); otherwise every spec
 * skips with one line saying why.
 */
export default defineConfig({
  testDir: 'test/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  globalSetup: './test/electron/global-setup.ts',
});
