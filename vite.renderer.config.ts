import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, 'renderer');

/**
 * The catalog's ICU messages parsed at build time (shared/i18n/precompiled.ts), so that the windows
 * ship FormatJS's formatter without its parser.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'kring-precompiled-messages',
    async transform(_code, id) {
      if (!/[\\/]shared[\\/]i18n[\\/]precompiled\.ts$/.test(id)) return null;
      const { compiledCatalog } = await import('./shared/i18n/compile.ts');
      return { code: `export const PRECOMPILED = ${JSON.stringify(compiledCatalog())};`, map: null };
    },
  };
}

// One HTML entry per window role; each loads only what its role needs.
export default defineConfig({
  root,
  base: './',
  plugins: [react(), precompiledMessages()],
  resolve: {
    alias: { '@formatjs/icu-messageformat-parser': resolve(import.meta.dirname, 'node_modules/@formatjs/icu-messageformat-parser/no-parser.js') },
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome140',
    rollupOptions: {
      input: {
        supervisor: resolve(root, 'supervisor.html'),
        timekeeper: resolve(root, 'timekeeper.html'),
        circle: resolve(root, 'circle.html'),
      },
    },
  },
});
