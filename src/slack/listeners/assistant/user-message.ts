/**
 * A message in an assistant thread: show that the app is working on it, then handle it like any
 * direct message (help questions answered with the help desk, requests with a Review button),
 * replying in that thread.
 *
 * The status is cosmetic, so it never holds the answer back: it goes through its own client that
 * gives up on a 429 (the shared client would wait out Retry-After, pausing every call queued
 * behind it, the answer's too), and the answer waits for it at most STATUS_WAIT_MS.
 */
import { type AssistantUserMessageMiddleware, type Logger, webApi } from '@slack/bolt';
import { errorFacts } from '../../../db/error-facts.ts';
import type { SlackDeps } from '../../deps.ts';
import { httpFetch } from '../../http-fetch.ts';
import { handleMessageRequest } from '../../message-requests.ts';
import { withinBudget } from '../../within-budget.ts';
import { stringFields } from '../events/event-fields.ts';

type UserMessageArgs = Parameters<AssistantUserMessageMiddleware>[0];
type WebClient = webApi.WebClient;

export const THINKING_STATUS = 'is looking into it…';

/** How long the answer waits for Slack to take the status; it goes on in the background after. */
export const STATUS_WAIT_MS = 300;
/** A status call still unanswered after this is dropped. */
const STATUS_TIMEOUT_MS = 5_000;

const statusClients = new Map<string, WebClient>();

/** A client like the listener's (same API and token) that rejects a rate-limited call at once. */
function statusClientFor(client: WebClient, logger: Logger): WebClient {
  const key = `${client.slackApiUrl} ${client.token ?? ''}`;
  let statusClient = statusClients.get(key);
  if (!statusClient) {
    statusClient = new webApi.WebClient(client.token, {
      slackApiUrl: client.slackApiUrl,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: STATUS_TIMEOUT_MS,
      fetch: httpFetch,
      logger,
    });
    statusClients.set(key, statusClient);
  }
  return statusClient;
}

const ASSISTANT_FIELDS = ['user', 'text', 'channel', 'ts', 'thread_ts', 'bot_id', 'subtype'] as const;

export function assistantUserMessage(deps: SlackDeps) {
  return async ({ message, client }: UserMessageArgs): Promise<void> => {
    const fields = stringFields(deps, message as unknown as Record<string, unknown>, ASSISTANT_FIELDS);
    if (!fields || fields.subtype !== undefined || fields.bot_id) return;
    const { user, text, channel, ts, thread_ts: threadTs } = fields;
    if (!user || !text || !channel || !ts || !threadTs) return;
    // As Bolt's own setStatus calls it (assistant:write), on the client that gives up on a 429.
    const statusClient = statusClientFor(client, deps.logger);
    const thread = { channel_id: channel, thread_ts: threadTs };
    const setStatus = (status: string): Promise<void> =>
      statusClient.assistant.threads.setStatus({ ...thread, status }).then(
        () => undefined,
        (error: unknown) => deps.logger.warn('assistant status not set', errorFacts(error)),
      );
    const thinking = setStatus(THINKING_STATUS);
    await withinBudget(thinking, STATUS_WAIT_MS);
    try {
      await handleMessageRequest(deps, client, {
        userId: user,
        channelId: channel,
        ts,
        threadTs,
        text,
        via: 'direct_message',
      });
    } finally {
      // Slack clears the status when the app replies in the thread. A delivery it sends again
      // (already answered) or a message that gets no reply would leave "is looking into it…" up.
      // Cleared after the status was set (or refused), so a late "thinking" cannot come last.
      await withinBudget(
        thinking.then(() => setStatus('')),
        STATUS_WAIT_MS,
      );
    }
  };
}
