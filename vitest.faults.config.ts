/**
 * `npm run test:faults`: failure tests too slow for `npm test` (two app instances under load on
 * PostgreSQL, database connections killed mid-confirm). Files are named *.faults.test.ts.
 */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.faults.test.ts'],
    exclude: [...configDefaults.exclude],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One file at a time: they load PostgreSQL hard and measure acknowledgement times.
    fileParallelism: false,
  },
});
