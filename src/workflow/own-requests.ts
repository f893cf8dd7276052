/**
 * The approval requests a user filed that are still waiting for a billing manager or admin: their
 * App Home lists them, so a write-off sent for approval does not vanish from their view until it
 * is decided. The ledger's approval queries list what others filed (for approvers); this is the
 * requester's side, read here because only App Home needs it.
 */
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { approvalRequests, charges, patients } from '../db/schema/index.ts';
import { APPROVAL_TTL_MS, approvalExpiresAt } from '../domain/index.ts';
import { chargeName } from './charge-choices.ts';

export interface WaitingRequest {
  readonly approvalId: string;
  readonly amountCents: number;
  /** The full name: App Home is private to the requester, who typed it. */
  readonly patientName: string;
  readonly chargeLabel: string;
  readonly sentAt: Date;
  readonly expiresAt: Date;
}

/** Home has room for 100 blocks; the oldest requests are the ones most worth chasing. */
const MAX_WAITING = 20;

/**
 * Pending and not yet past their 7 days: one the upkeep has not marked expired yet is already
 * refused to approvers (APPROVAL_EXPIRED), so it is not shown as waiting either.
 */
export async function waitingRequestsOf(db: Database, userId: string, now: Date): Promise<WaitingRequest[]> {
  const notBefore = new Date(now.getTime() - APPROVAL_TTL_MS);
  const rows = await db
    .select({
      approvalId: approvalRequests.id,
      amountCents: approvalRequests.amountCents,
      createdAt: approvalRequests.createdAt,
      firstName: patients.firstName,
      lastName: patients.lastName,
      description: charges.description,
      dateOfService: charges.dateOfService,
    })
    .from(approvalRequests)
    .innerJoin(charges, eq(charges.id, approvalRequests.chargeId))
    .innerJoin(patients, eq(patients.id, charges.patientId))
    .where(
      and(
        eq(approvalRequests.requestedBy, userId),
        eq(approvalRequests.status, 'pending'),
        gt(approvalRequests.createdAt, notBefore),
      ),
    )
    .orderBy(asc(approvalRequests.createdAt))
    .limit(MAX_WAITING);
  return rows.map((row) => ({
    approvalId: row.approvalId,
    amountCents: row.amountCents,
    patientName: `${row.firstName} ${row.lastName}`,
    chargeLabel: chargeName(row),
    sentAt: row.createdAt,
    expiresAt: approvalExpiresAt(row.createdAt),
  }));
}
