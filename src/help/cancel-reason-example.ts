/**
 * "Can I cancel Anne-Marie Dubois's October 9 visit? It was entered by mistake.": the cancel
 * articles' example command says `duplicate`, which is not the reason the question tells. The
 * example is given the reason told (DOMAIN section 3: entered in error, duplicate, wrong amount),
 * in words the request parser reads back as that reason.
 */
import type { CancelReason } from '../domain/reasons.ts';
import { findCancelReason } from '../nlu/reason.ts';

const REASON_WORDS: Readonly<Record<CancelReason, string>> = {
  entered_in_error: 'entered in error',
  duplicate: 'duplicate',
  wrong_amount: 'wrong amount',
};

// An error the app showed ("I get an error when I cancel", "error: this PR is already paid", "… more
// than outstanding error") is no reason for the cancel.
const ERROR_SHOWN =
  /^\s*error\b|\berror:|(?<!\bin )\berror\s*[.?!]*$|\berror (?:message|msg|code)\b|\b(?:an|the|got|get|gets|getting|shows?|showing|showed|says?|said|throws?|gave|gives?) (?:an? |the |this |that )?error\b/;

/** The cancel reason the question tells, when it tells one. */
export function cancelReasonAsked(question: string): CancelReason | null {
  const lower = question.toLowerCase().replace(/[’‘]/g, "'");
  if (ERROR_SHOWN.test(lower)) return null;
  return findCancelReason(lower);
}

// A cancel command's example: "`/billing cancel PR for Jane Doe, duplicate`".
const CANCEL_COMMAND = /^`(?:\/billing cancel\b|@billing cancel\b)/;
const CANCEL_REASON_CODE = /(--reason\s+)(?:entered_in_error|duplicate|wrong_amount)\b/g;

/** The cancel examples (code spans) with the reason the question told instead of theirs. */
export function cancelExamplesWithReason(text: string, reason: CancelReason | null): string {
  if (!reason || reason === 'duplicate') return text;
  return text.replace(/`[^`\n]*`/g, (span) =>
    CANCEL_COMMAND.test(span)
      ? span.replace(/\bduplicate\b/g, REASON_WORDS[reason]).replace(CANCEL_REASON_CODE, `$1${reason}`)
      : span,
  );
}
