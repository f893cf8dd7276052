/**
 * CSV import of patients, charges and payments: read every file, validate every row (each
 * problem with its file and line), and only when nothing is wrong, load all in one transaction.
 */
import { readFile } from 'node:fs/promises';
import type { Database } from '../db/client.ts';
import { crossCheck, type ImportRows } from './cross-check.ts';
import { chargeEntryKey, findExisting, paymentEntryKey } from './existing-records.ts';
import { type ImportSummary, loadRows } from './load-rows.ts';
import { type ImportProblem, readRows } from './read-rows.ts';

export interface ImportSources {
  readonly patients?: { readonly name: string; readonly text: string };
  readonly charges?: { readonly name: string; readonly text: string };
  readonly payments?: { readonly name: string; readonly text: string };
}

export type ImportOutcome =
  | { readonly ok: true; readonly summary: ImportSummary }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export async function importCsv(db: Database, sources: ImportSources): Promise<ImportOutcome> {
  const patients = sources.patients
    ? readRows('patients', sources.patients.name, sources.patients.text)
    : null;
  const charges = sources.charges ? readRows('charges', sources.charges.name, sources.charges.text) : null;
  const payments = sources.payments
    ? readRows('payments', sources.payments.name, sources.payments.text)
    : null;
  const rows: ImportRows = {
    patients: patients?.rows ?? [],
    charges: charges?.rows ?? [],
    payments: payments?.rows ?? [],
  };
  const existing = await findExisting(db, {
    mrns: [...rows.patients.map((r) => r.row.mrn), ...rows.charges.map((r) => r.row.mrn)],
    chargeRefs: [...rows.charges.map((r) => r.row.charge_ref), ...rows.payments.map((r) => r.row.charge_ref)],
    entryKeys: [
      ...rows.charges.map((r) => chargeEntryKey(r.row.charge_ref)),
      ...rows.payments.map((r) => paymentEntryKey(r.row.payment_ref)),
    ],
  });
  const problems = [
    ...(patients?.problems ?? []),
    ...(charges?.problems ?? []),
    ...(payments?.problems ?? []),
    ...crossCheck(rows, existing),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, summary: await loadRows(db, rows, existing) };
}

/** Reads the named files from disk; a missing file is reported like any other problem. */
export async function readImportFiles(paths: {
  patients?: string;
  charges?: string;
  payments?: string;
}): Promise<{ sources: ImportSources; problems: ImportProblem[] }> {
  const sources: Record<string, { name: string; text: string }> = {};
  const problems: ImportProblem[] = [];
  for (const [kind, path] of Object.entries(paths)) {
    if (path === undefined) continue;
    try {
      sources[kind] = { name: path, text: await readFile(path, 'utf8') };
    } catch (error) {
      problems.push({
        file: path,
        line: 0,
        message: `cannot be read (${(error as { code?: string }).code ?? 'error'})`,
      });
    }
  }
  return { sources: sources as ImportSources, problems };
}

export function formatProblem(problem: ImportProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
