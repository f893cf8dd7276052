/**
 * "Jane Doe owes $255.00 on 2 open charges.": the one sentence the command line and the help desk
 * tell a balance with. A module of its own, so that `cli balance` loads nothing more to say it.
 */
import { formatCents } from '../domain/money.ts';

export function owesSentence(who: string, outstandingCents: number, openCharges: number): string {
  return `${who} owes ${formatCents(outstandingCents)} on ${openCharges} open charge${openCharges === 1 ? '' : 's'}.`;
}
