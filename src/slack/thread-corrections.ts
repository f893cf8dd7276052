/**
 * Replies in the thread of a request made in a requests channel. The person who asked may correct
 * it there ("actually make it $25", "small balance please"): the request, while nobody has
 * confirmed it, then opens its form with the new amount or reason. They are told privately what
 * changed; the thread is told, with no amount and no name, that the request was changed. Once
 * someone has opened its form, it is no longer changed (they are told why). The asker may also take
 * it back ("never mind"). Any other reply of the asker is told what a thread can change (a thank-you
 * excepted); other people's replies are talk and get no answer. A thread that holds no request is
 * a place like the top level, where a request gets its answer.
 */
import type { webApi } from '@slack/bolt';
import { formatCents, writeOffReasonInfo } from '../domain/index.ts';
import { type RequestCorrection, readThreadReply, type ThreadReplyReading } from '../nlu/correction.ts';
import {
  correctRequest,
  loadPendingAction,
  type PendingAction,
  type RequestHints,
  withdrawRequest,
} from '../workflow/index.ts';
import { SLACK_ACTIONS } from './actions/index.ts';
import type { SlackDeps } from './deps.ts';
import { handleMessageRequest, MAX_REQUEST_TEXT_IN_THREAD, requestIdFor } from './message-requests.ts';
import { messageOf } from './messages/slack-message.ts';
import { handleOnce } from './recent-keys.ts';
import { takesBackRequest, withdrawnText } from './take-back.ts';
import { section } from './views/block-kit.ts';

type WebClient = webApi.WebClient;

export interface ThreadReply {
  readonly userId: string;
  readonly channelId: string;
  /** The reply's own timestamp. */
  readonly ts: string;
  readonly threadTs: string;
  readonly text: string;
}

export const ONLY_AMOUNT_OR_REASON =
  ':information_source: Only the amount or the reason of a request can be changed in its thread ("actually make it $25", "small balance please"), or the request withdrawn ("never mind"). For another patient, charge or action, post a new request in the channel.';

export const ALREADY_DEALT_WITH =
  ':information_source: This request was already dealt with, so nothing changed. To ask for something else, write a new request in the channel.';

export const ALREADY_OPENED =
  ':information_source: Someone has already opened this request to review it, so it was not changed: the form they have open shows the request as it stood when they opened it. Your message is in the thread for them to read; tell them directly if it is urgent.';

export function handleThreadReply(deps: SlackDeps, client: WebClient, reply: ThreadReply): Promise<void> {
  // A reply delivered twice (two event ids for one message) is read once.
  return handleOnce(deps.seen, `thread-reply:${reply.channelId}:${reply.ts}`, () =>
    answerThreadReply(deps, client, reply),
  );
}

async function answerThreadReply(deps: SlackDeps, client: WebClient, reply: ThreadReply): Promise<void> {
  const pending = await loadPendingAction(deps.db, requestIdFor(reply.channelId, reply.threadTs));
  if (!pending) {
    // The thread holds no request: a request written in it is answered there, as at the top level.
    await handleMessageRequest(deps, client, {
      userId: reply.userId,
      channelId: reply.channelId,
      ts: reply.ts,
      threadTs: reply.threadTs,
      text: reply.text,
      via: 'request_channel',
    });
    return;
  }
  // Someone else's thread talk: nothing to say.
  if (pending.requestedBy !== reply.userId) return;
  const text = reply.text.slice(0, MAX_REQUEST_TEXT_IN_THREAD);
  // "actually cancel that" takes the request back; it is not a new ask to cancel a PR.
  const reading: ThreadReplyReading = takesBackRequest(text, pending.kind)
    ? { kind: 'withdraw' }
    : readThreadReply(text, pending.kind);
  await answerAsker(deps, client, pending, reply, reading);
}

