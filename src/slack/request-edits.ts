/**
 * The message of a request in a requests channel, edited or deleted by its author. An edit is a
 * correction of the request, under the same rules as one written in its thread: only the amount or
 * the reason changes, and only until someone opens its form; an edit that cannot be applied is
 * answered, privately, saying the request did not change. An edit that asks for something else
 * (another patient, charge or action) withdraws the request, and the thread says so (see
 * `withdrawForEdit`). A deletion withdraws the request unless its form was opened or it was dealt
 * with already.
 *
 * A request written to the app in a DM, or as a mention in another channel, is edited and deleted
 * the same way (`editPrivateRequest`, `handlePrivateRequestDeleted`), but only its asker is told
 * anything: in the DM, or by a message only they see. Nothing is posted where others read it (no
 * name, no amount, not even a notice).
 */
import type { webApi } from '@slack/bolt';
import { isoDay } from '../domain/index.ts';
import type { RequestCorrection } from '../nlu/correction.ts';
import {
  correctRequest,
  loadPendingAction,
  type PendingAction,
  pendingKindFor,
  understandByRules,
  withdrawDirectRequest,
  withdrawRequest,
} from '../workflow/index.ts';
import { SLACK_ACTIONS } from './actions/index.ts';
import type { SlackDeps } from './deps.ts';
import { MAX_REQUEST_TEXT_IN_THREAD, requestIdFor, withoutMentions } from './message-requests.ts';
import { messageOf } from './messages/slack-message.ts';
import {
  applyCorrection,
  changedText,
  postInThread,
  type ThreadReply,
  tellPrivately,
} from './thread-corrections.ts';
import { section } from './views/block-kit.ts';

type WebClient = webApi.WebClient;

export interface RequestMessageChange {
  readonly channelId: string;
  /** The request message's own timestamp: its thread's too. */
  readonly ts: string;
}

export async function handleRequestEdited(
  deps: SlackDeps,
  client: WebClient,
  edit: RequestMessageChange & { readonly userId: string; readonly text: string },
): Promise<void> {
  const pending = await loadPendingAction(deps.db, requestIdFor(edit.channelId, edit.ts));
  if (!pending || pending.requestedBy !== edit.userId) return;
  if (pending.payload.origin.via !== 'request_channel') {
    await editPrivateRequest(deps, client, pending, edit);
    return;
  }
  const reply: ThreadReply = { ...edit, threadTs: edit.ts };
  const change = changeOfEdit(edit.text.slice(0, MAX_REQUEST_TEXT_IN_THREAD), pending, NEW_REQUEST_FOR_MORE);
  if (change.kind === 'correction') {
    await applyCorrection(deps, client, pending, reply, change.correction);
    return;
  }
  if (change.kind === 'something_else') {
    await withdrawForEdit(deps, client, pending, reply);
    return;
  }
  await tellPrivately(
    client,
    reply,
    `:information_source: Your edit did not change this request: ${change.why}`,
  );
}

type EditChange =
  | { readonly kind: 'correction'; readonly correction: RequestCorrection }
  /** Another patient, charge or action: the message no longer asks for what the request holds. */
  | { readonly kind: 'something_else' }
  | { readonly kind: 'refused'; readonly why: string };

/**
 * The message now asks for something the request does not hold, and whoever presses Review &
 * confirm reads the message, not the request. Of the two ways out, re-reading the edit into the
 * request or withdrawing it, withdrawing is the safer: a re-read could resolve the new name to a
 * patient nobody meant, would change a request that someone may be about to open on the strength
 * of its first wording, and would leave earlier replies in the thread about the first patient.
 * Withdrawn, nothing can be confirmed from it; the thread (read by the whole channel, so no name
 * and no amount) says it changed and must be posted again as a new message. When the form is
 * already open or the request was dealt with, it cannot be withdrawn: the thread then warns that
 * the form shows the request as first posted, not the edited message.
 */
