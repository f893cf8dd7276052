/** The application layer: what front ends (Slack today) call. No Slack types in here. */

export {
  type ActionModels,
  type ApprovalModel,
  type BatchPreviewRow,
  type CancelModel,
  type ModalModel,
  type RefundModel,
  type SmallBalanceBatchModel,
  type UndoModel,
  WORKFLOW_ACTIONS,
  type WriteOffModel,
} from './actions/index.ts';
export {
  type ApprovalCard,
  approvalCard,
  type CardPost,
  cardPostsOf,
  everyApprover,
  loadApprovalCard,
  rememberCardPost,
  seesPatientData,
} from './approval-card.ts';
export { type ApprovalStart, decidableApprovals, startApprovalDecision } from './approvals.ts';
export { type BalanceAnswer, balanceFor } from './balances.ts';
export { batchListCsv } from './batch-list.ts';
export { batchWriteCount } from './batch-over-limit.ts';
export type { ChargeChoice, ShownBlocker } from './charge-choices.ts';
export { effectLine } from './effects.ts';
export { executeOnce, idempotencyKeyFor } from './execute-once.ts';
export { mayConfirmForm } from './form-owner.ts';
export { answerHelp, type HelpNextStep, type HelpReply } from './help.ts';
export { type HomeModel, loadHome, type RecentAction } from './home.ts';
export {
  ExpiredApprovalsFeed,
  MAINTENANCE_INTERVAL_MS,
  type MaintenanceResult,
  runMaintenance,
  scheduleMaintenance,
} from './maintenance.ts';
export { loadModal, type ModalState, refreshModal } from './modals.ts';
export type {
  BatchDone,
  DoneSummary,
  LedgerRef,
  RefusalNotice,
  SkippedShown,
  SubmitOutcome,
} from './outcomes.ts';
export type { WaitingRequest } from './own-requests.ts';
export {
  describePatient,
  type PatientChoice,
  type PatientPick,
  patientNoteFor,
  patientSearch,
  pickPatientFor,
} from './patients.ts';
export {
  createPendingAction,
  isPendingExpired,
  isPendingId,
  latestMessageRequest,
  loadPendingAction,
  loadUnrepliedAction,
  markReplied,
  markReviewStarted,
  PENDING_TTL_MS,
  unmarkReviewStarted,
} from './pending-actions.ts';
export { noteRefusal } from './refusals.ts';
export {
  findRepeat,
  REPEAT_UNCONFIRMED,
  REPEAT_WINDOW_MINUTES,
  type RecentRepeat,
  type RepeatProbe,
} from './repeats.ts';
export { monthlyReportFor, type ReportAnswer, type UserLabel, type WriteOffReport } from './report.ts';
export { amountCautions } from './request-cautions.ts';
export { type CorrectionOutcome, correctRequest } from './request-correction.ts';
export {
  type AskedKind,
  admitRequest,
  type GateDecision,
  REQUESTS_PER_MINUTE,
  RequestRateLimiter,
} from './request-gate.ts';
export { type WithdrawalOutcome, withdrawDirectRequest, withdrawRequest } from './request-withdrawal.ts';
export {
  hintsFrom,
  MAX_REQUEST_TEXT,
  mayDo,
  mayStart,
  needsModel,
  type ParsedRequest,
  pendingKindFor,
  startRequest,
  type UnderstandParams,
  understand,
  understandByRules,
  withPatientFromDirectory,
} from './requests.ts';
export { checkRoleLimit, parseRoleCommand, type RoleCommandResult, runRoleCommand } from './roles.ts';
export type { SpreadLine } from './spread-plan.ts';
export { type SubmitRequest, type SubmitResult, sourceFor, submitPending } from './submit.ts';
export * from './types.ts';
