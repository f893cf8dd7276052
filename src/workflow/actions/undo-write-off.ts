/** Undoing a write-off, from the modal or from a confirmation message's Undo button. */
import {
  type EntryRow,
  getCharge,
  getEntry,
  type UndoWriteOffResult,
  undoWriteOff,
} from '../../ledger/index.ts';
import { chargeName } from '../charge-choices.ts';
import { summaryBasics, type WorkflowAction } from './action.ts';
import { loadUndoModel, type UndoModel } from './undo-model.ts';

export const undoWriteOffAction: WorkflowAction<'undo_write_off', UndoModel, EntryRow, UndoWriteOffResult> = {
  kind: 'undo_write_off',
  blockerField: 'entry',
  loadModel: loadUndoModel,

  /** The write-off comes from the modal, or from the pending action (the Undo button). */
  async resolve(db, { form, pending }) {
    const entryId = form.writeOffEntryId ?? pending.payload.writeOffEntryId ?? null;
    const entry = entryId ? await getEntry(db, entryId) : null;
    if (entry?.kind !== 'write_off')
      return { kind: 'invalid', errors: { entry: 'Choose a write-off to undo.' } };
    return { kind: 'ready', target: entry, chargeId: entry.chargeId };
  },

  execute(db, entry, ctx, idempotencyKey) {
    // `resolve` has just read the write-off: the ledger need not read it again.
    return undoWriteOff(
      db,
      { writeOffEntryId: entry.id, actor: ctx.actorId, source: ctx.source, note: ctx.note, idempotencyKey },
      entry,
    );
  },

  async summarize(db, entry, value, ctx) {
    const [first] = value.reversals;
    const charge = await getCharge(db, first?.chargeId ?? entry.chargeId);
    const single = charge ? chargeName(charge) : 'the charge';
    return {
      kind: 'undo_write_off',
      amountCents: value.amountCents,
      outstandingCents: first?.outstandingCents ?? charge?.outstandingCents ?? 0,
      patientName: charge?.patientName ?? 'the patient',
      patientInitials: charge?.patientInitials ?? '?',
      chargeLabel: value.reversals.length > 1 ? `${value.reversals.length} charges` : single,
      reasonLabel: null,
      undoPendingId: null,
      ...summaryBasics(ctx),
    };
  },
};
