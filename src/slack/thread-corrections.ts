/**
 * Replies in the thread of a request made in a requests channel. The person who asked may correct
 * it there ("actually make it $25", "small balance please"): the request, while nobody has
 * confirmed it, then opens its form with the new amount or reason. They are told privately what
 * changed; the thread is told, with no amount and no name, that the request was changed. Once
 * someone has opened its form, it is no longer changed (they are told why). Other replies in such
 * a thread are people talking and get no answer; a thread that holds no request is a place like
 * the top level, where a request gets its answer.
 */
import type { webApi } from '@slack/bolt';
import { formatCents, isoDay, writeOffReasonInfo } from '../domain/index.ts';
import { readCorrection } from '../nlu/correction.ts';
import { parseRequest } from '../nlu/parse.ts';
import { correctRequest, loadPendingAction, type RequestHints } from '../workflow/index.ts';
import type { SlackDeps } from './deps.ts';
import { handleMessageRequest, MAX_REQUEST_TEXT_IN_THREAD, requestIdFor } from './message-requests.ts';
import { handleOnce } from './recent-keys.ts';
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

const ONLY_AMOUNT_OR_REASON =
  ':information_source: Only the amount or the reason of a request can be changed in its thread. For another patient or another change, post a new request in the channel.';

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
  const text = reply.text.slice(0, MAX_REQUEST_TEXT_IN_THREAD);
  const correction = readCorrection(text);
  if (!correction) {
    // "actually it's for Jane Roe": the asker names a patient, which a thread cannot change.
    if (pending.requestedBy === reply.userId && namesPatient(text))
      await tellPrivately(client, reply, ONLY_AMOUNT_OR_REASON);
    return;
  }
  const outcome = await correctRequest(deps.db, { pending, userId: reply.userId, correction });
  // Someone else's thread talk: nothing to say.
  if (outcome.kind === 'not_theirs') return;
  const told =
    outcome.kind === 'closed'
      ? ':information_source: This request was already dealt with, so nothing changed. To ask for something else, write a new request in the channel.'
      : outcome.kind === 'in_review'
        ? ':information_source: Someone has already opened this request to review it, so it was not changed: the form they have open shows what you first asked. Your message is in the thread for them to read; tell them directly if it is urgent.'
        : `:pencil2: Changed: the form now opens with ${changedText(outcome.hints)}. Nothing is written off until someone with a billing role confirms it.`;
  await tellPrivately(client, reply, told);
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

function tellPrivately(client: WebClient, reply: ThreadReply, text: string) {
  return client.chat.postEphemeral({
    channel: reply.channelId,
    user: reply.userId,
    thread_ts: reply.threadTs,
    text,
    blocks: [section(text)],
  });
}

/** Whether the text names someone the way a request names its patient. */
function namesPatient(text: string): boolean {
  return parseRequest(text, { today: isoDay(new Date()) }).patient !== null;
}
