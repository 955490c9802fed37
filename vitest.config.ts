import { defineConfig } from 'vitest/config';

// Unit tiers: the core and the content run in Node; the ui tests in happy-dom.
// The browser tier (tests/e2e) has its own config, vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/ui/**/*.test.ts', 'tests/platform/**/*.test.ts', 'tests/text/**/*.test.ts', 'tests/playtest/**/*.test.ts'],
    environment: 'node',
    // Generous: property tests over whole levels on a shared 2-core machine; speed is measured by the bench, not here.
    testTimeout: 30_000,
  },
});
