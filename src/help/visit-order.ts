/**
 * "how much can I write off on Tom Baker's last visit?", "his first visit", "her oldest charge",
 * "the most recent one": a charge named by where its date of service falls among the patient's
 * charges. The last visit is the one with the latest date of service (all on that day when there
 * are several), the first the earliest; never all of them added up.
 */
import type { ChargeView } from '../ledger/index.ts';

// What is ordered: a visit, a charge, a service, a bill, an appointment.
const THING = String.raw`(?:visits?|charges?|appointments?|appts?|services?|encounters?|bills?|procedures?|dos|date of service|balance|one)`;
// One word of what the charge was between ("last office visit", "first lab charge"), never an
// article or a pronoun ("refund first the one …").
const GAP = String.raw`(?:(?!(?:the|a|an|this|that|it|then|and|or|to|of)\b)[\p{L}\d-]+\s+)?`;
// The latest: "last visit", "latest charge", "most recent appointment", "newest one", "the newer one".
const LATEST = new RegExp(
  String.raw`\b(?:last|latest|most\s+recent|newest|recent|newer|more\s+recent|later)\s+${GAP}${THING}\b`,
  'iu',
);
// The earliest: "first visit", "oldest charge", "earliest appointment", "the older one".
const EARLIEST = new RegExp(String.raw`\b(?:first|oldest|earliest|older|earlier)\s+${GAP}${THING}\b`, 'iu');
// Not a charge: "last one I wrote off", "the first one to be written off" tell an action's order.
const NOT_A_CHARGE =
  /\b(?:last|first)\s+(?:time|week|month|year|payment|refund|write[\s-]?off|w\/o|request)\b/i;

/** Which end of the patient's visits the question names, if it names one. */
export function visitOrderNamed(question: string): 'latest' | 'earliest' | undefined {
  const text = question.replace(/[’‘]/g, "'").replace(NOT_A_CHARGE, ' ');
  // "oldest first" (a spread's order) names no charge: the word after must be a thing.
  if (LATEST.test(text)) return 'latest';
  if (EARLIEST.test(text)) return 'earliest';
  return undefined;
}

/**
 * The charges on the latest (or earliest) date of service among those given, when the question
 * names one end; the charges as they are otherwise.
 */
export function chargesInOrderNamed(charges: readonly ChargeView[], question: string): readonly ChargeView[] {
  const order = visitOrderNamed(question);
  if (!order || charges.length < 2) return charges;
  const days = charges.map((c) => c.dateOfService).sort();
  const day = order === 'latest' ? days.at(-1) : days[0];
  return charges.filter((c) => c.dateOfService === day);
}
