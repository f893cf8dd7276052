/** What someone is told when the request gate turns their text away before reading it. Pure. */
import { REQUESTS_PER_MINUTE } from '../../workflow/index.ts';
import { section } from '../views/block-kit.ts';
import type { SlackMessage } from './done-message-builder.ts';
import { buildNotAllowedMessage } from './request-message-builder.ts';

/** `what`: what the person tried, in the words of the not-allowed message ("use the billing help"). */
export function buildGateRefusal(
  reason: 'no_role' | 'rate_limited',
  what: string,
  adminIds: readonly string[],
): SlackMessage {
  if (reason === 'no_role') return buildNotAllowedMessage(what, adminIds);
  const text = `:hourglass: You have sent ${REQUESTS_PER_MINUTE} requests in the last minute. Nothing was read or changed; wait a minute and try again.`;
  return { text, blocks: [section(text)] };
}
