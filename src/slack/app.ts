/**
 * The Bolt app: HTTP mode (Bolt's HTTPReceiver on /slack/events, requests verified with the
 * signing secret and dated within 5 minutes either way: http-receiver.ts) or Socket Mode when
 * SLACK_APP_TOKEN is set, with the same listeners either way. What no listener acknowledges is
 * acknowledged at once (answering-app.ts); a form Slack would not open is explained to the person
 * (form-not-opened.ts).
 */
import { type App, type Logger, LogLevel, webApi } from '@slack/bolt';
import type { ExtendedErrorHandlerArgs } from '@slack/bolt/dist/App.js';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { errorFacts, stackFrames } from '../db/error-facts.ts';
import { createAnswerPhraser } from '../help/model-answer.ts';
import { helpDeskFor } from '../help/search.ts';
import { createModelParser } from '../nlu/openai-parser.ts';
import { type ExpiredApprovalsFeed, REQUESTS_PER_MINUTE, RequestRateLimiter } from '../workflow/index.ts';
import { AnsweringApp } from './answering-app.ts';
import { announceExpiredApprovals } from './approval-announce.ts';
import { BotIdentity } from './bot-identity.ts';
import { type Clock, type SlackDeps, SUBMIT_BUDGET_MS, systemClock } from './deps.ts';
import { isFormNotOpened, tellFormNotOpened } from './form-not-opened.ts';
import { HomeRefresher } from './home-refresh.ts';
import { httpFetch } from './http-fetch.ts';
import { SlackHttpReceiver } from './http-receiver.ts';
import { registerListeners } from './listeners/index.ts';
import { RecentKeys } from './recent-keys.ts';

export const EVENTS_PATH = '/slack/events';

export interface SlackAppOptions {
  readonly config: Config;
  readonly db: Database;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** Web API retries; tests against a fake use 0 (FIELD-NOTES). */
  readonly apiRetries?: number;
  /** How long a confirm may take before the modal answers "Working…" (SUBMIT_BUDGET_MS). */
  readonly submitBudgetMs?: number;
  /** The upkeep's expired approval requests: their cards are closed and requesters told. */
  readonly expiredApprovals?: ExpiredApprovalsFeed;
}

/** What must be set for the app to talk to Slack, in the words of the variables to set. */
export function missingSlackSettings(config: Config): string[] {
  const missing: string[] = [];
  if (!config.SLACK_BOT_TOKEN)
    missing.push('SLACK_BOT_TOKEN (xoxb-…, OAuth & Permissions → Bot User OAuth Token)');
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    missing.push(
      'SLACK_SIGNING_SECRET (Basic Information → Signing Secret) for HTTP mode, or SLACK_APP_TOKEN (xapp-…, with connections:write) for Socket Mode',
    );
  }
  return missing;
}

/**
 * At debug level Bolt logs every incoming request body and the Web API client every outgoing
 * one, with patient names and balances in them. Patient data must never reach a log, so the Slack
 * libraries never get a level below info, whatever LOG_LEVEL says.
 */
export function slackLibraryLogLevel(level: Config['LOG_LEVEL']): LogLevel {
  return level === 'debug' ? LogLevel.INFO : (level as LogLevel);
}

