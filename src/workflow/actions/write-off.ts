/** Writing off PR: the form read into one charge (or a spread over all open ones), executed once. */
import type { Database } from '../../db/client.ts';
import {
  type ChargeFacts,
  checkWriteOff,
  isAllAmount,
  isWriteOffReason,
  parseAmount,
  patientInitials,
  spreadFacts,
  type WriteOffReason,
  writeOffReasonInfo,
} from '../../domain/index.ts';
import {
  type ApprovalRequested,
  type ChargeView,
  getPatient,
  isApprovalRequested,
  listCharges,
  loadActor,
  type SpreadWriteOffResult,
  type WriteOffResult,
  writeOffOrRequestApproval,
  writeOffSpread,
} from '../../ledger/index.ts';
import { chargeName } from '../charge-choices.ts';
import { factsForCharge } from '../charge-facts.ts';
import { createPendingAction } from '../pending-actions.ts';
import { type FieldErrors, NO_HINTS, type PendingAction, SPREAD_CHOICE } from '../types.ts';
import { summaryBasics, type WorkflowAction } from './action.ts';
import { loadWriteOffModel, type WriteOffModel } from './write-off-model.ts';

interface Charges {
  readonly charges: readonly ChargeView[];
  readonly facts: ChargeFacts;
  readonly spread: boolean;
}

interface WriteOffTarget extends Charges {
  readonly patientId: number;
  readonly amountCents: number | 'all';
  readonly reason: WriteOffReason | null;
}

export const writeOffAction: WorkflowAction<
  'write_off',
  WriteOffModel,
  WriteOffTarget,
  WriteOffResult | SpreadWriteOffResult | ApprovalRequested
> = {
  kind: 'write_off',
  blockerField: 'charge',
  loadModel: loadWriteOffModel,

  async resolve(db, { form, actorId, note }) {
    const errors: FieldErrors = {};
    if (!form.patientId) errors.patient = 'Choose a patient.';
    const chosen = form.patientId ? await chargesOf(db, form.patientId, form.charge ?? null) : null;
    if (form.patientId && !chosen) errors.charge = 'Choose a charge with PR outstanding.';
    if (!form.patientId || !chosen) return { kind: 'invalid', errors };
    const chargeId = chosen.charges[0]?.id ?? 0;
    const reason = isWriteOffReason(form.reason) ? form.reason : null;
    const target = { ...chosen, patientId: form.patientId, reason };
    if (isAllAmount(form.amountText))
      return { kind: 'ready', target: { ...target, amountCents: 'all' }, chargeId };
    const amount = parseAmount(form.amountText ?? '');
    if (!amount.ok) {
      // Not money, so the ledger cannot be asked; the rule function says so, with any other gap.
      const blockers = checkWriteOff(chosen.facts, { amount, reason, note }, await loadActor(db, actorId));
      return { kind: 'refused', blockers, chargeId };
    }
    return { kind: 'ready', target: { ...target, amountCents: amount.cents }, chargeId };
  },

  execute(db, target, ctx, idempotencyKey) {
    const common = {
      amountCents: target.amountCents,
      reason: target.reason,
      note: ctx.note,
      actor: ctx.actorId,
      source: ctx.source,
      idempotencyKey,
    };
    // A single charge above the limit becomes an approval request; a spread is refused (the rule
    // says to write off one charge at a time for that).
    return target.spread
      ? writeOffSpread(db, { ...common, chargeIds: target.charges.map((c) => c.id) })
      : writeOffOrRequestApproval(db, { ...common, chargeId: target.charges[0]?.id ?? 0 });
  },

  async summarize(db, target, value, ctx) {
    if (isApprovalRequested(value)) throw new Error('invariant: an approval request is not a done write-off');
    const entries = 'entries' in value ? value.entries : [value];
    const firstEntry = entries[0];
    const patient = await getPatient(db, target.patientId);
    return {
      kind: 'write_off',
      amountCents: value.amountCents,
      outstandingCents: target.spread
        ? (patient?.outstandingCents ?? 0)
        : (firstEntry?.outstandingCents ?? 0),
      patientName: patient?.fullName ?? 'the patient',
      patientInitials: patient ? patientInitials(patient) : '?',
      chargeLabel: target.spread
        ? `${entries.length} open charges`
        : chargeName(target.charges[0] as ChargeView),
      reasonLabel: target.reason ? writeOffReasonInfo(target.reason).label : null,
      undoPendingId: firstEntry ? await pendingUndo(db, ctx.pending, ctx.actorId, firstEntry.entryId) : null,
      ...summaryBasics(ctx),
    };
  },
};

/** The charge chosen (or all open ones, oldest first, for a spread) with rule facts for the whole. */
async function chargesOf(db: Database, patientId: number, choice: string | null): Promise<Charges | null> {
  const open = await listCharges(db, { patientId, onlyOutstanding: true });
  if (choice === SPREAD_CHOICE && open.length > 0) {
    const first = open[0] as ChargeView;
    const base = await factsForCharge(db, first);
    return { charges: open, facts: spreadFacts(base, open), spread: true };
  }
  const charge = open.find((c) => String(c.id) === choice);
  return charge ? { charges: [charge], facts: await factsForCharge(db, charge), spread: false } : null;
}

/** The Undo button of the confirmation message executes this pending action. */
async function pendingUndo(db: Database, pending: PendingAction, actorId: string, entryId: number) {
  const created = await createPendingAction(db, {
    kind: 'undo_write_off',
    requestedBy: actorId,
    payload: { origin: pending.payload.origin, hints: NO_HINTS, writeOffEntryId: entryId },
  });
  return created?.id ?? null;
}
