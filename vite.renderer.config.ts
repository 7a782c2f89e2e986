import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preloadScreens } from './scripts/preload-screens.ts';
import { windowWords } from './scripts/words/vite-plugin.ts';

const root = resolve(import.meta.dirname, 'renderer');

// One HTML entry per window role; each loads only what its role needs, its words included.
export default defineConfig({
  root,
  base: './',
  plugins: [
    react(),
    windowWords({
      supervisor: resolve(root, 'supervisor/main.tsx'),
      timekeeper: resolve(root, 'timekeeper/main.tsx'),
      circle: resolve(root, 'circle/main.ts'),
    }),
    preloadScreens(),
  ],
  resolve: {
    // The windows' messages come parsed (scripts/words): they need FormatJS's formatter, not its parser.
    alias: { '@formatjs/icu-messageformat-parser': resolve(import.meta.dirname, 'node_modules/@formatjs/icu-messageformat-parser/no-parser.js') },
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome140',
    // Chromium (Electron's and the browser version's) knows modulepreload: no polyfill to ship.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        supervisor: resolve(root, 'supervisor.html'),
        timekeeper: resolve(root, 'timekeeper.html'),
        circle: resolve(root, 'circle.html'),
      },
    },
  },
});
