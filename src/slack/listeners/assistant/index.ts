/**
 * Slack's assistant experience (the Messages tab with threads, suggested prompts and a status).
 * Messages in assistant threads are handled here; other direct messages by the message listener.
 */
import { type App, Assistant } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { assistantThreadStarted } from './thread-started.ts';
import { assistantUserMessage } from './user-message.ts';

export const ASSISTANT_EVENTS = ['assistant_thread_started', 'assistant_thread_context_changed'] as const;

/**
 * The app does not use the channel a user is viewing, so thread context is not kept: Bolt's
 * default store would read it back with conversations.replies, a scope the app does not need.
 */
const noThreadContext = {
  get: async () => ({}),
  save: async () => {},
};

export function registerAssistant(app: App, deps: SlackDeps): void {
  app.assistant(
    new Assistant({
      threadContextStore: noThreadContext,
      threadStarted: assistantThreadStarted(deps),
      userMessage: assistantUserMessage(deps),
    }),
  );
}
