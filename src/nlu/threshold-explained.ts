/**
 * A threshold said beside one patient's own write-off: "write off $30 for Evan Brooks, balance < $35
 * so small balance", "write off $9 for Abel Ruiz (under $10) small balance". The patient and the
 * amount make the request one write-off; "under $X" only says why the balance counts as small. Read
 * as a batch's threshold, the request cleared every balance in the practice up to $X.
 *
 * A batch names no amount of its own ("write off everything under $10 for all patients", "small
 * balance batch under $5"), so it keeps its threshold.
 */
import type { AmountMention } from './amount.ts';

/** Whether the threshold written only explains one named patient's write-off of an amount. */
export function thresholdOnlyExplains(mentions: readonly AmountMention[], namesPatient: boolean): boolean {
  if (!namesPatient || !mentions.some((m) => m.isThreshold)) return false;
  return mentions.some((m) => !m.isThreshold && !m.isKept && m.result.ok);
}
