/** The help article ids of DOMAIN.md section 6: each is one article in prompts/help/<id>.md. */

export const HELP_TOPIC_IDS = [
  'write-off-how',
  'write-off-vs-cancel',
  'write-off-blocked',
  'undo-write-off',
  'refund-payment',
  'cancel-pr',
  'write-off-reasons',
  'small-balance-batch',
  'approvals-limits',
  'balance-lookup',
] as const;
export type HelpTopicId = (typeof HELP_TOPIC_IDS)[number];

export function isHelpTopicId(value: unknown): value is HelpTopicId {
  return typeof value === 'string' && (HELP_TOPIC_IDS as readonly string[]).includes(value);
}
