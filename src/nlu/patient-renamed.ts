/**
 * The patient corrected after the request, as the amount and the reason are: "write off $40 for
 * Ellen Marsh, courtesy / correction: patient is Ellen March", "… sorry, pt should be Fox Mulden",
 * "… wrong patient, it's Jane Roe". The name written after the correction is the one meant; read
 * as before, the write-off went to the patient the writer took back.
 *
 * Only a correction that says it is of the patient (or the name) counts: "correction: $70, not $80"
 * corrects the amount (parse.ts), and "I meant Jane Roe, not Jane Doe" alone tells of an earlier
 * write-off (patient-corrected.ts).
 */
import { findPatientMention } from './patient-mention.ts';

// What owns a slip, then the patient or the name said to be another: "correction: patient is",
// "sorry, the pt's name should be", "oops - name = ", "wrong patient, it's", "wrong name, I meant".
const PATIENT_CORRECTED =
  /\b(?:(?:correction|corrected|sorry|oops|whoops|my bad|actually|wait|typo|update|edit)\b[\s,:;.!-]*(?:the\s+)?(?:patient|pt|patient'?s name|pt'?s name|name)(?:\s+name)?\s*(?:is|should be|should have been|should've been|was meant to be|=|:|-)|wrong (?:patient|pt|name)\b[\s,:;.!-]*(?:it'?s|it is|it should be|should be|i meant|meant|is)|(?:the\s+)?(?:patient|pt|patient'?s name|name) should (?:be|have been|'ve been))\s+/gi;

/** The patient named after the last correction of the patient, or null when there is none. */
export function correctedPatient(text: string): string | null {
  let after = -1;
  for (const match of text.matchAll(PATIENT_CORRECTED)) after = match.index + match[0].length;
  return after < 0 ? null : findPatientMention(text.slice(after), { namesAtStart: true });
}
