/**
 * An approval request as people are shown it. The card posted for approvers and the messages to
 * the requester carry the patient's initials only; the full name appears in the approver's own
 * modal (ApprovalModel), never in a channel.
 */
import type { Database } from '../db/client.ts';
import {
  type ApprovalStatus,
  approvalExpiresAt,
  type Blocker,
  can,
  isApprovalExpired,
  patientInitials,
  withinLimit,
  writeOffReasonInfo,
} from '../domain/index.ts';
import {
  type ApprovalView,
  approvalCardPostsOf,
  type CardPost,
  claimApprovalNotice,
  getApproval,
  type LimitFigures,
  listApprovers,
  loadActor,
  recordApprovalCardPost,
} from '../ledger/index.ts';
import { pendingIdOfKey } from './execute-once.ts';

export type { CardPost };

export interface ApprovalCard {
  readonly approvalId: string;
  readonly patientInitials: string;
  readonly dateOfService: string;
  readonly amountCents: number;
  readonly reasonLabel: string;
  readonly note: string | null;
  readonly requestedBy: string;
  readonly status: ApprovalStatus | 'expired';
  readonly decidedBy: string | null;
  readonly decisionNote: string | null;
  readonly expiresAt: Date;
  /** When the request was filed: a requester without a role is told of it by this and its id. */
  readonly sentAt?: Date;
  /**
   * The pending action whose Slack confirm filed the request, if one did: a request made in a
   * requests channel has its thread told the decision. Absent where a card is built by hand.
   */
  readonly sourcePendingId?: string | null;
  /**
   * The figures the limit was checked with (the 24 hours before included). Known to the confirm
   * that filed the request, so its card and the requester's window can say them; not kept after.
   */
  readonly limit?: LimitFigures;
}

export function approvalCard(view: ApprovalView, now: Date): ApprovalCard {
  const expired = view.status === 'pending' && isApprovalExpired(view, now);
  return {
    approvalId: view.id,
    patientInitials: patientInitials({ firstName: view.patientFirstName, lastName: view.patientLastName }),
    dateOfService: view.dateOfService,
    amountCents: view.amountCents,
    reasonLabel: writeOffReasonInfo(view.reason).label,
    note: view.note,
    requestedBy: view.requestedBy,
    status: expired ? 'expired' : view.status,
    decidedBy: view.decidedBy,
    decisionNote: view.decisionNote,
    expiresAt: approvalExpiresAt(view.createdAt),
    sentAt: view.createdAt,
    sourcePendingId: pendingIdOfKey(view.sourceKey),
  };
}

export async function loadApprovalCard(
  db: Database,
  approvalId: string,
  now: Date,
): Promise<ApprovalCard | null> {
  const view = await getApproval(db, approvalId);
  return view ? approvalCard(view, now) : null;
}

/**
 * Whether someone may still be shown a request's patient data (initials, charge date, amount,
 * reason, notes): anything that shows a patient's data needs a role, viewer or above (DOMAIN.md
 * section 4). Their role now, not when the request was made or its card sent: an admin may have
 * set it to `none` since, and the requester's outcome, or an approver's card, must then be told
 * without the patient.
 */
export async function seesPatientData(db: Database, userId: string): Promise<boolean> {
  const actor = await loadActor(db, userId);
  return can(actor.role, 'view_balance');
}

/**
 * Who gets the request as a DM when there is no approvals channel: every approver but the
 * requester whose own limit covers the amount (checkApproverLimit refuses the others). When none
 * does, all of them, so that the request reaches someone who can at least reject it.
 */
export async function approversFor(
  db: Database,
  request: { readonly requestedBy: string; readonly amountCents: number },
): Promise<string[]> {
  const others = (await listApprovers(db)).filter((a) => a.userId !== request.requestedBy);
  const covering = others.filter((a) => withinLimit(a.limitCents, request.amountCents));
  return (covering.length > 0 ? covering : others).map((a) => a.userId);
}

/**
 * Everyone who may decide approval requests (billing managers and admins): their App Home lists
 * the requests waiting, so it is refreshed once one is decided.
 */
export async function everyApprover(db: Database): Promise<string[]> {
  return (await listApprovers(db)).map((a) => a.userId);
}

/** Where a request's card was posted, kept so it can be closed once decided. */
export function rememberCardPost(db: Database, approvalId: string, post: CardPost): Promise<void> {
  return recordApprovalCardPost(db, { approvalId, ...post });
}

export function cardPostsOf(db: Database, approvalId: string): Promise<CardPost[]> {
  return approvalCardPostsOf(db, approvalId);
}

/**
 * True the first time the requester is to be told of a refusal in this state (the same rules, the
 * same figures): two approvers refused at the same moment, or one trying again, tell them once.
 * A new state (the charge changed again) is news, and is told.
 */
export function firstNoticeOfRefusal(
  db: Database,
  approvalId: string,
  blockers: readonly Blocker[],
): Promise<boolean> {
  const state = JSON.stringify(blockers.map((b) => [b.code, b.message]));
  return claimApprovalNotice(db, approvalId, state);
}
