/**
 * The message of a request in a requests channel, edited or deleted by its author. An edit is a
 * correction of the request, under the same rules as one written in its thread: only the amount or
 * the reason changes, and only until someone opens its form; an edit that cannot be applied is
 * answered, privately, saying the request did not change. A deletion withdraws the request unless
 * its form was opened or it was dealt with already.
 */
import type { webApi } from '@slack/bolt';
import { isoDay } from '../domain/index.ts';
import type { RequestCorrection } from '../nlu/correction.ts';
import { parseRequest } from '../nlu/parse.ts';
import { loadPendingAction, type PendingAction, pendingKindFor, withdrawRequest } from '../workflow/index.ts';
import type { SlackDeps } from './deps.ts';
import { MAX_REQUEST_TEXT_IN_THREAD, requestIdFor, withoutMentions } from './message-requests.ts';
import { applyCorrection, type ThreadReply, tellPrivately } from './thread-corrections.ts';
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
  const reply: ThreadReply = { ...edit, threadTs: edit.ts };
  const change = changeOfEdit(edit.text.slice(0, MAX_REQUEST_TEXT_IN_THREAD), pending);
  if (change.kind === 'correction') {
    await applyCorrection(deps, client, pending, reply, change.correction);
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
  | { readonly kind: 'refused'; readonly why: string };

const NEW_REQUEST_FOR_MORE =
  'only its amount or reason can change once it is posted. For another patient, charge or action, post a new request in the channel.';

/** The edited text read as the whole request again, against what the request holds now. */
function changeOfEdit(text: string, pending: PendingAction): EditChange {
  const parsed = parseRequest(withoutMentions(text), { today: isoDay(new Date()) });
  const hints = pending.payload.hints;
  const kind = pendingKindFor(parsed.intent);
  const otherAction = parsed.intent === 'balance' || (kind !== null && kind !== pending.kind);
  const otherPatient =
    parsed.patient !== null && hints.patient !== null && !samePatient(parsed.patient, hints.patient);
  if (otherAction || otherPatient) return { kind: 'refused', why: NEW_REQUEST_FOR_MORE };
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
    : { kind: 'refused', why: `nothing in it changes the amount or the reason, and ${NEW_REQUEST_FOR_MORE}` };
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
