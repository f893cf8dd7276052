/** A user opens a new conversation in the app's Messages tab: greet, and offer the common questions. */
import type { AssistantThreadStartedMiddleware } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import {
  ASSISTANT_GREETING,
  SUGGESTED_PROMPTS,
  SUGGESTED_PROMPTS_TITLE,
} from '../../messages/assistant-builder.ts';

type ThreadStartedArgs = Parameters<AssistantThreadStartedMiddleware>[0];

export function assistantThreadStarted(deps: SlackDeps) {
  return async ({ event, client, setSuggestedPrompts }: ThreadStartedArgs): Promise<void> => {
    const { channel_id: channel, thread_ts: threadTs, user_id: userId } = event.assistant_thread;
    await client.chat.postMessage({ channel, thread_ts: threadTs, text: ASSISTANT_GREETING });
    await setSuggestedPrompts({ prompts: [...SUGGESTED_PROMPTS], title: SUGGESTED_PROMPTS_TITLE });
    deps.logger.info('assistant thread started', { userId, channel });
  };
}
