/**
 * "Why does Jane Roe only owe $100 on her PT visit when it was $150?": a charge's balance asked is
 * told with what brought it down besides payments, the write-offs still in effect, each with its
 * reason, who made it and when. "$50.00 was written off" says how much, not why nor by whom,
 * which is what the biller asking needs to know before they call anyone.
 */

import { isoDay } from '../domain/calendar-day.ts';
import { actorInWords } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { isWriteOffReason, writeOffReasonInfo } from '../domain/reasons.ts';
import type { EntryRow } from '../ledger/index.ts';

/** At most this many write-offs are told one by one; the rest are counted. */
const MAX_TOLD = 3;

function reasonOf(entry: EntryRow): string {
  return entry.reason && isWriteOffReason(entry.reason)
    ? ` (_${writeOffReasonInfo(entry.reason).label}_)`
    : '';
}

/** The charge's write-offs not undone, oldest first. */
function inEffect(entries: readonly EntryRow[]): EntryRow[] {
  const undone = new Set(
    entries.filter((e) => e.kind === 'write_off_reversal').map((e) => e.refersToEntryId),
  );
  return entries.filter((e) => e.kind === 'write_off' && !undone.has(e.id));
}

/**
 * "It was brought down by a write-off of $50.00 (_Prompt-pay discount_) made by cli:demo on
 * 2026-12-04.", and who made them; undefined when no write-off is in effect on the charge.
 */
export function writtenDown(
  entries: readonly EntryRow[],
): { readonly text: string; readonly actors: readonly string[] } | undefined {
  const writeOffs = inEffect(entries);
  if (writeOffs.length === 0) return undefined;
  const told = writeOffs
    .slice(0, MAX_TOLD)
    .map(
      (w) =>
        `${formatCents(w.amountCents)}${reasonOf(w)} made by ${actorInWords(w.actor)} on ${isoDay(w.createdAt)}`,
    );
  const more = writeOffs.length > MAX_TOLD ? `, and ${writeOffs.length - MAX_TOLD} more` : '';
  const which = writeOffs.length === 1 ? 'a write-off of' : 'write-offs of';
  return {
    text: `It was brought down by ${which} ${told.join('; ')}${more}.`,
    actors: [...new Set(writeOffs.map((w) => w.actor))],
  };
}
