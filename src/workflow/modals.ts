/** One entry point per modal step, whatever the kind of action: load what to show, submit. */
import type { Database } from '../db/client.ts';
import type { EntrySource } from '../db/schema/index.ts';
import { type CancelModel, loadCancelModel, submitCancel } from './cancel.ts';
import type { SubmitOutcome } from './outcomes.ts';
import { loadPendingAction, updatePendingPayload } from './pending-actions.ts';
import { loadRefundModel, type RefundModel, submitRefund } from './refund.ts';
import type { FormInput, PendingAction, RequestOrigin } from './types.ts';
import { loadUndoModel, submitUndo, type UndoModel } from './undo.ts';
import { loadWriteOffModel, type WriteOffModel } from './write-off-model.ts';
import { submitWriteOff } from './write-off-submit.ts';

export type ModalModel =
  | ({ readonly kind: 'write_off' } & WriteOffModel)
  | ({ readonly kind: 'undo_write_off' } & UndoModel)
  | ({ readonly kind: 'cancel_pr' } & CancelModel)
  | ({ readonly kind: 'refund_payment' } & RefundModel);

export type ModalState =
  | { readonly kind: 'missing' }
  | { readonly kind: 'executed' }
  | { readonly kind: 'open'; readonly model: ModalModel };

export async function loadModal(
  db: Database,
  params: { pendingId: string; actorId: string; form?: FormInput },
): Promise<ModalState> {
  const pending = await loadPendingAction(db, params.pendingId);
  if (!pending) return { kind: 'missing' };
  if (pending.status !== 'pending') return { kind: 'executed' };
  if (params.form) await rememberChoices(db, pending, params.form);
  return { kind: 'open', model: await modelFor(db, pending, params.actorId, params.form) };
}

async function modelFor(
  db: Database,
  pending: PendingAction,
  actorId: string,
  form?: FormInput,
): Promise<ModalModel> {
  const params = { pending, actorId, form };
  switch (pending.kind) {
    case 'write_off':
      return { kind: 'write_off', ...(await loadWriteOffModel(db, params)) };
    case 'undo_write_off':
      return { kind: 'undo_write_off', ...(await loadUndoModel(db, params)) };
    case 'cancel_pr':
      return { kind: 'cancel_pr', ...(await loadCancelModel(db, params)) };
    case 'refund_payment':
      return { kind: 'refund_payment', ...(await loadRefundModel(db, params)) };
  }
}

/** A changed patient resets the charge (and payment) chosen for the previous one. */
function normalizedForm(pending: PendingAction, form: FormInput): FormInput {
  const patientChanged =
    form.patientId != null &&
    form.patientId !== pending.payload.patientId &&
    pending.payload.patientId != null;
  return patientChanged ? { ...form, charge: null, paymentEntryId: null } : form;
}

async function rememberChoices(db: Database, pending: PendingAction, form: FormInput): Promise<void> {
  const chargeId = Number(form.charge);
  await updatePendingPayload(db, pending.id, {
    ...pending.payload,
    patientId: form.patientId ?? pending.payload.patientId ?? null,
    chargeId: Number.isSafeInteger(chargeId) && chargeId > 0 ? chargeId : null,
    paymentEntryId: form.paymentEntryId ?? null,
  });
}

/** Where the ledger entry says the change came from. */
export function sourceFor(origin: RequestOrigin): EntrySource {
  if (origin.via === 'command') return 'slash_command';
  if (origin.via === 'home' || origin.via === 'modal') return 'button';
  return 'message';
}

/** Reloads after a choice changed in the modal (patient, charge, reason, payment). */
export async function refreshModal(
  db: Database,
  params: { pendingId: string; actorId: string; form: FormInput },
): Promise<ModalState> {
  const pending = await loadPendingAction(db, params.pendingId);
  if (!pending) return { kind: 'missing' };
  return loadModal(db, { ...params, form: normalizedForm(pending, params.form) });
}

export async function submitModal(
  db: Database,
  request: { pendingId: string; actorId: string; form: FormInput; source?: EntrySource },
): Promise<SubmitOutcome | { kind: 'missing' }> {
  const pending = await loadPendingAction(db, request.pendingId);
  if (!pending) return { kind: 'missing' };
  const params = { ...request, source: request.source ?? sourceFor(pending.payload.origin) };
  switch (pending.kind) {
    case 'write_off':
      return submitWriteOff(db, params);
    case 'undo_write_off':
      return submitUndo(db, params);
    case 'cancel_pr':
      return submitCancel(db, params);
    case 'refund_payment':
      return submitRefund(db, params);
  }
}
