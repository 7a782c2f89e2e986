/**
 * A window's entry imports its screens with `import()` (renderer/common/start.ts), so they are
 * fetched only once the entry has run. This plugin names them in the window's HTML as
 * `<link rel="modulepreload">`, so the browser fetches and compiles them (React with them) while
 * the entry is still loading: the time appears one round of loading sooner.
 */
import type { Plugin } from 'vite';

export function preloadScreens(): Plugin {
  return {
    name: 'kring-preload-screens',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const { bundle, chunk } = context;
        if (!bundle || !chunk) return html;
        const closure = (fileName: string, into = new Set<string>()) => {
          const found = bundle[fileName];
          if (!found || found.type !== 'chunk' || into.has(fileName)) return into;
          into.add(fileName);
          for (const imported of found.imports) closure(imported, into);
          return into;
        };
        const entry = closure(chunk.fileName);
        const screens = chunk.dynamicImports.filter((file) => {
          const target = bundle[file];
          return target?.type === 'chunk' && target.facadeModuleId?.endsWith('/mount.tsx');
        });
        const files = [...new Set(screens.flatMap((file) => [...closure(file)]))].filter((file) => !entry.has(file));
        const links = files.map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`).join('\n    ');
        return links ? html.replace(/\n?\s*<\/head>/, `\n    ${links}\n  </head>`) : html;
      },
    },
  };
}
