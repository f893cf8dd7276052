/**
 * Which write-offs an undo form is about: the one its Undo button named, those on the charge it
 * was opened for, the named patient's (or those of every patient the name fits), or else the
 * user's own. The form lists write-offs from this scope, and a confirm naming a write-off outside
 * it is refused: the form never showed it (a forged value, or a list of another request), and an
 * undo must not change a patient the person did not see.
 */
import type { Database } from '../../db/client.ts';
import { type EntryRow, getCharge } from '../../ledger/index.ts';
import { pickPatient } from '../patients.ts';
import type { PendingAction } from '../types.ts';

export type UndoScope =
  | { readonly kind: 'entry'; readonly entryId: number }
  | { readonly kind: 'charge'; readonly chargeId: number }
  | { readonly kind: 'patients'; readonly patientIds: readonly number[]; readonly patientNote: string | null }
  | { readonly kind: 'own'; readonly actorId: string; readonly patientNote: string | null };

/** The scope of the pending undo, for this user (their own write-offs when it names nothing). */
export async function undoScopeOf(db: Database, pending: PendingAction, actorId: string): Promise<UndoScope> {
  const { payload } = pending;
  if (payload.writeOffEntryId) return { kind: 'entry', entryId: payload.writeOffEntryId };
  if (payload.chargeId) return { kind: 'charge', chargeId: payload.chargeId };
  const patient = await pickPatient(db, { patientId: payload.patientId, reference: payload.hints.patient });
  if (patient.selected) return { kind: 'patients', patientIds: [patient.selected.id], patientNote: null };
  // Several fit the name: all of theirs, each labelled with the patient, so the choice is the answer.
  if (patient.match === 'ambiguous' && patient.candidates.length > 0) {
    return { kind: 'patients', patientIds: patient.candidates.map((c) => c.id), patientNote: patient.note };
  }
  const closest = patient.candidates.map((c) => c.fullName).join(', ');
  const patientNote = patient.note
    ? `${patient.note}${closest ? ` Closest names: ${closest}.` : ''} Your recent write-offs are listed.`
    : null;
  return { kind: 'own', actorId, patientNote };
}

/** Whether the write-off is one the form could have listed. Reads its charge for a patient scope. */
export async function isInUndoScope(
  db: Database,
  scope: UndoScope,
  entry: Pick<EntryRow, 'id' | 'chargeId' | 'actor'>,
): Promise<boolean> {
  switch (scope.kind) {
    case 'entry':
      return entry.id === scope.entryId;
    case 'charge':
      return entry.chargeId === scope.chargeId;
    case 'patients': {
      const charge = await getCharge(db, entry.chargeId);
      return charge !== null && scope.patientIds.includes(charge.patientId);
    }
    case 'own':
      return entry.actor === scope.actorId;
  }
}
