/**
 * "Bob Smith paid for his MRI, right? why does it show $200 outstanding?": a charge's balance asked
 * about is told with what put PR back on it after it came down. A refund re-opens the PR it was
 * paid against (DOMAIN section 3), and an undone write-off puts the written-off PR back; without
 * that, "$200.00 is outstanding" answers a question about a paid charge with the very figure the
 * biller doubted.
 */

import { isoDay } from '../domain/calendar-day.ts';
import { actorInWords, ENTRY_EFFECT } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import type { EntryRow } from '../ledger/index.ts';

const total = (entries: readonly EntryRow[]) => entries.reduce((cents, e) => cents + e.amountCents, 0);

/** The last day among the entries, for "on 2026-12-04". */
function lastDay(entries: readonly EntryRow[]): string {
  const last = entries.at(-1);
  return last ? isoDay(last.createdAt) : '';
}

/** Who made the entries: one actor named, several counted. */
function byWhom(entries: readonly EntryRow[]): string {
  const actors = [...new Set(entries.map((e) => e.actor))];
  const [only] = actors;
  return actors.length === 1 && only ? `by ${actorInWords(only)} ` : '';
}

/**
 * How PR owed again can stop being collected: paid, written off, or, for PR the practice created
 * (not an insurance remittance's, which is what the payer says is owed), cancelled.
 */
function untilSettled(prSource: string | undefined): string {
  return prSource === 'remittance'
    ? 'until it is paid or written off (PR from an insurance remittance cannot be cancelled)'
    : 'until it is paid, written off or cancelled';
}

/** The charge's outstanding PR after the entries, never below zero. */
function outstandingAfter(entries: readonly EntryRow[]): number {
  return Math.max(
    0,
    entries.reduce((cents, e) => cents + ENTRY_EFFECT[e.kind] * e.amountCents, 0),
  );
}

/** What took PR off the charge after `since` (a payment, a write-off, a cancel), in words. */
function broughtDownSince(entries: readonly EntryRow[], since: EntryRow): string {
  const later = entries.slice(entries.indexOf(since) + 1).filter((e) => ENTRY_EFFECT[e.kind] < 0);
  const kinds = [...new Set(later.map((e) => e.kind))].map((kind) =>
    kind === 'payment' ? 'a payment' : kind === 'cancellation' ? 'a cancel' : 'a write-off',
  );
  return kinds.length > 0 ? `${kinds.join(' and ')} made since` : 'what was recorded since';
}

/**
 * How much of `reopened` cents is still owed now, read from the ledger: never more than the
 * charge's outstanding PR (a later payment, write-off or cancel may have covered it). The clause
 * says so; undefined when all of it is still owed.
 */
function coveredSince(entries: readonly EntryRow[], last: EntryRow, reopened: number): string | undefined {
  const now = outstandingAfter(entries);
  if (now >= reopened) return undefined;
  const by = broughtDownSince(entries, last);
  return now === 0
    ? `; ${by} brought the charge down to $0.00, so none of it is owed now`
    : `; ${by} brought the charge down, so ${formatCents(now)} of it is owed now`;
}

/**
 * The sentences that say why PR is owed again on the charge (refunds, undone write-offs), from its
 * ledger entries; undefined when nothing re-opened it. `prSource` is the charge's, for what can be
 * done about it now. What is said to be owed again is what the ledger still holds: a refund that a
 * later write-off covered is told as covered, never as "$80.00 is owed again" on a charge at $0.
 */
export function owedAgain(entries: readonly EntryRow[], prSource?: string): string | undefined {
  const told: string[] = [];
  const refunds = entries.filter((e) => e.kind === 'refund');
  const lastRefund = refunds.at(-1);
  if (lastRefund) {
    const paid = total(entries.filter((e) => e.kind === 'payment'));
    const refunded = total(refunds);
    const when = `${byWhom(refunds)}on ${lastDay(refunds)}`;
    const how =
      refunded >= paid
        ? `The ${formatCents(paid)} paid on it was refunded in full (${when})`
        : `Of the ${formatCents(paid)} paid on it, ${formatCents(refunded)} was refunded (${when})`;
    const covered = coveredSince(entries, lastRefund, refunded);
    told.push(
      covered
        ? `${how}, which re-opened ${formatCents(refunded)} of PR${covered}.`
        : `${how}, and a refund re-opens the PR: ${formatCents(refunded)} is owed again ${untilSettled(prSource)}.`,
    );
  }
  const reversals = entries.filter((e) => e.kind === 'write_off_reversal');
  const lastReversal = reversals.at(-1);
  if (lastReversal) {
    const undone = `A write-off of ${formatCents(total(reversals))} on it was undone ${byWhom(reversals)}on ${lastDay(reversals)}`;
    const covered = coveredSince(entries, lastReversal, total(reversals));
    told.push(
      covered
        ? `${undone}, which put that amount back on the balance${covered}.`
        : `${undone}, which put that amount back on the balance; if it should not be collected, write it off again.`,
    );
  }
  return told.length > 0 ? told.join(' ') : undefined;
}

/** What put PR back on the charge: a refund, an undone write-off, or nothing. */
export function reopenedBy(entries: readonly EntryRow[]): 'refund' | 'write_off_reversal' | undefined {
  const last = entries.findLast((e) => e.kind === 'refund' || e.kind === 'write_off_reversal');
  return last?.kind === 'refund' || last?.kind === 'write_off_reversal' ? last.kind : undefined;
}
