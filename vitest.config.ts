import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/gates/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll keeps reading until what it asserts holds; vitest's default gives up after 1 s, which
          // a shared 2-core machine can spend before an island hydrates or chart.js arrives. Polling stops as
          // soon as the assertion passes, so this only lengthens a run that fails.
          expect: { poll: { timeout: 15_000 } },
          // One Chromium per file; two cores, so keep files from piling up.
          maxWorkers: 2,
        },
      },
    ],
  },
});
