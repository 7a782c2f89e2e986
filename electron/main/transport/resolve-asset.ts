import { extname, normalize, resolve, sep } from 'node:path';

/**
 * Map a URL path to a file inside `root`, or null when it would leave it (`..`, encoded
 * separators, absolute paths, NUL). Used by the app:// protocol and the browser-mode server.
 */
export function resolveAsset(root: string, urlPath: string): string | null {
  // An encoded separator is never part of an asset name, and neither is a '%' left after one
  // decoding (double encoding): refuse both rather than guess what was meant.
  if (/%(2f|5c)/i.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes('%')) return null;
  const relative = normalize(decoded.replace(/^\/+/, '') || 'supervisor.html');
  if (relative.startsWith('..') || relative.split(/[/\\]/).includes('..')) return null;
  const base = resolve(root);
  const full = resolve(base, relative);
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The strict policy every window runs under: nothing remote, ever. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws://127.0.0.1:*; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
