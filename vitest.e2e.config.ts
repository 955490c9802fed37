import { defineConfig } from 'vitest/config';

// The browser tier: the built game in Debian's Chromium through playwright-core.
// One file at a time: the machine has two cores and software WebGL is heavy.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
