import { invalidArguments, missingArgument, ok, readString } from '../api-result.ts';
import type { EmulatorState } from '../emulator-state.ts';
import { SLACK_LIMITS } from '../limits.ts';
import type { ApiResult, AssistantThreadState, JsonObject } from '../types.ts';
import type { MethodTable } from './method.ts';

type ThreadChange = Partial<Pick<AssistantThreadState, 'status' | 'title' | 'prompts'>>;

/** Every assistant.threads.* method addresses one thread by channel_id + thread_ts. */
function updateThread(args: JsonObject, state: EmulatorState, change: ThreadChange): ApiResult {
  const channelId = readString(args, 'channel_id');
  const threadTs = readString(args, 'thread_ts');
  if (!channelId) return missingArgument('channel_id');
  if (!threadTs) return missingArgument('thread_ts');
  const key = `${channelId}:${threadTs}`;
  const current = state.assistantThreads.get(key) ?? { channelId, threadTs };
  state.assistantThreads.set(key, { ...current, ...change });
  return ok();
}

export const assistantMethods: MethodTable = {
  'assistant.threads.setStatus': (args, state) => {
    const status = readString(args, 'status');
    if (status === undefined) return missingArgument('status');
    return updateThread(args, state, { status });
  },

  'assistant.threads.setSuggestedPrompts': (args, state) => {
    const prompts = args.prompts;
    if (!Array.isArray(prompts)) return missingArgument('prompts');
    if (prompts.length > SLACK_LIMITS.suggestedPrompts) {
      return invalidArguments([
        `[ERROR] no more than ${SLACK_LIMITS.suggestedPrompts} items allowed [json-pointer:/prompts]`,
      ]);
    }
    const title = readString(args, 'title');
    return updateThread(args, state, { prompts, ...(title !== undefined ? { title } : {}) });
  },

  'assistant.threads.setTitle': (args, state) => {
    const title = readString(args, 'title');
    if (title === undefined) return missingArgument('title');
    return updateThread(args, state, { title });
  },
};
