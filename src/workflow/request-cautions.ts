/**
 * Said with "I understood: a write-off of $500.00 for Tom Baker" before the form is opened, so that
 * nobody opens it believing the amount will simply go through: the amount written was refused
 * ("-$40", "$0", "$40.555": the reply would otherwise read as if it had no amount), it is more
 * than is outstanding (the form would refuse it), or it is over the asker's limit for the patient
 * over 24 hours (confirming sends it for approval). The form still checks; this only warns early.
 */
import type { Database } from '../db/client.ts';
import { type ActionKind, formatCents, withinLimit } from '../domain/index.ts';
import { listCharges, loadActor, sumRecentWriteOffs } from '../ledger/index.ts';
import { requestAmountNotUsed } from './effects.ts';
import { pickPatient } from './patients.ts';
import type { ParsedRequest } from './requests.ts';

export async function amountCautions(
  db: Database,
  params: {
    readonly userId: string;
    readonly kind: ActionKind;
    readonly parsed: Pick<ParsedRequest, 'amountCents' | 'patient' | 'dateOfService'> &
      Partial<Pick<ParsedRequest, 'amountProblem'>>;
  },
): Promise<string[]> {
  const { parsed } = params;
  // In the form's own words, so the reply and the form say the same thing about it.
  if (parsed.amountProblem) return [requestAmountNotUsed(parsed.amountProblem)];
  const amount = parsed.amountCents;
  if (params.kind !== 'write_off' || amount === null || amount <= 0 || !parsed.patient) return [];
  const pick = await pickPatient(db, { patientId: null, reference: parsed.patient });
  if (pick.match !== 'found' || !pick.selected) return [];
  const patientId = pick.selected.id;
  const cautions: string[] = [];
  const open = (await listCharges(db, { patientId })).filter((c) => c.outstandingCents > 0);
  const onDate = parsed.dateOfService ? open.filter((c) => c.dateOfService === parsed.dateOfService) : [];
  const outstanding = (onDate.length > 0 ? onDate : open).reduce((sum, c) => sum + c.outstandingCents, 0);
  const where = onDate.length > 0 ? `on the charge of ${parsed.dateOfService}` : 'for this patient';
  if (amount > outstanding) {
    cautions.push(
      outstanding === 0
        ? `Nothing is outstanding ${where}, so there is nothing to write off; the form says why.`
        : `Only ${formatCents(outstanding)} is outstanding ${where}, less than the ${formatCents(amount)} asked: the form will not take more than what is outstanding.`,
    );
  }
  const actor = await loadActor(db, params.userId);
  if (actor.limitCents !== null) {
    const already = await sumRecentWriteOffs(db, params.userId, patientId);
    const counted = already + Math.min(amount, outstanding > 0 ? outstanding : amount);
    if (!withinLimit(actor.limitCents, counted)) {
      const before =
        already > 0 ? ` (with the ${formatCents(already)} you wrote off for them in the last 24 hours)` : '';
      cautions.push(
        `This is over your limit of ${formatCents(actor.limitCents)} per patient per 24 hours${before}: confirming sends it to a billing manager or admin for approval, and nothing is written off until they approve.`,
      );
    }
  }
  return cautions;
}
