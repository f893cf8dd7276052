/**
 * Writing off every small balance at once (DOMAIN section 4, issue 10). The preview pins the
 * selection in the pending action; confirming applies exactly those charges and cents as one
 * batch (reason small_balance, one transaction), and the ledger skips and lists any charge whose
 * outstanding changed since. Undone whole, through the undo kind, from the result's button.
 */

import type { Database } from '../../db/client.ts';
import { counted } from '../../domain/index.ts';
import {
  applySmallBalanceBatch,
  firstWriteOffOfBatch,
  getCharges,
  type SkippedCharge,
  type SmallBalanceBatchResult,
} from '../../ledger/index.ts';
import { chargeName } from '../charge-choices.ts';
import type { SkippedShown } from '../outcomes.ts';
import { createPendingAction } from '../pending-actions.ts';
import { NO_HINTS, type PinnedBatch } from '../types.ts';
import { summaryBasics, type WorkflowAction } from './action.ts';
import { loadSmallBalanceBatchModel, type SmallBalanceBatchModel } from './small-balance-batch-model.ts';

export const smallBalanceBatchAction: WorkflowAction<
  'small_balance_batch',
  SmallBalanceBatchModel,
  PinnedBatch,
  SmallBalanceBatchResult
> = {
  kind: 'small_balance_batch',
  blockerField: 'note',
  loadModel: loadSmallBalanceBatchModel,

  /** Only what a preview pinned can be confirmed: never a selection nobody saw. */
  async resolve(_db, { pending }) {
    const batch = pending.payload.batch;
    if (!batch) return { kind: 'invalid', errors: { note: 'Nothing was previewed; ask again.' } };
    return { kind: 'ready', target: batch, chargeId: null };
  },

  execute(db, batch, ctx, idempotencyKey) {
    return applySmallBalanceBatch(db, {
      selection: batch.pins.map(([chargeId, outstandingCents]) => ({ chargeId, outstandingCents })),
      underCents: batch.underCents,
      minAgeDays: batch.minAgeDays,
      actor: ctx.actorId,
      source: 'batch',
      idempotencyKey,
      ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
    });
  },

  async summarize(db, batch, value, ctx) {
    const first = value.batchId ? await firstWriteOffOfBatch(db, value.batchId) : null;
    const undo = first
      ? await createPendingAction(db, {
          kind: 'undo_write_off',
          requestedBy: ctx.actorId,
          payload: { origin: ctx.pending.payload.origin, hints: NO_HINTS, writeOffEntryId: first },
        })
      : null;
    return {
      kind: 'small_balance_batch',
      amountCents: value.totalCents,
      outstandingCents: 0,
      patientName: 'a small-balance batch',
      // Many patients: the audit post counts charges instead of naming anyone's initials.
      patientInitials: '',
      chargeLabel: counted(value.count, 'charge'),
      reasonLabel: 'Small balance',
      undoPendingId: undo?.id ?? null,
      batch: {
        batchId: value.batchId,
        count: value.count,
        totalCents: value.totalCents,
        previewedCount: batch.pins.length,
        underCents: batch.underCents,
        skipped: await withWhere(db, value.skipped),
      },
      // Up to thousands of entries: the batch id finds them all (`cli audit`).
      ledgerRef: { entryIds: [], chargeIds: [], batchId: value.batchId },
      ...summaryBasics(ctx),
    };
  },
};

/** The skipped charges with their patient and charge, for the manager's DM (no channel sees them). */
async function withWhere(db: Database, skipped: readonly SkippedCharge[]): Promise<SkippedShown[]> {
  const charges = await getCharges(
    db,
    skipped.map((s) => s.chargeId),
  );
  return skipped.map((s) => {
    const charge = charges.get(s.chargeId);
    return charge ? { ...s, where: `${charge.patientName} · ${chargeName(charge)}` } : s;
  });
}
