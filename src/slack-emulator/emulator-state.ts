import { systemClock } from './clock.ts';
import { createDirectory } from './directory.ts';
import { createFileStore } from './file-store.ts';
import { createIdSource } from './ids.ts';
import { createMessageStore } from './message-store.ts';
import { createTriggerRegistry } from './triggers.ts';
import type {
  AssistantThreadState,
  Clock,
  EmulatorChannel,
  EmulatorUser,
  RecordedCall,
  ResponseUrlPost,
  Violation,
} from './types.ts';
import { createViewStore } from './view-store.ts';

export type WorkspaceIdentity = {
  teamId: string;
  teamName: string;
  appId: string;
  botId: string;
  botUserId: string;
  botName: string;
};

export type EmulatorStateOptions = {
  users?: EmulatorUser[];
  channels?: EmulatorChannel[];
  clock?: Clock;
  workspace?: Partial<WorkspaceIdentity>;
  /** Refuse messages to channels nobody declared (`channel_not_found`), as Slack does. Off by default. */
  strictChannels?: boolean;
};

export const DEFAULT_WORKSPACE: WorkspaceIdentity = {
  teamId: 'T0EMULATOR',
  teamName: 'Emulated Workspace',
  appId: 'A0EMULATOR',
  botId: 'B0EMULATOR',
  botUserId: 'U0EMULATORBOT',
  botName: 'emulated-bot',
};

/** Everything the fake Slack remembers; methods read and change it, tests inspect it. */
export function createEmulatorState(options: EmulatorStateOptions = {}) {
  const clock = options.clock ?? systemClock;
  const ids = createIdSource();
  const workspace = { ...DEFAULT_WORKSPACE, ...options.workspace };
  const calls: RecordedCall[] = [];
  const violations: Violation[] = [];
  /** One-shot failures queued per method by failNext: the next call answers this error. */
  const faults = new Map<string, string[]>();
  /** One-shot HTTP 429s queued per method by rateLimitNext: the Retry-After seconds of each. */
  const rateLimits = new Map<string, number[]>();
  return {
    clock,
    ids,
    workspace,
    strictChannels: options.strictChannels ?? false,
    directory: createDirectory(ids, options.users ?? [], options.channels ?? []),
    views: createViewStore(ids, clock, workspace),
    messages: createMessageStore(clock),
    files: createFileStore(ids),
    /** Set once the server listens: upload URLs handed to apps point here. */
    endpoints: { origin: '' },
    triggers: createTriggerRegistry(clock),
    assistantThreads: new Map<string, AssistantThreadState>(),
    responseUrlPosts: [] as ResponseUrlPost[],
    calls,
    violations,
    failNext(method: string, error: string): void {
      faults.set(method, [...(faults.get(method) ?? []), error]);
    },
    takeFault(method: string): string | undefined {
      const queued = faults.get(method);
      const error = queued?.shift();
      if (queued?.length === 0) faults.delete(method);
      return error;
    },
    rateLimitNext(method: string, retryAfterSeconds: number): void {
      rateLimits.set(method, [...(rateLimits.get(method) ?? []), retryAfterSeconds]);
    },
    takeRateLimit(method: string): number | undefined {
      const queued = rateLimits.get(method);
      const seconds = queued?.shift();
      if (queued?.length === 0) rateLimits.delete(method);
      return seconds;
    },
    recordViolation(method: string, error: string, messages: string[]): void {
      violations.push({ method, error, messages, at: clock.now() });
    },
  };
}

export type EmulatorState = ReturnType<typeof createEmulatorState>;
