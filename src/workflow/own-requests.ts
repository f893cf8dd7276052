/**
 * The approval requests a user filed that are still waiting for a billing manager or admin: their
 * App Home lists them, so a write-off sent for approval does not vanish from their view until it
 * is decided. Pending and not yet past their 7 days: one the upkeep has not marked expired yet is
 * already refused to approvers (APPROVAL_EXPIRED), so it is not shown as waiting either.
 */
import type { Database } from '../db/client.ts';
import { approvalExpiresAt } from '../domain/index.ts';
import { listWaitingRequestsOf } from '../ledger/index.ts';
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

export async function waitingRequestsOf(db: Database, userId: string, now: Date): Promise<WaitingRequest[]> {
  const requests = await listWaitingRequestsOf(db, { requestedBy: userId, now });
  return requests.map((request) => ({
    approvalId: request.id,
    amountCents: request.amountCents,
    patientName: `${request.patientFirstName} ${request.patientLastName}`,
    chargeLabel: chargeName({ description: request.chargeDescription, dateOfService: request.dateOfService }),
    sentAt: request.createdAt,
    expiresAt: approvalExpiresAt(request.createdAt),
  }));
}
