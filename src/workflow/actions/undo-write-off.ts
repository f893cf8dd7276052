/** Undoing a write-off, from the modal or from a confirmation message's Undo button. */
import type { Database } from '../../db/client.ts';
import { type Blocker, checkUndo, counted } from '../../domain/index.ts';
import {
  type ChargeDetail,
  chargeHistory,
  type EntryRow,
  getCharge,
  getEntry,
  isSmallBalanceBatchId,
  loadActor,
  type UndoWriteOffResult,
  undoWriteOff,
} from '../../ledger/index.ts';
import { chargeName } from '../charge-choices.ts';
import type { DoneSummary, LedgerRef } from '../outcomes.ts';
import { loadPendingAction } from '../pending-actions.ts';
import { summaryBasics, type WorkflowAction } from './action.ts';
import { batchUndoRefusal } from './batch-undo-refusal.ts';
import { loadUndoModel, type UndoModel } from './undo-model.ts';
import { isInUndoScope, undoScopeOf } from './undo-scope.ts';

const CHOOSE_WRITE_OFF = { entry: 'Choose a write-off to undo.' };
const CHOOSE_LISTED_WRITE_OFF = { entry: 'Choose one of the write-offs listed on this form to undo.' };

export const undoWriteOffAction: WorkflowAction<'undo_write_off', UndoModel, EntryRow, UndoWriteOffResult> = {
  kind: 'undo_write_off',
  blockerField: 'entry',
  loadModel: loadUndoModel,

  /** The write-off comes from the modal, or from the pending action (the Undo button). */
  async resolve(db, { form, pending, actorId }) {
    const entryId = form.writeOffEntryId ?? pending.payload.writeOffEntryId ?? null;
    const entry = entryId ? await getEntry(db, entryId) : null;
    if (entry?.kind !== 'write_off') return { kind: 'invalid', errors: CHOOSE_WRITE_OFF };
    // Only a write-off this form could list: not another patient's, nor one its button did not name.
    const scope = await undoScopeOf(db, pending, actorId);
    if (!(await isInUndoScope(db, scope, entry))) return { kind: 'invalid', errors: CHOOSE_LISTED_WRITE_OFF };
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
    return {
      kind: 'undo_write_off',
      amountCents: value.amountCents,
      ...(isSmallBalanceBatchId(entry.batchId) ? wholeBatch(value) : oneCharge(value, charge)),
      reasonLabel: null,
      undoPendingId: null,
      ledgerRef: undoRef(entry, value),
      ...summaryBasics(ctx),
    };
  },
};

/**
 * The reversals written and the write-offs they undid; a batch is named by its id, as its
 * hundreds of entries would not fit a line (`cli audit` lists them under it).
 */
function undoRef(entry: EntryRow, value: UndoWriteOffResult): LedgerRef {
  if (isSmallBalanceBatchId(entry.batchId)) {
    return { entryIds: [], chargeIds: [], batchId: value.batchId ?? entry.batchId };
  }
  return {
    entryIds: value.reversals.map((r) => r.entryId),
    chargeIds: value.reversals.length > 0 ? value.reversals.map((r) => r.chargeId) : [entry.chargeId],
    reversedEntryIds: value.reversals.length > 0 ? value.reversals.map((r) => r.writeOffEntryId) : [entry.id],
  };
}

type Undone = Pick<DoneSummary, 'outstandingCents' | 'patientName' | 'patientInitials' | 'chargeLabel'>;

/** A write-off of its own, or a spread over one patient's charges. */
function oneCharge(value: UndoWriteOffResult, charge: ChargeDetail | null): Undone {
  const count = value.reversals.length;
  return {
    // A spread's reversals are on several charges: what is outstanding is theirs together.
    outstandingCents: count > 0 ? outstandingOver(value) : (charge?.outstandingCents ?? 0),
    patientName: charge?.patientName ?? 'the patient',
    patientInitials: charge?.patientInitials ?? '?',
    chargeLabel: count > 1 ? counted(count, 'charge') : charge ? chargeName(charge) : 'the charge',
  };
}

