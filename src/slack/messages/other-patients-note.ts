/**
 * A request that named more than one patient ("write off $20 for Jane Doe and $35 for Bob Smith")
 * is acted on for one of them; the others are named back so that nobody believes they were handled.
 * Names are private: this goes only in the form, an ephemeral reply or a DM, never in a message the
 * channel sees. Pure.
 */

import type { BalanceAnswer } from '../../workflow/index.ts';
import { context, escapeMrkdwn, type KnownBlock, type ModalView } from '../views/block-kit.ts';
import { messageOf, type SlackMessage } from './slack-message.ts';

export const OTHER_PATIENTS_BLOCK = 'other_patients';

/** Enough to find them again; the rest are counted. */
const MAX_NAMED = 5;

function listed(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMED).map((name) => `*${escapeMrkdwn(name)}*`);
  const more = names.length - shown.length;
  if (more > 0) shown.push(`${more} more`);
  if (shown.length === 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * "The request also named *Bob Smith*. I handle one patient per request, so nothing is done for
 * them here: send a separate request for Bob Smith." `about`: a form or reply for a change, or a
 * balance look-up (which answers for one patient).
 */
export function otherPatientsText(names: readonly string[], about: 'change' | 'balance' = 'change'): string {
  const one = names.length === 1;
  const them = one ? `*${escapeMrkdwn(names[0] ?? '')}*` : 'each of them';
  const head = `:warning: The request also named ${listed(names)}. I handle one patient per request`;
  return about === 'balance'
    ? `${head}, so this answer covers one patient only: ask again for ${them}.`
    : `${head}, so nothing is done for them here: send a separate request for ${them}.`;
}

/** The note as a block, for the top of a form or the end of a private reply; none for no names. */
export function otherPatientsBlocks(
  names: readonly string[] | null | undefined,
  about: 'change' | 'balance' = 'change',
): KnownBlock[] {
  if (!names || names.length === 0) return [];
  return [context(otherPatientsText(names, about), OTHER_PATIENTS_BLOCK)];
}

/** A private reply with the note after it; unchanged when there are no other names. */
export function withOtherPatientsNote(
  message: SlackMessage,
  names: readonly string[] | null | undefined,
  about: 'change' | 'balance' = 'change',
): SlackMessage {
  const blocks = otherPatientsBlocks(names, about);
  if (blocks.length === 0 || !names) return message;
  return messageOf([...message.blocks, ...blocks]);
}

/** The form with the note at the top (before anything to fill in); unchanged when there is none. */
export function withOtherPatientsOnForm(
  view: ModalView,
  names: readonly string[] | null | undefined,
): ModalView {
  const blocks = otherPatientsBlocks(names);
  if (blocks.length === 0 || !view.submit) return view;
  return { ...view, blocks: [...blocks, ...view.blocks] };
}

/** A balance answer with the note after it; not to someone refused the look-up, who sees no patient. */
export function withOtherPatientsOnBalance(
  message: SlackMessage,
  answer: BalanceAnswer,
  names: readonly string[] | null | undefined,
): SlackMessage {
  return answer.kind === 'not_allowed' ? message : withOtherPatientsNote(message, names, 'balance');
}
