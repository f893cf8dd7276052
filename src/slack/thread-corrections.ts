/**
 * Replies in the thread of a request made in a requests channel. The person who asked may correct
 * it there ("actually make it $25", "small balance please"): the request, while nobody has
 * confirmed it, then opens its form with the new amount or reason. They are told privately what
 * changed; the thread is told, with no amount and no name, that the request was changed. Every
 * other reply in such a thread is people talking and gets no answer.
 */
import type { webApi } from '@slack/bolt';
import { formatCents, writeOffReasonInfo } from '../domain/index.ts';
import { readCorrection } from '../nlu/correction.ts';
import { correctRequest, type RequestHints } from '../workflow/index.ts';
import type { SlackDeps } from './deps.ts';
import { MAX_REQUEST_TEXT_IN_THREAD, requestIdFor } from './message-requests.ts';
import { section } from './views/block-kit.ts';

type WebClient = webApi.WebClient;

export interface ThreadReply {
  readonly userId: string;
  readonly channelId: string;
  readonly threadTs: string;
  readonly text: string;
}

export async function handleThreadReply(
  deps: SlackDeps,
  client: WebClient,
  reply: ThreadReply,
): Promise<void> {
  const correction = readCorrection(reply.text.slice(0, MAX_REQUEST_TEXT_IN_THREAD));
  if (!correction) return;
  const outcome = await correctRequest(deps.db, {
    pendingId: requestIdFor(reply.channelId, reply.threadTs),
    userId: reply.userId,
    correction,
  });
  // Someone else's thread talk, or a thread that holds no request: nothing to say.
  if (outcome.kind === 'no_request' || outcome.kind === 'not_theirs') return;
  const told =
    outcome.kind === 'closed'
      ? ':information_source: This request was already dealt with, so nothing changed. To ask for something else, write a new request in the channel.'
      : `:pencil2: Changed: the form now opens with ${changedText(outcome.hints)}. Nothing is written off until someone with a billing role confirms it.`;
  await client.chat.postEphemeral({
    channel: reply.channelId,
    user: reply.userId,
    thread_ts: reply.threadTs,
    text: told,
    blocks: [section(told)],
  });
  if (outcome.kind !== 'updated') return;
  deps.logger.info('request corrected in its thread', { userId: reply.userId });
  // Whoever reviews it reads the thread: the change is said there, without amount or name.
  const notice = `<@${reply.userId}> changed this request. *Review & confirm* shows it as it is now.`;
  await client.chat.postMessage({
    channel: reply.channelId,
    thread_ts: reply.threadTs,
    text: notice,
    blocks: [section(notice)],
  });
}

/** "$25.00", "everything outstanding", "$25.00, Small balance": what the form now starts from. */
function changedText(hints: RequestHints): string {
  const amount = hints.amountAll
    ? 'everything outstanding'
    : hints.amountCents !== null
      ? formatCents(hints.amountCents)
      : null;
  const reason = hints.reason ? writeOffReasonInfo(hints.reason).label : null;
  return [amount && `*${amount}*`, reason && `the reason _${reason}_`].filter(Boolean).join(' and ');
}
