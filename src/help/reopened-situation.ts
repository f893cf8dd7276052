/**
 * "why is it outstanding again?" about a patient's charge (reopened-asked.ts): the newest of the
 * charges the question may be about whose PR was re-opened, told from its ledger (what re-opened
 * it, who, when, and what can be done now), with the article on what re-opened it: a refund's
 * ("A refund re-opens the PR") or an undo's.
 */
import type { Database } from '../db/client.ts';
import { type ChargeView, chargeHistory } from '../ledger/index.ts';
import { chargeBalance } from './charge-standing.ts';
import { owedAgain, reopenedBy } from './owed-again.ts';
import type { SituationLookup } from './situation.ts';
import { toldOfCharge } from './told-situation.ts';

type Found = Extract<SituationLookup, { kind: 'found' }>;

/** The sections that say what re-opened PR means and what to do about it. */
const REFUND_REOPENS = 'A refund re-opens the PR';
const ALREADY_UNDONE = '"Already undone"';

/** Undefined when none of the charges had its PR re-opened: the question is then answered as asked now. */
export async function reopenedFound(
  db: Database,
  candidates: readonly ChargeView[],
  charges: readonly ChargeView[],
): Promise<Found | undefined> {
  for (const charge of [...candidates].reverse()) {
    const entries = await chargeHistory(db, { chargeId: charge.id });
    const cause = reopenedBy(entries);
    const why = owedAgain(entries, charge.prSource);
    if (!cause || !why || charge.outstandingCents <= 0) continue;
    const who = entries.filter((e) => e.kind === cause).map((e) => e.actor);
    return toldOfCharge(charge, {
      finding: `${chargeBalance(charge, charges)}\n${why}`,
      actors: [...new Set(who)],
      ...(cause === 'refund'
        ? { topic: 'refund-payment', section: REFUND_REOPENS }
        : { topic: 'undo-write-off', section: ALREADY_UNDONE }),
    });
  }
  return undefined;
}