/**
 * A small-balance batch is undone whole, across many patients: none of them is the patient, so
 * the summary names no one and no charge, and carries no initials (as the batch's own summary
 * does; the audit post counts charges instead). What is outstanding is the batch's charges' sum.
 */
function wholeBatch(value: UndoWriteOffResult): Undone {
  const count = value.reversals.length;
  return {
    outstandingCents: outstandingOver(value),
    patientName: 'a small-balance batch',
    patientInitials: '',
    chargeLabel: counted(count, 'charge'),
  };
}

/**
 * What is outstanding on the charges an undo reversed, together: each charge counted once, at
 * its figure after the last of its reversals (they are listed in the order they were written).
 */
function outstandingOver(value: UndoWriteOffResult): number {
  const byCharge = new Map<number, number>();
  for (const r of value.reversals) byCharge.set(r.chargeId, r.outstandingCents);
  let sum = 0;
  for (const cents of byCharge.values()) sum += cents;
  return sum;
}

/**
 * What a batch's Undo did, from its pending action once executed (by this click or by another
 * one that won the race): the charges, as the undo's summary names them, and the amount back.
 * Null when the pending action has not run or holds no undo's result. Reads only.
 */
export async function undoneBatchOf(
  db: Database,
  pendingId: string,
): Promise<{ readonly chargeLabel: string; readonly amountCents: number } | null> {
  const pending = await loadPendingAction(db, pendingId);
  if (pending?.kind !== 'undo_write_off' || pending.status !== 'executed') return null;
  const value = pending.result as Partial<UndoWriteOffResult> | null;
  if (!value || !Array.isArray(value.reversals) || typeof value.amountCents !== 'number') return null;
  return { chargeLabel: wholeBatch(value as UndoWriteOffResult).chargeLabel, amountCents: value.amountCents };
}

/** What an Undo pressed again, or an Undo of an unknown write-off, comes to for this user. */
export type UndoStanding =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'refused'; readonly blocker: Blocker }
  | { readonly kind: 'undoable'; readonly writeOffEntryId: number };

/**
 * Whether the write-off can still be undone by this user, and if not why, in the rules' words:
 * ALREADY_REVERSED (by whom, when) or NOT_AUTHORIZED. For an Undo whose pending action already
 * ran (the button pressed a second time), where the ledger is not asked again, and for App Home's
 * Undo before it opens a form. Reads only; the ledger's own check under its lock still decides.
 */
export async function undoStanding(
  db: Database,
  params: { readonly writeOffEntryId: number; readonly actorId: string },
): Promise<UndoStanding> {
  const entry = await getEntry(db, params.writeOffEntryId);
  if (entry?.kind !== 'write_off') return { kind: 'unknown' };
  const history = await chargeHistory(db, { chargeId: entry.chargeId });
  const reversal = history.find((e) => e.kind === 'write_off_reversal' && e.refersToEntryId === entry.id);
  const inBatch = isSmallBalanceBatchId(entry.batchId);
  const actor = await loadActor(db, params.actorId);
  const [refusal] = checkUndo(
    {
      writtenOffBy: entry.actor,
      reversal: reversal ? { actor: reversal.actor, createdAt: reversal.createdAt } : null,
      // A batch is undone whole: "this batch was already undone", as the ledger's refusal says it.
      inBatch,
    },
    actor,
  );
  if (!refusal) return { kind: 'undoable', writeOffEntryId: entry.id };
  // A batch's refusal says who may undo a batch, which is not what a single write-off's says.
  if (inBatch && refusal.code === 'NOT_AUTHORIZED') {
    return { kind: 'refused', blocker: batchUndoRefusal(refusal, actor, await loadActor(db, entry.actor)) };
  }
  return { kind: 'refused', blocker: refusal };
}
