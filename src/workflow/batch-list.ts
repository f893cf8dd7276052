/**
 * The full list behind a small-balance preview, as a spreadsheet-safe CSV (DOMAIN section 6).
 * It names patients, so it is only ever handed to the person who runs the batch.
 */
import type { Database } from '../db/client.ts';
import { formatCents } from '../domain/index.ts';
import { toCsv } from '../export/csv.ts';
import { batchListRows } from '../ledger/index.ts';
import { loadPendingAction } from './pending-actions.ts';

export interface BatchListFile {
  readonly filename: string;
  readonly title: string;
  readonly csv: string;
  readonly count: number;
}

const HEADERS = ['charge_id', 'mrn', 'patient', 'date_of_service', 'description', 'outstanding_cents'];

/** Null when the action has no pinned selection (nothing was previewed). */
export async function batchListCsv(db: Database, pendingId: string): Promise<BatchListFile | null> {
  const batch = (await loadPendingAction(db, pendingId))?.payload.batch;
  if (!batch) return null;
  const rows = new Map(
    (
      await batchListRows(
        db,
        batch.pins.map(([id]) => id),
      )
    ).map((row) => [row.chargeId, row]),
  );
  const records = batch.pins.map(([chargeId, cents]) => {
    const row = rows.get(chargeId);
    return [chargeId, row?.mrn, row?.patientName, row?.dateOfService, row?.description, cents];
  });
  return {
    filename: `small-balances-at-most-${batch.underCents}-cents-${batch.today}.csv`,
    title: `Small balances of at most ${formatCents(batch.underCents)} (${batch.pins.length})`,
    csv: toCsv(HEADERS, records),
    count: batch.pins.length,
  };
}
