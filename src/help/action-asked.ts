/**
 * Which action a help question is about: write-off, undo, refund or cancel. The same refusal
 * belongs to different articles for different actions (blocker-topics.ts), so both the patient's
 * situation (situation.ts) and an answer from the articles (answer.ts) ask this first.
 */
import { normalizeText } from '../nlu/normalize.ts';
import type { BlockedAction } from './blocker-topics.ts';
import { asksToRestoreWrittenOff } from './restore-asked.ts';

// The verb right after "can I", "why can't I", "trying to", …: the action the question asks about
// ("can I write off … or do I have to refund first" asks about the write-off).
const ASKED_VERB =
  /\b(?:can(?:'?t|not| not)?|could(?:n'?t)?|how (?:do|can|should)|try(?:ing)? to|tried to|want to|need to|allow(?:ed)?(?: me)? to|able to|let me|lets me)(?: (?:i|we|you|u|still|just|even|ever|please))* (undo|un-?do|reverse|refund|cancel|writeoff)/;
const ACTION_OF_VERB: Readonly<Record<string, BlockedAction>> = {
  undo: 'undo_write_off',
  'un-do': 'undo_write_off',
  reverse: 'undo_write_off',
  refund: 'refund_payment',
  cancel: 'cancel_pr',
  writeoff: 'write_off',
};

// "how do I get her the money back", "pay him back", "reimburse the copay": a refund in other words.
const MONEY_BACK =
  /\b(?:money|payment|copay|co-pay|cash)\s+back\b|\b(?:give|pay|send|get)\s+(?:\S+\s+){0,3}?back\b(?!\s+on\b)|\breimburs/i;

/** Whether the question asks to do one of the actions ("can I write off …", "how do I refund …"). */
export function asksToAct(question: string): boolean {
  return ASKED_VERB.test(normalizeText(question).lower);
}

/**
 * Which action the question is about: the one asked after "can I", "why can't I", "trying to";
 * else undo when it asks a written-off balance back (restore-asked.ts); else write-off unless it
 * says undo, refund or cancel.
 */
export function actionAsked(question: string): BlockedAction {
  const asked = ASKED_VERB.exec(normalizeText(question).lower)?.[1];
  if (asked) return ACTION_OF_VERB[asked] ?? 'undo_write_off';
  // "how do I get that balance back on the books?": written-off PR comes back by an undo.
  if (asksToRestoreWrittenOff(question)) return 'undo_write_off';
  if (/\b(undo|un-do|reverse|revers(?:e|ing|al))\b/i.test(question)) return 'undo_write_off';
  // "the PR was cancelled and can't be written off" tells a state, and asks about the write-off.
  if (/\brefund(?!ed\b)/i.test(question) || MONEY_BACK.test(question)) return 'refund_payment';
  if (
    /\bcancel(?!l?ed\b)|\b(?:have|has|be|been|get) cancel+ed\b|\bget rid of\b|\berase\b|\bvoid\b/i.test(
      question,
    )
  )
    return 'cancel_pr';
  return 'write_off';
}
