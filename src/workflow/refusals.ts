/**
 * Every time a user is shown a blocker for a charge (in a modal, or when a submission is
 * refused), it is recorded, so "why can't I write off?" right afterwards is answered about that
 * refusal. OVER_LIMIT alone is recorded too: the biller was still told "not like this".
 */
import type { Database } from '../db/client.ts';
import type { ActionKind, Blocker } from '../domain/index.ts';
import { recordRefusal } from '../ledger/index.ts';

export async function noteRefusal(
  db: Database,
  params: {
    actorId: string;
    action: ActionKind;
    chargeId: number | null | undefined;
    blockers: readonly Blocker[];
  },
): Promise<void> {
  if (!params.chargeId || params.blockers.length === 0) return;
  await recordRefusal(db, {
    actor: params.actorId,
    action: params.action,
    chargeId: params.chargeId,
    codes: params.blockers.map((b) => b.code),
    blockers: params.blockers,
  });
}
