/** Everything the small-balance preview shows: the rule, the count and total, the first rows. */
import type { Database } from '../../db/client.ts';
import { checkRunBatch } from '../../domain/index.ts';
import { ageCutoff, batchListRows, loadActor } from '../../ledger/index.ts';
import { type BatchOverLimit, previewOverLimit } from '../batch-over-limit.ts';
import { pinBatchOnce, pinnedTotalCents } from '../batch-pins.ts';
import { type ShownBlocker, shownBlocker } from '../charge-choices.ts';
import { typedAmountProblem } from '../requests.ts';
import type { ModelParams } from './action.ts';

export interface BatchPreviewRow {
  readonly chargeId: number;
  readonly patientName: string;
  readonly dateOfService: string;
  readonly description: string;
  readonly outstandingCents: number;
}

export interface SmallBalanceBatchModel {
  readonly pendingId: string;
  /** Null when the request named no amount: the modal says how to ask. */
  readonly underCents: number | null;
  /** Why the amount the request named was not taken ("The amount cannot be negative."), if it was not. */
  readonly amountProblem: string | null;
  readonly minAgeDays: number | null;
  /** Charges with a date of service after this day are left out. */
  readonly serviceOnOrBefore: string | null;
  readonly count: number;
  readonly totalCents: number;
  /** The first charges of the selection (the modal is the manager's own: names are shown). */
  readonly firstRows: readonly BatchPreviewRow[];
  readonly blocker: ShownBlocker | null;
  /** The charges confirming would skip as over the runner's own limit; null when none would. */
  readonly overLimit: BatchOverLimit | null;
  /** The selection was made for this showing: its full list is to be shared, once. */
  readonly pinnedNow: boolean;
}

/** Enough to recognise the selection; the full list goes out as a CSV file. */
export const PREVIEW_ROWS = 10;

export async function loadSmallBalanceBatchModel(
  db: Database,
  params: ModelParams,
): Promise<SmallBalanceBatchModel> {
  const { pending, actorId } = params;
  const empty = {
    pendingId: pending.id,
    underCents: pending.payload.hints.amountCents ?? null,
    amountProblem: typedAmountProblem(pending.payload.hints),
    minAgeDays: null,
    serviceOnOrBefore: null,
    count: 0,
    totalCents: 0,
    firstRows: [],
    blocker: null,
    overLimit: null,
    pinnedNow: false,
  };
  // Checked before anything is selected: the preview names patients.
  const actor = await loadActor(db, actorId);
  const refusal = checkRunBatch(actor)[0];
  if (refusal) return { ...empty, blocker: shownBlocker(refusal, null, actor) };
  const pinned = await pinBatchOnce(db, pending, new Date());
  if (!pinned) return empty;
  const { batch } = pinned;
  const first = batch.pins.slice(0, PREVIEW_ROWS);
  const details = new Map(
    (
      await batchListRows(
        db,
        first.map(([id]) => id),
      )
    ).map((r) => [r.chargeId, r]),
  );
  return {
    ...empty,
    underCents: batch.underCents,
    minAgeDays: batch.minAgeDays,
    serviceOnOrBefore: ageCutoff(batch.today, batch.minAgeDays),
    count: batch.pins.length,
    totalCents: pinnedTotalCents(batch),
    firstRows: first.map(([chargeId, outstandingCents]) => {
      const row = details.get(chargeId);
      return {
        chargeId,
        outstandingCents,
        patientName: row?.patientName ?? '(charge no longer found)',
        dateOfService: row?.dateOfService ?? '',
        description: row?.description ?? '',
      };
    }),
    overLimit: await previewOverLimit(db, actor, batch.pins),
    pinnedNow: pinned.pinnedNow,
  };
}
