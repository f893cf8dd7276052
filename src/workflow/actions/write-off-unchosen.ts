/**
 * A write-off form confirmed without a charge it can write off: why nothing is written, in the
 * form's own words. "Choose a charge with PR outstanding." is right only when no choice was made
 * and the form warned about nothing; otherwise it sent people hunting for a charge that was never
 * the problem.
 */
import type { Database } from '../../db/client.ts';
import { checkWriteOff } from '../../domain/index.ts';
import { type ChargeView, getPatient, loadActor } from '../../ledger/index.ts';
import { chargeName } from '../charge-choices.ts';
import { factsForCharge } from '../charge-facts.ts';
import { type FormInput, type PendingAction, SPREAD_CHOICE } from '../types.ts';
import type { Resolved } from './action.ts';
import { chargeWarnedAbout } from './write-off-model.ts';

export const CHOOSE_OPEN_CHARGE = 'Choose a charge with PR outstanding.';

export async function unchosenRefusal(
  db: Database,
  params: {
    pending: PendingAction;
    form: FormInput;
    actorId: string;
    patientId: number;
    all: readonly ChargeView[];
    open: readonly ChargeView[];
  },
): Promise<Resolved<never>> {
  const { pending, form, all, open } = params;
  const choice = form.charge ?? null;
  if (choice && choice !== SPREAD_CHOICE && !all.some((c) => String(c.id) === choice)) {
    // Another patient's charge (a stale list after a change of patient, or a tampered value): the
    // form's patient is the only one named, as the form already shows them.
    return { kind: 'invalid', errors: { charge: await notThisPatients(db, params.patientId) } };
  }
  const wanted = choice ?? (pending.payload.chargeId ? String(pending.payload.chargeId) : null);
  const warned = chargeWarnedAbout(all, open, pending.payload.hints, wanted);
  if (!warned) return { kind: 'invalid', errors: { charge: CHOOSE_OPEN_CHARGE } };
  // The warning the form showed (a paid PR: refund first): the rule function's first blocker, as
  // the form shows it.
  const facts = await factsForCharge(db, warned);
  const blockers = checkWriteOff(facts, {}, await loadActor(db, params.actorId)).slice(0, 1);
  // Other charges are listed, so the sentence names which charge it is about, as the form does.
  const named =
    open.length > 0
      ? blockers.map((b) => ({ ...b, message: `${chargeName(warned)}: ${b.message}` }))
      : blockers;
  if (named.length === 0) return { kind: 'invalid', errors: { charge: CHOOSE_OPEN_CHARGE } };
  return { kind: 'refused', blockers: named, chargeId: warned.id };
}

async function notThisPatients(db: Database, patientId: number): Promise<string> {
  const patient = await getPatient(db, patientId);
  if (!patient) return CHOOSE_OPEN_CHARGE;
  return `That charge is not ${patient.fullName}'s, so nothing was written off. Choose one of ${patient.fullName}'s charges with PR outstanding.`;
}