async function withdrawForEdit(
  deps: SlackDeps,
  client: WebClient,
  pending: PendingAction,
  reply: ThreadReply,
): Promise<void> {
  const outcome = await withdrawRequest(deps.db, { pending, userId: reply.userId });
  if (outcome.kind === 'not_theirs') return;
  const asker = `<@${pending.requestedBy}>`;
  if (outcome.kind === 'withdrawn') {
    deps.logger.info('request withdrawn: its message was edited to ask for something else', {
      pendingId: pending.id,
    });
    await tellPrivately(
      client,
      reply,
      ':information_source: Your edit asks for another patient, charge or action, so your request was withdrawn and nothing will be done about it. Post what you need as a new message in the channel.',
    );
    await postInThread(
      client,
      reply,
      `:warning: ${asker} edited this request to ask for something else, so it was withdrawn and nothing will be done about it. *Review & confirm* no longer opens it. ${asker}, please post the request again as a new message.`,
    );
    return;
  }
  if (outcome.kind === 'in_review') {
    await tellPrivately(
      client,
      reply,
      ':warning: Someone has already opened this request to review it, so your edit did not change it. Tell them directly, and post what you need as a new message in the channel.',
    );
    await postInThread(
      client,
      reply,
      `:warning: ${asker} edited this request after someone opened it. The form that is open shows the request *as first posted*, not as the message reads now: do not confirm it before checking with ${asker}.`,
    );
    return;
  }
  await postInThread(
    client,
    reply,
    `:information_source: ${asker} edited this request after it was dealt with. The edit changed nothing; a new request needs a new message.`,
  );
}

const NEW_REQUEST_FOR_MORE =
  'only its amount or reason can change once it is posted. For another patient, charge or action, post a new request in the channel.';

const NEW_MESSAGE_FOR_MORE =
  'only its amount or reason can change by an edit. For another patient, charge or action, send a new message.';

/**
 * A request made in a DM with the app or by a mention, edited by its asker. Only the asker can
 * open its form (form-owner.ts), so they alone are told, privately, what the edit did: a new
 * amount or reason is what the form opens with, until they open it; another patient, charge or
 * action withdraws the request (open or not, as "never mind" does in a DM), so Review & confirm
 * cannot confirm what the message no longer asks for.
 */
async function editPrivateRequest(
  deps: SlackDeps,
  client: WebClient,
  pending: PendingAction,
  edit: { readonly channelId: string; readonly text: string },
): Promise<void> {
  const userId = pending.requestedBy;
  const tellAsker = (text: string) => tellAskerIn(client, edit.channelId, pending, text);
  const change = changeOfEdit(edit.text.slice(0, MAX_REQUEST_TEXT_IN_THREAD), pending, NEW_MESSAGE_FOR_MORE);
  if (change.kind === 'refused') {
    await tellAsker(`:information_source: Your edit did not change this request: ${change.why}`);
    return;
  }
  if (change.kind === 'something_else') {
    const outcome = await withdrawDirectRequest(deps.db, { pending, userId });
    if (outcome.kind === 'not_theirs') return;
    if (outcome.kind === 'withdrawn') {
      deps.logger.info('request withdrawn: its message was edited to ask for something else', {
        pendingId: pending.id,
      });
    }
    await tellAsker(
      outcome.kind === 'withdrawn'
        ? ':information_source: Your edit asks for another patient, charge or action, so your request was withdrawn and nothing will be done about it: *Review & confirm* no longer opens it. Send what you need as a new message.'
        : PRIVATE_ALREADY_DEALT_WITH,
    );
    return;
  }
  const outcome = await correctRequest(deps.db, { pending, userId, correction: change.correction });
  if (outcome.kind === 'not_theirs') return;
  if (outcome.kind === 'updated') {
    deps.logger.info('request corrected by an edit', { pendingId: pending.id });
  }
  await tellAsker(
    outcome.kind === 'updated'
      ? `:pencil2: Changed: the form now opens with ${changedText(outcome.hints)}. Nothing is ${SLACK_ACTIONS[pending.kind].doneWord} until you confirm it.`
      : outcome.kind === 'in_review'
        ? ':information_source: You have already opened the form for this request, so your edit did not change it: that form confirms what it shows. Change the amount or the reason in the form before you confirm it.'
        : PRIVATE_ALREADY_DEALT_WITH,
  );
}

const PRIVATE_ALREADY_DEALT_WITH =
  ':information_source: This request was already confirmed, withdrawn or sent for approval, so your edit changed nothing. To ask for something else, send a new message.';

/** In the DM with the app (in the request's thread), or, for a mention, a message only the asker sees. */
function tellAskerIn(client: WebClient, channelId: string, pending: PendingAction, text: string) {
  const { origin } = pending.payload;
  const message = {
    ...messageOf([section(text)]),
    ...(origin.threadTs ? { thread_ts: origin.threadTs } : {}),
  };
  if (origin.via === 'direct_message') return client.chat.postMessage({ channel: channelId, ...message });
  return client.chat.postEphemeral({ channel: channelId, user: pending.requestedBy, ...message });
}

