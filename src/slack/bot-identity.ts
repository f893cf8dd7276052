/**
 * Who the bot is (its user id, bot id and workspace, from `auth.test`), asked once and kept, for
 * Bolt's `authorize` hook.
 *
 * Bolt's own handling of a single bot token asks `auth.test` in the App's constructor and keeps
 * the promise, a rejection included. With Slack unreachable as the app started, nothing awaited
 * that promise and the process exited on the unhandled rejection; had it lived, every request
 * after would have failed with the same old error until a restart. Here a failed look-up is
 * logged and forgotten, and the next request asks again.
 */
import type { Authorize, AuthorizeResult, Logger, webApi } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';

interface Identity {
  readonly botId: string | undefined;
  readonly botUserId: string | undefined;
  readonly teamId: string | undefined;
}

export class BotIdentity {
  private identity: Promise<Identity> | undefined;

  /** `client` carries the bot token. */
  constructor(
    private readonly client: webApi.WebClient,
    private readonly botToken: string,
  ) {}

  /**
   * For Bolt. The workspace id is part of the answer: Bolt hands listeners a client with the bot
   * token only when it knows the workspace (or organisation) the token belongs to.
   */
  readonly authorize: Authorize<boolean> = async ({ isEnterpriseInstall }): Promise<AuthorizeResult> => ({
    isEnterpriseInstall,
    botToken: this.botToken,
    ...(await this.lookUp()),
  });

  /** Asks Slack once; a failure is not kept, so the next caller asks again. */
  lookUp(): Promise<Identity> {
    if (this.identity) return this.identity;
    const asked = this.client.auth.test().then((result) => ({
      botId: result.bot_id,
      botUserId: result.user_id,
      teamId: result.team_id,
    }));
    this.identity = asked;
    asked.catch(() => {
      if (this.identity === asked) this.identity = undefined;
    });
    return asked;
  }

  /** Asked at start, as Bolt did, so the first request does not wait; a failure only logs. */
  warmUp(logger: Logger): void {
    this.lookUp().catch((error: unknown) => {
      logger.warn('Slack not reached at start: who the bot is will be asked again with the next request', {
        ...errorFacts(error),
      });
    });
  }
}
