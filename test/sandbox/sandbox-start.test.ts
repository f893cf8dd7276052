/**
 * `npm start` with no Slack credentials, as a process: PGlite in a fresh directory gets the demo
 * practice, the page and its script and styles answer on PORT, the banner says it is the sandbox
 * and how to connect Slack, and SIGTERM stops it cleanly.
 *
 * It runs what `npm start` runs, the built bundle, not the sources: the bundle once answered 500
 * for the page's script and styles, which the build had not copied. It builds its own copy from
 * the current sources (about 3 s), beside dist/bundle, so it never runs a stale build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { freePort } from '../../bench/lib/processes.ts';
import { buildPrograms } from '../../scripts/build.ts';

let child: ChildProcess | undefined;
let dir: string | undefined;
/** Two levels below the repository, as the build requires; one per worker process. */
const BUILD_DIR = `dist/test-sandbox-${process.pid}`;

afterAll(async () => {
  child?.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
  await rm(BUILD_DIR, { recursive: true, force: true });
});

function output(process: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${seen}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (!pattern.test(seen)) return;
      clearTimeout(timer);
      resolve(seen);
    };
    process.stdout?.on('data', onData);
    process.stderr?.on('data', onData);
  });
}

it('opens the sandbox with the demo practice, serves the page, and stops on SIGTERM', async () => {
  dir = await mkdtemp(join(tmpdir(), 'billing-sandbox-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: join(dir, 'data'), PORT: String(port) };
  for (const key of [
    'SLACK_BOT_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_APP_TOKEN',
    'DATABASE_URL',
    'SANDBOX',
  ]) {
    delete env[key];
  }
  await buildPrograms(BUILD_DIR);
  child = spawn(process.execPath, [`${BUILD_DIR}/app.js`], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const banner = await output(child, /SANDBOX=0 turns the sandbox off/, 150_000);
  expect(banner).toContain(`Open http://localhost:${port}/ in a browser.`);
  expect(banner).toContain('demo practice loaded');
  expect(banner).toContain('SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET');

  const page = await (await fetch(`http://127.0.0.1:${port}/`)).text();
  expect(page).toContain('Sandbox Family Practice');
  for (const [file, type] of [
    ['sandbox.js', 'text/javascript'],
    ['sandbox.css', 'text/css'],
  ] as const) {
    const served = await fetch(`http://127.0.0.1:${port}/${file}`);
    expect(served.status, file).toBe(200);
    expect(served.headers.get('content-type')).toContain(type);
    expect((await served.text()).length).toBeGreaterThan(100);
  }
  const sent = await fetch(`http://127.0.0.1:${port}/api/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'U0SBBILLER1', place: 'dm', text: 'what does Jane Doe owe?' }),
  });
  expect(sent.status).toBe(200);
  const dmPage = await vi.waitFor(
    async () => {
      const content = await fetch(`http://127.0.0.1:${port}/api/content?user=U0SBBILLER1&place=dm`);
      const text = await content.text();
      if (!text.includes('owes')) throw new Error('no answer in the DM yet');
      return text;
    },
    { timeout: 10_000, interval: 100 },
  );
  // The demo's Jane Doe: $185.00 + $70.00 outstanding.
  expect(dmPage).toContain('$255.00');

  const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  child = undefined;
}, 180_000);
