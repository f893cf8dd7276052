/**
 * Refusals a user was shown, kept in the audit log, so that "why can't I?" right after a refusal
 * can be answered about that refusal. Ids, codes and the rule's own sentences (which never carry
 * a patient's name), never names.
 */
import { and, desc, eq, gte } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import type { ActionKind } from '../domain/actions.ts';
import type { Blocker, BlockerCode } from '../domain/blockers.ts';
import { auditDetails } from './append-entry.ts';

export interface Refusal {
  readonly action: ActionKind;
  readonly chargeId: number;
  readonly codes: readonly BlockerCode[];
  /**
   * The blockers as shown, with their sentences and next steps. Request-level codes (an amount
   * too large, a missing note) cannot be recomputed from the charge later, so they are kept.
   * Empty for refusals recorded before this was stored.
   */
  readonly blockers: readonly Blocker[];
  readonly at: Date;
}

/** Enough for every blocker a single check can return; more would be a bug upstream. */
const MAX_STORED_BLOCKERS = 8;
/** The same refusal shown again within this window is not recorded again. */
const REPEAT_WINDOW_MS = 10 * 60_000;

export async function recordRefusal(
  db: Database,
  params: {
    actor: string;
    action: ActionKind;
    chargeId: number;
    codes: readonly BlockerCode[];
    blockers?: readonly Blocker[];
  },
): Promise<void> {
  const blockers = (params.blockers ?? []).slice(0, MAX_STORED_BLOCKERS).map((b) => ({
    code: b.code,
    message: b.message,
    nextStep: b.nextStep,
    nextAction: b.nextAction,
    field: b.field,
    ...(b.actor ? { actor: b.actor } : {}),
  }));
  // Every form refresh that still shows the blocker would record it again; one row says it.
  const latest = await lastRefusal(db, { actor: params.actor, withinMs: REPEAT_WINDOW_MS });
  const codes = params.codes.join(',');
  if (
    latest?.chargeId === params.chargeId &&
    latest.action === params.action &&
    latest.codes.join(',') === codes
  ) {
    return;
  }
  const record = {
    actor: params.actor,
    action: 'refused',
    targetType: 'charge',
    targetId: String(params.chargeId),
    details: { action: params.action, codes: params.codes, blockers },
  };
  // One statement: the refusal is the change this row records.
  await db.insert(auditLog).values({ ...record, details: auditDetails(record) });
}

/** The user's most recent refusal, if it happened within `withinMs` (default 30 minutes). */
export async function lastRefusal(
  db: Executor,
  params: { actor: string; withinMs?: number; now?: Date },
): Promise<Refusal | null> {
  const since = new Date((params.now ?? new Date()).getTime() - (params.withinMs ?? 30 * 60_000));
  const [row] = await db
    .select()
    .from(auditLog)
    .where(
      and(eq(auditLog.actor, params.actor), eq(auditLog.action, 'refused'), gte(auditLog.createdAt, since)),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!row) return null;
  const details = row.details as { action: ActionKind; codes: BlockerCode[]; blockers?: Blocker[] };
  return {
    action: details.action,
    chargeId: Number(row.targetId),
    codes: details.codes,
    blockers: details.blockers ?? [],
    at: row.createdAt,
  };
}
