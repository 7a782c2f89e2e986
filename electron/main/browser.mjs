/**
 * `npm run browser`'s entry (and the e2e tier's and the benchmark's): switches on Node's module
 * compile cache, then starts the server (browser-server.ts). Without the cache every start strips
 * the types of ~80 TypeScript files and compiles them again; with it a start after the first reuses
 * the stripped and compiled code (keyed by file contents, so an edited file is never stale).
 * The cache lives in node_modules/.cache, next to the dependencies it belongs with.
 * It has to be switched on before the server's modules load, hence this separate file and the
 * dynamic import; and it is plain JavaScript, because loading any TypeScript file before the cache
 * is on would load Node's type stripper too (about 16 MB of memory for the whole run).
 */
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';

enableCompileCache(resolve(import.meta.dirname, '../../node_modules/.cache/kring-compile'));
await import('./browser-server.ts');
