/**
 * Who a `/billing role` grant names, asked of Slack (`users.info`, scope `users:read`): a role is
 * for a person of this workspace. A bot or a deactivated account given a role would be access
 * nobody can be held to, and a mistyped id would be a role for nobody that the roles list shows.
 *
 * Only a clear answer refuses. When Slack cannot say (an install made before the scope was
 * added answers `missing_scope`, or Slack is slow or away) the grant goes ahead: the person
 * granting is an admin, and this check is against mistakes, not against them.
 */
import type { Logger, webApi } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';

/** Slackbot is no bot by `is_bot`, but nobody's account either. */
const SLACKBOT = 'USLACKBOT';

export function roleTargetCheck(client: webApi.WebClient, logger: Logger) {
  return async (userId: string): Promise<string | null> => {
    if (userId === SLACKBOT) return `<@${userId}> is Slackbot: roles are for the people who use the app.`;
    try {
      const { user } = await client.users.info({ user: userId });
      if (user?.is_bot) return `<@${userId}> is a bot: roles are for the people who use the app.`;
      if (user?.deleted) return `<@${userId}> is deactivated in this workspace, so they get no role.`;
      return null;
    } catch (error) {
      const facts = errorFacts(error);
      if (facts.code === 'user_not_found') {
        return `There is nobody with the id ${userId} in this workspace. Mention them instead: /billing role @someone biller`;
      }
      logger.warn('role target not checked', { ...facts });
      return null;
    }
  };
}
