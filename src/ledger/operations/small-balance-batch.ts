/**
 * Applies a previewed small-balance selection as one batch: one transaction, charges locked in id
 * order, each written off at exactly the cents the preview showed. A charge whose outstanding PR
 * moved since the preview (a payment, someone else's write-off) is skipped and listed: writing it
 * off at its new amount would be a write-off nobody saw.
 */
import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import type { Database, Transaction } from '../../db/client.ts';
import type { EntrySource } from '../../db/schema/index.ts';
import { type ActorFacts, blocker, checkRunBatch, perPatientLimitKeeper } from '../../domain/index.ts';
import { loadActor } from '../actors.ts';
import { appendEntries } from '../append-entries.ts';
import { appendAudit } from '../append-entry.ts';
import { type ChargeRow, lockChargesInIdOrder } from '../charge-lock-and-facts.ts';
import { runIdempotent } from '../idempotency.ts';
import { limitLocks, recentWriteOffsByPatient } from '../queries/recent-write-offs.ts';
import { MAX_BATCH_CHARGES } from '../queries/small-balances.ts';
import { blocked, type LedgerResult } from '../result.ts';

/**
 * How a small-balance batch's id starts; a spread over one patient's charges shares a batch id too,
 * starting `spread-`. Which one a write-off belongs to says whether undoing it touches one patient.
 */
const SMALL_BALANCE_BATCH_ID_PREFIX = 'batch-';

export function isSmallBalanceBatchId(batchId: string | null): boolean {
  return batchId?.startsWith(SMALL_BALANCE_BATCH_ID_PREFIX) ?? false;
}

/** One charge as the preview showed it: the batch writes off exactly these cents or skips it. */
export interface PinnedCharge {
  readonly chargeId: number;
  readonly outstandingCents: number;
}

export interface SmallBalanceBatchParams {
  readonly selection: readonly PinnedCharge[];
  /** The threshold the selection was made with; re-checked so a stale pin cannot exceed it. */
  readonly underCents: number;
  /** The least age, in days, of a selected charge's date of service: the selection's other rule. */
  readonly minAgeDays: number;
  readonly actor: string;
  readonly source: EntrySource;
  readonly idempotencyKey: string;
  /**
   * Told after each charge is written (or skipped) inside the still-open transaction: how much
   * of the work is done, not what is visible to others, which is all of it or none at commit.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SkippedCharge {
  readonly chargeId: number;
  readonly previewedCents: number;
  readonly outstandingCents: number;
  /**
   * Why it was left: it changed since the preview, or writing it off would take the actor past
   * their own write-off limit for its patient (DOMAIN section 4: 24 hours, this one included).
   * Absent in results stored before the limit was applied to batches: those changed.
   */
  readonly reason?: 'changed' | 'over_limit';
}

export interface SmallBalanceBatchResult {
  /** Null when every charge was skipped: nothing was written. */
  readonly batchId: string | null;
  readonly count: number;
  readonly totalCents: number;
  readonly skipped: readonly SkippedCharge[];
}

