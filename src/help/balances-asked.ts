/**
 * "Jane Doe says she doesn't owe anything - what's Bob Smith's balance too?": two patients named,
 * and what each owes is in question: one in the clause that asks, the other in a clause about what
 * she owes. Answering only the patient in the asking clause (patient-asked.ts, which leaves the
 * rest to the story) leaves out half the answer. Balances are still looked up one patient at a
 * time in the sense that matters: only the patients the question names by their full name.
 */
import { formatCents } from '../domain/money.ts';
import type { ChargeView } from '../ledger/index.ts';
import { clauseNaming } from './patient-asked.ts';

// What someone owes, said of them: "she doesn't owe anything", "his balance", "paid up".
const OWED_WORDS =
  /\b(?:balance|bal|owes?|owed|owing|outstanding|paid up|paid in full|nothing left|anything left)\b/i;

/**
 * The patients named whose balance the question asks, when it asks more than one's: each named in
 * a clause that asks or that speaks of what is owed. Undefined when fewer than two are.
 */
export function balancesAsked<
  T extends { readonly patient: { readonly id: number }; readonly mention: string },
>(question: string, named: readonly T[]): readonly T[] | undefined {
  const asked = named.filter((n) => {
    const clause = clauseNaming(question, n.mention);
    return clause !== undefined && (clause.asks || OWED_WORDS.test(clause.text));
  });
  const distinct = asked.filter((n, i) => asked.findIndex((m) => m.patient.id === n.patient.id) === i);
  // In the order the question names them.
  const inOrder = [...distinct].sort((a, b) => question.indexOf(a.mention) - question.indexOf(b.mention));
  return inOrder.length >= 2 ? inOrder : undefined;
}

/** "Jane Doe owes $255.00 on 2 open charges." for each patient, one line each. */
export function balancesLines(
  patients: readonly { readonly fullName: string; readonly charges: readonly ChargeView[] }[],
): string {
  return patients
    .map(({ fullName, charges }) => {
      const open = charges.filter((c) => c.outstandingCents > 0);
      const owed = open.reduce((sum, c) => sum + c.outstandingCents, 0);
      return owed > 0
        ? `${fullName} owes ${formatCents(owed)} on ${open.length} open charge${open.length === 1 ? '' : 's'}.`
        : `${fullName} owes nothing: no charge has anything outstanding.`;
    })
    .join('\n');
}
