/**
 * "never mind", "actually cancel that", "scratch that", "forget it", "don't do it": a follow-up in
 * which the asker takes back the request they just made. "cancel that" with nothing else is no ask
 * to cancel a PR (a PR cancellation names what it cancels), so it is read here, before the request
 * rules would read "cancel" as one. The thread rules' own words (nlu/correction.ts) count too.
 */
import { type ActionKind, formatCents } from '../domain/index.ts';
import { readThreadReply } from '../nlu/correction.ts';
import type { PendingAction } from '../workflow/index.ts';
import { SLACK_ACTIONS } from './actions/index.ts';
import { escapeMrkdwn } from './views/block-kit.ts';

const LEAD = String.raw`(?:(?:oh|no|nope|wait|sorry|actually|ok|okay|hmm|oops|um|please|pls|hey)[\s,.!:-]+)*`;
const TAIL = String.raw`(?:[\s,.!-]+(?:please|pls|thanks|thank you|sorry|for now|after all))*[\s.!]*`;
const THAT = '(?:that|this|it)(?: (?:one|request|write-?off|ask))?';
const TAKE_BACK = new RegExp(
  `^${LEAD}(?:(?:please|pls) )?(?:(?:cancel|scratch|stop|drop|forget|skip|ignore|kill|withdraw) ${THAT}|(?:do not|don'?t|dont) (?:do|bother with) ${THAT}|never ?mind|nvm)${TAIL}$`,
);

/** Whether the text, as a whole, takes back the request it follows. */
export function takesBackRequest(text: string, askedFor: ActionKind): boolean {
  return takesBackAlone(text) || readThreadReply(text, askedFor).kind === 'withdraw';
}

/** The same, said on its own with no request to point at ("never mind" at the top of a DM). */
export function takesBackAlone(text: string): boolean {
  const lower = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return TAKE_BACK.test(lower);
}

/**
 * "Withdrawn: your request for a write-off of $20.00 for Bob Smith. Nothing was done.", said to the
 * asker alone (a DM, or a message only they see), so it may name the patient.
 */
export function withdrawnText(pending: Pick<PendingAction, 'kind' | 'payload'>): string {
  const { hints } = pending.payload;
  const parts = [SLACK_ACTIONS[pending.kind].nameInSentence];
  if (pending.kind !== 'small_balance_batch') {
    if (hints.amountAll) parts.push('of everything outstanding');
    else if (hints.amountCents !== null) parts.push(`of ${formatCents(hints.amountCents)}`);
  }
  if (hints.patient) parts.push(`for ${escapeMrkdwn(hints.patient)}`);
  return `:wastebasket: Withdrawn: your request for ${parts.join(' ')}. Nothing was done, and *Review & confirm* on it no longer opens it.`;
}
