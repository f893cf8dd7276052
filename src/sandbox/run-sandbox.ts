/**
 * `npm start` without Slack credentials: the demo practice (loaded into an empty database on
 * first start), the sandbox, and a banner that says what this is and how to connect real Slack.
 */
import { count } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { patients } from '../db/schema/index.ts';
import { loadDemo } from '../demo/load-demo.ts';
import type { ExpiredApprovalsFeed } from '../workflow/maintenance.ts';
import { type Sandbox, startSandbox } from './start-sandbox.ts';

/** The demo goes only into an empty database: data someone imported is never mixed with it. */
export async function loadDemoOnFirstStart(handle: DatabaseHandle): Promise<'loaded' | 'kept'> {
  const [row] = await handle.db.select({ patients: count() }).from(patients);
  if ((row?.patients ?? 0) > 0) return 'kept';
  await loadDemo(handle.db);
  return 'loaded';
}

export function sandboxBanner(sandbox: Sandbox, demo: 'loaded' | 'kept', databaseKind: string): string {
  return [
    '',
    '  Billing assistant: local SANDBOX (no Slack workspace connected)',
    '',
    `  Open ${sandbox.url} in a browser.`,
    `  The real app runs behind it; the page plays Slack. Database: ${databaseKind}${demo === 'loaded' ? ', demo practice loaded' : ''}.`,
    '',
    '  To connect a real Slack workspace, create the app from manifest.json and set',
    '  SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode);',
    '  see the README section "Slack app". SANDBOX=0 turns the sandbox off.',
    '',
  ].join('\n');
}

export async function runSandbox(
  config: Config,
  handle: DatabaseHandle,
  expiredApprovals?: ExpiredApprovalsFeed,
): Promise<void> {
  const demo = await loadDemoOnFirstStart(handle);
  const sandbox = await startSandbox({
    config,
    db: handle.db,
    port: config.PORT,
    ...(expiredApprovals ? { expiredApprovals } : {}),
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: stopping the sandbox`);
    await sandbox.stop().catch((error: unknown) => console.warn('sandbox stop failed', String(error)));
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  console.info(sandboxBanner(sandbox, demo, handle.kind));
}
