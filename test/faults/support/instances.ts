/**
 * Several app instances on one PostgreSQL database, as behind a load balancer: each instance is
 * its own Bolt app (HTTP receiver on its own port) with its own connection pool and its own
 * in-memory state; they share the database and one Slack emulator. Requests are signed and sent
 * over HTTP, as Slack sends them.
 */
import type { AddressInfo } from 'node:net';
import { stringify } from 'node:querystring';
import { ConfigSchema } from '../../../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../../../src/db/client.ts';
import { bootstrapAdmins, grantRole } from '../../../src/ledger/index.ts';
import { createSlackApp } from '../../../src/slack/app.ts';
import {
  type AppClient,
  type AppResponse,
  createAppClient,
  type JsonObject,
  type SlackEmulator,
  startSlackEmulator,
} from '../../../src/slack-emulator/index.ts';
import { viewSubmissionPayload } from '../../../src/slack-emulator/payloads.ts';
import { deliverSigned } from '../../../src/slack-emulator/signing.ts';
import { ADMIN, capturingLogger, MANAGER, REQUESTS, SIGNING_SECRET } from '../../slack/support/harness.ts';
import { createScratchPostgresDatabase } from '../../support/databases.ts';

export interface Instance {
  readonly url: string;
  readonly handle: DatabaseHandle;
  readonly client: AppClient;
  readonly logs: string[];
}

export interface Instances {
  readonly emulator: SlackEmulator;
  readonly databaseUrl: string;
  readonly list: readonly Instance[];
  /** A connection of the test's own (not an instance's) for fixtures and ledger checks. */
  readonly observer: DatabaseHandle;
  stop(): Promise<void>;
}

export async function startInstances(count: number, maxConnections = 10): Promise<Instances> {
  const scratch = await createScratchPostgresDatabase('billing_faults');
  const emulator = await startSlackEmulator();
  const config = ConfigSchema.parse({
    SLACK_BOT_TOKEN: emulator.botToken,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: emulator.url,
    BILLING_ADMINS: ADMIN,
    REQUEST_CHANNELS: REQUESTS,
  });
  // Both instances migrate at start, at the same moment: the migration lock makes that safe.
  const handles = await Promise.all(
    Array.from({ length: count }, () => openDatabase({ kind: 'postgres', url: scratch.url, maxConnections })),
  );
  const observer = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 3 });
  await bootstrapAdmins(observer.db, config.BILLING_ADMINS);
  await grantRole(observer.db, { grantedBy: ADMIN, userId: MANAGER, role: 'billing_manager' });
  const apps = handles.map((handle) => {
    const logs: string[] = [];
    const app = createSlackApp({ config, db: handle.db, logger: capturingLogger(logs), apiRetries: 0 });
    return { app, handle, logs };
  });
  const list: Instance[] = [];
  for (const { app, handle, logs } of apps) {
    const server = (await app.start(0)) as { address(): AddressInfo | string | null };
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    list.push({
      url,
      handle,
      logs,
      client: createAppClient({ appUrl: url, signingSecret: SIGNING_SECRET, emulator }),
    });
  }
  return {
    emulator,
    databaseUrl: scratch.url,
    list,
    observer,
    async stop() {
      for (const { app } of apps) await app.stop();
      await emulator.stop();
      for (const handle of [...handles, observer]) await handle.close();
      await scratch.drop();
    },
  };
}

/**
 * One view_submission body, signed once per target and delivered to every instance at the same
 * moment: what two instances see when Slack's delivery and its retry land on different ones.
 */
export async function submitEverywhere(
  instances: Instances,
  userId: string,
  viewId: string,
  values: JsonObject,
): Promise<AppResponse[]> {
  const stored = instances.emulator.views.get(viewId);
  if (!stored) throw new Error(`no view ${viewId}`);
  const view = { ...stored.view, state: { values } };
  const payload = viewSubmissionPayload(userId, instances.emulator.workspace, view, 'trigger-same');
  const rawBody = stringify({ payload: JSON.stringify(payload) });
  const contentType = 'application/x-www-form-urlencoded';
  return Promise.all(
    instances.list.map((instance) =>
      deliverSigned({ url: instance.url, signingSecret: SIGNING_SECRET, contentType, rawBody }),
    ),
  );
}
