import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

// Two pages: the panel Zoom loads as its Home URL, and the emulator page that frames it.
export default defineConfig({
  plugins: [react(), printDemoUrl(), syncZip()],
  // Pre-bundling would inline the library before syncZip() can swap its zip helper.
  optimizeDeps: { exclude: ['write-excel-file'] },
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
