/**
 * A Slack user's display name for places a mention cannot render (the report chart, an image):
 * asked of Slack with `users.info` (scope `users:read`), once per user for one request (the
 * cache lives as long as the function returned). When Slack cannot answer, the id is the label.
 * Only actors (staff who wrote something off) are asked about, never a patient.
 */
import type { Logger, webApi } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';
import type { UserLabel } from '../workflow/index.ts';

export function slackUserLabels(client: webApi.WebClient, logger: Logger): UserLabel {
  const cache = new Map<string, Promise<string>>();
  return (userId) => {
    let label = cache.get(userId);
    if (!label) {
      label = displayName(client, logger, userId);
      cache.set(userId, label);
    }
    return label;
  };
}

async function displayName(client: webApi.WebClient, logger: Logger, userId: string): Promise<string> {
  try {
    const { user } = await client.users.info({ user: userId });
    const name = [user?.profile?.display_name, user?.profile?.real_name, user?.real_name, user?.name]
      .map((n) => n?.trim())
      .find((n) => n);
    return name ?? userId;
  } catch (error) {
    logger.warn('user name not found for the chart', { userId, ...errorFacts(error) });
    return userId;
  }
}
