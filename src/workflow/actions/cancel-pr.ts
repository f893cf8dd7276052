/** Cancelling PR that should never have existed: the modal's choices, effect and blockers, and executing it. */
import type { Database } from '../../db/client.ts';
import {
  type ActorFacts,
  CANCEL_REASONS,
  type CancelReason,
  checkCancel,
  isCancelReason,
} from '../../domain/index.ts';
import {
  type CancelPrResult,
  type ChargeDetail,
  type ChargeView,
  cancelPr,
  getCharge,
  listCharges,
  loadActor,
} from '../../ledger/index.ts';
import {
  type ChargeChoice,
  chargeChoice,
  chargeName,
  chargeNamedByDate,
  chosenId,
  type ShownBlocker,
  shownBlocker,
} from '../charge-choices.ts';
import { loadChargeWithFacts } from '../charge-facts.ts';
import { effectLine } from '../effects.ts';
import { type PatientPick, pickFormPatient } from '../patients.ts';
import { noteRefusal } from '../refusals.ts';
import type { ModelParams, WorkflowAction } from './action.ts';
import { summaryBasics } from './action.ts';

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

interface CancelTarget {
  readonly charge: ChargeDetail;
  readonly reason: CancelReason | null;
}

async function loadCancelModel(db: Database, params: ModelParams): Promise<CancelModel> {
  const { pending, actorId, form = {} } = params;
  const { payload } = pending;
  const patient = await pickFormPatient(db, payload, form);
  const all = patient.selected ? await listCharges(db, { patientId: patient.selected.id }) : [];
  const open = all.filter((c) => c.outstandingCents > 0);
  const ids = open.map((c) => c.id);
  const wanted = form.charge ?? payload.chargeId;
  // Once a charge is chosen in the form, the date in the request no longer decides anything.
  const dated = wanted
    ? null
    : chargeNamedByDate(all, payload.hints.dateOfService, (c) => c.outstandingCents > 0);
  const chargeId =
    chosenId(wanted, ids) ??
    (dated ? (dated.outstandingCents > 0 ? dated.id : null) : open.length === 1 ? (ids[0] ?? null) : null);
  const chosen = chargeId ? await loadChargeWithFacts(db, chargeId) : null;
  const actor = await loadActor(db, actorId);
  const blockers = chosen ? checkCancel(chosen.facts, undefined, actor) : [];
  await noteRefusal(db, { actorId, action: 'cancel_pr', chargeId, blockers });
  const formReason = isCancelReason(form.reason) ? form.reason : null;
  const closed = dated && dated.outstandingCents === 0 ? dated : null;
  return {
    pendingId: pending.id,
    patient,
    charges: open.map((c) => chargeChoice(c)),
    selectedCharge: chargeId ? String(chargeId) : null,
    reason: form.reason === undefined ? payload.hints.cancelReason : formReason,
    note: form.note ?? '',
    // A cancel the rules refuse erases nothing: the blocker says why, and no effect is promised.
    effect:
      chosen && blockers.length === 0
        ? effectLine(chosen.charge.outstandingCents, 0, ' (the PR is erased)')
        : null,
    blocker: closed
      ? await whyNotCancelled(db, actor, closed, open.length > 0)
      : blockers[0]
        ? shownBlocker(blockers[0], chargeId, actor)
        : null,
  };
}

/** Why the dated charge, which the form cannot list (nothing is outstanding), cannot be cancelled. */
async function whyNotCancelled(
  db: Database,
  actor: ActorFacts,
  charge: ChargeView,
  othersListed: boolean,
): Promise<ShownBlocker | null> {
  const facts = await loadChargeWithFacts(db, charge.id);
  const blockers = facts ? checkCancel(facts.facts, undefined, actor) : [];
  await noteRefusal(db, { actorId: actor.userId, action: 'cancel_pr', chargeId: charge.id, blockers });
  const first = blockers[0];
  if (!first) return null;
  const shown = shownBlocker(first, charge.id, actor);
  // Other charges stay listed, so the sentence names which charge it is about.
  return othersListed ? { ...shown, message: `${chargeName(charge)}: ${shown.message}` } : shown;
}

const NOTHING_TO_CANCEL =
  'This patient has no charges with PR outstanding, so there is nothing to cancel. Choose another patient, or close the form.';

export const cancelPrAction: WorkflowAction<'cancel_pr', CancelModel, CancelTarget, CancelPrResult> = {
  kind: 'cancel_pr',
  blockerField: 'charge',
  loadModel: loadCancelModel,

  async resolve(db, { form }) {
    const chargeId = chosenId(form.charge, [Number(form.charge)]);
    const charge = chargeId ? await getCharge(db, chargeId) : null;
    if (!form.patientId) return { kind: 'invalid', errors: { patient: 'Choose a patient.' } };
    if (!charge || charge.patientId !== form.patientId) {
      // With nothing outstanding the form has no charge to choose: asked for one, the person would
      // look for a field that never comes.
      const open = await listCharges(db, { patientId: form.patientId, onlyOutstanding: true });
      return {
        kind: 'invalid',
        errors: open.length === 0 ? { patient: NOTHING_TO_CANCEL } : { charge: 'Choose a charge.' },
      };
    }
    const reason = isCancelReason(form.reason) ? form.reason : null;
    return { kind: 'ready', target: { charge, reason }, chargeId: charge.id };
  },

  execute(db, { charge, reason }, ctx, idempotencyKey) {
    return cancelPr(db, {
      chargeId: charge.id,
      reason,
      note: ctx.note,
      actor: ctx.actorId,
      source: ctx.source,
      idempotencyKey,
    });
  },

  async summarize(db, { charge, reason }, value, ctx) {
    return {
      kind: 'cancel_pr',
      amountCents: value.amountCents || charge.outstandingCents,
      outstandingCents: (await getCharge(db, charge.id))?.outstandingCents ?? 0,
      patientName: charge.patientName,
      patientInitials: charge.patientInitials,
      chargeLabel: chargeName(charge),
      reasonLabel: CANCEL_REASONS.find((r) => r.code === reason)?.label ?? null,
      undoPendingId: null,
      ledgerRef: { entryIds: value.entryId ? [value.entryId] : [], chargeIds: [charge.id] },
      ...summaryBasics(ctx),
    };
  },
};
