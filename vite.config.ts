/**
 * Vite builds and serves the browser app; Vitest runs the unit tests in Node with TZ pinned to UTC.
 */
import { defineConfig } from 'vitest/config';

process.env.TZ = 'UTC';

export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