/** Bolt's client needs the base URL with a trailing slash. */
export function slackApiUrl(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export function createSlackApp(options: SlackAppOptions): App {
  const { config } = options;
  const missing = missingSlackSettings(config);
  if (missing.length > 0) throw new Error(`Slack is not configured; set ${missing.join(' and ')}`);
  const clientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: slackApiUrl(config.SLACK_API_URL) } : {}),
    retryConfig: { retries: options.apiRetries ?? 2 },
    // Every Web API call and every respond(); why not Node's own fetch: http-fetch.ts.
    fetch: httpFetch,
  };
  const logging = options.logger
    ? { logger: options.logger }
    : { logLevel: slackLibraryLogLevel(config.LOG_LEVEL) };
  // The bot token goes to Bolt through `authorize` (bot-identity.ts), not as `token`: Bolt's own
  // look-up of the bot at construction crashed the app when Slack was unreachable at start.
  const botClient = new webApi.WebClient(config.SLACK_BOT_TOKEN, { ...clientOptions, ...logging });
  const identity = new BotIdentity(botClient, config.SLACK_BOT_TOKEN ?? '');
  // Bolt's conversation store is off: nothing here keeps state per conversation (what outlives a
  // request is in the database, shared by every instance), and its in-memory store looked every
  // event's channel up and failed with a new Error each time.
  const shared = {
    authorize: identity.authorize,
    extendedErrorHandler: true,
    convoStore: false as const,
    clientOptions,
    ...logging,
  };
  // Our receiver refuses requests dated in the future too (http-receiver.ts); AnsweringApp answers
  // what no listener acknowledges at once instead of letting it time out.
  const app = config.SLACK_APP_TOKEN
    ? new AnsweringApp({ ...shared, appToken: config.SLACK_APP_TOKEN, socketMode: true })
    : new AnsweringApp({
        ...shared,
        receiver: new SlackHttpReceiver({
          signingSecret: config.SLACK_SIGNING_SECRET ?? '',
          endpoint: EVENTS_PATH,
          logging,
        }),
      });
  const clock = options.clock ?? systemClock;
  const deps: SlackDeps = {
    db: options.db,
    config,
    logger: app.logger,
    clock,
    limiter: new RequestRateLimiter(REQUESTS_PER_MINUTE, () => clock.now().getTime()),
    seen: new RecentKeys(),
    ...openAiClients(config),
    // Batch answers tell the configured minimum age (SMALL_BALANCE_MIN_AGE_DAYS), not the default.
    helpDesk: () => helpDeskFor({ smallBalanceMinAgeDays: config.SMALL_BALANCE_MIN_AGE_DAYS }),
    submitBudgetMs: options.submitBudgetMs ?? SUBMIT_BUDGET_MS,
    homeRefresher: new HomeRefresher(),
  };
  registerListeners(app, deps);
  identity.warmUp(app.logger);
  options.expiredApprovals?.subscribe((approvalIds) => {
    announceExpiredApprovals(deps, botClient, approvalIds).catch((error: unknown) =>
      app.logger.warn('expired approvals not announced', errorFacts(error)),
    );
  });
  app.error(async ({ error, body, context }: ExtendedErrorHandlerArgs) => {
    // Never the message: a database error's message quotes its parameters (names, notes, MRNs).
    // Only the kind, SQL state, operation and ids; the stack's frames stay in debug logs.
    app.logger.error('listener failed', { ...errorFacts(error), ...requestIds(body, context) });
    app.logger.debug(stackFrames(error));
    if (isFormNotOpened(error)) await tellFormNotOpened(app.logger, botClient, body);
  });
  return app;
}

/** Which request failed, by ids only: its type, the user, and the callback, action or command. */
function requestIds(body: unknown, context: { userId?: string } | undefined) {
  const b = (body ?? {}) as {
    type?: unknown;
    command?: unknown;
    view?: { callback_id?: unknown };
    event?: { type?: unknown };
    actions?: { action_id?: unknown }[];
  };
  const id = (v: unknown) => (typeof v === 'string' && /^[\w./:-]{1,80}$/.test(v) ? v : undefined);
  return {
    type: id(b.type) ?? (b.command ? 'slash_command' : undefined),
    userId: id(context?.userId),
    command: id(b.command),
    callbackId: id(b.view?.callback_id),
    eventType: id(b.event?.type),
    actionId: id(b.actions?.[0]?.action_id),
  };
}

/** One client each for the app's life; none at all without a key (the constructor would throw). */
function openAiClients(config: Config) {
  const settings = {
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
  };
  return { modelParser: createModelParser(settings), phraser: createAnswerPhraser(settings) };
}

export { LogLevel };
