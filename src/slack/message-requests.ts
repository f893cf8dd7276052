/**
 * Requests written as messages (mentions, DMs, requests channels). Messages carry no
 * trigger_id, so the answer is a reply with a "Review & confirm" button that opens the modal.
 * Balances are answered directly, to the asker only. Each message is handled once: in memory
 * by (channel, ts), and across instances by the pending action id derived from it. A delivery
 * that fails is forgotten, so Slack's retry is handled; a retry that finds the request saved but
 * its reply never sent sends that reply. In a requests channel, chatter that is no request and
 * is not addressed to the app gets no reply.
 */

import type { webApi } from '@slack/bolt';
import {
  admitRequest,
  amountCautions,
  balanceFor,
  hintsFrom,
  latestMessageRequest,
  loadPendingAction,
  loadUnrepliedAction,
  markReplied,
  mayDo,
  mayStart,
  type ParsedRequest,
  patientNoteFor,
  pendingKindFor,
  type RequestOrigin,
  startRequest,
  understand,
  withdrawDirectRequest,
} from '../workflow/index.ts';
import { requestSettings, type SlackDeps, understandParams } from './deps.ts';
import { helpReplyFor } from './help-reply.ts';
import { buildBalanceMessage } from './messages/balance-message-builder.ts';
import { buildGateRefusal } from './messages/gate-message-builder.ts';
import {
  otherPatientsBlocks,
  withOtherPatientsNote,
  withOtherPatientsOnBalance,
} from './messages/other-patients-note.ts';
import {
  buildActionNotAllowedMessage,
  buildChannelRequestMessage,
  buildNotUnderstoodMessage,
  buildUnderstoodMessage,
} from './messages/request-message-builder.ts';
import { messageOf, type SlackMessage } from './messages/slack-message.ts';
import { handleOnce } from './recent-keys.ts';
import { takesBackAlone, takesBackRequest, withdrawnText } from './take-back.ts';
import { section } from './views/block-kit.ts';

type WebClient = webApi.WebClient;

export interface IncomingRequest {
  readonly userId: string;
  readonly channelId: string;
  readonly ts: string;
  readonly text: string;
  readonly via: 'mention' | 'direct_message' | 'request_channel';
  /**
   * The thread the message is in (an assistant thread, a mention in a channel's thread): the
   * answer goes there. When not given, a DM is answered in the message's own thread and a
   * channel at its top level.
   */
  readonly threadTs?: string;
  /**
   * The app was addressed: mentioned, or written to directly. In a requests channel only then
   * does a message that is no request get the "I did not understand" reply.
   */
  readonly addressed?: boolean;
}

/** The pending action of the request a message made: one per message, across instances too. */
export function requestIdFor(channelId: string, ts: string): string {
  return `msg-${channelId}-${ts}`;
}

/** A reply in a request's thread is read no further than a request is. */
export const MAX_REQUEST_TEXT_IN_THREAD = 1_000;

