import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Two pages: the panel Zoom loads as its Home URL, and the emulator page that frames it.
export default defineConfig({
  plugins: [react()],
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
