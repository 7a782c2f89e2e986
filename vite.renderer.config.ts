import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'renderer');

// One HTML entry per window role; each loads only what its role needs.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
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
