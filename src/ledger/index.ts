/** The ledger: the only code that writes entries. Everything else goes through these. */
export { isOperatorActor, loadActor } from './actors.ts';
export type { EntryRow } from './append-entry.ts';
export {
  approvalCardPostsOf,
  type CardPost,
  claimApprovalNotice,
  pruneApprovalNoticeClaims,
  recordApprovalCardPost,
} from './approval-card-posts.ts';
export { IdempotencyConflictError, NotFoundError } from './errors.ts';
export {
  type ApprovalDecision,
  approveWriteOff,
  type DecideParams,
  recordApprovalRefusal,
  rejectApproval,
} from './operations/approval-decision.ts';
export { expireApprovalRequests, MAINTENANCE_ACTOR } from './operations/approval-expiry.ts';
export {
  type ApprovalRequested,
  isApprovalRequested,
  type LimitFigures,
} from './operations/approval-request.ts';
export { type CancelPrParams, type CancelPrResult, cancelPr } from './operations/cancel-pr.ts';
export { type NewCharge, type NewPatient, upsertCharge, upsertPatient } from './operations/directory.ts';
export {
  assessPr,
  type PostParams,
  type PostResult,
  postInTransaction,
  recordPayment,
} from './operations/post-to-charge.ts';
export {
  openRefundRun,
  type RefundPaymentParams,
  type RefundPaymentResult,
  refundPayment,
} from './operations/refund-payment.ts';
export {
  applySmallBalanceBatch,
  isSmallBalanceBatchId,
  type PinnedCharge,
  type SkippedCharge,
  type SmallBalanceBatchParams,
  type SmallBalanceBatchResult,
} from './operations/small-balance-batch.ts';
export {
  type ReversalResult,
  type UndoWriteOffParams,
  type UndoWriteOffResult,
  undoWriteOff,
} from './operations/undo-write-off.ts';
export {
  openWriteOffRun,
  type WriteOffParams,
  type WriteOffResult,
  writeOff,
  writeOffOrRequestApproval,
} from './operations/write-off.ts';
export {
  type SpreadWriteOffParams,
  type SpreadWriteOffResult,
  writeOffSpread,
} from './operations/write-off-spread.ts';
export * from './queries/approvals.ts';
export { type AuditRow, auditTrail, MAX_AUDIT_ROWS } from './queries/audit-trail.ts';
export { type BatchCharge, chargesOfBatch } from './queries/batch-charges.ts';
export * from './queries/charges.ts';
export * from './queries/history.ts';
export * from './queries/names-in-text.ts';
export * from './queries/patients.ts';
export {
  findRecentEntry,
  type RecentEntry,
  type RepeatableEntryKind,
  recentEntryQuery,
} from './queries/recent-entry.ts';
export {
  LIMIT_WINDOW_HOURS,
  recentWriteOffsByPatient,
  recentWriteOffsSql,
  sumRecentlyLetThrough,
  sumRecentWriteOffs,
} from './queries/recent-write-offs.ts';
export * from './queries/resolve-patient.ts';
export { searchableName } from './queries/search-name.ts';
export * from './queries/small-balance-batch-list.ts';
export * from './queries/small-balances.ts';
export { type WhyAnswer, whyNot } from './queries/why.ts';
export { type ReportLine, type WriteOffReport, writeOffReport } from './queries/write-off-report.ts';
export { lastRefusal, type Refusal, recordRefusal } from './refusals.ts';
export { type AuditedRequest, requestAuditDetails, requestAuditInsert } from './requests.ts';
export type { LedgerResult } from './result.ts';
export {
  bootstrapAdmins,
  type GrantParams,
  type GrantResult,
  grantRole,
  listRoles,
  type RoleHolder,
} from './roles.ts';
export type { ReadAlong, RunAhead } from './run-ahead.ts';
export { AUDIT_SURFACES, type AuditSurface, recordChatActionsAs, surfaceOfActor } from './surface.ts';
