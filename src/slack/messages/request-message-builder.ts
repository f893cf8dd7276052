/**
 * Replies to requests written as messages. Private replies may say what was understood; replies
 * the whole channel sees (requests channels) never carry a patient's name or any amount. Pure.
 */
import { type ActionKind, formatCents, WHO_GRANTS_ACCESS, writeOffReasonInfo } from '../../domain/index.ts';
import type { ParsedRequest } from '../../workflow/index.ts';
import { SLACK_ACTIONS } from '../actions/index.ts';
import { type Button, escapeMrkdwn, type KnownBlock, plain, section } from '../views/block-kit.ts';
import { EXPIRED_TEXT } from '../views/notice-modal-builder.ts';
import type { SlackMessage } from './done-message-builder.ts';
import { buildCanDoMessage } from './usage-message-builder.ts';

export const REVIEW_ACTION = 'review_and_confirm';
export const REVIEW_BLOCK = 'review';
export const REVIEW_LABEL = 'Review & confirm';

function reviewButton(pendingId: string): KnownBlock {
  const button: Button = {
    type: 'button',
    action_id: REVIEW_ACTION,
    text: plain(REVIEW_LABEL),
    style: 'primary',
    value: pendingId,
  };
  return { type: 'actions', block_id: REVIEW_BLOCK, elements: [button] };
}

/** "I understood: a write-off of $40.00 for Jane Doe, Financial hardship." (private). */
export function understoodText(kind: ActionKind, parsed: ParsedRequest): string {
  const parts = [SLACK_ACTIONS[kind].nameInSentence];
  // A batch's amount is its threshold, not what is written off.
  if (parsed.amountCents && kind === 'small_balance_batch')
    parts.push(`of every balance of ${formatCents(parsed.amountCents)} or less`);
  else if (parsed.amountCents) parts.push(`of ${formatCents(parsed.amountCents)}`);
  else if (parsed.amountAll) parts.push('of everything outstanding');
  if (parsed.patient) parts.push(`for ${escapeMrkdwn(parsed.patient)}`);
  let text = `I understood: ${parts.join(' ')}`;
  if (parsed.reason) text += `, ${writeOffReasonInfo(parsed.reason).label}`;
  if (parsed.dateOfService) text += `, date of service ${parsed.dateOfService}`;
  return `${text}. Nothing is changed until you confirm.`;
}

export const PATIENT_NOTE_REPLY_BLOCK = 'patient_note';

/** `patientNote`: nobody (or several) matched the name; private replies only, it lists names. */
export function buildUnderstoodMessage(
  kind: ActionKind,
  parsed: ParsedRequest,
  pendingId: string,
  patientNote: string | null = null,
): SlackMessage {
  const said = understoodText(kind, parsed);
  const note = patientNote ? [section(`:mag: ${escapeMrkdwn(patientNote)}`, PATIENT_NOTE_REPLY_BLOCK)] : [];
  const text = patientNote ? `${said}\n${patientNote}` : said;
  return { text, blocks: [section(said), ...note, reviewButton(pendingId)] };
}

/** Posted in a requests channel's thread: who asked and what kind of change, nothing more. */
export function buildChannelRequestMessage(
  kind: ActionKind,
  requesterId: string,
  pendingId: string,
): SlackMessage {
  const text = `<@${requesterId}> asked for ${SLACK_ACTIONS[kind].nameInSentence}. Anyone with a billing role can review the details and confirm.`;
  return { text, blocks: [section(text), reviewButton(pendingId)] };
}

/**
 * Told in the thread when something was done about the request: no patient name, no amount. It
 * names the person who asked, and, when a next step was taken instead (a refund offered by the
 * write-off's blocker), says that what they asked for was not done.
 */
export function buildRequestDoneNotice(
  asked: { readonly requesterId: string; readonly kind: ActionKind },
  doneKind: ActionKind,
  confirmerId: string,
): SlackMessage {
  const done = SLACK_ACTIONS[doneKind].nameInSentence;
  const text =
    asked.kind === doneKind
      ? `<@${asked.requesterId}> done: <@${confirmerId}> completed ${done} you asked for.`
      : `<@${asked.requesterId}> update: <@${confirmerId}> completed ${done} instead. What you asked for, ${SLACK_ACTIONS[asked.kind].nameInSentence}, was not done.`;
  return { text, blocks: [section(text)] };
}

export function buildRequestHandledMessage(): SlackMessage {
  const text = 'This request was already completed.';
  return { text, blocks: [section(text)] };
}

/** A button of a request older than 7 days (the same sentence as the expired form). */
export function buildExpiredMessage(): SlackMessage {
  return { text: EXPIRED_TEXT, blocks: [section(EXPIRED_TEXT)] };
}

/** Enough names to find someone; a long list would bury the sentence. */
const MAX_ADMINS_NAMED = 5;

/**
 * "Ask an admin: <@U1>, <@U2> (they can run …)". The domain's wording stays generic because the
 * CLI has no Slack ids; here the configured admins (BILLING_ADMINS) can be named as mentions.
 */
export function whoGrantsAccess(adminIds: readonly string[]): string {
  if (adminIds.length === 0) return `Ask ${WHO_GRANTS_ACCESS}.`;
  const named = adminIds.slice(0, MAX_ADMINS_NAMED).map((id) => `<@${id}>`);
  return `Ask an admin: ${named.join(', ')} (they can run /billing role @you biller).`;
}

/** Said to someone without the role an action needs: nothing was written, and who can help. */
export function buildNotAllowedMessage(what: string, adminIds: readonly string[] = []): SlackMessage {
  const text = `:no_entry: You do not have a role that may ${what}, so nothing was changed. ${whoGrantsAccess(adminIds)}`;
  return { text, blocks: [section(text)] };
}

/** Not understood, or not something the app does: what it does, in one line, with buttons. */
export function buildNotUnderstoodMessage(): SlackMessage {
  return buildCanDoMessage();
}
