import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const external = ['electron', 'electron-store', 'conf', 'xstate', 'zod', 'date-fns', /^date-fns\//, /^@zxcvbn-ts\//, 'ws', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// Main as an ES module (dependencies stay in node_modules); preload as one CommonJS file,
// because a sandboxed preload can only require 'electron'.
export default defineConfig(({ mode }) =>
  mode === 'preload'
    ? {
        build: {
          outDir: resolve(root, 'dist/electron'),
          emptyOutDir: false,
          target: 'node22',
          minify: false,
          lib: { entry: resolve(root, 'electron/preload/preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
          rollupOptions: { external: ['electron'] },
        },
      }
    : {
        build: {
          outDir: resolve(root, 'dist/electron'),
          emptyOutDir: false,
          target: 'node22',
          minify: false,
          ssr: resolve(root, 'electron/main/main.ts'),
          rollupOptions: { external, output: { format: 'es', entryFileNames: 'main.mjs' } },
        },
      },
);
