/** What someone is told when the request gate turns their text away before reading it. Pure. */
import { type AskedKind, REQUESTS_PER_MINUTE } from '../../workflow/index.ts';
import { section } from '../views/block-kit.ts';
import type { SlackMessage } from './done-message-builder.ts';
import { buildNotAllowedMessage } from './request-message-builder.ts';

/** What a refused look-up asked for, in the words of the not-allowed message. */
export const LOOK_UP_WHAT = "look up balances or a patient's charges";
const REPORT_WHAT = 'see the write-off report';

/** `what`: what the person tried, in the words of the not-allowed message ("use the billing help"). */
export function buildGateRefusal(
  reason: 'no_role' | 'rate_limited',
  what: string,
  adminIds: readonly string[],
  /** What the rules read the text as asking (request-gate.ts); a change when not known. */
  asked: AskedKind = 'change',
): SlackMessage {
  if (reason === 'no_role') {
    // A look-up changes nothing: say which role is enough (a viewer), not "nothing was changed".
    if (asked === 'look_up') return buildNotAllowedMessage(LOOK_UP_WHAT, adminIds, 'viewer', 'look-up');
    if (asked === 'report')
      return buildNotAllowedMessage(REPORT_WHAT, adminIds, 'billing_manager', 'look-up');
    return buildNotAllowedMessage(what, adminIds);
  }
  const text = `:hourglass: You have sent ${REQUESTS_PER_MINUTE} requests in the last minute. Nothing was read or changed; wait a minute and try again.`;
  return { text, blocks: [section(text)] };
}
