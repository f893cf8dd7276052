import type { Clock } from './types.ts';

export const systemClock: Clock = { now: () => Date.now() };

export type ManualClock = Clock & { advance(ms: number): void; set(ms: number): void };

/** A clock a test moves by hand, so trigger expiry can be tested without waiting 3 seconds. */
export function createManualClock(startMs = Date.now()): ManualClock {
  let currentMs = startMs;
  return {
    now: () => currentMs,
    advance: (ms: number) => {
      currentMs += ms;
    },
    set: (ms: number) => {
      currentMs = ms;
    },
  };
}
