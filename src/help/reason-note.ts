/**
 * "can I write off Jane Roe's May visit, she's got a hardship": the question asks two things, and
 * the second is the reason. Hardship, bad debt, a death, a bankruptcy and the like need a note
 * (DOMAIN section 2), which the form asks for before it confirms; the situation answer says which
 * note, so that "Nothing stands in the way" is not read as all that is needed.
 *
 * The reason is read as the request parser reads one (nlu/reason.ts), so the help answer speaks of
 * the same reason the write-off would be filled in with. Who writes off is no reason: "I'm an
 * admin" is who asks, not an administrative error, and "can my coworker write off …" names who
 * would do it, not a professional courtesy.
 */
import { reasonNeedsNote, type WriteOffReason, writeOffReasonInfo } from '../domain/reasons.ts';
import { normalizeText } from '../nlu/normalize.ts';
import { findWriteOffReason } from '../nlu/reason.ts';
import { withoutApprovalExpiry } from './approval-expired.ts';
import { withoutRoleWords } from './role-stated.ts';
import { normalizeText as helpVocabulary } from './synonym-phrases.ts';
import { withoutPeopleActing } from './who-may-asked.ts';

/**
 * The write-off reason the question names, read as a request would be, who asks aside. A request
 * that "expired" (approval-expired.ts) names no death.
 */
export function reasonNamed(question: string): WriteOffReason | null {
  return findWriteOffReason(
    withoutPeopleActing(
      withoutRoleWords(normalizeText(reasonsRespelled(withoutApprovalExpiry(question))).lower),
    ),
  );
}

// Reasons as billers misspell them: "bankrupcy", "bankrupsy", "bankruptsy", "deceaced".
const MISSPELLED: readonly (readonly [RegExp, string])[] = [
  [/\bbank?rup(?:c|s|ts|tc)(?:y|ie)\b/gi, 'bankruptcy'],
  [/\bdece(?:ac|as|ss)ed\b/gi, 'deceased'],
];

/** The question with the reasons' common misspellings written as the reasons are. */
function reasonsRespelled(question: string): string {
  return MISSPELLED.reduce((text, [wrong, right]) => text.replace(wrong, right), question);
}

// Things set side by side, in the help's vocabulary: "vs", "difference", "compared to".
const COMPARED = /\b(?:difference|vs|versus|compare\w*)\b/;

/**
 * The one reason a question is about, which its answer's examples and lead may show: none when it
 * compares things ("collection agency vs bad debt"), where the reason read is one of two.
 */
export function reasonAsked(question: string): WriteOffReason | null {
  return COMPARED.test(helpVocabulary(question)) ? null : reasonNamed(question);
}

/**
 * "Written off as _Service recovery / patient experience_, it needs a note: what happened and why
 * the balance is waived.", or "…, it needs no note.": the reason a story tells ("my manager said
 * to let it go as a goodwill gesture"), for a question that asks how to write it off or which
 * reason to pick. Not for the custom reason, whose words are the biller's own.
 */
export function reasonLine(question: string): string | undefined {
  const reason = reasonAsked(question);
  if (!reason || reason === 'other') return undefined;
  const { label, noteHint } = writeOffReasonInfo(reason);
  return noteHint
    ? `Written off as _${label}_, it needs a note: ${noteHint}.`
    : `Written off as _${label}_, it needs no note.`;
}

/** "Written off as _Bad debt – uncollectible_, it needs a note: the collection attempts made." */
export function reasonNoteLine(question: string): string | undefined {
  const reason = reasonNamed(question);
  if (!reason || !reasonNeedsNote(reason)) return undefined;
  const { label, noteHint } = writeOffReasonInfo(reason);
  return `Written off as _${label}_, it needs a note: ${noteHint}.`;
}
