/** The application layer: what front ends (Slack today) call. No Slack types in here. */
export { type BalanceAnswer, balanceFor } from './balances.ts';
export { CANCEL_REASON_OPTIONS, type CancelModel } from './cancel.ts';
export type { ChargeChoice, ShownBlocker } from './charge-choices.ts';
export { effectLine, isAllAmount } from './effects.ts';
export { executeOnce, idempotencyKeyFor } from './execute-once.ts';
export { answerHelp, type HelpNextStep, type HelpReply } from './help.ts';
export { type HomeModel, loadHome, type RecentAction } from './home.ts';
export { loadModal, type ModalModel, type ModalState, refreshModal, submitModal } from './modals.ts';
export type { DoneSummary, SubmitOutcome } from './outcomes.ts';
export {
  describePatient,
  type PatientChoice,
  type PatientPick,
  patientNoteFor,
  patientSearch,
  pickPatientFor,
} from './patients.ts';
export { createPendingAction, isPendingId, loadPendingAction } from './pending-actions.ts';
export type { RefundModel } from './refund.ts';
export { noteRefusal } from './refusals.ts';
export {
  admitRequest,
  type GateDecision,
  REQUESTS_PER_MINUTE,
  RequestRateLimiter,
} from './request-gate.ts';
export {
  hintsFrom,
  MAX_REQUEST_TEXT,
  mayDo,
  mayStart,
  needsModel,
  type ParsedRequest,
  PERMISSION_FOR,
  pendingKindFor,
  startRequest,
  type UnderstandParams,
  understand,
  understandByRules,
} from './requests.ts';
export { parseRoleCommand, type RoleCommandResult, runRoleCommand } from './roles.ts';
export * from './types.ts';
export { submitUndo, type UndoModel } from './undo.ts';
export type { WriteOffModel } from './write-off-model.ts';
