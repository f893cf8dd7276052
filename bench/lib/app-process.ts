/**
 * The compiled app, started as `npm start` starts it (start-command.ts), against the Slack emulator on a
 * PGlite directory, with a signed-request client. Used by the start-up and memory benchmarks.
 */
import type { ChildProcess } from 'node:child_process';
import { createAppClient, type SlackEmulator, startSlackEmulator } from '../../src/slack-emulator/index.ts';
import { freePort, msUntilOutput, startNode } from './processes.ts';
import { startCommand } from './start-command.ts';

const SIGNING_SECRET = 'bench-signing-secret';
export const READY_PATTERN = /listening on :\d+\/slack\/events/;
/** Generous: on a shared machine under load a start has taken over a minute. */
export const APP_READY_TIMEOUT_MS = 180_000;

export interface RunningApp {
  readonly child: ChildProcess;
  readonly readyMs: number;
  readonly client: ReturnType<typeof createAppClient>;
  readonly emulator: SlackEmulator;
}

export async function startCompiledApp(pgliteDir: string): Promise<RunningApp> {
  const emulator = await startSlackEmulator();
  const port = await freePort();
  const { nodeFlags, entry } = startCommand();
  const child = startNode([...nodeFlags, entry], {
    ...process.env,
    DATABASE_URL: '',
    PGLITE_DIR: pgliteDir,
    PORT: String(port),
    SLACK_BOT_TOKEN: emulator.botToken,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: emulator.url,
    SLACK_APP_TOKEN: '',
  });
  const readyMs = await msUntilOutput(child, READY_PATTERN, APP_READY_TIMEOUT_MS).catch(async (error) => {
    child.kill('SIGKILL');
    await emulator.stop();
    throw error;
  });
  const client = createAppClient({
    appUrl: `http://127.0.0.1:${port}/slack/events`,
    signingSecret: SIGNING_SECRET,
    emulator,
  });
  return { child, readyMs, client, emulator };
}
