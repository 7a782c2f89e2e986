import { test as base, expect } from '@playwright/test';
import { startKring } from './kring-process.ts';
import type { KringProcess } from './kring-process.ts';

/** Every test gets its own Kring services process with a fresh data folder. */
export const test = base.extend<{ app: KringProcess }>({
  app: async ({}, use) => {
    const app = await startKring();
    await use(app);
    await app.stop();
  },
});

export { expect };
