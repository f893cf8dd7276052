/** Cancelling PR that should never have existed: the modal's choices, effect and blockers, and executing it. */

import type { Database } from '../db/client.ts';
import type { EntrySource } from '../db/schema/index.ts';
import { CANCEL_REASONS, type CancelReason, checkCancel, isCancelReason } from '../domain/index.ts';
import { cancelPr, getCharge, listCharges } from '../ledger/index.ts';
import {
  blockersToFieldErrors,
  type ChargeChoice,
  chargeChoice,
  chargeName,
  chosenId,
  type ShownBlocker,
  shownBlocker,
} from './charge-choices.ts';
import { actorFacts, loadChargeWithFacts } from './charge-facts.ts';
import { effectLine } from './effects.ts';
import { executeOnce } from './execute-once.ts';
import type { SubmitOutcome } from './outcomes.ts';
import { type PatientPick, pickFormPatient } from './patients.ts';
import { loadPendingAction } from './pending-actions.ts';
import { noteRefusal } from './refusals.ts';
import { settle } from './settle.ts';
import type { FormInput, PendingAction } from './types.ts';

export interface CancelModel {
  readonly pendingId: string;
  readonly patient: PatientPick;
  readonly charges: readonly ChargeChoice[];
  readonly selectedCharge: string | null;
  readonly reason: CancelReason | null;
  readonly note: string;
  readonly effect: string | null;
  readonly blocker: ShownBlocker | null;
}

export async function loadCancelModel(
  db: Database,
  params: { pending: PendingAction; actorId: string; form?: FormInput },
): Promise<CancelModel> {
  const { pending, actorId, form = {} } = params;
  const { payload } = pending;
  const patient = await pickFormPatient(db, payload, form);
  const open = patient.selected
    ? await listCharges(db, { patientId: patient.selected.id, onlyOutstanding: true })
    : [];
  const ids = open.map((c) => c.id);
  const chargeId =
    chosenId(form.charge ?? payload.chargeId, ids) ?? (open.length === 1 ? (ids[0] ?? null) : null);
  const chosen = chargeId ? await loadChargeWithFacts(db, chargeId) : null;
  const blockers = chosen ? checkCancel(chosen.facts, undefined, await actorFacts(db, actorId)) : [];
  await noteRefusal(db, { actorId, action: 'cancel_pr', chargeId, blockers });
  const formReason = isCancelReason(form.reason) ? form.reason : null;
  return {
    pendingId: pending.id,
    patient,
    charges: open.map((c) => chargeChoice(c)),
    selectedCharge: chargeId ? String(chargeId) : null,
    reason: form.reason === undefined ? payload.hints.cancelReason : formReason,
    note: form.note ?? '',
    effect: chosen ? effectLine(chosen.charge.outstandingCents, 0, ' (the PR is erased)') : null,
    blocker: blockers[0] ? shownBlocker(blockers[0], chargeId) : null,
  };
}

export const CANCEL_REASON_OPTIONS = CANCEL_REASONS;

export async function submitCancel(
  db: Database,
  params: { pendingId: string; actorId: string; form: FormInput; source: EntrySource },
): Promise<SubmitOutcome> {
  const pending = await loadPendingAction(db, params.pendingId);
  if (pending?.kind !== 'cancel_pr') throw new Error('invariant: not a pending cancel');
  if (pending.status !== 'pending') return { kind: 'done', replayed: true, summary: null };
  const chargeId = chosenId(params.form.charge, [Number(params.form.charge)]);
  const chosen = chargeId ? await loadChargeWithFacts(db, chargeId) : null;
  if (!params.form.patientId || !chosen || chosen.charge.patientId !== params.form.patientId) {
    return {
      kind: 'invalid',
      errors: params.form.patientId ? { charge: 'Choose a charge.' } : { patient: 'Choose a patient.' },
    };
  }
  const reason = isCancelReason(params.form.reason) ? params.form.reason : null;
  const blockers = checkCancel(chosen.facts, reason, await actorFacts(db, params.actorId));
  const refused = { actorId: params.actorId, action: 'cancel_pr' as const, chargeId: chosen.charge.id };
  if (blockers.length > 0) {
    await noteRefusal(db, { ...refused, blockers });
    return { kind: 'invalid', errors: blockersToFieldErrors(blockers, 'charge') };
  }
  const before = chosen.charge.outstandingCents;
  const outcome = await executeOnce(db, pending.id, (key) =>
    cancelPr(db, {
      chargeId: chosen.charge.id,
      reason,
      note: params.form.note?.trim() || null,
      actor: params.actorId,
      source: params.source,
      idempotencyKey: key,
    }),
  );
  return settle(db, outcome, {
    refused,
    toErrors: (found) => blockersToFieldErrors(found, 'charge'),
    summarize: async (value) => ({
      kind: 'cancel_pr',
      amountCents: value.amountCents || before,
      outstandingCents: (await getCharge(db, chosen.charge.id))?.outstandingCents ?? 0,
      patientName: chosen.charge.patientName,
      chargeLabel: chargeName(chosen.charge),
      reasonLabel: CANCEL_REASONS.find((r) => r.code === reason)?.label ?? null,
      undoPendingId: null,
      origin: pending.payload.origin,
      requestedBy: pending.requestedBy,
      confirmedBy: params.actorId,
    }),
  });
}