/** "<@U0BOT> write off …" -> "write off …". */
export function withoutMentions(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+(\|[^>]*)?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A private reply: in the DM's thread, or ephemeral to the asker in a channel (in its thread, if any). */
function privateReply(client: WebClient, request: IncomingRequest, message: SlackMessage) {
  if (request.via === 'direct_message') {
    const threadTs = request.threadTs ?? request.ts;
    return client.chat.postMessage({ channel: request.channelId, thread_ts: threadTs, ...message });
  }
  return client.chat.postEphemeral({
    channel: request.channelId,
    user: request.userId,
    ...message,
    ...(request.threadTs ? { thread_ts: request.threadTs } : {}),
  });
}

/**
 * A requests channel is also where people talk ("good morning team!"). A message the rules read
 * as no request is answered only when it was addressed to the app or looks like billing business
 * the rules could not read: it names a patient, an amount or a reason.
 */
function worthAnsweringUnread(request: IncomingRequest, parsed: ParsedRequest): boolean {
  if (request.via !== 'request_channel' || request.addressed) return true;
  return Boolean(
    parsed.patient || parsed.amountCents || parsed.amountAll || parsed.amountProblem || parsed.reason,
  );
}

export function handleMessageRequest(
  deps: SlackDeps,
  client: WebClient,
  request: IncomingRequest,
): Promise<void> {
  return handleOnce(deps.seen, `${request.channelId}:${request.ts}`, () =>
    answerMessageRequest(deps, client, request),
  );
}

async function answerMessageRequest(
  deps: SlackDeps,
  client: WebClient,
  request: IncomingRequest,
): Promise<void> {
  // Before anything reads the text: a role (front desk may ask in a requests channel, without
  // the model), a bounded length and a bounded number of requests a minute.
  // General help is for everyone (DOMAIN section 4): a question the rules read as help is let in.
  const gate = await admitRequest(deps.db, deps.limiter, {
    userId: request.userId,
    text: withoutMentions(request.text),
    roleOptional: request.via === 'request_channel',
    helpWithoutRole: understandParams(deps),
  });
  if (gate.kind === 'refused') {
    deps.logger.info('request refused at the gate', { userId: request.userId, reason: gate.reason });
    const refusal = buildGateRefusal(
      gate.reason,
      'use the billing assistant',
      deps.config.BILLING_ADMINS,
      gate.asked,
    );
    await privateReply(client, request, refusal);
    return;
  }
  const text = gate.text;
  if (request.via === 'direct_message' && (await tookBackInDirectMessage(deps, client, request, text)))
    return;
  if (gate.helpOnly) {
    // The articles only: answerHelp looks up no patient for someone without a role.
    const reply = await helpReplyFor(deps, { userId: request.userId, question: text, via: request.via });
    await privateReply(client, request, reply);
    return;
  }
  const params = { ...understandParams(deps), modelParser: gate.modelAllowed ? deps.modelParser : null };
  const parsed = await understand(deps.db, text, params);
  if (parsed.intent === 'balance') {
    const answer = await balanceFor(deps.db, {
      actorId: request.userId,
      reference: parsed.patient,
      text,
    });
    const reply = buildBalanceMessage(answer, deps.config.BILLING_ADMINS);
    await privateReply(client, request, withOtherPatientsOnBalance(reply, answer, parsed.otherPatients));
    return;
  }
  if (parsed.intent === 'help') {
    const reply = await helpReplyFor(deps, { userId: request.userId, question: text, via: request.via });
    await privateReply(client, request, reply);
    return;
  }
  const kind = pendingKindFor(parsed.intent);
  if (!kind) {
    if (!worthAnsweringUnread(request, parsed)) {
      deps.logger.info('requests channel message left unanswered', {
        userId: request.userId,
        via: request.via,
      });
      return;
    }
    await privateReply(client, request, buildNotUnderstoodMessage());
    return;
  }
  // Front-desk staff in a requests channel need no role to ask; whoever confirms does.
  if (request.via !== 'request_channel' && !(await mayStart(deps.db, request.userId, kind))) {
    const mayWriteOff = await mayDo(deps.db, request.userId, 'write_off');
    await privateReply(
      client,
      request,
      buildActionNotAllowedMessage(kind, deps.config.BILLING_ADMINS, mayWriteOff),
    );
    return;
  }
  const origin: RequestOrigin = {
    via: request.via,
    channelId: request.channelId,
    // A mention is answered privately, in its thread only when it was written in one: an ephemeral
    // message in the thread of a top-level mention is hidden until someone opens that thread.
    threadTs: request.via === 'mention' ? (request.threadTs ?? null) : (request.threadTs ?? request.ts),
    requesterId: request.userId,
  };
  const id = requestIdFor(request.channelId, request.ts);
  const created = await startRequest(deps.db, {
    id,
    kind,
    requestedBy: request.userId,
    origin,
    hints: hintsFrom(parsed, text),
    extra: requestSettings(deps, kind),
  });
  // Saved by an earlier delivery: answered already, unless that delivery failed before its reply.
  const pending = created ?? (await loadUnrepliedAction(deps.db, id));
  if (!pending) return;
  deps.logger.info('request understood', { pendingId: pending.id, via: request.via, kind, resent: !created });
  if (request.via === 'request_channel') {
    const card = buildChannelRequestMessage(kind, request.userId, pending.id);
    await client.chat.postMessage({
      channel: request.channelId,
      thread_ts: origin.threadTs ?? request.ts,
      ...card,
    });
    // The card names nobody; the other patients the request named are told to the requester alone.
    if (parsed.otherPatients.length > 0) {
      await privateReply(client, request, messageOf(otherPatientsBlocks(parsed.otherPatients)));
    }
  } else {
    const patientNote = await patientNoteFor(deps.db, parsed.patient, text);
    const cautions = await amountCautions(deps.db, { userId: request.userId, kind, parsed });
    const understood = withCautions(buildUnderstoodMessage(kind, parsed, pending.id, patientNote), cautions);
    await privateReply(client, request, withOtherPatientsNote(understood, parsed.otherPatients));
  }
  await markReplied(deps.db, pending.id, deps.clock.now());
}

/**
 * "never mind", "cancel that", "scratch that" in a DM: in the thread of a request, or on its own
 * right after one, it takes back that request (the newest this person made in this DM) while it
 * is unconfirmed. Read before the request rules, which would take "cancel that" for a PR
 * cancellation. True when the message was such a take-back and has been answered.
 */
async function tookBackInDirectMessage(
  deps: SlackDeps,
  client: WebClient,
  request: IncomingRequest,
  text: string,
): Promise<boolean> {
  const threadTs = request.threadTs && request.threadTs !== request.ts ? request.threadTs : null;
  const inThread = threadTs
    ? await loadPendingAction(deps.db, requestIdFor(request.channelId, threadTs))
    : null;
  if (inThread ? !takesBackRequest(text, inThread.kind) : !takesBackAlone(text)) return false;
  const target =
    inThread ??
    (await latestMessageRequest(deps.db, { userId: request.userId, channelId: request.channelId }));
  if (!target) {
    const none = 'There is no request of yours here to withdraw, so nothing was changed.';
    await privateReply(client, request, { text: none, blocks: [section(none)] });
    return true;
  }
  const outcome = await withdrawDirectRequest(deps.db, { pending: target, userId: request.userId });
  const said =
    outcome.kind === 'withdrawn'
      ? withdrawnText(target)
      : ':information_source: Your last request was already confirmed, withdrawn or sent for approval, so there is nothing to withdraw. To reverse a write-off that was made, use its *Undo* button or ask me to undo it.';
  deps.logger.info('direct message request taken back', { pendingId: target.id, outcome: outcome.kind });
  await privateReply(client, request, { text: said, blocks: [section(said)] });
  return true;
}

/** The amount's cautions (over what is outstanding, over the asker's limit), just under what was understood. */
function withCautions(message: SlackMessage, cautions: readonly string[]): SlackMessage {
  if (cautions.length === 0) return message;
  const said = cautions.map((c) => `:warning: ${c}`).join('\n');
  const [first, ...rest] = message.blocks ?? [];
  return messageOf([...(first ? [first] : []), section(said), ...rest]);
}
