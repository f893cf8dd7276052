/**
 * "What's the status of Priya Patel's February office visit?", "is Bob Smith's supplies charge paid
 * or cancelled?": one charge's status asked. The answer states it (outstanding, paid, written off
 * with its reason, by whom and when, or cancelled) with the charge's figures, from the look-up
 * article; read as a write-off asked, a written-off charge got the write-off's refusal
 * (NOTHING_OUTSTANDING, "undo that write-off first") instead of what it is.
 */

import type { Database } from '../db/client.ts';
import { isoDay } from '../domain/calendar-day.ts';
import { actorInWords } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { type ChargeView, chargeHistory } from '../ledger/index.ts';
import { asksToAct } from './action-asked.ts';
import { chargeBalance, patientTotal } from './charge-standing.ts';
import type { SituationLookup } from './situation.ts';
import { asksWhatStatusMeans } from './status-asked.ts';
import { toldOfCharge } from './told-situation.ts';
import { writtenDown } from './written-down.ts';

const STATUS = String.raw`(?:outstanding|open|paid(?: off| in full)?|written[\s-]?off|w\/o'?d|cancell?ed|voided)`;
// "status of", "what's the status", "where does her visit stand", "what state is it in".
const STATUS_ASKED = /\bstatus\b|\bwhere (?:does|do|is|are)\b[^?.!]{0,60}\bstand\b|\bwhat state\b/i;
// Two statuses offered to choose from: "is it paid or cancelled?", "was it written off or paid?".
const EITHER_STATUS = new RegExp(String.raw`\b${STATUS}\s*(?:,|or|\/)\s*(?:was it |is it )?${STATUS}\b`, 'i');
// Statuses of something else: an approval request's.
const OTHER_THINGS = /\bapprov\w*|\brequests?\b|\bbatch\w*/i;

/** Whether the question asks what one charge's status is (not what a status means, nor to act). */
export function asksChargeStatus(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  if (OTHER_THINGS.test(text) || asksWhatStatusMeans(text) || asksToAct(text)) return false;
  return STATUS_ASKED.test(text) || EITHER_STATUS.test(text);
}

const STATUS_WORDS: Readonly<Record<ChargeView['status'], string>> = {
  outstanding: 'outstanding',
  paid: 'paid',
  written_off: 'written off',
  cancelled: 'cancelled',
};

/**
 * "Status: *written off*. Nothing is outstanding on this charge; $15.00 was written off. It was
 * brought down by a write-off of $15.00 (_Bad debt – uncollectible_) made by cli:demo on …".
 */
export async function chargeStatusFound(
  db: Database,
  charge: ChargeView,
  charges: readonly ChargeView[],
  mention: string,
): Promise<SituationLookup> {
  const entries = await chargeHistory(db, { chargeId: charge.id });
  const down = writtenDown(entries);
  const cancel = entries.filter((e) => e.kind === 'cancellation').at(-1);
  const cancelled = cancel
    ? `It was cancelled by ${actorInWords(cancel.actor)} on ${isoDay(cancel.createdAt)}${cancel.reason ? ` (\`${cancel.reason}\`)` : ''}: ${formatCents(cancel.amountCents)} of PR erased.`
    : undefined;
  const status = `Status: *${STATUS_WORDS[charge.status]}*.`;
  // The charge's own figures and story first, then what the patient owes in all.
  const finding = [status, chargeBalance(charge, [charge]), down?.text, cancelled]
    .filter(Boolean)
    .join(' ')
    .concat(patientTotal(charge, charges));
  const actors = [...(down?.actors ?? []), ...(cancel ? [cancel.actor] : [])];
  return { ...toldOfCharge(charge, { finding, actors, topic: 'balance-lookup' }), mention };
}
