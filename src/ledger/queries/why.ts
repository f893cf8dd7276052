/**
 * "Why can't I …?" for one charge: the same rule functions the operations use, asked with no
 * amount or reason, so the answer is what stands in the way of the action itself.
 */

import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { charges } from '../../db/schema/index.ts';
import { type Blocker, blocker } from '../../domain/blockers.ts';
import { checkCancel, checkRefund, checkWriteOff, type WhyAction } from '../../domain/index.ts';
import { loadActor } from '../actors.ts';
import { chargeFacts } from '../charge-lock-and-facts.ts';
import { NotFoundError } from '../errors.ts';
import { listPayments } from './charges.ts';

export interface WhyAnswer {
  readonly allowed: boolean;
  readonly blockers: readonly Blocker[];
}

export async function whyNot(
  db: Executor,
  params: { chargeId: number; action: WhyAction; actor: string },
): Promise<WhyAnswer> {
  const [row] = await db.select().from(charges).where(eq(charges.id, params.chargeId));
  if (!row) throw new NotFoundError('charge', params.chargeId);
  const facts = await chargeFacts(db, row);
  const actor = await loadActor(db, params.actor);
  const blockers = await blockersFor(db, params.action, row.id, facts, actor);
  return { allowed: blockers.length === 0, blockers };
}

async function blockersFor(
  db: Executor,
  action: WhyAction,
  chargeId: number,
  facts: Awaited<ReturnType<typeof chargeFacts>>,
  actor: Awaited<ReturnType<typeof loadActor>>,
): Promise<Blocker[]> {
  if (action === 'write_off') return checkWriteOff(facts, {}, actor);
  if (action === 'cancel_pr') return checkCancel(facts, undefined, actor);
  const payments = await listPayments(db, { chargeIds: [chargeId] });
  const refundable = payments.find((p) => p.amountCents > p.refundedCents) ?? payments[0];
  if (!refundable) {
    return [
      blocker(
        'REFUND_EXCEEDS_PAYMENT',
        'There is no payment on this charge to refund.',
        'Check the patient’s other charges for the payment.',
        'none',
        'payment',
      ),
    ];
  }
  return checkRefund(refundable, undefined, actor);
}
