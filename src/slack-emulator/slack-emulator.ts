import type { EmulatorState, WorkspaceIdentity } from './emulator-state.ts';
import type { FileStore } from './file-store.ts';
import type { MessageStore } from './message-store.ts';
import type { ResponseUrlTarget } from './response-urls.ts';
import type {
  ApiResult,
  AssistantThreadState,
  Clock,
  EmulatorChannel,
  JsonObject,
  RecordedCall,
  ResponseUrlPost,
  StoredView,
  Violation,
} from './types.ts';
import type { ViewStore } from './view-store.ts';

/** What tests and the sandbox see of a running emulator. */
export type SlackEmulator = {
  /** Base Web API URL ending with '/api/': Bolt's `clientOptions.slackApiUrl`. */
  url: string;
  /** http://host:port, for the emulator's other endpoints. */
  origin: string;
  botToken: string;
  workspace: WorkspaceIdentity;
  clock: Clock;
  /** Every Web API call in arrival order. */
  calls: RecordedCall[];
  /** Every refused call: the method, Slack's error code and the `[ERROR] ...` lines. */
  violations: Violation[];
  responseUrlPosts: ResponseUrlPost[];
  lastCall(method: string): RecordedCall | undefined;
  callsTo(method: string): RecordedCall[];
  issueTriggerId(userId: string): string;
  issueResponseUrl(target: ResponseUrlTarget): string;
  views: {
    get(viewId: string): StoredView | undefined;
    /** The user's open modals, root first. */
    stack(userId: string): StoredView[];
    top(userId: string): StoredView | undefined;
    home(userId: string): StoredView | undefined;
  };
  messages: MessageStore;
  /**
   * Declares a conversation, e.g. `{ id, name, isPrivate: true, botMember: false }` for a private
   * channel the app was never added to: its posts there answer `not_in_channel`.
   */
  addChannel(channel: EmulatorChannel): void;
  /** Files apps uploaded (files.uploadV2), with their bytes and where they were shared. */
  files: FileStore;
  assistantThread(channelId: string, threadTs: string): AssistantThreadState | undefined;
  /**
   * The next call of `method` fails with `error` (e.g. 'internal_error'), once per call to this:
   * a transient Slack failure, for tests of what the app does then.
   */
  failNext(method: string, error: string): void;
  /** The next call of `method` answers HTTP 429 `ratelimited` with this Retry-After, once per call. */
  rateLimitNext(method: string, retryAfterSeconds: number): void;
  /** Calls a method in-process, without HTTP (same rules, same recording). */
  invoke(method: string, args?: JsonObject, token?: string): ApiResult;
  /** The live state, for tools built on the emulator (the app client applies acks through it). */
  state: EmulatorState;
  stop(): Promise<void>;
};

type FacadeParts = {
  state: EmulatorState;
  origin: string;
  botToken: string;
  issueResponseUrl: (target: ResponseUrlTarget) => string;
  invoke: SlackEmulator['invoke'];
  stop: () => Promise<void>;
};

export function createSlackEmulatorFacade(parts: FacadeParts): SlackEmulator {
  const { state } = parts;
  const views: ViewStore = state.views;
  return {
    url: `${parts.origin}/api/`,
    origin: parts.origin,
    botToken: parts.botToken,
    workspace: state.workspace,
    clock: state.clock,
    calls: state.calls,
    violations: state.violations,
    responseUrlPosts: state.responseUrlPosts,
    lastCall: (method) => state.calls.findLast((call) => call.method === method),
    callsTo: (method) => state.calls.filter((call) => call.method === method),
    issueTriggerId: (userId) => state.triggers.issue(userId),
    issueResponseUrl: parts.issueResponseUrl,
    views: { get: views.get, stack: views.stack, top: views.top, home: views.home },
    messages: state.messages,
    addChannel: (channel) => {
      state.directory.addChannel(channel);
    },
    files: state.files,
    assistantThread: (channelId, threadTs) => state.assistantThreads.get(`${channelId}:${threadTs}`),
    failNext: (method, error) => state.failNext(method, error),
    rateLimitNext: (method, seconds) => state.rateLimitNext(method, seconds),
    invoke: parts.invoke,
    state,
    stop: parts.stop,
  };
}
