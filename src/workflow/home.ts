/** App Home: the user's own recent actions, with undo where the rules allow it. */
import type { Database } from '../db/client.ts';
import { can, checkUndo, type EntryKind, ROLE_LABELS } from '../domain/index.ts';
import { getCharges, loadActor, recentEntriesBy, reversedWriteOffIds } from '../ledger/index.ts';
import type { ApprovalCard } from './approval-card.ts';
import { decidableApprovals } from './approvals.ts';
import { chargeName } from './charge-choices.ts';
import { type WaitingRequest, waitingRequestsOf } from './own-requests.ts';

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
  /** Whether the user may write off: the help line suggests only what their role can do. */
  readonly mayWriteOff: boolean;
  readonly actions: readonly RecentAction[];
  /** Requests waiting for a decision this user may make (empty for those who cannot approve). */
  readonly approvals: readonly ApprovalCard[];
  /** The user's own requests still waiting for a billing manager's or admin's decision. */
  readonly waiting: readonly WaitingRequest[];
}

const MAX_RECENT = 15;

/** A fixed number of queries, however many actions there are (refreshed after every change). */
export async function loadHome(db: Database, userId: string, now = new Date()): Promise<HomeModel> {
  const actor = await loadActor(db, userId);
  // Recent actions and waiting requests name patients, and anything that shows a patient's data
  // needs a role (DOMAIN.md section 4): someone whose role was taken away (or never given) sees
  // only the no-role text and general help, however much they did before. Every publish of Home
  // (opening the tab, the refresh after a change or a decision) is built here, so none shows more.
  if (actor.role === null)
    return { roleLabel: null, mayWriteOff: false, actions: [], approvals: [], waiting: [] };
  const entries = await recentEntriesBy(db, { actor: userId, limit: MAX_RECENT });
  const writeOffIds = entries.filter((e) => e.kind === 'write_off').map((e) => e.id);
  const reversed = await reversedWriteOffIds(db, writeOffIds);
  const charges = await getCharges(
    db,
    entries.map((e) => e.chargeId),
  );
  const actions = entries.map((entry): RecentAction => {
    const charge = charges.get(entry.chargeId);
    const undoable =
      entry.kind === 'write_off' &&
      !reversed.has(entry.id) &&
      checkUndo({ writtenOffBy: entry.actor, reversal: null }, actor).length === 0;
    return {
      entryId: entry.id,
      kind: entry.kind,
      amountCents: entry.amountCents,
      createdAt: entry.createdAt,
      patientName: charge?.patientName ?? 'unknown patient',
      chargeLabel: charge ? chargeName(charge) : `charge ${entry.chargeId}`,
      undoable,
    };
  });
  const approvals = await decidableApprovals(db, userId, now, actor);
  const waiting = await waitingRequestsOf(db, userId, now);
  return {
    roleLabel: ROLE_LABELS[actor.role],
    mayWriteOff: can(actor.role, 'write_off'),
    actions,
    approvals,
    waiting,
  };
}
