/**
 * The browser sandbox: the real Bolt app over signed HTTP, the Slack emulator as its Slack, and
 * a page that plays Slack's client for demo people with different roles. The database is the
 * caller's (main.ts opens it and loads the demo practice on first start).
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@slack/bolt';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { recordChatActionsAs } from '../ledger/index.ts';
import { createSlackApp, EVENTS_PATH } from '../slack/app.ts';
import { createAppClient, type SlackEmulator, startSlackEmulator } from '../slack-emulator/index.ts';
import type { ExpiredApprovalsFeed } from '../workflow/maintenance.ts';
import { loadSlashCommands } from './commands.ts';
import { startPageServer } from './page-server.ts';
import { currentTitles, grantSandboxRoles, SANDBOX_ADMIN, SANDBOX_PEOPLE } from './people.ts';
import { requestChannels, sandboxChannels, sandboxPlaces } from './places.ts';
import { createRelay, SLACKBOT } from './relay.ts';

export const SANDBOX_WORKSPACE = 'Sandbox Family Practice';
/** The bot's display name, as in manifest.json: "@billing" mentions the app. */
const BOT_NAME = 'billing';

export interface SandboxOptions {
  readonly config: Config;
  readonly db: Database;
  /** The page's port (PORT); 0 picks a free one. */
  readonly port: number;
  readonly host?: string;
  readonly logger?: Logger;
  /** The upkeep's expired approval requests, for the app to close their cards. */
  readonly expiredApprovals?: ExpiredApprovalsFeed;
}

export interface Sandbox {
  /** The page, e.g. http://localhost:3000/. */
  readonly url: string;
  readonly port: number;
  readonly emulator: SlackEmulator;
  stop(): Promise<void>;
}

/** The app's configuration in the sandbox: Slack is the emulator, with a secret made for this run. */
export function sandboxAppConfig(config: Config, emulator: SlackEmulator, signingSecret: string): Config {
  return {
    ...config,
    SLACK_BOT_TOKEN: emulator.botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: emulator.url,
    SLACK_APP_TOKEN: undefined,
    BILLING_ADMINS: [...new Set([...config.BILLING_ADMINS, SANDBOX_ADMIN.id])],
    REQUEST_CHANNELS: requestChannels(config.REQUEST_CHANNELS).map((channel) => channel.id),
  };
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const { config, db } = options;
  const host = options.host ?? '127.0.0.1';
  const emulator = await startSlackEmulator({
    users: [
      ...SANDBOX_PEOPLE.map(({ id, name, realName, title }) => ({ id, name, realName, title })),
      SLACKBOT,
    ],
    channels: sandboxChannels(config.REQUEST_CHANNELS),
    workspace: { teamName: SANDBOX_WORKSPACE, botName: BOT_NAME },
  });
  const signingSecret = randomBytes(24).toString('hex');
  // The audit log tells the sandbox's people from a real workspace's.
  recordChatActionsAs('sandbox');
  await grantSandboxRoles(db);
  const app = createSlackApp({
    config: sandboxAppConfig(config, emulator, signingSecret),
    db,
    apiRetries: 0,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.expiredApprovals ? { expiredApprovals: options.expiredApprovals } : {}),
  });
  const boltServer = await app.start({ port: 0, host: '127.0.0.1' });
  const boltPort = (boltServer.address() as AddressInfo).port;
  const client = createAppClient({
    appUrl: `http://127.0.0.1:${boltPort}${EVENTS_PATH}`,
    signingSecret,
    emulator,
  });
  const commands = loadSlashCommands();
  const relay = createRelay({ emulator, client, commands, people: SANDBOX_PEOPLE });
  const places = sandboxPlaces(config.REQUEST_CHANNELS);
  const server = await startPageServer(
    {
      emulator,
      relay,
      places,
      people: SANDBOX_PEOPLE,
      commands,
      workspaceName: SANDBOX_WORKSPACE,
      titles: () => currentTitles(db, SANDBOX_PEOPLE),
    },
    options.port,
    host,
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    port,
    emulator,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await emulator.stop();
      // The process may go on without the sandbox (a test run does): its chat actions are Slack's.
      recordChatActionsAs('slack');
    },
  };
}
