/** "What does Jane Doe owe?": answered directly, to the person who asked only. */
import type { Database } from '../db/client.ts';
import { can } from '../domain/index.ts';
import { type ChargeView, listCharges, loadActor } from '../ledger/index.ts';
import { nameAsTyped, type PatientChoice, pickPatient } from './patients.ts';

export type BalanceAnswer =
  | { readonly kind: 'not_allowed' }
  | { readonly kind: 'no_patient' }
  | { readonly kind: 'choose'; readonly note: string; readonly candidates: readonly PatientChoice[] }
  | {
      readonly kind: 'balance';
      readonly patient: PatientChoice;
      readonly outstandingCents: number;
      readonly openCharges: readonly ChargeView[];
    };

const MAX_LISTED_CHARGES = 10;

export async function balanceFor(
  db: Database,
  params: {
    actorId: string;
    reference: string | null;
    /** What the person wrote: a reply quotes the name as they wrote it, not as it was looked up. */
    text?: string;
  },
): Promise<BalanceAnswer> {
  if (!can((await loadActor(db, params.actorId)).role, 'view_balance')) return { kind: 'not_allowed' };
  if (!params.reference) return { kind: 'no_patient' };
  const typed = params.text ? nameAsTyped(params.text, params.reference) : null;
  const pick = await pickPatient(db, { patientId: null, reference: params.reference, typed });
  if (!pick.selected)
    return { kind: 'choose', note: pick.note ?? 'No patient matches.', candidates: pick.candidates };
  const open = await listCharges(db, { patientId: pick.selected.id, onlyOutstanding: true });
  return {
    kind: 'balance',
    patient: pick.selected,
    outstandingCents: open.reduce((sum, c) => sum + c.outstandingCents, 0),
    openCharges: open.slice(0, MAX_LISTED_CHARGES),
  };
}
