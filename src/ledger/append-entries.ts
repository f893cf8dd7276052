/**
 * Many ledger entries of one kind in one statement per chunk: a small-balance batch and the undo
 * of a batch or a spread. One statement inserts the chunk's entries, adds them to their charges'
 * running totals and, when asked, writes each entry's audit row, as `appendEntry` does for one.
 * A 10,000-charge batch was 10,000 statements; it is now twenty.
 *
 * The rows travel as one JSON parameter, which both drivers pass the same way, unlike arrays.
 */
import { sql } from 'drizzle-orm';
import type { Transaction } from '../db/client.ts';
import { auditLog, type EntrySource } from '../db/schema/index.ts';
import { statementsByShape } from '../db/statement.ts';
import { ENTRY_EFFECT, ENTRY_TOTAL_FIELD, type EntryKind } from '../domain/charge.ts';
import { assertEntryCents, auditDetails, storedNote, TOTAL_COLUMN } from './append-entry.ts';

/** What differs between the entries of one call. */
export interface EntryOfMany {
  readonly chargeId: number;
  readonly amountCents: number;
  readonly idempotencyKey: string;
  readonly refersToEntryId?: number | null;
}

/** What the entries of one call share. The caller holds every charge's row lock. */
export interface ManyEntries {
  readonly kind: EntryKind;
  readonly actor: string;
  readonly source: EntrySource;
  readonly reason?: string | null;
  readonly note?: string | null;
  readonly batchId?: string | null;
  readonly entries: readonly EntryOfMany[];
  /**
   * One audit row per entry, targeting its charge, with these details and the entry's amount and
   * id added (as `appendEntry` writes them).
   */
  readonly audit?: { readonly action: string; readonly details: Record<string, unknown> };
}

/**
 * Entries per statement. Each chunk is one round trip; between chunks the caller's event loop
 * gets a turn (in-process PGlite answers without real I/O) and progress can be told: a Slack
 * batch's message moves every 500 charges (progress-reporter.ts).
 */
export const ENTRIES_PER_STATEMENT = 500;

/**
 * Writes the entries in chunks, in the order given, and returns their ids in that order.
 * `onChunk` is told after each chunk how many are written.
 */
export async function appendEntries(
  tx: Transaction,
  many: ManyEntries,
  onChunk?: (written: number) => Promise<void> | void,
): Promise<number[]> {
  for (const entry of many.entries) assertEntryCents(entry.amountCents);
  const note = storedNote(many.note);
  const shape = { total: TOTAL_COLUMN[ENTRY_TOTAL_FIELD[many.kind]], audit: many.audit !== undefined };
  const ids: number[] = [];
  for (let start = 0; start < many.entries.length; start += ENTRIES_PER_STATEMENT) {
    const chunk = many.entries.slice(start, start + ENTRIES_PER_STATEMENT);
    const rows = await entriesStatement(shape).rows(tx, {
      rows: JSON.stringify(
        chunk.map((e, ord) => ({
          ord,
          charge_id: e.chargeId,
          amount_cents: e.amountCents,
          idempotency_key: e.idempotencyKey,
          refers_to_entry_id: e.refersToEntryId ?? null,
        })),
      ),
      kind: many.kind,
      actor: many.actor,
      source: many.source,
      reason: many.reason ?? null,
      note,
      batchId: many.batchId ?? null,
      effect: ENTRY_EFFECT[many.kind],
      auditAction: many.audit?.action ?? null,
      auditDetails: many.audit
        ? JSON.stringify(auditDetails({ actor: many.actor, details: many.audit.details }))
        : null,
    });
    ids.push(...idsInOrder(rows, chunk, new Set(chunk.map((e) => e.chargeId)).size));
    await onChunk?.(ids.length);
  }
  return ids;
}

/** The returned rows in the chunk's order, after checking every entry and charge was written. */
function idsInOrder(
  rows: readonly Record<string, unknown>[],
  chunk: readonly EntryOfMany[],
  charges: number,
) {
  const byOrd = new Map(rows.map((row) => [Number(row.ord), Number(row.id)]));
  if (rows.length !== chunk.length || Number(rows[0]?.moved) !== charges) {
    throw new Error(`invariant: ${rows.length} of ${chunk.length} entries written, not every charge updated`);
  }
  return chunk.map((_, ord) => {
    const id = byOrd.get(ord);
    if (id === undefined) throw new Error(`invariant: entry ${ord} of a chunk was not written`);
    return id;
  });
}

type EntriesValue =
  | 'rows'
  | 'kind'
  | 'actor'
  | 'source'
  | 'reason'
  | 'note'
  | 'batchId'
  | 'effect'
  | 'auditAction'
  | 'auditDetails';

/** Six total columns, with or without audit rows: at most 12 statements. */
const entriesStatement = statementsByShape<{ readonly total: string; readonly audit: boolean }, EntriesValue>(
  (shape, value) => {
    const total = sql.identifier(shape.total);
    const parts = [
      sql`input as (select * from jsonb_to_recordset(${value('rows')}::text::jsonb)
          as t(ord int, charge_id int, amount_cents int, idempotency_key text, refers_to_entry_id int))`,
      sql`entry as (insert into ledger_entries (charge_id, kind, amount_cents, actor, source,
          reason, note, refers_to_entry_id, batch_id, idempotency_key)
        select charge_id, ${value('kind')}, amount_cents, ${value('actor')}, ${value('source')},
          ${value('reason')}, ${value('note')}, refers_to_entry_id, ${value('batchId')}, idempotency_key
        from input order by ord
        returning id, charge_id, amount_cents, idempotency_key)`,
      // A charge may appear more than once (an undo of a spread); one update per charge adds its sum.
      sql`totals as (update charges set ${total} = ${total} + per_charge.cents,
          outstanding_cents = outstanding_cents + ${value('effect')}::int * per_charge.cents
        from (select charge_id, sum(amount_cents)::int as cents from input group by charge_id) as per_charge
        where charges.id = per_charge.charge_id
        returning charges.id)`,
    ];
    if (shape.audit) {
      parts.push(sql`audit as (insert into ${auditLog} (actor, action, target_type, target_id, details)
        select ${value('actor')}, ${value('auditAction')}, 'charge', entry.charge_id::text,
          ${value('auditDetails')}::text::jsonb
            || jsonb_build_object('amountCents', entry.amount_cents, 'entryId', entry.id)
        from entry)`);
    }
    return sql`with ${sql.join(parts, sql`, `)}
      select entry.id, input.ord, (select count(*) from totals) as moved
      from entry join input on input.idempotency_key = entry.idempotency_key`;
  },
  (shape) => `${shape.total}|${shape.audit}`,
);
