/**
 * Checks that need more than one row: duplicate refs, references to patients and charges (in
 * the files or already in the database), re-imports that disagree with what was imported
 * before, and payments larger than the PR they pay.
 */
import { formatCents } from '../domain/money.ts';
import { chargeEntryKey, type ExistingRecords, paymentEntryKey } from './existing-records.ts';
import type { ImportProblem, Located } from './read-rows.ts';
import type { ChargeRow, PatientRow, PaymentRow } from './row-schemas.ts';

export interface ImportRows {
  readonly patients: Located<PatientRow>[];
  readonly charges: Located<ChargeRow>[];
  readonly payments: Located<PaymentRow>[];
}

export function crossCheck(rows: ImportRows, existing: ExistingRecords): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const report = (at: Located<unknown>, message: string) =>
    problems.push({ file: at.file, line: at.line, message });

  duplicates(rows.patients, (r) => r.mrn, 'mrn', report);
  duplicates(rows.charges, (r) => r.charge_ref, 'charge_ref', report);
  duplicates(rows.payments, (r) => r.payment_ref, 'payment_ref', report);

  const mrnsInFile = new Set(rows.patients.map((p) => p.row.mrn));
  const prByRef = new Map<string, number>();
  for (const at of rows.charges) {
    const { mrn, charge_ref: ref, pr_amount: prCents } = at.row;
    if (!mrnsInFile.has(mrn) && !existing.patientIdsByMrn.has(mrn)) {
      report(at, `mrn ${mrn} is not in the patients file nor in the database`);
    }
    const earlier = existing.entriesByKey.get(chargeEntryKey(ref));
    if (earlier && earlier.amountCents !== prCents) {
      report(
        at,
        `charge_ref ${ref} was imported before with PR ${formatCents(earlier.amountCents)}; post a correction instead of re-importing a different amount`,
      );
    }
    const charge = existing.chargesByRef.get(ref);
    const patientId = existing.patientIdsByMrn.get(mrn);
    if (charge && charge.patientId !== patientId) {
      report(at, `charge_ref ${ref} already belongs to another patient`);
    }
    // What payments in this import may cover: what is outstanding now, plus PR this import adds.
    prByRef.set(ref, (charge?.outstandingCents ?? 0) + (earlier ? 0 : prCents));
  }
  for (const [ref, charge] of existing.chargesByRef) {
    if (!prByRef.has(ref)) prByRef.set(ref, charge.outstandingCents);
  }
  checkPayments(rows.payments, existing, prByRef, report);
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function checkPayments(
  payments: Located<PaymentRow>[],
  existing: ExistingRecords,
  coverableByRef: Map<string, number>,
  report: (at: Located<unknown>, message: string) => void,
) {
  for (const at of payments) {
    const { charge_ref: ref, payment_ref: paymentRef, amount } = at.row;
    const coverable = coverableByRef.get(ref);
    if (coverable === undefined) {
      report(at, `charge_ref ${ref} is not in the charges file nor in the database`);
      continue;
    }
    const earlier = existing.entriesByKey.get(paymentEntryKey(paymentRef));
    if (earlier) {
      if (earlier.amountCents !== amount) {
        report(at, `payment_ref ${paymentRef} was imported before with ${formatCents(earlier.amountCents)}`);
      }
      continue;
    }
    if (amount > coverable) {
      report(
        at,
        `payment of ${formatCents(amount)} is more than the ${formatCents(coverable)} of PR left on ${ref}`,
      );
      continue;
    }
    coverableByRef.set(ref, coverable - amount);
  }
}

function duplicates<T>(
  rows: Located<T>[],
  refOf: (row: T) => string,
  column: string,
  report: (at: Located<unknown>, message: string) => void,
) {
  const firstLine = new Map<string, number>();
  for (const at of rows) {
    const ref = refOf(at.row);
    const seen = firstLine.get(ref);
    if (seen === undefined) firstLine.set(ref, at.line);
    else report(at, `${column} ${ref} appears again (first on line ${seen})`);
  }
}
