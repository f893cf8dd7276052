/**
 * Slack unreachable while the app starts (a network blip, DNS, an outage): the app logs it and
 * keeps running, and once Slack answers again it serves requests with its bot token. Bolt's own
 * look-up of the bot at start used to end the process on an unhandled rejection here
 * (src/slack/bot-identity.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '../bench/lib/processes.ts';
import {
  createAppClient,
  DEFAULT_BOT_TOKEN,
  type SlackEmulator,
  startSlackEmulator,
} from '../src/slack-emulator/index.ts';

const SIGNING_SECRET = 'slack-away-test-secret';
let emulator: SlackEmulator | undefined;
let child: ChildProcess | undefined;
let dir: string | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  await emulator?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Everything the process printed so far, and a wait for a pattern in it. */
function watchOutput(process: ChildProcess) {
  let seen = '';
  const collect = (chunk: Buffer) => {
    seen += chunk.toString();
  };
  process.stdout?.on('data', collect);
  process.stderr?.on('data', collect);
  return {
    text: () => seen,
    async waitFor(pattern: RegExp, timeoutMs: number): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(seen)) {
        if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${seen}`);
        if (process.exitCode !== null) throw new Error(`exited (${process.exitCode}):\n${seen}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

it('starts while Slack is unreachable, stays up, and answers with its token once Slack is back', async () => {
  const [appPort, slackPort] = await Promise.all([freePort(), freePort()]);
  dir = await mkdtemp(join(tmpdir(), 'billing-slack-away-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PGLITE_DIR: join(dir, 'data'),
      PORT: String(appPort),
      SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      // Nothing listens there yet: every call is refused.
      SLACK_API_URL: `http://127.0.0.1:${slackPort}/api/`,
      SLACK_APP_TOKEN: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = watchOutput(child);
  await output.waitFor(/listening on :\d+\/slack\/events/, 100_000);
  await output.waitFor(/Slack not reached at start/, 30_000);
  // Still running a while later: the failed look-up is not an unhandled rejection.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(child.exitCode).toBeNull();
  // A crash prints the error's stack; the warning above prints its kind and code only.
  expect(output.text()).not.toMatch(/Unhandled|\n\s+at /);

  emulator = await startSlackEmulator({ port: slackPort });
  const client = createAppClient({
    appUrl: `http://127.0.0.1:${appPort}/slack/events`,
    signingSecret: SIGNING_SECRET,
    emulator,
  });
  // A direct message asks the bot for help: the answer is posted with the bot token, which Bolt
  // hands to the listener only once it knows who the bot is.
  const sent = await client.userMessage({ userId: 'U0AWAYUSER', channelId: 'D0AWAYUSER', text: 'help' });
  expect(sent.responses[0]?.status).toBe(200);
  const deadline = Date.now() + 10_000;
  while (!emulator.lastCall('chat.postMessage') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const posted = emulator.lastCall('chat.postMessage');
  expect(posted?.body.channel).toBe('D0AWAYUSER');
  expect(String(posted?.body.text ?? '')).not.toBe('');
  expect(child.exitCode).toBeNull();
}, 150_000);
