/**
 * Replies to requests written as messages. Private replies may say what was understood; replies
 * the whole channel sees (requests channels) never carry a patient's name or any amount. Pure.
 */
import {
  ACTION_PERMISSION,
  type ActionKind,
  can,
  formatCents,
  type Permission,
  ROLE_LABELS,
  ROLES,
  type Role,
  writeOffReasonInfo,
} from '../../domain/index.ts';
import type { ParsedRequest } from '../../workflow/index.ts';
import { SLACK_ACTIONS } from '../actions/index.ts';
import { type Button, context, escapeMrkdwn, type KnownBlock, plain, section } from '../views/block-kit.ts';
import { EXPIRED_TEXT } from '../views/notice-modal-builder.ts';
import { messageOf, type SlackMessage } from './slack-message.ts';
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
  return messageOf([section(said), ...note, reviewButton(pendingId)]);
}

/** Posted in a requests channel's thread: who asked and what kind of change, nothing more. */
export function buildChannelRequestMessage(
  kind: ActionKind,
  requesterId: string,
  pendingId: string,
): SlackMessage {
  const action = SLACK_ACTIONS[kind];
  // Who may confirm it, as the roles say: a refund is no biller's to confirm.
  const who = action.whoMay.charAt(0).toUpperCase() + action.whoMay.slice(1);
  const text = `<@${requesterId}> asked for ${action.nameInSentence}. ${who} can review the details and confirm.`;
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

/**
 * A thread notice Slack would not take (a server error, a rate limit past the client's retries),
 * sent to the person who asked by DM instead, saying where it belonged. The notice itself names
 * no patient and no amount, so the DM carries nothing more than the thread would have.
 */
export function buildThreadNoticeByDm(noticeText: string, channelId: string): SlackMessage {
  const why = `:information_source: Slack did not take my reply in the thread of your request in <#${channelId}>, so here it is.`;
  return messageOf([context(why), section(noticeText)]);
}

/** A button of a request older than 7 days (the same sentence as the expired form). */
export function buildExpiredMessage(): SlackMessage {
  return { text: EXPIRED_TEXT, blocks: [section(EXPIRED_TEXT)] };
}

/**
 * Review & confirm (or Back to the form) pressed by someone other than the requester, on a request
 * that is theirs alone (not a requests-channel one: `mayConfirmForm`). Names no patient, amount or
 * state of the request: the button's value is an id any payload could carry.
 */
export const NOT_YOUR_REQUEST_TEXT =
  ':no_entry: This request was made by someone else, so only they can review and confirm it. Nothing was opened or changed. Ask the person who made it to confirm it, or make your own request (for example with `/writeoff` or `/billing`).';

export function buildNotYourRequestMessage(): SlackMessage {
  return { text: NOT_YOUR_REQUEST_TEXT, blocks: [section(NOT_YOUR_REQUEST_TEXT)] };
}

/** Enough names to find someone; a long list would bury the sentence. */
const MAX_ADMINS_NAMED = 5;

/** The least role that may do this: roles are listed from most to least, so the last that can. */
export function leastRoleWith(permission: Permission): Role {
  return [...ROLES].reverse().find((role) => can(role, permission)) ?? 'admin';
}

/** Who may do what only some roles may: said first, so the refused person can ask them instead. */
const WHO_MAY: Partial<Record<Role, string>> = {
  billing_manager: 'a billing manager or admin',
  admin: 'an admin',
};

/**
 * "Ask an admin: <@U1>, <@U2> (they can run /billing role @you biller)", with the role the
 * action needs: someone refused a refund is told it takes a billing manager, not pointed to a
 * role they may already have. The configured admins (BILLING_ADMINS) are named as mentions.
 */
export function whoGrantsAccess(adminIds: readonly string[], role: Role = 'biller'): string {
  const named = adminIds.slice(0, MAX_ADMINS_NAMED).map((id) => `<@${id}>`);
  const admins = named.length === 0 ? 'an admin of the billing app' : `an admin: ${named.join(', ')}`;
  const grant = `Ask ${admins} (they can run /billing role @you ${role}).`;
  const who = WHO_MAY[role];
  return who
    ? `Only ${who} may do this: ask them to, or get the ${ROLE_LABELS[role].toLowerCase()} role. ${grant}`
    : grant;
}

/**
 * Said to someone without the role an action needs: nothing was written, and who can help.
 * `role`: the role to ask for.
 */
export function buildNotAllowedMessage(
  what: string,
  adminIds: readonly string[] = [],
  role: Role = 'biller',
  /** A look-up changes nothing anyway: saying so would read as if it might have. */
  tried: 'change' | 'look-up' = 'change',
): SlackMessage {
  const refused = tried === 'change' ? `${what}, so nothing was changed` : what;
  // For a look-up, the least role that may (a viewer for balances) is named as enough.
  const enough = tried === 'look-up' && role === 'viewer' ? ' A viewer role is enough for that.' : '';
  const text = `:no_entry: You do not have a role that may ${refused}.${enough} ${whoGrantsAccess(adminIds, role)}`;
  return { text, blocks: [section(text)] };
}

/** The same for one of the actions, naming the least role that may do it (a refund: a billing manager). */
export function buildActionNotAllowedMessage(
  kind: ActionKind,
  adminIds: readonly string[] = [],
  /** Whether the person may write off single charges: only then is that suggested instead. */
  mayWriteOff = false,
): SlackMessage {
  const action = SLACK_ACTIONS[kind];
  return buildNotAllowedMessage(
    (mayWriteOff ? action.notAllowedWhatForWriters : undefined) ?? action.notAllowedWhat,
    adminIds,
    leastRoleWith(ACTION_PERMISSION[kind]),
  );
}

/** Not understood, or not something the app does: what it does, in one line, with buttons. */
export function buildNotUnderstoodMessage(): SlackMessage {
  return buildCanDoMessage();
}
