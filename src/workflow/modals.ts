/** One entry point per modal step, whatever the kind of action: load what to show, submit. */
import type { Database } from '../db/client.ts';
import type { ActionKind } from '../domain/index.ts';
import type { ModelParams, WorkflowAction } from './actions/action.ts';
import { type ModalModel, WORKFLOW_ACTIONS } from './actions/index.ts';
import { mayConfirmForm } from './form-owner.ts';
import { isPendingExpired, loadPendingAction, updatePendingPayload } from './pending-actions.ts';
import { findRepeat } from './repeats.ts';
import type { FormInput, PendingAction } from './types.ts';

export type { ModalModel };

export type ModalState =
  | { readonly kind: 'missing' }
  | { readonly kind: 'executed' }
  /** Older than 7 days: the form says so and nothing can be confirmed. */
  | { readonly kind: 'expired' }
  /**
   * A change to a form that is someone else's (`mayConfirmForm`): a forged or replayed payload
   * naming another person's request. Nothing is saved and nothing of the request is shown.
   */
  | { readonly kind: 'not_yours' }
  | { readonly kind: 'open'; readonly model: ModalModel };

export async function loadModal(
  db: Database,
  params: { pendingId: string; actorId: string; form?: FormInput; now: Date },
): Promise<ModalState> {
  const pending = await loadPendingAction(db, params.pendingId);
  if (!pending) return { kind: 'missing' };
  // Choices are saved into the request only by someone who may confirm it, and only they see it.
  if (params.form && !mayConfirmForm(pending, params.actorId)) return { kind: 'not_yours' };
  if (pending.status !== 'pending') return { kind: 'executed' };
  if (isPendingExpired(pending, params.now)) return { kind: 'expired' };
  if (params.form) await rememberChoices(db, pending, params.form);
  return { kind: 'open', model: await modelFor(db, pending, params.actorId, params.form) };
}

async function modelFor(
  db: Database,
  pending: PendingAction,
  actorId: string,
  form?: FormInput,
): Promise<ModalModel> {
  const action = WORKFLOW_ACTIONS[pending.kind] as WorkflowAction<ActionKind, object, unknown, unknown>;
  const params: ModelParams = { pending, actorId, form };
  const model = await action.loadModel(db, params);
  // The same change done minutes ago by the same person: the form shows it and asks first.
  const repeat = await findRepeat(db, actorId, pending.kind, action.repeatOfModel?.(model));
  const otherPatients = pending.payload.hints.otherPatients ?? [];
  return { kind: pending.kind, ...model, repeat, otherPatients } as ModalModel;
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

/** Reloads after a choice changed in the modal (patient, charge, reason, payment). */
export async function refreshModal(
  db: Database,
  params: { pendingId: string; actorId: string; form: FormInput; now: Date },
): Promise<ModalState> {
  const pending = await loadPendingAction(db, params.pendingId);
  if (!pending) return { kind: 'missing' };
  if (!mayConfirmForm(pending, params.actorId)) return { kind: 'not_yours' };
  return loadModal(db, { ...params, form: normalizedForm(pending, params.form) });
}
