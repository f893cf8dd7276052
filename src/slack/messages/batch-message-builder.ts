/**
 * "Write off every balance under $5" is understood, but batches are not built yet (they come
 * with the managers' controls). Saying "I did not understand" would be untrue, so the asker is
 * told plainly what to do today. Private replies only. Pure.
 */
import { formatCents } from '../../domain/index.ts';
import { section } from '../views/block-kit.ts';
import type { SlackMessage } from './done-message-builder.ts';

export const BATCH_NOT_AVAILABLE_BLOCK = 'batch_not_available';

export function buildBatchNotAvailableMessage(thresholdCents: number | null): SlackMessage {
  const which = thresholdCents ? ` under ${formatCents(thresholdCents)}` : '';
  const text =
    `Writing off all small balances${which} in one go is not available yet, so nothing was changed. ` +
    'For now, write off each balance with `/writeoff`, for example `/writeoff all of it for Jane Doe, small balance`, ' +
    'with the reason _Small balance_ (no note needed). Billers (up to their write-off limit), billing managers and admins can do this.';
  return { text, blocks: [section(text, BATCH_NOT_AVAILABLE_BLOCK)] };
}
