import { defineConfig } from 'vitest/config';

// Native better-sqlite3 handles are not shareable across worker threads: run files in forks.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
