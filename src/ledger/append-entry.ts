/**
 * The one place that inserts ledger entries. One statement inserts the entry, adds it to the
 * charge's running totals and, when given, writes its audit row and the mutation's idempotency
 * record: a write-off costs one round trip here instead of four. The tables' CHECK constraints
 * refuse totals that stop adding up and notes longer than the ledger keeps.
 */
import { sql } from 'drizzle-orm';
import type { Transaction } from '../db/client.ts';
import { commitBehind } from '../db/commit-behind.ts';
import { auditLog, type EntrySource, idempotencyRecords, type ledgerEntries } from '../db/schema/index.ts';
import { statementsByShape } from '../db/statement.ts';
import { ENTRY_EFFECT, ENTRY_TOTAL_FIELD, type EntryKind, type EntrySums } from '../domain/charge.ts';
import { cleanNote, MAX_NOTE_LENGTH, noteLength } from '../domain/reasons.ts';
import { NoteTooLongError } from './errors.ts';
import type { PendingRecord } from './idempotency.ts';
import { surfaceOfActor } from './surface.ts';

export interface NewEntry {
  readonly chargeId: number;
  readonly kind: EntryKind;
  readonly amountCents: number;
  readonly actor: string;
  readonly source: EntrySource;
  readonly reason?: string | null;
  /** As typed: the writer trims it, stores an empty one as null and refuses a too long one. */
  readonly note?: string | null;
  readonly refersToEntryId?: number | null;
  readonly batchId?: string | null;
  readonly idempotencyKey: string;
}

export type EntryRow = typeof ledgerEntries.$inferSelect;

export interface AuditRecord {
  readonly actor: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | number;
  readonly details?: Record<string, unknown>;
}

/**
 * Where in a companion's JSON the new entry's id goes: a key, or a path to a key or an array
 * element that is already there (an undo's result lists its reversals). `entryId` by default.
 */
export type EntryIdPath = readonly (string | number)[];

/** What is written with the entry, in the same statement. Both get the entry's id (EntryIdPath). */
export interface EntryCompanions {
  readonly audit?: AuditRecord & { readonly entryIdAt?: EntryIdPath };
  /** The mutation's idempotency record and its result (without the entry's id, added here). */
  readonly record?: {
    readonly pending: PendingRecord;
    readonly result: Record<string, unknown>;
    readonly entryIdAt?: EntryIdPath;
  };
}

const ENTRY_ID_AT: EntryIdPath = ['entryId'];

/** A path as PostgreSQL's text[] literal, for jsonb_set: {reversals,0,entryId}. */
function pathLiteral(path: EntryIdPath): string {
  return `{${path.map(String).join(',')}}`;
}

/**
 * The note as stored: cleaned (cleanNote: trimmed, invisible control characters out), null when
 * empty, at most MAX_NOTE_LENGTH characters counted as the database's CHECK counts them.
 */
export function storedNote(note: string | null | undefined): string | null {
  const text = cleanNote(note);
  const length = text === null ? 0 : noteLength(text);
  if (length > MAX_NOTE_LENGTH) throw new NoteTooLongError(length, MAX_NOTE_LENGTH);
  return text;
}

/** The charges column of each running total (ENTRY_TOTAL_FIELD names the field). */
export const TOTAL_COLUMN: Record<keyof EntrySums, string> = {
  assessedCents: 'assessed_cents',
  paymentsCents: 'payments_cents',
  refundsCents: 'refunds_cents',
  writeOffsCents: 'write_offs_cents',
  reversalsCents: 'reversals_cents',
  cancelledCents: 'cancelled_cents',
};

/** An entry's amount is positive whole cents; the rules checked it, so anything else is a bug. */
export function assertEntryCents(amountCents: number): void {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
    throw new Error(`invariant: entry amount must be a positive integer of cents, got ${amountCents}`);
  }
}

