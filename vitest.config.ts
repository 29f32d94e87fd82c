import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { syncZip } from './vite.config.js';

export default defineConfig({
  plugins: [react(), syncZip()],
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: [
            'src/**/*.test.{ts,tsx}',
            'test/unit/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
          ],
          setupFiles: ['test/setup.ts'],
          // Transformed (not loaded by Node as is), so syncZip() applies as in the browser.
          server: { deps: { inline: ['write-excel-file'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per worker is plenty on a 2-core machine.
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
