/**
 * A request someone made (a confirm form opened, a message turned into a pending action) goes to
 * the audit log with the row that records it, whether or not anyone ever confirms it.
 */
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../db/schema/index.ts';
import { auditDetails } from './append-entry.ts';

export interface AuditedRequest {
  readonly kind: string;
  readonly requestedBy: string;
  readonly payload: unknown;
}

/**
 * The request's audit row as an `insert … select` from `created`, a CTE of the statement that
 * inserts the pending action (its `id`): one row when that insert wrote one, none when the id was
 * already there. `actor` and `details` are the statement's values (requestAuditDetails).
 */
export function requestAuditInsert(created: SQL, actor: Placeholder, details: Placeholder): SQL {
  return sql`insert into ${auditLog} (actor, action, target_type, target_id, details)
    select ${actor}, 'requested', 'pending_action', ${created}.id, ${details}::text::jsonb from ${created}`;
}

/** Kind and surface only: the payload's hints may name the patient. */
export function requestAuditDetails(request: AuditedRequest): string {
  const origin = (request.payload as { origin?: { via?: unknown; channelId?: unknown } }).origin;
  return JSON.stringify(
    auditDetails({
      actor: request.requestedBy,
      details: {
        kind: request.kind,
        via: typeof origin?.via === 'string' ? origin.via : null,
        channelId: typeof origin?.channelId === 'string' ? origin.channelId : null,
      },
    }),
  );
}
