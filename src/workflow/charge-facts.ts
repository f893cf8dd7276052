/** Rule facts from the ledger's read models, so modals can ask the same rule functions the ledger asks. */
import type { Database } from '../db/client.ts';
import type { ChargeFacts } from '../domain/index.ts';
import { type ChargeView, getCharge, listUnreversedWriteOffs } from '../ledger/index.ts';

export async function factsForCharge(db: Database, charge: ChargeView): Promise<ChargeFacts> {
  // Only a written-off PR's refusal says who wrote it off; any other charge skips the query (as
  // the ledger's chargeFacts does), which keeps it off every confirm's path.
  const [last] =
    charge.status === 'written_off'
      ? await listUnreversedWriteOffs(db, { chargeIds: [charge.id], limit: 1 })
      : [];
  return {
    prSource: charge.prSource,
    totals: {
      assessedCents: charge.assessedCents,
      paidCents: charge.paidCents,
      writtenOffCents: charge.writtenOffCents,
      cancelledCents: charge.cancelledCents,
      outstandingCents: charge.outstandingCents,
      status: charge.status,
    },
    lastWriteOff: last ? { actor: last.actor, createdAt: last.createdAt } : null,
  };
}

export async function loadChargeWithFacts(db: Database, chargeId: number) {
  const charge = await getCharge(db, chargeId);
  return charge ? { charge, facts: await factsForCharge(db, charge) } : null;
}