export async function applySmallBalanceBatch(
  db: Database,
  params: SmallBalanceBatchParams,
): Promise<LedgerResult<SmallBalanceBatchResult>> {
  const selection = validSelection(params.selection);
  const { idempotencyKey, actor: actorId, source, underCents, minAgeDays } = params;
  // The key names one previewed batch. A repeat is a retry of it, whose fresh selection may
  // already be empty because the first run wrote it off, so the pins are not part of the hash;
  // the rules it was selected by are, so the same key with another threshold or age conflicts.
  // The day it ran on is not: a retry the next day is still a retry.
  return runIdempotent<SmallBalanceBatchResult>(
    db,
    {
      key: idempotencyKey,
      operation: 'small_balance_batch',
      payload: { actor: actorId, source, underCents, minAgeDays },
      // The actor's own limit counts their single write-offs too: the same lock as theirs.
      locks: limitLocks(actorId),
    },
    async (tx) => {
      const actor = await loadActor(tx, params.actor);
      const refusal = checkRunBatch(actor);
      if (refusal.length > 0) return blocked(refusal);
      if (selection.length === 0) return blocked([nothingSelected()]);
      const locked = await lockChargesInIdOrder(
        tx,
        selection.map((pin) => pin.chargeId),
      );
      const batchId = `${SMALL_BALANCE_BATCH_ID_PREFIX}${randomUUID()}`;
      const skipped: SkippedCharge[] = [];
      const written: PinnedCharge[] = [];
      const withinLimit = await limitKeeper(tx, actor, [...locked.values()]);
      for (const pin of selection) {
        const row = locked.get(pin.chargeId);
        const skip = (reason: SkippedCharge['reason']) =>
          skipped.push({
            chargeId: pin.chargeId,
            previewedCents: pin.outstandingCents,
            outstandingCents: row?.outstandingCents ?? 0,
            reason,
          });
        if (!row || !stillAsPreviewed(row, pin, params.underCents)) skip('changed');
        else if (!withinLimit(row.patientId, pin.outstandingCents)) skip('over_limit');
        else written.push(pin);
      }
      params.onProgress?.(skipped.length, selection.length);
      await appendEntries(
        tx,
        {
          kind: 'write_off',
          actor: params.actor,
          source: params.source,
          reason: 'small_balance',
          batchId,
          entries: written.map((pin) => ({
            chargeId: pin.chargeId,
            amountCents: pin.outstandingCents,
            idempotencyKey: `${idempotencyKey}#${pin.chargeId}`,
          })),
          audit: { action: 'write_off', details: { reason: 'small_balance', batchId } },
        },
        async (done) => {
          params.onProgress?.(skipped.length + done, selection.length);
          // In-process PGlite would otherwise hold the event loop for the whole batch: no Slack
          // acknowledgement, no progress message, until it ends.
          await setImmediate();
        },
      );
      const count = written.length;
      const totalCents = written.reduce((sum, pin) => sum + pin.outstandingCents, 0);
      params.onProgress?.(selection.length, selection.length);
      const value = { batchId: count > 0 ? batchId : null, count, totalCents, skipped };
      await appendAudit(tx, {
        actor: params.actor,
        action: 'small_balance_batch',
        targetType: 'batch',
        targetId: value.batchId ?? 'none',
        details: {
          count,
          totalCents,
          underCents: params.underCents,
          skippedChargeIds: skipped.map((s) => s.chargeId),
        },
      });
      return { ok: true, replayed: false, value };
    },
  );
}

/**
 * For an actor with a write-off limit (a billing manager or admin given one), whether one more
 * charge of a patient still keeps what they wrote off for that patient in the last 24 hours, this
 * batch's charges included, within it; counts those it lets through. Without a limit, every one
 * passes. A batch is no way around the limit a single write-off is held to.
 */
async function limitKeeper(
  tx: Transaction,
  actor: ActorFacts,
  charges: readonly ChargeRow[],
): Promise<(patientId: number, cents: number) => boolean> {
  if (actor.limitCents === null) return () => true;
  const counted = await recentWriteOffsByPatient(
    tx,
    actor.userId,
    charges.map((c) => c.patientId),
  );
  return perPatientLimitKeeper(actor.limitCents, counted);
}

/** A caller bug, not a user's input: the preview never lists a charge twice or a non-positive pin. */
function validSelection(selection: readonly PinnedCharge[]): PinnedCharge[] {
  if (selection.length > MAX_BATCH_CHARGES) {
    throw new Error(`a small-balance batch takes at most ${MAX_BATCH_CHARGES} charges`);
  }
  const sorted = [...selection].sort((a, b) => a.chargeId - b.chargeId);
  for (const [index, pin] of sorted.entries()) {
    if (!Number.isSafeInteger(pin.outstandingCents) || pin.outstandingCents <= 0) {
      throw new Error(`charge ${pin.chargeId}: a pinned amount must be positive cents`);
    }
    if (index > 0 && sorted[index - 1]?.chargeId === pin.chargeId) {
      throw new Error(`charge ${pin.chargeId} is listed twice`);
    }
  }
  return sorted;
}

function nothingSelected() {
  return blocker(
    'NOTHING_OUTSTANDING',
    'No balance matches: nothing is outstanding at or under the threshold.',
    'Nothing to write off.',
    'none',
  );
}

function stillAsPreviewed(row: ChargeRow, pin: PinnedCharge, underCents: number): boolean {
  return (
    row.outstandingCents === pin.outstandingCents &&
    pin.outstandingCents <= underCents &&
    row.prSource !== 'placeholder'
  );
}
