/** Confirming the write-off modal: the same rule functions as the ledger, then the ledger, once. */

import type { Database } from '../db/client.ts';
import type { EntrySource } from '../db/schema/index.ts';
import {
  type AmountResult,
  type ChargeFacts,
  checkWriteOff,
  isWriteOffReason,
  parseAmount,
  spreadFacts,
  writeOffReasonInfo,
} from '../domain/index.ts';
import {
  type ChargeView,
  getPatient,
  listCharges,
  type SpreadWriteOffResult,
  type WriteOffResult,
  writeOff,
  writeOffSpread,
} from '../ledger/index.ts';
import { blockersToFieldErrors, chargeName } from './charge-choices.ts';
import { actorFacts, factsForCharge } from './charge-facts.ts';
import { isAllAmount } from './effects.ts';
import { executeOnce } from './execute-once.ts';
import type { DoneSummary, SubmitOutcome } from './outcomes.ts';
import { createPendingAction, loadPendingAction } from './pending-actions.ts';
import { noteRefusal } from './refusals.ts';
import { settle } from './settle.ts';
import { type FieldErrors, type FormInput, NO_HINTS, type PendingAction, SPREAD_CHOICE } from './types.ts';

export interface SubmitParams {
  readonly pendingId: string;
  readonly actorId: string;
  readonly form: FormInput;
  readonly source: EntrySource;
}

interface Target {
  readonly charges: readonly ChargeView[];
  readonly facts: ChargeFacts;
  readonly spread: boolean;
}

export async function submitWriteOff(db: Database, params: SubmitParams): Promise<SubmitOutcome> {
  const pending = await loadPendingAction(db, params.pendingId);
  if (pending?.kind !== 'write_off') throw new Error('invariant: not a pending write-off');
  if (pending.status !== 'pending') return { kind: 'done', replayed: true, summary: null };
  const { form } = params;
  const errors: FieldErrors = {};
  if (!form.patientId) errors.patient = 'Choose a patient.';
  const target = form.patientId ? await targetOf(db, form.patientId, form.charge ?? null) : null;
  if (form.patientId && !target) errors.charge = 'Choose a charge with PR outstanding.';
  if (!target) return { kind: 'invalid', errors };

  const all = isAllAmount(form.amountText);
  const amount: AmountResult = all
    ? { ok: true, cents: target.facts.totals.outstandingCents }
    : parseAmount(form.amountText ?? '');
  const reason = isWriteOffReason(form.reason) ? form.reason : null;
  const note = form.note?.trim() || null;
  const blockers = checkWriteOff(
    target.facts,
    { amount, reason, note },
    await actorFacts(db, params.actorId),
  );
  const refused = { actorId: params.actorId, action: 'write_off' as const, chargeId: target.charges[0]?.id };
  if (blockers.length > 0) {
    await noteRefusal(db, { ...refused, blockers });
    return { kind: 'invalid', errors: blockersToFieldErrors(blockers, 'charge') };
  }
  if (!amount.ok) throw new Error('invariant: amount checked');

  const common = {
    amountCents: all ? ('all' as const) : amount.cents,
    reason,
    note,
    actor: params.actorId,
    source: params.source,
  };
  const outcome = target.spread
    ? await executeOnce(db, pending.id, (key) =>
        writeOffSpread(db, { ...common, chargeIds: target.charges.map((c) => c.id), idempotencyKey: key }),
      )
    : await executeOnce(db, pending.id, (key) =>
        writeOff(db, { ...common, chargeId: target.charges[0]?.id ?? 0, idempotencyKey: key }),
      );
  return settle<WriteOffResult | SpreadWriteOffResult>(db, outcome, {
    refused,
    toErrors: (found) => blockersToFieldErrors(found, 'charge'),
    summarize: async (value): Promise<DoneSummary> => {
      const entries = 'entries' in value ? value.entries : [value];
      const firstEntry = entries[0];
      const patient = await getPatient(db, form.patientId ?? 0);
      return {
        kind: 'write_off',
        amountCents: value.amountCents,
        outstandingCents: target.spread
          ? (patient?.outstandingCents ?? 0)
          : (firstEntry?.outstandingCents ?? 0),
        patientName: patient?.fullName ?? 'the patient',
        chargeLabel: target.spread
          ? `${entries.length} open charges`
          : chargeName(target.charges[0] as ChargeView),
        reasonLabel: reason ? writeOffReasonInfo(reason).label : null,
        undoPendingId: firstEntry ? await pendingUndo(db, pending, params.actorId, firstEntry.entryId) : null,
        origin: pending.payload.origin,
        requestedBy: pending.requestedBy,
        confirmedBy: params.actorId,
      };
    },
  });
}

/** The charge chosen (or all open ones, oldest first, for a spread) with rule facts for the whole. */
async function targetOf(db: Database, patientId: number, choice: string | null): Promise<Target | null> {
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
