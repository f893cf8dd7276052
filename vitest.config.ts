import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The slow failure tests (several app instances, killed connections) run in `npm run test:faults`.
    exclude: [...configDefaults.exclude, 'test/**/*.faults.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A worker keeps its loaded modules and its emptied PGlite databases (test/support/
    // pglite-pool.ts) from one test file to the next: loading both again for each of the 110
    // files was most of the run. So a file must leave no process-wide state behind: it stops
    // what it starts and restores what it changes (the sandbox's audit surface, TZ, spies).
    isolate: false,
    // Most files spend much of their time waiting on HTTP round trips between the app and the
    // Slack emulator, so one worker per core (the default leaves one core for vitest) keeps both
    // cores busy on a 2-core machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // expect.poll waits for effects that follow Bolt's acknowledgement; 1 s is tight on a busy CI box.
    expect: { poll: { timeout: 5_000, interval: 10 } },
  },
});
