/** Blockers as text a biller reads: what is wrong, what to do next, and where to read more. */
import type { Blocker } from '../domain/blockers.ts';
import { type BlockedAction, topicForBlocker } from './blocker-topics.ts';

/**
 * One bullet per blocker, in the order the rules returned them (most fundamental first).
 * Pure: the same blockers always give the same text, in Slack mrkdwn.
 */
export function explainBlockers(blockers: readonly Blocker[], action: BlockedAction = 'write_off'): string {
  return blockers
    .map((b) => `• ${b.message}\n   Next: ${b.nextStep} (help: \`${topicForBlocker(b.code, action)}\`)`)
    .join('\n');
}
