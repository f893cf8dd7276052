/** What every listener gets: the database, configuration, a logger and the clock. */

import type { Logger } from '@slack/bolt';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { isoDay } from '../domain/calendar-day.ts';
import type { ActionKind } from '../domain/index.ts';
import type { AnswerPhraser } from '../help/model-answer.ts';
import type { HelpDesk } from '../help/search.ts';
import type { ModelParser } from '../nlu/openai-parser.ts';
import type { PendingPayload, RequestRateLimiter, UnderstandParams } from '../workflow/index.ts';
import type { HomeRefresher } from './home-refresh.ts';
import type { RecentKeys } from './recent-keys.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Slack waits 3 s for the answer to a modal submission (Bolt answers 404 at 3 s). A confirm
 * still running after this long answers "Working…" at once and shows its result later.
 */
export const SUBMIT_BUDGET_MS = 2_000;

export interface SlackDeps {
  readonly db: Database;
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Event ids and (channel, ts) pairs already handled by this instance. */
  readonly seen: RecentKeys;
  /** The OpenAI request parser, when OPENAI_API_KEY is set; built once, null otherwise. */
  readonly modelParser: ModelParser | null;
  /** The OpenAI help-answer phraser, when OPENAI_API_KEY is set; null otherwise. */
  readonly phraser: AnswerPhraser | null;
  /** Requests per person and minute, checked before any text is read (request-gate.ts). */
  readonly limiter: RequestRateLimiter;
  /** The help articles and their index; the index is built on first use (about 0.15 s). */
  readonly helpDesk: () => HelpDesk;
  /** How long a confirm may run before the modal answers "Working…" (SUBMIT_BUDGET_MS). */
  readonly submitBudgetMs: number;
  /** Coalesces each user's App Home refreshes (home-refresh.ts). */
  readonly homeRefresher: HomeRefresher;
}

/** What understanding a request needs from the deps, for today. */
export function understandParams(deps: SlackDeps, defaultIntent?: 'write_off'): UnderstandParams {
  return {
    today: today(deps.clock),
    modelParser: deps.modelParser,
    ...(defaultIntent ? { defaultIntent } : {}),
  };
}

/** Settings a kind's pending action keeps from where it was asked: the batch's age rule. */
export function requestSettings(deps: SlackDeps, kind: ActionKind): Partial<PendingPayload> | undefined {
  return kind === 'small_balance_batch'
    ? { smallBalanceMinAgeDays: deps.config.SMALL_BALANCE_MIN_AGE_DAYS }
    : undefined;
}

/** YYYY-MM-DD of today, for dates without a year in requests. */
export function today(clock: Clock): string {
  return isoDay(clock.now());
}
