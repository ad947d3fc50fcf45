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
      {
        // The other engines (issue 25): Firefox ESR over WebDriver BiDi and WebKitGTK through WebKitWebDriver, a
        // smoke suite on dist/ for every page template at 360 px (tests/engines/smoke.ts). One file per engine.
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
        },
      },
      {
        // Scratch builds of the site with other content than dist/'s, made once by the setup
        // (tests/harness/scratch-sites.ts: a second rule set; a slice of the fictional city for search), and the
        // bad-content gate, whose builds are what it tests.
        test: {
          name: 'scratch',
          include: ['tests/scratch/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/harness/scratch-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 15_000 } },
          maxWorkers: 2,
        },
      },
      {
        // The same page gates, and the residents' and readers' paths, on a slice of the fictional city
        // (tests/harness/city-slice.ts), built by the setup. Chromium visits a few pages per template.
        test: {
          name: 'city',
          include: ['tests/city/**/*.test.ts', 'tests/gates/every-page.test.ts', 'tests/gates/html.test.ts', 'tests/gates/budgets.test.ts'],
          environment: 'node',
          globalSetup: ['tests/harness/city-setup.ts'],
          env: { GATES_DIST: 'bench/scratch/city-slice/dist', GATES_SAMPLE: '2' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
