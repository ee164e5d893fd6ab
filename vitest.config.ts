import { defineConfig } from 'vitest/config';

// Three suites: unit (pure functions, beside the code), integration (HTTP in process against a real SQL
// engine: PGlite, or the PostgreSQL server in DATABASE_URL) and e2e (a real Chromium against a real server).
export default defineConfig({
  test: {
    // Two workers even on two cores (Vitest's default leaves one core free). A browser journey waits on the
    // browser much of the time, so two journey files side by side nearly halve their wall time (measured:
    // all of vitest 492 s -> 415 s on two cores); every file has its own server, database copy and browser.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/integration/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
