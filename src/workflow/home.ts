/** App Home: the user's own recent actions, with undo where the rules allow it. */
import type { Database } from '../db/client.ts';
import { checkUndo, type EntryKind, ROLE_LABELS } from '../domain/index.ts';
import {
  type ChargeView,
  getCharge,
  listUnreversedWriteOffs,
  loadActor,
  recentEntriesBy,
} from '../ledger/index.ts';
import type { ApprovalCard } from './approval-card.ts';
import { decidableApprovals } from './approvals.ts';
import { chargeName } from './charge-choices.ts';

export interface RecentAction {
  readonly entryId: number;
  readonly kind: EntryKind;
  readonly amountCents: number;
  readonly createdAt: Date;
  readonly patientName: string;
  readonly chargeLabel: string;
  readonly undoable: boolean;
}

export interface HomeModel {
  readonly roleLabel: string | null;
  readonly actions: readonly RecentAction[];
  /** Requests waiting for a decision this user may make (empty for those who cannot approve). */
  readonly approvals: readonly ApprovalCard[];
}

const MAX_RECENT = 15;

export async function loadHome(db: Database, userId: string, now = new Date()): Promise<HomeModel> {
  const actor = await loadActor(db, userId);
  const entries = await recentEntriesBy(db, { actor: userId, limit: MAX_RECENT });
  const open = new Set(
    (await listUnreversedWriteOffs(db, { actor: userId, limit: 100 })).map((w) => w.entryId),
  );
  const charges = new Map<number, ChargeView | null>();
  const actions: RecentAction[] = [];
  for (const entry of entries) {
    if (!charges.has(entry.chargeId)) charges.set(entry.chargeId, await getCharge(db, entry.chargeId));
    const charge = charges.get(entry.chargeId) ?? null;
    const undoable =
      entry.kind === 'write_off' &&
      open.has(entry.id) &&
      checkUndo({ writtenOffBy: entry.actor, reversal: null }, actor).length === 0;
    actions.push({
      entryId: entry.id,
      kind: entry.kind,
      amountCents: entry.amountCents,
      createdAt: entry.createdAt,
      patientName: charge?.patientName ?? 'unknown patient',
      chargeLabel: charge ? chargeName(charge) : `charge ${entry.chargeId}`,
      undoable,
    });
  }
  const approvals = await decidableApprovals(db, userId, now);
  return { roleLabel: actor.role ? ROLE_LABELS[actor.role] : null, actions, approvals };
}