async function answerAsker(
  deps: SlackDeps,
  client: WebClient,
  pending: PendingAction,
  reply: ThreadReply,
  reading: ThreadReplyReading,
): Promise<void> {
  switch (reading.kind) {
    case 'courtesy':
      return;
    case 'correction':
      await applyCorrection(deps, client, pending, reply, reading.correction);
      return;
    case 'withdraw':
      await withdrawFromThread(deps, client, pending, reply);
      return;
    case 'amount_refused':
      await tellPrivately(
        client,
        reply,
        `:warning: ${reading.message} The request was not changed; write the amount again to change it.`,
      );
      return;
    case 'other_action':
    case 'unread':
      await tellPrivately(client, reply, ONLY_AMOUNT_OR_REASON);
      return;
  }
}

/** The asker's change, applied while nobody has opened the form; they and the thread are told. */
export async function applyCorrection(
  deps: SlackDeps,
  client: WebClient,
  pending: PendingAction,
  reply: ThreadReply,
  correction: RequestCorrection,
): Promise<void> {
  const outcome = await correctRequest(deps.db, { pending, userId: reply.userId, correction });
  if (outcome.kind === 'not_theirs') return;
  const told =
    outcome.kind === 'closed'
      ? ALREADY_DEALT_WITH
      : outcome.kind === 'in_review'
        ? ALREADY_OPENED
        : `:pencil2: Changed: the form now opens with ${changedText(outcome.hints)}. ${untilConfirmed(pending)}`;
  await tellPrivately(client, reply, told);
  if (outcome.kind !== 'updated') return;
  deps.logger.info('request corrected in its thread', { userId: reply.userId });
  // Whoever reviews it reads the thread: the change is said there, without amount or name.
  await postInThread(
    client,
    reply,
    `<@${reply.userId}> changed this request. *Review & confirm* shows it as it is now.`,
  );
}

async function withdrawFromThread(
  deps: SlackDeps,
  client: WebClient,
  pending: PendingAction,
  reply: ThreadReply,
): Promise<void> {
  const outcome = await withdrawRequest(deps.db, { pending, userId: reply.userId });
  if (outcome.kind === 'not_theirs') return;
  if (outcome.kind === 'closed') return void (await tellPrivately(client, reply, ALREADY_DEALT_WITH));
  if (outcome.kind === 'in_review') {
    const text =
      ':information_source: Someone has already opened this request to review it, so it was not withdrawn. Tell them directly that it is no longer needed.';
    return void (await tellPrivately(client, reply, text));
  }
  deps.logger.info('request withdrawn in its thread', { pendingId: pending.id, userId: reply.userId });
  await tellPrivately(client, reply, withdrawnText(pending));
  await postInThread(
    client,
    reply,
    `<@${reply.userId}> withdrew this request, so nothing will be done about it.`,
  );
}

/**
 * "Nothing is refunded until a billing manager or admin confirms it.": in the words of what the
 * request asks for, naming who may confirm that (a biller may not confirm a refund).
 */
export function untilConfirmed(pending: Pick<PendingAction, 'kind'>): string {
  const action = SLACK_ACTIONS[pending.kind];
  return `Nothing is ${action.doneWord} until ${action.whoMay} confirms it.`;
}

/** "$25.00", "everything outstanding", "$25.00, Small balance": what the form now starts from. */
export function changedText(hints: RequestHints): string {
  const amount = hints.amountAll
    ? 'everything outstanding'
    : hints.amountCents !== null
      ? formatCents(hints.amountCents)
      : null;
  const reason = hints.reason ? writeOffReasonInfo(hints.reason).label : null;
  return [amount && `*${amount}*`, reason && `the reason _${reason}_`].filter(Boolean).join(' and ');
}

export function tellPrivately(client: WebClient, reply: ThreadReply, text: string) {
  return client.chat.postEphemeral({
    channel: reply.channelId,
    user: reply.userId,
    thread_ts: reply.threadTs,
    ...messageOf([section(text)]),
  });
}

/** Read by the whole channel: never a patient's name or an amount. */
export function postInThread(client: WebClient, reply: ThreadReply, text: string) {
  return client.chat.postMessage({
    channel: reply.channelId,
    thread_ts: reply.threadTs,
    ...messageOf([section(text)]),
  });
}
