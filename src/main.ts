/**
 * `npm start`: configuration -> database -> first admins -> Slack app (or the browser sandbox)
 * -> start. Without Slack credentials it opens the sandbox; with SANDBOX=0 it says exactly what
 * to set and exits with status 1.
 */
import './wasm-baseline-compiler.ts';
import { ConfigError, databaseTarget, loadConfig } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { errorFacts } from './db/error-facts.ts';
import { helpDeskFor } from './help/search.ts';
import { bootstrapAdmins } from './ledger/index.ts';
import { startMode } from './sandbox/start-mode.ts';
import { systemClock } from './slack/deps.ts';
import { ExpiredApprovalsFeed, scheduleMaintenance } from './workflow/maintenance.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const mode = startMode(config);
  if (mode === 'missing_credentials') {
    const { missingSlackSettings } = await import('./slack/app.ts');
    const missing = missingSlackSettings(config);
    console.error('The billing assistant needs Slack credentials to start. Set:');
    for (const line of missing) console.error(`  - ${line}`);
    console.error('Create the app from manifest.json first; the README section "Slack app" has the steps.');
    process.exit(1);
  }
  // Only the mode's own code is loaded (Bolt and the model client for Slack, the page server for
  // the sandbox), and it loads while the database opens rather than after.
  const modeCode = mode === 'sandbox' ? import('./sandbox/run-sandbox.ts') : import('./slack/app.ts');
  modeCode.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  const handle = await openDatabase(databaseTarget(config));
  await bootstrapAdmins(handle.db, config.BILLING_ADMINS);
  const expiredApprovals = new ExpiredApprovalsFeed();
  const stopMaintenance = startMaintenance(handle.db, expiredApprovals);
  if (mode === 'sandbox') {
    const { runSandbox } = await import('./sandbox/run-sandbox.ts');
    return runSandbox(config, handle, expiredApprovals);
  }
  const { createSlackApp, EVENTS_PATH } = await import('./slack/app.ts');
  const app = createSlackApp({ config, db: handle.db, expiredApprovals });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info(`${signal}: stopping`);
    stopMaintenance();
    await app.stop().catch((error: unknown) => app.logger.warn('stop failed', String(error)));
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.SLACK_APP_TOKEN) {
    await app.start();
    app.logger.info(`Billing assistant running in Socket Mode (database: ${handle.kind})`);
  } else {
    await app.start(config.PORT);
    app.logger.info(
      `Billing assistant listening on :${config.PORT}${EVENTS_PATH} (database: ${handle.kind})`,
    );
  }
  // The help index is built now that requests are served, not before: the first question need
  // not wait for it, and a missing article still stops the program at start, loudly. (The sandbox
  // returned above; there the first question builds it.)
  setImmediate(() => helpDeskFor({ smallBalanceMinAgeDays: config.SMALL_BALANCE_MIN_AGE_DAYS }));
}

/**
 * Expired approvals marked, old pending actions pruned: now and every hour (counts logged, no
 * data). The expired ones go to the feed, whose subscriber (the Slack app) closes their cards.
 */
function startMaintenance(db: Database, expiredApprovals: ExpiredApprovalsFeed): () => void {
  return scheduleMaintenance(db, {
    clock: systemClock,
    onResult: ({ expiredApprovalIds, prunedPendingActions, prunedNoticeClaims }) => {
      expiredApprovals.publish(expiredApprovalIds);
      if (expiredApprovalIds.length === 0 && prunedPendingActions === 0 && prunedNoticeClaims === 0) return;
      console.info('maintenance', {
        expiredApprovals: expiredApprovalIds.length,
        prunedPendingActions,
        prunedNoticeClaims,
      });
    },
    onError: (error) => console.warn('maintenance failed; tried again next hour', errorFacts(error)),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
