/**
 * "Why can't I …?" for one charge: the same rule functions the operations use, asked with no
 * reason, so the answer is what stands in the way of the action itself; and with the amount when
 * the question names one ("why can't I write off $100 on …?"), with the user's last 24 hours.
 */

import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { charges } from '../../db/schema/index.ts';
import type { Blocker } from '../../domain/blockers.ts';
import {
  type ActorFacts,
  type ChargeFacts,
  checkCancel,
  checkRefund,
  checkWriteOff,
  noPaymentToRefund,
  type WhyAction,
} from '../../domain/index.ts';
import { validateCents } from '../../domain/money.ts';
import { loadActor } from '../actors.ts';
import { chargeFacts } from '../charge-lock-and-facts.ts';
import { NotFoundError } from '../errors.ts';
import { listPayments } from './charges.ts';
import { sumRecentWriteOffs } from './recent-write-offs.ts';

export interface WhyAnswer {
  readonly allowed: boolean;
  readonly blockers: readonly Blocker[];
}

export async function whyNot(
  db: Executor,
  params: {
    chargeId: number;
    action: WhyAction;
    /** A user id, or the facts to answer as ("I'm a biller" asked at the command line). */
    actor: string | ActorFacts;
    amountCents?: number;
  },
): Promise<WhyAnswer> {
  const [row] = await db.select().from(charges).where(eq(charges.id, params.chargeId));
  if (!row) throw new NotFoundError('charge', params.chargeId);
  const facts = await chargeFacts(db, row);
  const actor = typeof params.actor === 'string' ? await loadActor(db, params.actor) : params.actor;
  const asked = { chargeId: row.id, patientId: row.patientId, amountCents: params.amountCents };
  const blockers = await WHY_CHECKS[params.action](db, asked, facts, actor);
  return { allowed: blockers.length === 0, blockers };
}

interface WhyAsked {
  readonly chargeId: number;
  readonly patientId: number;
  readonly amountCents: number | undefined;
}

type WhyCheck = (db: Executor, asked: WhyAsked, facts: ChargeFacts, actor: ActorFacts) => Promise<Blocker[]>;

/** Each kind's rule function, asked with no reason; a kind without one is a type error. */
const WHY_CHECKS: Record<WhyAction, WhyCheck> = {
  write_off: async (db, asked, facts, actor) => {
    if (asked.amountCents === undefined) return checkWriteOff(facts, {}, actor);
    const recentWriteOffCents = await sumRecentWriteOffs(db, actor.userId, asked.patientId);
    return checkWriteOff(facts, { amount: validateCents(asked.amountCents), recentWriteOffCents }, actor);
  },
  cancel_pr: async (_db, _chargeId, facts, actor) => checkCancel(facts, undefined, actor),
  refund_payment: async (db, { chargeId, amountCents }, _facts, actor) => {
    const payments = await listPayments(db, { chargeIds: [chargeId] });
    // No payment left to refund is NO_PAYMENT (DOMAIN.md section 3), whether there never was one
    // or every one has been refunded in full.
    const refundable = payments.find((p) => p.amountCents > p.refundedCents);
    if (refundable)
      return checkRefund(
        refundable,
        amountCents === undefined ? undefined : validateCents(amountCents),
        actor,
      );
    // Who may refund comes first, as the refund itself checks it first: a viewer told only "no
    // payment here" would read that a refund elsewhere is theirs to make.
    const unauthorized = checkRefund({ amountCents: 1, refundedCents: 0 }, undefined, actor);
    return [...unauthorized, noPaymentToRefund(payments.length > 0 ? 'all_refunded' : 'none')];
  },
};
