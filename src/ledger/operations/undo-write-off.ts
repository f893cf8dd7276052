/**
 * Undoing a write-off with a reversal entry. A write-off of its own (the common case: the Undo
 * button after a write-off) runs on the one-charge frame (charge-write.ts): the key's and the
 * write-off's locks, one statement that locks its charge and reads the write-off and any reversal
 * of it, then the reversal with its audit row, record and COMMIT. A write-off that was part of a
 * batch or a spread is undone with the whole group, across its charges.
 */
import { setImmediate } from 'node:timers/promises';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { type EntrySource, ledgerEntries } from '../../db/schema/index.ts';
import { checkUndo } from '../../domain/index.ts';
import { loadActor } from '../actors.ts';
import { appendEntries } from '../append-entries.ts';
import { appendAudit, appendEntry, type EntryRow } from '../append-entry.ts';
import { lockChargesInIdOrder } from '../charge-lock-and-facts.ts';
import { runOnCharge } from '../charge-write.ts';
import { NotFoundError } from '../errors.ts';
import { runIdempotent } from '../idempotency.ts';
import { entryOfKind } from '../queries/history.ts';
import { blocked, type LedgerResult } from '../result.ts';
import { isSmallBalanceBatchId } from './small-balance-batch.ts';

export interface UndoWriteOffParams {
  readonly writeOffEntryId: number;
  readonly actor: string;
  readonly source: EntrySource;
  readonly idempotencyKey: string;
  readonly note?: string | null;
}

export interface ReversalResult {
  readonly entryId: number;
  readonly writeOffEntryId: number;
  readonly chargeId: number;
  readonly amountCents: number;
  readonly outstandingCents: number;
}

export interface UndoWriteOffResult {
  /** One reversal per write-off; a batch or a spread write-off is undone as a whole. */
  readonly reversals: readonly ReversalResult[];
  readonly amountCents: number;
  readonly batchId: string | null;
}

/** The advisory lock that serializes the undos of one write-off while its reversal is read. */
export function undoLocks(writeOffEntryId: number): readonly string[] {
  return [`undo:${writeOffEntryId}`];
}

export async function undoWriteOff(
  db: Database,
  params: UndoWriteOffParams,
  /** The write-off's row, when the caller has just read it (a confirm has): not read again. */
  known?: EntryRow,
): Promise<LedgerResult<UndoWriteOffResult>> {
  if (known && (known.id !== params.writeOffEntryId || known.kind !== 'write_off')) {
    throw new Error(`invariant: entry ${known.id} given for the undo of write-off ${params.writeOffEntryId}`);
  }
  // Read before the transaction: an entry never changes, so neither does its charge or batch.
  const target = known ?? (await entryOfKind(db, params.writeOffEntryId, 'write_off', 'write-off'));
  return target.batchId
    ? undoGroup(db, params, target, target.batchId)
    : undoOne(db, params, target.chargeId);
}

/** The undo's idempotency request, the same whichever path runs it: a retry must hash alike. */
function undoRequest(params: UndoWriteOffParams) {
  const { idempotencyKey, ...payload } = params;
  return { key: idempotencyKey, operation: 'undo_write_off', payload };
}

/** One write-off on one charge, in two round trips on PostgreSQL. */
function undoOne(
  db: Database,
  params: UndoWriteOffParams,
  chargeId: number,
): Promise<LedgerResult<UndoWriteOffResult>> {
  return runOnCharge<UndoWriteOffResult>(
    db,
    { ...undoRequest(params), locks: undoLocks(params.writeOffEntryId) },
    { chargeId, actor: params.actor, entry: { kind: 'write_off', id: params.writeOffEntryId } },
    async (tx, { charge, actor, writeOff }, record) => {
      if (!writeOff) throw new NotFoundError('write-off', params.writeOffEntryId);
      // Read again under the lock: a row given as one of no batch must be one.
      if (writeOff.batchId !== null)
        throw new Error(`invariant: write-off ${writeOff.entryId} is in a batch`);
      const blockers = checkUndo({ writtenOffBy: writeOff.actor, reversal: writeOff.reversal }, actor);
      if (blockers.length > 0) return blocked(blockers);
      const { amountCents } = writeOff;
      // The reversal's entry id is filled in by the statement that writes it (entryIdAt).
      const reversal = {
        entryId: 0,
        writeOffEntryId: writeOff.entryId,
        chargeId: charge.id,
        amountCents,
        outstandingCents: charge.outstandingCents + amountCents,
      };
      // A plain object, as the record stores it (an interface has no index signature).
      const result = { reversals: [reversal], amountCents, batchId: null };
      const entry = await appendEntry(
        tx,
        {
          chargeId: charge.id,
          kind: 'write_off_reversal',
          amountCents,
          actor: params.actor,
          source: params.source,
          note: params.note,
          refersToEntryId: writeOff.entryId,
          idempotencyKey: params.idempotencyKey,
        },
        {
          audit: {
            actor: params.actor,
            action: 'undo_write_off',
            targetType: 'ledger_entry',
            targetId: writeOff.entryId,
            details: { reversalEntryIds: [0], amountCents, batchId: null },
            entryIdAt: ['reversalEntryIds', 0],
          },
          record: { pending: record, result, entryIdAt: ['reversals', 0, 'entryId'] },
        },
      );
      return {
        ok: true,
        replayed: false,
        value: { ...result, reversals: [{ ...reversal, entryId: entry.id }] },
      };
    },
  );
}

