/**
 * Requests written as a form, one "key: value" field after another ("Pt: Tom Baker / DOS: 11/12 /
 * Why: billed to wrong pt", "patient: Lee Chen; amount: all; reason: bad debt", "Patient - Lee Chen /
 * Amount - $33 / Reason - deceased"). The labels are not read as the words they are: "Why:" asks no
 * question, and a reason field with a write-off reason marks a write-off even with no verb.
 */
import { findWriteOffReason } from './reason.ts';

// "Why:", "why -", "why =": a field's label (normalize.ts sets every dash apart with spaces).
const WHY_LABEL = /\bwhy(?=\s*(?::|=|\s-\s))/g;

/**
 * The text with a "Why:" label blanked (same length, so places stay): what follows it tells a
 * reason; read as "why", it turned a cancel into a help question.
 */
export function withWhyLabelBlanked(lower: string): string {
  return lower.includes('why') ? lower.replace(WHY_LABEL, '   ') : lower;
}

// "Reason: deceased", "reason - small balance", "rsn: hardship": the value runs to the next field.
const REASON_FIELD = /\b(?:reason|rsn|why)\s*(?::|=|\s-\s)\s*([^/|;\n]+)/;

/**
 * A reason field that holds a write-off reason ("Reason - deceased"): a reason code is a
 * write-off's mark (DOMAIN.md section 2), so with a patient and an amount the form asks for one.
 */
export function givesWriteOffReasonField(lower: string): boolean {
  if (!lower.includes('reason') && !lower.includes('rsn') && !lower.includes('why')) return false;
  const value = REASON_FIELD.exec(lower)?.[1];
  return value !== undefined && findWriteOffReason(value) !== null;
}
