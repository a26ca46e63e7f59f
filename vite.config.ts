/**
 * Vite builds and serves the browser app (plus the bare-sigma benchmark page); Vitest runs the
 * unit tests in Node with TZ pinned to UTC.
 */
import { defineConfig } from 'vitest/config';

process.env.TZ = 'UTC';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: { main: 'index.html', bench: 'src/bench/bare-sigma.html' } },
  },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
