/** Everything the undo modal shows: the write-offs that can still be undone, the effect. */
import type { Database } from '../../db/client.ts';
import { checkUndo, counted, formatCents, isoDay } from '../../domain/index.ts';
import {
  type ChargeView,
  getCharge,
  getEntry,
  groupUndoPreview,
  isSmallBalanceBatchId,
  listCharges,
  listUnreversedWriteOffs,
  loadActor,
  type WriteOffView,
} from '../../ledger/index.ts';
import { chargeName, chosenId, clip, type ShownBlocker, shownBlocker } from '../charge-choices.ts';
import { effectLine } from '../effects.ts';
import { noteRefusal } from '../refusals.ts';
import type { PendingAction } from '../types.ts';
import type { ModelParams } from './action.ts';
import { undoScopeOf } from './undo-scope.ts';

export interface UndoChoice {
  readonly value: string;
  readonly label: string;
}

export interface UndoModel {
  readonly pendingId: string;
  readonly writeOffs: readonly UndoChoice[];
  readonly selected: string | null;
  readonly effect: string | null;
  readonly blocker: ShownBlocker | null;
  /** Said when there is nothing to undo. */
  readonly notice: string | null;
  /** Said above the choice when the patient named could not be pinned down. */
  readonly patientNote: string | null;
  readonly note: string;
}

const MAX_CHOICES = 25;

interface Candidates {
  readonly writeOffs: WriteOffView[];
  /** The request named a patient we could not pin down: several match, or none (closest named). */
  readonly patientNote: string | null;
}

async function candidates(db: Database, pending: PendingAction, actorId: string): Promise<Candidates> {
  const scope = await undoScopeOf(db, pending, actorId);
  switch (scope.kind) {
    case 'entry': {
      const entry = await getEntry(db, scope.entryId);
      if (!entry) return { writeOffs: [], patientNote: null };
      const onCharge = await listUnreversedWriteOffs(db, { chargeIds: [entry.chargeId], limit: 500 });
      return { writeOffs: onCharge.filter((w) => w.entryId === entry.id), patientNote: null };
    }
    case 'charge': {
      const writeOffs = await listUnreversedWriteOffs(db, {
        chargeIds: [scope.chargeId],
        limit: MAX_CHOICES,
      });
      return { writeOffs, patientNote: null };
    }
    case 'patients': {
      const charges = (
        await Promise.all(scope.patientIds.map((patientId) => listCharges(db, { patientId })))
      ).flat();
      const writeOffs = await listUnreversedWriteOffs(db, {
        chargeIds: charges.map((c) => c.id),
        limit: MAX_CHOICES,
      });
      return { writeOffs, patientNote: scope.patientNote };
    }
    case 'own': {
      const writeOffs = await listUnreversedWriteOffs(db, { actor: scope.actorId, limit: MAX_CHOICES });
      return { writeOffs, patientNote: scope.patientNote };
    }
  }
}

function undoLabel(w: WriteOffView, charge: ChargeView | null): string {
  const where = charge ? `${charge.patientName} · ${chargeName(charge)}` : `charge ${w.chargeId}`;
  return clip(`${isoDay(w.createdAt)} · ${formatCents(w.amountCents)} · ${where}`);
}

/**
 * What the undo changes. A write-off of a spread or a batch is undone with its whole group, so the
 * preview is the group's: what its charges have outstanding together, before and after.
 */
async function undoEffect(db: Database, selected: WriteOffView, charge: ChargeView | null): Promise<string> {
  if (!selected.batchId) {
    const before = charge?.outstandingCents ?? 0;
    return effectLine(before, before + selected.amountCents);
  }
  const group = await groupUndoPreview(db, selected.batchId);
  const charges = counted(group.chargeCount, 'charge');
  const whole = isSmallBalanceBatchId(selected.batchId)
    ? ` over ${charges} of ${counted(group.patientCount, 'patient')} (the whole small-balance batch is undone)`
    : ` over ${charges} (the whole spread is undone)`;
  return effectLine(group.outstandingCents, group.outstandingCents + group.amountCents, whole);
}

export async function loadUndoModel(db: Database, params: ModelParams): Promise<UndoModel> {
  const { pending, actorId, form = {} } = params;
  const { writeOffs, patientNote } = await candidates(db, pending, actorId);
  const charges = new Map<number, ChargeView | null>();
  for (const w of writeOffs)
    if (!charges.has(w.chargeId)) charges.set(w.chargeId, await getCharge(db, w.chargeId));
  const ids = writeOffs.map((w) => w.entryId);
  // The only one, or the newest when the request asked for it ("undo my last write-off") and the
  // list is one patient's or the user's own (newest first). Never among several patients' lists.
  const newestMeant = pending.payload.hints.latest === true && patientNote === null;
  const selectedId =
    chosenId(form.writeOffEntryId, ids) ?? (writeOffs.length === 1 || newestMeant ? (ids[0] ?? null) : null);
  const selected = writeOffs.find((w) => w.entryId === selectedId) ?? null;
  const charge = selected ? (charges.get(selected.chargeId) ?? null) : null;
  const actor = await loadActor(db, actorId);
  const blockers = selected ? checkUndo({ writtenOffBy: selected.actor, reversal: null }, actor) : [];
  await noteRefusal(db, { actorId, action: 'undo_write_off', chargeId: selected?.chargeId, blockers });
  return {
    pendingId: pending.id,
    writeOffs: writeOffs.map((w) => ({
      value: String(w.entryId),
      label: undoLabel(w, charges.get(w.chargeId) ?? null),
    })),
    selected: selected ? String(selected.entryId) : null,
    effect: selected ? await undoEffect(db, selected, charge) : null,
    blocker: blockers[0] ? shownBlocker(blockers[0], selected?.chargeId ?? null, actor) : null,
    notice: writeOffs.length === 0 ? 'There is no write-off here that can still be undone.' : null,
    patientNote,
    note: form.note ?? '',
  };
}
