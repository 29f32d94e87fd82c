import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin, UserConfig } from 'vite';

/** `npm start` says where the demo is: the emulator page, which frames the panel. */
function printDemoUrl(): Plugin {
  return {
    name: 'doorkeeper-demo-url',
    apply: 'serve',
    configureServer(server) {
      // Only the CLI prints URLs, so servers started by tests stay quiet.
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const base = server.resolvedUrls?.local[0];
        if (!base) return;
        const demo = new URL('emulator.html', base).href;
        server.config.logger.info(`\n  Doorkeeper demo: ${demo}\n`);
      };
    },
  };
}

/**
 * write-excel-file zips through fflate's asynchronous `zip`, which starts Blob Workers for large
 * parts; the production CSP forbids Workers. Its one zip helper is swapped for a synchronous one
 * (`src/features/attendance/sync-zip.ts`); nothing else of the library changes.
 */
export function syncZip(): Plugin {
  const replacement = resolve(import.meta.dirname, 'src/features/attendance/sync-zip.ts');
  return {
    name: 'doorkeeper-sync-zip',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../zip/zipToArrayBuffer.js' && importer?.includes('write-excel-file'))
        return replacement;
      return null;
    },
  };
}

const PANEL_MAIN = resolve(import.meta.dirname, 'src/app/main.tsx');
const EMULATOR_MAIN = resolve(import.meta.dirname, 'src/emulator/main.tsx');

/**
 * The panel's first load in two chunks: everything main.tsx imports statically goes into
 * `first-load`, but what the emulator page shares with it (React) into `shared`. Left to the
 * default, it is a dozen small chunks (each shape of sharing between the pages and the lazy views
 * gets its own), and each compresses on its own: several KB of gzip more. main.tsx itself stays in
 * the entry chunk, and the emulator page gets none of the panel's code or styles.
 */
export function firstLoadChunks(): Plugin {
  const panel = new Set<string>();
  const emulator = new Set<string>();
  return {
    name: 'doorkeeper-first-load-chunks',
    apply: 'build',
    buildEnd() {
      const reach = (from: string, into: Set<string>): void => {
        into.clear();
        const queue = [from];
        while (queue.length > 0) {
          const id = queue.pop()!;
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) {
            if (into.has(next)) continue;
            into.add(next);
            queue.push(next);
          }
        }
      };
      reach(PANEL_MAIN, panel);
      reach(EMULATOR_MAIN, emulator);
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            { name: 'shared', test: (id: string) => panel.has(id) && emulator.has(id) },
            { name: 'first-load', test: (id: string) => panel.has(id) },
          ],
        },
      };
    },
  };
}

/**
 * The Zoom SDK is imported on first use (after the message guard is installed, src/zoom/real-sdk.ts),
 * so it is its own chunk, which the browser would only start fetching once the panel's code runs. A
 * modulepreload fetches and parses it alongside the panel's code without running it.
 */
export function preloadZoomSdk(): Plugin {
  return {
    name: 'doorkeeper-preload-zoom-sdk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.filename.endsWith('index.html')) return html;
        const sdk = Object.values(context.bundle).find(
          (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.includes('@zoom/appssdk'),
        );
        if (!sdk) return html;
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${sdk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * The code is written (and typechecked) against React's API, but runs on preact/compat: React and
 * React DOM took 65.9 KB gzip before the first paint, Preact takes 8.3 KB (README "Design"). Our JSX
 * compiles straight to Preact's runtime; the libraries that import React (zustand, react-i18next,
 * Testing Library) get Preact through these aliases.
 */
export const preactCompat = {
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      // react-i18next's shim for React < 18, a CommonJS require('react'): Preact has the hook.
      { find: /^use-sync-external-store\/shim$/, replacement: 'preact/compat' },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
} satisfies UserConfig;

/**
 * zustand and react-i18next `import React from 'react'` and read hooks off it: a default import
 * keeps the whole of preact/compat's default object (hydrate, findDOMNode, forwardRef, …) in the
 * first load. As a namespace import the same reads (`React.useSyncExternalStore`) leave the rest to
 * tree-shaking: ≈1.1 KB gzip before the first paint. Build only (the dev server pre-bundles them).
 */
export function reactNamespaceImports(): Plugin {
  const importers = /\/node_modules\/(zustand|react-i18next)\//;
  const defaultImport = "import React from 'react';";
  return {
    name: 'doorkeeper-react-namespace-imports',
    apply: 'build',
    transform(code, id) {
      if (!importers.test(id) || !code.includes(defaultImport)) return null;
      return { code: code.replace(defaultImport, "import * as React from 'react';"), map: null };
    },
  };
}

// Two pages: the panel Zoom loads as its Home URL, and the emulator page that frames it.
export default defineConfig({
  ...preactCompat,
  plugins: [
    reactNamespaceImports(),
    printDemoUrl(),
    syncZip(),
    firstLoadChunks(),
    preloadZoomSdk(),
  ],
  optimizeDeps: {
    // Pre-bundling would inline the library before syncZip() can swap its zip helper.
    exclude: ['write-excel-file'],
    // The JSX transform imports Preact's runtime, which the dependency scan of the pages does not
    // see: found on the first page load instead, it made Vite re-bundle and reload that page
    // (a fresh clone's first e2e test timed out on it).
    include: [
      'preact',
      'preact/hooks',
      'preact/compat',
      'preact/jsx-runtime',
      'preact/jsx-dev-runtime',
    ],
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        panel: resolve(import.meta.dirname, 'index.html'),
        emulator: resolve(import.meta.dirname, 'emulator.html'),
      },
    },
  },
});
