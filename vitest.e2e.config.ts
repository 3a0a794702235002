import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (and Firefox) with the built extension. One file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
