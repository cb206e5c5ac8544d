import { defineConfig } from 'vitest/config';

// Four projects, so a developer runs the fast ones alone:
//   unit         pure rules in main/core (seconds)          npm run test:unit
//   integration  real SQLite files, PDFs, the CLI, the shell npm run test:integration
//   e2e          the built renderer in Debian's Chromium     npm run test:e2e (builds first)
//   stress       kills, hostile files, random payloads, two writers (about 2 minutes; seeded, the
//                seed printed: STRESS_SEED=<n> replays one)      npm run test:stress
// `npm test` runs typecheck, the layer check, the build and all four.
// Native better-sqlite3 handles are not shareable across worker threads: run files in forks.
export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
      { extends: true, test: { name: 'stress', include: ['test/stress/**/*.test.ts'] } },
    ],
  },
});
