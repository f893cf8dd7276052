/**
 * "Why can't I write off Jane Doe's Oct 3 charge?": find the patient and charge the question
 * names, and ask the ledger's rule function what stands in the way, so the answer is about this
 * patient's actual situation. When the question names nobody, the user's last refusal (if recent)
 * is the situation: its charge's current blockers, or, when the charge alone no longer explains
 * it (the amount or the note was the problem), the blockers that were shown at the time.
 */

import type { Database } from '../db/client.ts';
import type { Blocker } from '../domain/blockers.ts';
import {
  type ChargeView,
  getCharge,
  lastRefusal,
  listCharges,
  resolvePatient,
  whyNot,
} from '../ledger/index.ts';
import type { PatientSummary } from '../ledger/queries/patients.ts';
import { parseRequest } from '../nlu/parse.ts';
import type { HelpSituation } from './answer.ts';
import type { BlockedAction } from './blocker-topics.ts';
import { undoBlockers } from './undo-situation.ts';

export type SituationLookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly PatientSummary[] }
  | { readonly kind: 'not_found'; readonly name: string; readonly suggestions: readonly PatientSummary[] }
  | { readonly kind: 'no_charges'; readonly patient: PatientSummary }
  | {
      readonly kind: 'found';
      readonly situation: HelpSituation & { readonly action: BlockedAction };
      readonly charge: ChargeView;
    };

/** Which action the question is about; write-off unless it says undo, refund or cancel. */
export function actionAsked(question: string): BlockedAction {
  if (/\b(undo|un-do|reverse|revers(?:e|ing|al))\b/i.test(question)) return 'undo_write_off';
  if (/\brefund/i.test(question)) return 'refund_payment';
  if (/\bcancel/i.test(question)) return 'cancel_pr';
  return 'write_off';
}

/** The rule function's answer for one charge and action, as `actor` would be answered. */
export async function blockersFor(
  db: Database,
  chargeId: number,
  action: BlockedAction,
  actor: string,
): Promise<readonly Blocker[]> {
  if (action === 'undo_write_off') return undoBlockers(db, chargeId, actor);
  return (await whyNot(db, { chargeId, action, actor })).blockers;
}

export async function findSituation(
  db: Database,
  question: string,
  params: { actor: string; today: string; now?: Date },
): Promise<SituationLookup> {
  const parsed = parseRequest(question, { today: params.today });
  // Read the verb without the name: "Carla Cancelled" is not a question about cancelling.
  const action = actionAsked(parsed.patient ? question.replace(parsed.patient, ' ') : question);
  if (!parsed.patient) return lastRefusalSituation(db, params);
  const resolution = await resolvePatient(db, parsed.patient);
  if (resolution.kind === 'ambiguous') return { kind: 'ambiguous', candidates: resolution.candidates };
  if (resolution.kind === 'not_found') {
    // "why is the write off option greyed out?": a word in lower case where a name may sit, that
    // is nobody's name nor close to one, was not a patient; the question is answered as general.
    if (resolution.suggestions.length === 0 && !/\p{Lu}/u.test(parsed.patient)) {
      return lastRefusalSituation(db, params);
    }
    return { kind: 'not_found', name: parsed.patient, suggestions: resolution.suggestions };
  }
  const patient = resolution.patient;
  const charges = await listCharges(db, { patientId: patient.id });
  const charge = await chooseCharge(db, charges, parsed.dateOfService, action, params.actor);
  if (!charge) return { kind: 'no_charges', patient };
  const blockers = await blockersFor(db, charge.id, action, params.actor);
  return { kind: 'found', charge, situation: { blockers, subject: subjectOf(charge), action } };
}

/**
 * The charge the question is about: the one on the date it names; else the newest charge the
 * action is blocked on (that is what a "why can't I" question is about); else the newest.
 */
async function chooseCharge(
  db: Database,
  charges: readonly ChargeView[],
  dateOfService: string | null,
  action: BlockedAction,
  actor: string,
): Promise<ChargeView | null> {
  if (dateOfService) {
    const onDate = charges.filter((c) => c.dateOfService === dateOfService);
    if (onDate.length > 0) return onDate[onDate.length - 1] ?? null;
  }
  const newestFirst = [...charges].reverse();
  for (const charge of newestFirst) {
    const blockers = await blockersFor(db, charge.id, action, actor);
    if (blockers.some((b: Blocker) => b.code !== 'NOT_AUTHORIZED')) return charge;
  }
  return newestFirst[0] ?? null;
}

async function lastRefusalSituation(
  db: Database,
  params: { actor: string; now?: Date },
): Promise<SituationLookup> {
  const refusal = await lastRefusal(db, { actor: params.actor, now: params.now });
  if (!refusal) return { kind: 'none' };
  // A refused batch is about many charges, none of which explains it.
  if (refusal.action === 'small_balance_batch') return { kind: 'none' };
  const charge = await getCharge(db, refusal.chargeId);
  if (!charge) return { kind: 'none' };
  // A refused approval is a write-off refused at approval time: the write-off rules explain it.
  const action = refusal.action === 'approval' ? 'write_off' : refusal.action;
  const current = await blockersFor(db, charge.id, action, params.actor);
  // The charge's own state explains it, or what was refused was the request (amount, note, limit).
  const blockers = current.length > 0 ? current : refusal.blockers;
  return {
    kind: 'found',
    charge,
    situation: { blockers, subject: subjectOf(charge), action },
  };
}

/** Only shown to the asker (ephemeral or DM), so the patient's name may appear. */
function subjectOf(charge: ChargeView): string {
  return `${charge.patientName} – ${charge.description} (${charge.dateOfService})`;
}
