/** What every listener gets: the database, configuration, a logger and the clock. */
import type { Logger } from '@slack/bolt';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { RecentKeys } from './recent-keys.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface SlackDeps {
  readonly db: Database;
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Event ids and (channel, ts) pairs already handled by this instance. */
  readonly seen: RecentKeys;
}

/** YYYY-MM-DD of today, for dates without a year in requests. */
export function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
