/**
 * "Spread across open charges, oldest first": one amount written off over several charges of
 * one patient, one entry per charge, in one transaction, sharing a batch id so that undo takes
 * them back together.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import type { EntrySource } from '../../db/schema/index.ts';
import {
  balanceChangedBlocker,
  blocker,
  can,
  checkWriteOff,
  MAX_SPREAD_CHARGES,
  notAuthorizedToWriteOff,
  planSpread,
  type ShownCharge,
  shownChargesChanged,
  spreadFacts,
  validateCents,
} from '../../domain/index.ts';
import type { WriteOffReason } from '../../domain/reasons.ts';
import { loadActor } from '../actors.ts';
import { appendAudit, appendEntry } from '../append-entry.ts';
import { type ChargeRow, chargeFacts, lockCharge } from '../charge-lock-and-facts.ts';
import { runIdempotent } from '../idempotency.ts';
import { limitLocks, sumRecentWriteOffs } from '../queries/recent-write-offs.ts';
import { blocked, type LedgerResult } from '../result.ts';
import type { WriteOffResult } from './write-off.ts';

export interface SpreadWriteOffParams {
  /** The charges to spread over, in the order to fill them (oldest first). */
  readonly chargeIds: readonly number[];
  readonly amountCents: number | 'all';
  /**
   * The charges with the outstanding the form showed for each (the same charges as chargeIds).
   * When any differs now, nothing is written: BALANCE_CHANGED. Without it (the CLI), the
   * charges are taken as they are when locked.
   */
  readonly shownCharges?: readonly ShownCharge[];
  readonly reason: WriteOffReason | null;
  readonly note?: string | null;
  readonly actor: string;
  readonly source: EntrySource;
  readonly idempotencyKey: string;
}

export interface SpreadWriteOffResult {
  readonly batchId: string;
  readonly amountCents: number;
  readonly entries: readonly WriteOffResult[];
}

export async function writeOffSpread(
  db: Database,
  params: SpreadWriteOffParams,
): Promise<LedgerResult<SpreadWriteOffResult>> {
  if (params.chargeIds.length === 0 || params.chargeIds.length > MAX_SPREAD_CHARGES) {
    throw new Error(`a spread write-off takes 1..${MAX_SPREAD_CHARGES} charges`);
  }
  assertShownMatch(params);
  const { idempotencyKey, ...payload } = params;
  return runIdempotent<SpreadWriteOffResult>(
    db,
    { key: idempotencyKey, operation: 'write_off_spread', payload, locks: limitLocks(params.actor) },
    async (tx) => {
      const actor = await loadActor(tx, params.actor);
      // A charge listed twice is one charge: counting it twice would write off more than it holds.
      const chargeIds = [...new Set(params.chargeIds)];
      // Lock in id order (deadlock-free), then fill in the order the caller gave.
      const locked = new Map<number, ChargeRow>();
      for (const id of [...chargeIds].sort((a, b) => a - b)) locked.set(id, await lockCharge(tx, id));
      if (!can(actor.role, 'write_off')) return blocked([notAuthorizedToWriteOff()]);
      const changed = changedSinceShown(params.shownCharges, locked);
      if (changed) return blocked([changed]);
      const open = [];
      for (const id of chargeIds) {
        const row = locked.get(id);
        if (row && row.outstandingCents > 0) open.push({ row, facts: await chargeFacts(tx, row) });
      }
      const totalCents = open.reduce((sum, c) => sum + c.row.outstandingCents, 0);
      const amountCents = params.amountCents === 'all' ? totalCents : params.amountCents;
      const amount = validateCents(amountCents);
      const patients = new Set([...locked.values()].map((row) => row.patientId));
      // A spread is one patient's balance; charges of several patients are a batch, not a spread.
      if (patients.size > 1) throw new Error('a spread write-off takes charges of one patient');
      const first = open[0];
      // The whole amount is checked as one write-off against the combined outstanding.
      const combined = first
        ? spreadFacts(
            first.facts,
            open.map((c) => c.facts.totals),
          )
        : null;
      if (!combined) {
        return blocked([
          blocker(
            'NOTHING_OUTSTANDING',
            'None of these charges has PR outstanding.',
            'Nothing to write off.',
            'none',
            'charge',
          ),
        ]);
      }
      const recentWriteOffCents = await sumRecentWriteOffs(tx, params.actor, first?.row.patientId ?? 0);
      const blockers = checkWriteOff(
        combined,
        { amount, reason: params.reason, note: params.note ?? null, recentWriteOffCents },
        actor,
      );
      if (blockers.length > 0) return blocked(blockers);

      const batchId = `spread-${randomUUID()}`;
      const entries: WriteOffResult[] = [];
      // The same plan the form showed and the result repeats (planSpread): oldest first, each
      // charge emptied before the next. `open` holds only charges with PR outstanding, as the plan
      // does, so a part's index is its charge's place in `open` (the entries' keys, `#<index>`).
      const parts = planSpread(
        open.map(({ row }) => ({ chargeId: row.id, outstandingCents: row.outstandingCents })),
        amountCents,
      );
      for (const [index, part] of parts.entries()) {
        const entry = await appendEntry(tx, {
          chargeId: part.chargeId,
          kind: 'write_off',
          amountCents: part.takenCents,
          actor: params.actor,
          source: params.source,
          reason: params.reason,
          note: params.note,
          batchId,
          idempotencyKey: `${idempotencyKey}#${index}`,
        });
        entries.push({
          entryId: entry.id,
          chargeId: part.chargeId,
          amountCents: part.takenCents,
          outstandingCents: part.afterCents,
        });
      }
      await appendAudit(tx, {
        actor: params.actor,
        action: 'write_off_spread',
        targetType: 'batch',
        targetId: batchId,
        details: { amountCents, entryIds: entries.map((e) => e.entryId), reason: params.reason },
      });
      return { ok: true, replayed: false, value: { batchId, amountCents, entries } };
    },
  );
}

function assertShownMatch(params: SpreadWriteOffParams): void {
  if (!params.shownCharges) return;
  const shownIds = params.shownCharges.map((c) => c.chargeId).join(',');
  if (shownIds !== params.chargeIds.join(',')) {
    throw new Error('invariant: a pinned spread names the same charges, in the same order, as chargeIds');
  }
}

/** BALANCE_CHANGED when any charge's outstanding differs from what the form showed for it. */
function changedSinceShown(
  shown: readonly ShownCharge[] | undefined,
  locked: ReadonlyMap<number, ChargeRow>,
) {
  if (!shown) return null;
  const nowCents = (chargeId: number) => locked.get(chargeId)?.outstandingCents ?? 0;
  if (!shownChargesChanged(shown, nowCents)) return null;
  return balanceChangedBlocker({
    shownCents: shown.reduce((sum, c) => sum + c.outstandingCents, 0),
    nowCents: shown.reduce((sum, c) => sum + nowCents(c.chargeId), 0),
    chargeCount: shown.length,
  });
}
