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
    // expect.poll waits for effects that follow Bolt's acknowledgement; 1 s is tight on a busy CI box.
    expect: { poll: { timeout: 5_000, interval: 10 } },
  },
});
