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
import { reasonNeedsNote, writeOffReasonInfo } from '../domain/reasons.ts';
import { normalizeText } from '../nlu/normalize.ts';
import { findWriteOffReason } from '../nlu/reason.ts';
import { withoutRoleWords } from './role-stated.ts';
import { withoutPeopleActing } from './who-may-asked.ts';

/** "Written off as _Bad debt – uncollectible_, it needs a note: the collection attempts made." */
export function reasonNoteLine(question: string): string | undefined {
  const reason = findWriteOffReason(withoutPeopleActing(withoutRoleWords(normalizeText(question).lower)));
  if (!reason || !reasonNeedsNote(reason)) return undefined;
  const { label, noteHint } = writeOffReasonInfo(reason);
  return `Written off as _${label}_, it needs a note: ${noteHint}.`;
}
