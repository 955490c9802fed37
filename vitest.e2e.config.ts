import { defineConfig } from 'vitest/config';

// The browser tier: the built game in Debian's Chromium through playwright-core.
// One served build and one Chromium for the whole run (tests/e2e/global-setup.ts); each test opens
// its own browser context. One file at a time: the machine has two cores and rendering is heavy.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
