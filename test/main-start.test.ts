/**
 * `npm start` as a process: no DATABASE_URL, so the embedded PGlite in PGLITE_DIR; Slack is the
 * emulator. It migrates, listens on /slack/events, answers signed requests, and stops cleanly on
 * SIGTERM, releasing the data directory for the next process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../bench/lib/processes.ts';
import { createAppClient, type SlackEmulator, startSlackEmulator } from '../src/slack-emulator/index.ts';

const SIGNING_SECRET = 'main-start-test-secret';
let emulator: SlackEmulator;
let dir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  emulator = await startSlackEmulator();
  dir = await mkdtemp(join(tmpdir(), 'billing-start-'));
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await emulator?.stop();
  await rm(dir, { recursive: true, force: true });
});

function waitForOutput(process: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${seen}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve(seen);
      }
    };
    process.stdout?.on('data', onData);
    process.stderr?.on('data', onData);
  });
}

it('starts on PGlite, answers signed Slack requests, and stops on SIGTERM', async () => {
  const port = await freePort();
  const dataDir = join(dir, 'data');
  const env = {
    ...process.env,
    DATABASE_URL: '',
    PGLITE_DIR: dataDir,
    PORT: String(port),
    SLACK_BOT_TOKEN: emulator.botToken,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: emulator.url,
    SLACK_APP_TOKEN: '',
  };
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started = await waitForOutput(
    child,
    /listening on :\d+\/slack\/events \(database: pglite-dir\)/,
    100_000,
  );
  expect(started).toContain(`:${port}/slack/events`);
  expect(await readdir(dataDir)).toContain('PG_VERSION');

  const client = createAppClient({
    appUrl: `http://127.0.0.1:${port}/slack/events`,
    signingSecret: SIGNING_SECRET,
    emulator,
  });
  const verification = await client.urlVerification('hello-from-slack');
  expect(verification.body).toMatchObject({ challenge: 'hello-from-slack' });
  const usage = await client.slashCommand({
    command: '/billing',
    text: '',
    userId: 'U0STARTER1',
    channelId: 'C0GENERAL',
  });
  expect(usage.status).toBe(200);
  expect(JSON.stringify(usage.body)).toContain('/writeoff');
  expect((await client.urlVerification('x', { forgeSignature: true })).status).toBe(401);

  const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  child = undefined;
  // The directory lock is released: nothing is left holding it.
  expect((await readdir(dir)).filter((name) => name.endsWith('.lock'))).toEqual([]);
  // A real process start (tsx compiling, PGlite migrating) is slow on a shared 2-core machine.
}, 120_000);
