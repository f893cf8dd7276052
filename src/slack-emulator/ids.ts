import { randomBytes } from 'node:crypto';

/** Slack-looking ids: a type letter then upper-case base-36, unique within one emulator. */
export function createIdSource() {
  let counter = 0;
  return {
    next(prefix: string): string {
      counter += 1;
      return `${prefix}${counter.toString(36).toUpperCase().padStart(8, '0')}`;
    },
    /** View hashes change on every write, like Slack's, so a stale one can be detected. */
    hash(nowMs: number): string {
      return `${Math.floor(nowMs / 1000)}.${randomBytes(4).toString('hex')}`;
    },
  };
}

export type IdSource = ReturnType<typeof createIdSource>;

/** A Slack message ts: seconds, a dot, six digits; strictly increasing within one emulator. */
export function createTsSource() {
  let lastMicros = 0;
  return (nowMs: number): string => {
    lastMicros = Math.max(lastMicros + 1, nowMs * 1000);
    const micros = String(lastMicros);
    return `${micros.slice(0, -6)}.${micros.slice(-6)}`;
  };
}