/** The edited text read as the whole request again, against what the request holds now. */
function changeOfEdit(text: string, pending: PendingAction, forMore: string): EditChange {
  const parsed = understandByRules(withoutMentions(text), { today: isoDay(new Date()) });
  const hints = pending.payload.hints;
  const kind = pendingKindFor(parsed.intent);
  const otherAction = parsed.intent === 'balance' || (kind !== null && kind !== pending.kind);
  const otherPatient =
    parsed.patient !== null && hints.patient !== null && !samePatient(parsed.patient, hints.patient);
  const otherCharge =
    parsed.dateOfService !== null &&
    hints.dateOfService !== null &&
    parsed.dateOfService !== hints.dateOfService;
  if (otherAction || otherPatient || otherCharge) return { kind: 'something_else' };
  if (parsed.amountProblem) return { kind: 'refused', why: `${parsed.amountProblem} It keeps its amount.` };
  const correction: RequestCorrection = {
    ...(parsed.amountAll && !hints.amountAll ? { amountAll: true as const } : {}),
    ...(parsed.amountCents !== null && parsed.amountCents !== hints.amountCents
      ? { amountCents: parsed.amountCents }
      : {}),
    ...(parsed.reason && parsed.reason !== hints.reason ? { reason: parsed.reason } : {}),
  };
  return Object.keys(correction).length > 0
    ? { kind: 'correction', correction }
    : { kind: 'refused', why: `nothing in it changes the amount or the reason, and ${forMore}` };
}

function samePatient(a: string, b: string): boolean {
  const words = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
  return words(a) === words(b);
}

/** A deleted request message takes the request back, while nobody has opened or confirmed it. */
export async function handleRequestDeleted(
  deps: SlackDeps,
  client: WebClient,
  deleted: RequestMessageChange,
): Promise<void> {
  const pending = await loadPendingAction(deps.db, requestIdFor(deleted.channelId, deleted.ts));
  if (pending?.status !== 'pending') return;
  // Only a requests channel's request has a thread for the whole channel to read.
  if (pending.payload.origin.via !== 'request_channel') return;
  // Slack does not say who deleted it: the author, or an admin of the workspace.
  const outcome = await withdrawRequest(deps.db, { pending, userId: null });
  const reply: ThreadReply = {
    userId: pending.requestedBy,
    channelId: deleted.channelId,
    ts: deleted.ts,
    threadTs: deleted.ts,
    text: '',
  };
  if (outcome.kind === 'in_review') {
    const text =
      ':information_source: Your request message was deleted, but someone has already opened the request to review it, so it was not withdrawn. Tell them directly if it is no longer needed.';
    await tellPrivately(client, reply, text);
    return;
  }
  if (outcome.kind !== 'withdrawn') return;
  deps.logger.info('request withdrawn: its message was deleted', { pendingId: pending.id });
  const text = `The message asking for this was deleted, so <@${pending.requestedBy}>'s request was withdrawn and nothing will be done about it.`;
  await client.chat.postMessage({
    channel: deleted.channelId,
    thread_ts: deleted.ts,
    text,
    blocks: [section(text)],
  });
}

/**
 * A request made by DM or by a mention, its message deleted: taken back while its form has not
 * been opened, as in a requests channel; an open form stays, as it confirms what it shows. The
 * asker alone is told, outside the deleted message's thread (a reply there would hang under
 * nothing).
 */
export async function handlePrivateRequestDeleted(
  deps: SlackDeps,
  client: WebClient,
  deleted: RequestMessageChange,
): Promise<void> {
  const pending = await loadPendingAction(deps.db, requestIdFor(deleted.channelId, deleted.ts));
  if (pending?.status !== 'pending' || pending.payload.origin.via === 'request_channel') return;
  const outcome = await withdrawRequest(deps.db, { pending, userId: null });
  if (outcome.kind !== 'withdrawn' && outcome.kind !== 'in_review') return;
  if (outcome.kind === 'withdrawn')
    deps.logger.info('request withdrawn: its message was deleted', { pendingId: pending.id });
  const text =
    outcome.kind === 'withdrawn'
      ? ':information_source: Your request message was deleted, so the request was withdrawn and nothing will be done about it: *Review & confirm* no longer opens it.'
      : ':information_source: Your request message was deleted, but its form was already opened, so the request was not withdrawn: the form still confirms what it shows. Close it without confirming if it is no longer needed.';
  const message = { text, blocks: [section(text)] };
  if (pending.payload.origin.via === 'direct_message')
    await client.chat.postMessage({ channel: deleted.channelId, ...message });
  else await client.chat.postEphemeral({ channel: deleted.channelId, user: pending.requestedBy, ...message });
}
