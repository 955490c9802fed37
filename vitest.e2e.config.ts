import { defineConfig } from 'vitest/config';

// The browser tier, in two projects that run side by side:
// - browser: the built game in Debian's Chromium through playwright-core, one file at a time (the
//   machine has two cores). One served copy of the build and one Chromium serve the whole run
//   (tests/e2e/global-setup.ts); each test opens its own browser context.
// - bench: `npm run bench -- --quick` in a process of its own. It waits on throttled networks and
//   CPUs most of the time, so it overlaps the browser project instead of following it.
const BENCH = 'tests/e2e/bench.e2e.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    // Two at a time: the bench beside one browser file (Vitest's default is one on two cores).
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          exclude: [BENCH],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
        },
      },
      { extends: true, test: { name: 'bench', include: [BENCH] } },
    ],
  },
});
