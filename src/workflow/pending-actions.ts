/**
 * Pending actions in the database. Front ends carry only the id; the payload never leaves the
 * server. A pending action turns into `executed` once, with a conditional UPDATE.
 */
import { createHash, randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { preparedPerDatabase } from '../db/prepared-query.ts';
import { pendingActions } from '../db/schema/index.ts';
import { statement } from '../db/statement.ts';
import { type ActionKind, isActionKind } from '../domain/index.ts';
import { requestAuditDetails, requestAuditInsert } from '../ledger/index.ts';
import type { PendingAction, PendingPayload, ShownFigures } from './types.ts';

/**
 * A pending action can be confirmed for 7 days. After that its form or button says it expired and
 * writes nothing: the figures it was built on are old, and the request is started again.
 */
export const PENDING_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Executed actions and expired ones are deleted this long after they were made or executed. */
export const PENDING_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export function isPendingExpired(pending: Pick<PendingAction, 'status' | 'createdAt'>, now: Date): boolean {
  return pending.status === 'pending' && now.getTime() - pending.createdAt.getTime() >= PENDING_TTL_MS;
}

/** Ids travel in private_metadata and button values: short, and never anything but the id. */
const PENDING_ID = /^[A-Za-z0-9:._-]{1,120}$/;

export function isPendingId(value: unknown): value is string {
  return typeof value === 'string' && PENDING_ID.test(value);
}

/**
 * What a log may say about a pending id nobody has vouched for yet (a form's private_metadata, a
 * button's value): its length and a short hash, never its text, which whoever sent it chose and
 * could fill with a patient's name. Once the action is found, its id is ours and may be logged.
 */
export function untrustedIdFacts(value: unknown): { readonly idLength: number; readonly idHash: string } {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return { idLength: text.length, idHash: createHash('sha256').update(text).digest('hex').slice(0, 12) };
}

export interface NewPendingAction {
  readonly kind: ActionKind;
  readonly requestedBy: string;
  readonly payload: PendingPayload;
  /** A deterministic id (e.g. from a message's channel and ts) makes a repeated request a no-op. */
  readonly id?: string;
}

/** Creates the action; returns null when an action with the given id already exists. */
export async function createPendingAction(
  db: Database,
  action: NewPendingAction,
): Promise<PendingAction | null> {
  const id = action.id ?? randomUUID();
  if (!isPendingId(id)) throw new Error('invalid pending action id');
  const [row] = await createStatement.rows(db, {
    id,
    kind: action.kind,
    requestedBy: action.requestedBy,
    payload: JSON.stringify(action.payload),
    auditDetails: requestAuditDetails(action),
  });
  return row ? pendingActionFrom(row) : null;
}

/** A pending action's columns for a statement written out by hand, read back by pendingActionFrom. */
const PENDING_COLUMNS = sql.raw(`id, kind, requested_by, payload, status, result,
  (extract(epoch from created_at) * 1000)::float8 as created_ms`);

/**
 * The request and its audit row in one statement, so a request is audited even when nobody
 * confirms it; a repeated id inserts neither. One round trip: every request makes one.
 */
const createStatement = statement<'id' | 'kind' | 'requestedBy' | 'payload' | 'auditDetails'>((value) => {
  const created = sql.raw('created');
  return sql`
    with ${created} as (
      insert into ${pendingActions} (id, kind, requested_by, payload)
      values (${value('id')}, ${value('kind')}, ${value('requestedBy')}, ${value('payload')}::text::jsonb)
      on conflict (id) do nothing
      returning id, kind, requested_by, payload, status, result, created_at
    ), audit as (${requestAuditInsert(created, value('requestedBy'), value('auditDetails'))})
    select ${PENDING_COLUMNS} from ${created}`;
});

/** Written out so that it runs on any executor without being built again (read-ahead.ts). */
const pendingByIdStatement = statement<'id'>(
  (value) => sql`
    select ${PENDING_COLUMNS} from ${pendingActions} where id = ${value('id')}`,
);

export async function loadPendingAction(db: Executor, id: string): Promise<PendingAction | null> {
  if (!isPendingId(id)) return null;
  const [row] = await pendingByIdStatement.rows(db, { id });
  return row ? pendingActionFrom(row) : null;
}

/** Remembers the choices made so far (patient, charge…) while the action is still pending. */
export async function updatePendingPayload(db: Database, id: string, payload: PendingPayload): Promise<void> {
  await db
    .update(pendingActions)
    .set({ payload })
    .where(and(eq(pendingActions.id, id), eq(pendingActions.status, 'pending')));
}

/**
 * Pins what the form now shows. Merged into the stored payload (not written from a copy read
 * earlier), so a choice remembered by the same refresh is kept.
 */
export async function pinShownFigures(db: Database, id: string, shown: ShownFigures | null): Promise<void> {
  await db
    .update(pendingActions)
    .set({ payload: sql`${pendingActions.payload} || ${JSON.stringify({ shown })}::jsonb` })
    .where(and(eq(pendingActions.id, id), eq(pendingActions.status, 'pending')));
}

/** Someone opened the request's form to review it (the first time only). */
export async function markReviewStarted(db: Database, id: string, now: Date): Promise<void> {
  await db
    .update(pendingActions)
    .set({
      payload: sql`${pendingActions.payload} || ${JSON.stringify({ reviewStartedAt: now.toISOString() })}::jsonb`,
    })
    .where(
      and(
        eq(pendingActions.id, id),
        eq(pendingActions.status, 'pending'),
        sql`${pendingActions.payload} -> 'reviewStartedAt' is null`,
      ),
    );
}

/** The reply offering this action reached the requester: a redelivered message sends no second one. */
export async function markReplied(db: Database, id: string, now: Date): Promise<void> {
  await db
    .update(pendingActions)
    .set({ repliedAt: now })
    .where(and(eq(pendingActions.id, id), isNull(pendingActions.repliedAt)));
}

/** The action saved for a message whose reply never went out (the delivery failed after saving). */
export async function loadUnrepliedAction(db: Database, id: string): Promise<PendingAction | null> {
  if (!isPendingId(id)) return null;
  const [row] = await db
    .select()
    .from(pendingActions)
    .where(
      and(eq(pendingActions.id, id), eq(pendingActions.status, 'pending'), isNull(pendingActions.repliedAt)),
    );
  return row ? toPendingAction(row) : null;
}

/**
 * Deletes actions executed (or cancelled) more than 30 days ago, and pending ones made more than
 * 30 days ago (expired for 23 days by then). The ledger and the audit log keep what was done.
 */
export async function prunePendingActions(db: Database, now: Date): Promise<number> {
  const before = new Date(now.getTime() - PENDING_KEEP_MS);
  const rows = await db
    .delete(pendingActions)
    .where(
      or(
        and(
          ne(pendingActions.status, 'pending'),
          sql`coalesce(${pendingActions.executedAt}, ${pendingActions.createdAt}) < ${before.toISOString()}::timestamptz`,
        ),
        and(eq(pendingActions.status, 'pending'), lt(pendingActions.createdAt, before)),
      ),
    )
    .returning({ id: pendingActions.id });
  return rows.length;
}

const markPendingExecuted = preparedPerDatabase((db) =>
  db
    .update(pendingActions)
    .set({
      status: 'executed',
      result: sql.placeholder('result'),
      // The database's clock, as for created_at: the purge compares the two.
      executedAt: sql`now()`,
    })
    .where(and(eq(pendingActions.id, sql.placeholder('id')), eq(pendingActions.status, 'pending')))
    .returning({ id: pendingActions.id })
    .prepare('mark_pending_executed'),
);

/**
 * pending -> executed, once: true for the caller that made the change. Storing the ledger's record
 * for the action's key does the same in the ledger's transaction (migration 0012); this is for a
 * replayed result, whose record may predate that.
 */
export async function markExecuted(db: Database, id: string, result: unknown): Promise<boolean> {
  const rows = await markPendingExecuted(db).execute({ id, result });
  return rows.length === 1;
}

/** A row of PENDING_COLUMNS: the same fields, with the time in epoch ms. */
function pendingActionFrom(row: Record<string, unknown>): PendingAction {
  return toPendingAction({
    id: String(row.id),
    kind: String(row.kind),
    requestedBy: String(row.requested_by),
    payload: row.payload,
    status: row.status as PendingAction['status'],
    result: row.result,
    createdAt: new Date(Number(row.created_ms)),
  });
}

function toPendingAction(
  row: Pick<
    typeof pendingActions.$inferSelect,
    'id' | 'kind' | 'requestedBy' | 'payload' | 'status' | 'result' | 'createdAt'
  >,
): PendingAction {
  if (!isActionKind(row.kind)) throw new Error(`invariant: unknown pending action kind ${row.kind}`);
  return {
    id: row.id,
    kind: row.kind,
    requestedBy: row.requestedBy,
    payload: row.payload as PendingPayload,
    status: row.status,
    result: row.result,
    createdAt: row.createdAt,
  };
}

/**
 * pending -> cancelled, only while nobody has opened its form (an open form would confirm what it
 * shows): true when this call withdrew it.
 */
export function cancelUnopenedPending(db: Database, id: string): Promise<boolean> {
  return cancelPendingIf(db, id, sql`${pendingActions.payload} -> 'reviewStartedAt' is null`);
}

/**
 * pending -> cancelled for the person who asked, opened or not: a request made in a DM is opened
 * by its asker alone, so an open form there is theirs and does not stop them taking it back.
 */
export function cancelOwnPending(db: Database, id: string, requestedBy: string): Promise<boolean> {
  return cancelPendingIf(db, id, eq(pendingActions.requestedBy, requestedBy));
}

/** pending -> cancelled when `condition` also holds, in one statement: true when this call did it. */
async function cancelPendingIf(db: Database, id: string, condition: SQL): Promise<boolean> {
  const rows = await db
    .update(pendingActions)
    .set({ status: 'cancelled', executedAt: sql`now()` })
    .where(and(eq(pendingActions.id, id), eq(pendingActions.status, 'pending'), condition))
    .returning({ id: pendingActions.id });
  return rows.length === 1;
}

/**
 * The newest request this person wrote as a message in this conversation (a DM with the app),
 * whatever became of it: "cancel that" right after a request means that one.
 */
export async function latestMessageRequest(
  db: Database,
  params: { readonly userId: string; readonly channelId: string },
): Promise<PendingAction | null> {
  const [row] = await db
    .select()
    .from(pendingActions)
    .where(
      and(
        eq(pendingActions.requestedBy, params.userId),
        sql`starts_with(${pendingActions.id}, ${`msg-${params.channelId}-`})`,
      ),
    )
    .orderBy(sql`${pendingActions.createdAt} desc`)
    .limit(1);
  return row ? toPendingAction(row) : null;
}

/**
 * Undoes markReviewStarted when the form it was set for never showed (views.update refused), so
 * the asker may still correct the request. Only the mark set at `at`: another reviewer's stays.
 */
export async function unmarkReviewStarted(db: Database, id: string, at: Date): Promise<void> {
  await db
    .update(pendingActions)
    .set({ payload: sql`${pendingActions.payload} - 'reviewStartedAt'` })
    .where(
      and(
        eq(pendingActions.id, id),
        sql`${pendingActions.payload} ->> 'reviewStartedAt' = ${at.toISOString()}`,
      ),
    );
}