/** A write-off of a batch or a spread: the whole group, each of its charges locked in id order. */
async function undoGroup(
  db: Database,
  params: UndoWriteOffParams,
  target: EntryRow,
  batchId: string,
): Promise<LedgerResult<UndoWriteOffResult>> {
  return runIdempotent<UndoWriteOffResult>(db, undoRequest(params), async (tx) => {
    const group = await batchWriteOffs(tx, batchId);
    // Every charge of the group locked in id order, a thousand a statement: two undos of one
    // batch cannot deadlock.
    const locked = await lockChargesInIdOrder(
      tx,
      group.map((e) => e.chargeId),
    );
    const lockedCharges = new Map([...locked].map(([id, row]) => [id, row.outstandingCents]));

    const actor = await loadActor(tx, params.actor);
    const reversalsSoFar = await existingReversals(
      tx,
      group.map((e) => e.id),
    );
    const blockers = checkUndo(
      {
        writtenOffBy: target.actor,
        reversal: reversalsSoFar.get(target.id) ?? null,
        inBatch: isSmallBalanceBatchId(batchId),
      },
      actor,
    );
    if (blockers.length > 0) return blocked(blockers);

    const toReverse = group
      .map((writeOff, index) => ({ writeOff, index }))
      .filter(({ writeOff }) => !reversalsSoFar.has(writeOff.id));
    const ids = await appendEntries(
      tx,
      {
        kind: 'write_off_reversal',
        actor: params.actor,
        source: params.source,
        note: params.note,
        batchId,
        entries: toReverse.map(({ writeOff, index }) => ({
          chargeId: writeOff.chargeId,
          amountCents: writeOff.amountCents,
          refersToEntryId: writeOff.id,
          idempotencyKey: group.length === 1 ? params.idempotencyKey : `${params.idempotencyKey}#${index}`,
        })),
      },
      // In-process PGlite would otherwise hold the event loop for the whole batch (as the apply does).
      () => setImmediate(),
    );
    const reversals = toReverse.map(({ writeOff }, at): ReversalResult => {
      const outstandingCents = (lockedCharges.get(writeOff.chargeId) ?? 0) + writeOff.amountCents;
      lockedCharges.set(writeOff.chargeId, outstandingCents);
      return {
        entryId: ids[at] ?? 0,
        writeOffEntryId: writeOff.id,
        chargeId: writeOff.chargeId,
        amountCents: writeOff.amountCents,
        outstandingCents,
      };
    });
    const amountCents = reversals.reduce((sum, r) => sum + r.amountCents, 0);
    await appendAudit(tx, {
      actor: params.actor,
      action: 'undo_write_off',
      targetType: 'ledger_entry',
      targetId: target.id,
      details: { reversalEntryIds: reversals.map((r) => r.entryId), amountCents, batchId },
    });
    return { ok: true, replayed: false, value: { reversals, amountCents, batchId } };
  });
}

/** A batch can be large; a bound keeps one undo from running away. */
const MAX_BATCH_ENTRIES = 10_000;

async function batchWriteOffs(tx: Transaction, batchId: string): Promise<EntryRow[]> {
  return tx
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.batchId, batchId), eq(ledgerEntries.kind, 'write_off')))
    .orderBy(asc(ledgerEntries.id))
    .limit(MAX_BATCH_ENTRIES);
}

async function existingReversals(tx: Transaction, writeOffIds: number[]) {
  const rows = await tx
    .select({
      refersTo: ledgerEntries.refersToEntryId,
      actor: ledgerEntries.actor,
      createdAt: ledgerEntries.createdAt,
    })
    .from(ledgerEntries)
    .where(
      and(eq(ledgerEntries.kind, 'write_off_reversal'), inArray(ledgerEntries.refersToEntryId, writeOffIds)),
    );
  return new Map(rows.map((r) => [r.refersTo ?? 0, { actor: r.actor, createdAt: r.createdAt }]));
}
