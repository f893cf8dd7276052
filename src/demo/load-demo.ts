/**
 * Loads the demo practice through the ledger's own operations. Every record has a fixed MRN,
 * external ref and idempotency key, so a second run finds everything in place and writes nothing.
 */
import type { Database } from '../db/client.ts';
import type { EntrySource } from '../db/schema/index.ts';
import type { Blocker } from '../domain/blockers.ts';
import {
  assessPr,
  cancelPr,
  getPatientByMrn,
  type LedgerResult,
  recordPayment,
  refundPayment,
  undoWriteOff,
  upsertCharge,
  upsertPatient,
  writeOff,
} from '../ledger/index.ts';
import { demoPractice } from './practice.ts';
import { type DemoCharge, type DemoPatient, type DemoStep, demoChargeRef } from './scenario.ts';

/** Write-offs, refunds and cancels are made "by" the CLI demo user; PR and payments by the import. */
const DEMO_ACTOR = 'cli:demo';
const IMPORT_ACTOR = 'import';

export interface DemoLoadSummary {
  readonly patients: number;
  readonly charges: number;
  readonly entries: number;
  readonly patientsCreated: number;
  readonly chargesCreated: number;
  readonly entriesWritten: number;
}

interface Tally {
  patientsCreated: number;
  chargesCreated: number;
  entriesWritten: number;
  entries: number;
}

export async function loadDemo(db: Database): Promise<DemoLoadSummary> {
  const practice = demoPractice();
  const tally: Tally = { patientsCreated: 0, chargesCreated: 0, entriesWritten: 0, entries: 0 };
  // One transaction: the demo loads whole or not at all, and PGlite commits to disk once, not
  // once per entry. The ledger's own transactions become savepoints inside it.
  await db.transaction(async (tx) => {
    for (const patient of practice) await loadPatient(tx, patient, tally);
  });
  return {
    patients: practice.length,
    charges: practice.reduce((sum, p) => sum + p.charges.length, 0),
    ...tally,
  };
}

async function loadPatient(db: Database, patient: DemoPatient, tally: Tally): Promise<void> {
  const { charges, ...details } = patient;
  if (!(await getPatientByMrn(db, patient.mrn))) tally.patientsCreated += 1;
  const patientId = await upsertPatient(db, details);
  for (const [index, charge] of charges.entries()) {
    await loadCharge(db, patientId, demoChargeRef(patient.mrn, index), charge, tally);
  }
}

async function loadCharge(db: Database, patientId: number, ref: string, charge: DemoCharge, tally: Tally) {
  const { steps, prCents, ...fields } = charge;
  const { id: chargeId, created } = await upsertCharge(db, { ...fields, patientId, externalRef: ref });
  if (created) tally.chargesCreated += 1;
  const importBase = { chargeId, actor: IMPORT_ACTOR, source: 'import' as EntrySource };
  count(tally, await assessPr(db, { ...importBase, amountCents: prCents, idempotencyKey: `demo:${ref}:pr` }));
  const memory: StepMemory = { lastPaymentId: null, lastWriteOffId: null };
  for (const [index, step] of steps.entries()) {
    await applyStep(db, chargeId, step, `demo:${ref}:step:${index}`, memory, tally);
  }
}

/** Entry ids earlier steps produced, for the steps that refer back to them. */
interface StepMemory {
  lastPaymentId: number | null;
  lastWriteOffId: number | null;
}

async function applyStep(
  db: Database,
  chargeId: number,
  step: DemoStep,
  idempotencyKey: string,
  memory: StepMemory,
  tally: Tally,
): Promise<void> {
  const base = { actor: DEMO_ACTOR, source: 'cli' as EntrySource, idempotencyKey };
  if (step.kind === 'payment') {
    const result = count(
      tally,
      await recordPayment(db, {
        chargeId,
        amountCents: step.cents,
        ...base,
        actor: IMPORT_ACTOR,
        source: 'import',
      }),
    );
    memory.lastPaymentId = result.entryId;
  } else if (step.kind === 'write_off') {
    const { cents, reason, note } = step;
    const result = count(tally, await writeOff(db, { chargeId, amountCents: cents, reason, note, ...base }));
    memory.lastWriteOffId = result.entryId;
  } else if (step.kind === 'undo_write_off') {
    const writeOffEntryId = required(memory.lastWriteOffId, 'an undo needs an earlier write-off');
    count(tally, await undoWriteOff(db, { writeOffEntryId, ...base }));
  } else if (step.kind === 'refund') {
    const paymentEntryId = required(memory.lastPaymentId, 'a refund needs an earlier payment');
    count(tally, await refundPayment(db, { paymentEntryId, amountCents: step.cents, ...base }));
  } else {
    count(tally, await cancelPr(db, { chargeId, reason: step.reason, ...base }));
  }
}

/** The demo is built to be valid: a refusal means the demo data and the rules disagree. */
function count<T>(tally: Tally, result: LedgerResult<T>): T {
  if (!result.ok) throw new Error(`demo data refused: ${result.blockers.map(codeOf).join(', ')}`);
  tally.entries += 1;
  if (!result.replayed) tally.entriesWritten += 1;
  return result.value;
}

const codeOf = (b: Blocker) => b.code;

function required(id: number | null, why: string): number {
  if (id === null) throw new Error(`invariant: ${why}`);
  return id;
}
