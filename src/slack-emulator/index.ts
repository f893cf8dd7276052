export {
  type AppClient,
  type BlockActionInput,
  type ChangedField,
  type ChangeOptions,
  createAppClient,
  type EventInput,
  type UserMessageInput,
} from './app-client.ts';
export type { FillOptions, SubmitResult, ViewSubmissionInput } from './app-client-views.ts';
export type { AppClientOptions } from './app-link.ts';
export { clientSideErrors } from './client-validation.ts';
export { createManualClock, type ManualClock, systemClock } from './clock.ts';
export { DEFAULT_WORKSPACE, type EmulatorState, type WorkspaceIdentity } from './emulator-state.ts';
export type { FileStore } from './file-store.ts';
export {
  blocksProblems,
  messageBlocksProblems,
  messageTextProblems,
  SLACK_LIMITS,
  viewProblems,
} from './limits.ts';
export type { MessageStore } from './message-store.ts';
export type { ActionInput, SlashCommandInput } from './payloads.ts';
export type { ResponseUrlTarget } from './response-urls.ts';
export { type AppResponse, type DeliveryOptions, SIGNATURE_MAX_AGE_SEC, slackSignature } from './signing.ts';
export type { SlackEmulator } from './slack-emulator.ts';
export type * from './types.ts';
export { applyViewClosed, applyViewSubmissionAck } from './view-acks.ts';
export {
  buildStateValues,
  currentStateValues,
  dispatchesActions,
  enteredValues,
  type FieldValue,
  type FormInputs,
  recordActions,
  recordInputs,
  type StatefulElement,
  type StateValues,
  statefulElements,
} from './view-state.ts';
export { DEFAULT_BOT_TOKEN, type SlackEmulatorOptions, startSlackEmulator } from './web-api-server.ts';
