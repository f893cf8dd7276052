/**
 * "if I w/o $60 for a pt this morning and another $60 this afternoon do I need approval?": several
 * write-offs for one patient within a day, asked about the limit. The limit counts everything the
 * user wrote off for the same patient in the last 24 hours, this write-off included (DOMAIN
 * section 4), so the amounts are added up, and the write-off that takes the sum over the limit is
 * the one that goes for approval.
 */
import { effectiveLimitCents, ROLE_LABELS } from '../domain/index.ts';
import { formatCents, parseAmount } from '../domain/money.ts';
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';
import { limitStated, roleStated, withoutLimitStated } from './role-stated.ts';

const LIMIT_OR_APPROVAL = /\blimit|\bapprov\w*|\bsign[\s-]?off\b|\bcap\b|\bover\b/i;
// Dollar amounts ("$60", "$1,200.50"), each one write-off asked about.
// Not a comma that ends the clause ("$50, what happens?"): only one between thousands.
const AMOUNT = /\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)/g;
// The write-offs are for one patient, in one day or in a row: "another", "then", "this morning".
const SAME_PATIENT_SPAN =
  /\banother\b|\bthen\b|\blater\b|\bagain\b|\bsecond\b|\bmorning\b|\bafternoon\b|\btoday\b|\bsame (?:day|patient|pt)\b|\btwice\b|\btwo\b|\bwithin\b|\bhours?\b/i;
// Several patients make several limits: "for two different patients".
const SEVERAL_PATIENTS = /\b(?:different|another|other|two|second)\s+(?:patients?|pts?)\b|\beach patient\b/i;

/** The sum of the amounts weighed against the limit, when the question asks about several. */
export function limitSumLead(question: string): string | undefined {
  if (!LIMIT_OR_APPROVAL.test(question) || !SAME_PATIENT_SPAN.test(question)) return undefined;
  if (SEVERAL_PATIENTS.test(question)) return undefined;
  const text = withoutLimitStated(question);
  const amounts = [...text.matchAll(AMOUNT)]
    .map((m) => parseAmount(m[1] ?? ''))
    .flatMap((r) => (r.ok && r.cents > 0 ? [r.cents] : []));
  if (amounts.length < 2) return undefined;
  const role = roleStated(question) ?? 'biller';
  const limit = limitStated(question) ?? effectiveLimitCents(role, null);
  const label = ROLE_LABELS[role].toLowerCase();
  const whose = limitStated(question) !== undefined ? 'your' : `a ${label}'s default`;
  const total = amounts.reduce((sum, a) => sum + a, 0);
  const sum = `${amounts.map(formatCents).join(' + ')} = ${formatCents(total)}`;
  const rule = `The limit counts everything you write off for the same patient in ${LIMIT_WINDOW_HOURS} hours, this write-off included: ${sum}.`;
  if (limit === null)
    return `${rule} ${ROLE_LABELS[role]}s have no limit unless an admin sets one, so none of them needs approval.`;
  if (total <= limit)
    return `${rule} That is within ${whose} ${formatCents(limit)} limit, so none of them needs approval.`;
  let running = 0;
  const over = amounts.findIndex((a) => {
    running += a;
    return running > limit;
  });
  const which = over === 0 ? 'the first write-off itself' : `write-off number ${over + 1}`;
  return `${rule} That is over ${whose} ${formatCents(limit)} limit, so yes: ${which} goes to a billing manager or admin for approval instead of being applied${over > 0 ? ', and the ones before it are applied' : ''}.`;
}
