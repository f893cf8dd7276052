/**
 * "Hugo Thomas office visit 99213 - why can't I write it off?" when he has three office visits on
 * different dates: the question's words fit each of them equally, so the answer says so and lists
 * them (date, outstanding), rather than answering for one of them as if it were the only one.
 */
import { formatCents } from '../domain/money.ts';
import type { ChargeView } from '../ledger/index.ts';

/**
 * The line that says which charges the question may mean, when the words named a service that
 * several charges of the patient's have (`candidates`, fewer than all of them) and nothing else
 * (no date, amount or state) tells them apart; undefined when the words name one.
 */
export function sameServiceLine(
  candidates: readonly ChargeView[],
  all: readonly ChargeView[],
  chosen: ChargeView,
  /** The words named the service itself ("xray"), so all of the patient's charges may be meant. */
  serviceNamed = false,
): string | undefined {
  if (candidates.length < 2 || (candidates.length >= all.length && !serviceNamed)) return undefined;
  const services = new Set(candidates.map((c) => c.description.toLowerCase()));
  if (services.size !== 1) return undefined;
  const listed = candidates
    .map((c) => `${c.dateOfService} (${formatCents(c.outstandingCents)} outstanding)`)
    .join(', ');
  return (
    `${chosen.patientName} has ${candidates.length} ${chosen.description} charges: ${listed}. ` +
    `This answers for the ${chosen.dateOfService} one; name the date of service to ask about another.`
  );
}