/** Caller must hold the charge's row lock and have checked the rules. */
export async function appendEntry(
  tx: Transaction,
  entry: NewEntry,
  companions: EntryCompanions = {},
): Promise<{ readonly id: number }> {
  assertEntryCents(entry.amountCents);
  // Written out rather than built with Drizzle's query builder: it runs in every write, and the
  // builder's work there is time the charge stays locked. With both statements of the write
  // written out, PGlite write-offs/s rose from 0.35x to 0.41–0.50x a bare transaction.
  const shape = {
    total: TOTAL_COLUMN[ENTRY_TOTAL_FIELD[entry.kind]],
    audit: companions.audit !== undefined,
    record: companions.record !== undefined,
  };
  const { audit, record } = companions;
  const written = entryStatement(shape).rows(tx, {
    chargeId: entry.chargeId,
    kind: entry.kind,
    amountCents: entry.amountCents,
    actor: entry.actor,
    source: entry.source,
    reason: entry.reason ?? null,
    note: storedNote(entry.note),
    refersToEntryId: entry.refersToEntryId ?? null,
    batchId: entry.batchId ?? null,
    idempotencyKey: entry.idempotencyKey,
    outstandingChange: ENTRY_EFFECT[entry.kind] * entry.amountCents,
    auditActor: audit?.actor ?? null,
    auditAction: audit?.action ?? null,
    auditTargetType: audit?.targetType ?? null,
    auditTargetId: audit ? String(audit.targetId) : null,
    auditDetails: audit ? JSON.stringify(auditDetails(audit)) : null,
    auditEntryIdAt: pathLiteral(audit?.entryIdAt ?? ENTRY_ID_AT),
    recordKey: record?.pending.key ?? null,
    recordOperation: record?.pending.operation ?? null,
    recordHash: record?.pending.requestHash ?? null,
    recordResult: record ? JSON.stringify(record.result) : null,
    recordEntryIdAt: pathLiteral(record?.entryIdAt ?? ENTRY_ID_AT),
  });
  const [rows] = await Promise.all([written, record?.pending.commitsWithRecord ? commitBehind(tx) : null]);
  const [row] = rows;
  if (!row || Number(row.moved) !== 1) throw new Error(`invariant: charge ${entry.chargeId} was not updated`);
  if (record) record.pending.stored = true;
  return { id: Number(row.id) };
}

type EntryValue =
  | 'chargeId'
  | 'kind'
  | 'amountCents'
  | 'actor'
  | 'source'
  | 'reason'
  | 'note'
  | 'refersToEntryId'
  | 'batchId'
  | 'idempotencyKey'
  | 'outstandingChange'
  | 'auditActor'
  | 'auditAction'
  | 'auditTargetType'
  | 'auditTargetId'
  | 'auditDetails'
  | 'auditEntryIdAt'
  | 'recordKey'
  | 'recordOperation'
  | 'recordHash'
  | 'recordResult'
  | 'recordEntryIdAt';

interface EntryShape {
  /** The charges column of the entry's running total. */
  readonly total: string;
  readonly audit: boolean;
  readonly record: boolean;
}

/** Six total columns, with or without each companion: at most 24 statements. */
const entryStatement = statementsByShape<EntryShape, EntryValue>(
  (shape, value) => {
    const total = sql.identifier(shape.total);
    const parts = [
      sql`entry as (insert into ledger_entries (charge_id, kind, amount_cents, actor, source,
          reason, note, refers_to_entry_id, batch_id, idempotency_key)
        values (${value('chargeId')}, ${value('kind')}, ${value('amountCents')}, ${value('actor')},
          ${value('source')}, ${value('reason')}, ${value('note')}, ${value('refersToEntryId')},
          ${value('batchId')}, ${value('idempotencyKey')})
        returning id)`,
      sql`totals as (update charges set ${total} = ${total} + ${value('amountCents')},
          outstanding_cents = outstanding_cents + ${value('outstandingChange')}
        where id = ${value('chargeId')}
        returning id)`,
    ];
    if (shape.audit) {
      parts.push(sql`audit as (insert into ${auditLog} (actor, action, target_type, target_id, details)
        select ${value('auditActor')}, ${value('auditAction')}, ${value('auditTargetType')},
          ${value('auditTargetId')},
          jsonb_set(${value('auditDetails')}::text::jsonb, ${value('auditEntryIdAt')}::text[], to_jsonb(entry.id))
        from entry)`);
    }
    if (shape.record) {
      parts.push(sql`record as (insert into ${idempotencyRecords} (key, operation, request_hash, result)
        select ${value('recordKey')}, ${value('recordOperation')}, ${value('recordHash')},
          jsonb_set(${value('recordResult')}::text::jsonb, ${value('recordEntryIdAt')}::text[], to_jsonb(entry.id))
        from entry)`);
    }
    // Data-modifying CTEs all run, read or not; the final select reports how many charges moved.
    return sql`with ${sql.join(parts, sql`, `)} select entry.id, (select count(*) from totals) as moved from entry`;
  },
  (shape) => `${shape.total}|${shape.audit}|${shape.record}`,
);

/** Every audit row says from which surface the change came (surface.ts); a CHECK insists. */
export function auditDetails(record: Pick<AuditRecord, 'actor' | 'details'>): Record<string, unknown> {
  return { ...record.details, surface: surfaceOfActor(record.actor) };
}

/** Audit rows carry ids and amounts, never patient names. */
export async function appendAudit(tx: Transaction, record: AuditRecord): Promise<void> {
  await tx
    .insert(auditLog)
    .values({ ...record, targetId: String(record.targetId), details: auditDetails(record) });
}
