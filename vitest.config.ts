import { defineConfig } from 'vitest/config';
import { preactCompat, syncZip } from './vite.config.js';

export default defineConfig({
  ...preactCompat,
  plugins: [syncZip()],
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
          // Testing Library's entry for Node is CommonJS, whose require('react-dom') no alias can
          // reach; its ES build imports React and is transformed (inlined below) like our code.
          // This list replaces resolve.alias, hence the copy.
          alias: [
            ...preactCompat.resolve.alias,
            {
              find: /^@testing-library\/react$/,
              replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
            },
          ],
          // Transformed (not loaded by Node as is), so syncZip() applies as in the browser and the
          // libraries that import React get Preact, as in the browser: components are tested on
          // what ships.
          server: {
            deps: {
              inline: ['write-excel-file', 'zustand', 'react-i18next', '@testing-library/react'],
            },
          },
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
