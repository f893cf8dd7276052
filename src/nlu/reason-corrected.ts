/**
 * A reason the writer corrects: "w/o Lee Chen $25 bad debt... actually make that collection agency",
 * "small bal - no wait, hardship", "courtesy, I meant service recovery", "bad debt, scratch that,
 * collections". The reason written after the last correction is the one settled on; read in the
 * whole text, the first one written (the slip) won. Amounts corrected are read in parse.ts.
 */
import type { WriteOffReason } from '../domain/reasons.ts';
import { findWriteOffReason } from './reason.ts';

// The writer taking back what they wrote. "actually" alone too, as the reason must follow it for
// the text after it to count ("she actually paid" gives no reason, so the whole text is read).
const CORRECTED =
  /\b(?:no,? wait|wait,? no|i meant?|scratch that|on second thought|correction|make (?:it|that|the reason)|change (?:it|that|the reason) to|actually|rather|my bad|oops|whoops)\b/g;

/** The reason written after the last correction, or null when none is written there. */
export function correctedReason(lower: string): WriteOffReason | null {
  let after = -1;
  for (const match of lower.matchAll(CORRECTED)) after = match.index + match[0].length;
  return after < 0 ? null : findWriteOffReason(lower.slice(after));
}
