/**
 * The full list behind a small-balance preview goes to the manager's DM with the app as a CSV
 * file (files.uploadV2): it names patients, so never to a channel. Shared once per preview; a
 * failed upload is logged (ids only) and the preview stays usable.
 */
import type { webApi } from '@slack/bolt';
import { errorFacts } from '../../db/error-facts.ts';
import { counted } from '../../domain/index.ts';
import { batchListCsv, type SmallBalanceBatchModel } from '../../workflow/index.ts';
import type { SlackDeps } from '../deps.ts';

type WebClient = webApi.WebClient;

export async function shareBatchList(
  deps: SlackDeps,
  client: WebClient,
  model: SmallBalanceBatchModel,
  userId: string,
): Promise<void> {
  if (!model.pinnedNow || model.count === 0) return;
  try {
    const file = await batchListCsv(deps.db, model.pendingId);
    if (!file) return;
    const dm = await client.conversations.open({ users: userId });
    const channelId = dm.channel?.id;
    if (!channelId) throw new Error('Slack opened no DM channel');
    await client.files.uploadV2({
      channel_id: channelId,
      file: Buffer.from(file.csv, 'utf8'),
      filename: file.filename,
      title: file.title,
      initial_comment: `The ${counted(file.count, 'balance')} in your small-balance preview. Nothing is written off until you confirm in the form.`,
    });
    deps.logger.info('batch list shared', { pendingId: model.pendingId, count: file.count });
  } catch (error) {
    deps.logger.warn('batch list not shared', { pendingId: model.pendingId, ...errorFacts(error) });
  }
}
