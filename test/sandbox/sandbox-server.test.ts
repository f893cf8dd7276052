/**
 * The sandbox without a browser: when `npm start` opens it, the demo people's roles, the places,
 * and what its server does with what the page sends (signed requests to the real app, and
 * Slack's own answers such as a command's ack shown as a message).
 */

import { webApi } from '@slack/bolt';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import { loadActor } from '../../src/ledger/index.ts';
import {
  grantSandboxRoles,
  SANDBOX_BILLER,
  SANDBOX_FRONT_DESK,
  SANDBOX_MANAGER,
} from '../../src/sandbox/people.ts';
import { DM_PLACE, SANDBOX_REQUESTS_CHANNEL, sandboxPlaces, TEAM_CHANNEL } from '../../src/sandbox/places.ts';
import { startMode } from '../../src/sandbox/start-mode.ts';
import { type Sandbox, sandboxAppConfig, startSandbox } from '../../src/sandbox/start-sandbox.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';

const CREDENTIALS = { SLACK_BOT_TOKEN: 'xoxb-real', SLACK_SIGNING_SECRET: 'secret' };

describe('which start', () => {
  it.each([
    [{}, 'sandbox'],
    [{ SANDBOX: '0' }, 'missing_credentials'],
    [{ SANDBOX: '1' }, 'sandbox'],
    [CREDENTIALS, 'slack'],
    [{ ...CREDENTIALS, SANDBOX: '0' }, 'slack'],
    [{ ...CREDENTIALS, SANDBOX: '1' }, 'sandbox'],
    [{ SLACK_BOT_TOKEN: 'xoxb-real' }, 'sandbox'],
  ])('%o -> %s', (env, mode) => {
    expect(startMode(loadConfig(env))).toBe(mode);
  });

  it('uses the configured requests channels, or brings its own when none are set', () => {
    expect(sandboxPlaces([]).map((p) => p.id)).toEqual([
      TEAM_CHANNEL.id,
      SANDBOX_REQUESTS_CHANNEL.id,
      'dm',
      'home',
    ]);
    expect(sandboxPlaces(['C0FRONT']).find((p) => p.kind === 'requests')?.id).toBe('C0FRONT');
  });
});

describe('the sandbox server', () => {
  let handle: DatabaseHandle;
  let sandbox: Sandbox;
  let origin: string;

  beforeAll(async () => {
    handle = await openPgliteTestDatabase();
    sandbox = await startSandbox({
      config: loadConfig({ BILLING_ADMINS: 'U0CONFIGADM' }),
      db: handle.db,
      port: 0,
    });
    origin = `http://127.0.0.1:${sandbox.port}`;
  });

  afterAll(async () => {
    await sandbox?.stop();
    await handle?.close();
  });

  const post = (path: string, body: unknown) =>
    fetch(`${origin}${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  const messagesTo = (channel: string, userId: string) =>
    sandbox.emulator.messages.inChannel(channel, userId);

  const waitForMessage = (channel: string, userId: string, text: string) =>
    vi.waitFor(
      () => {
        const found = messagesTo(channel, userId).find((m) => m.text?.includes(text));
        if (!found) throw new Error(`no message containing "${text}"`);
        return found;
      },
      { timeout: 5_000, interval: 25 },
    );

  it('grants the demo roles once: a biller with a $100 limit, a manager, and nobody else', async () => {
    expect(await loadActor(handle.db, SANDBOX_BILLER.id)).toMatchObject({
      role: 'biller',
      limitCents: 10_000,
    });
    expect(await loadActor(handle.db, SANDBOX_MANAGER.id)).toMatchObject({ role: 'billing_manager' });
    expect((await loadActor(handle.db, SANDBOX_FRONT_DESK.id)).role).toBeNull();
    // The sandbox's grants are audited as the sandbox's, not a real workspace's.
    const grants = (await handle.db.select().from(auditLog)).filter((r) => r.action === 'role_granted');
    const surfaces = new Set(grants.map((r) => (r.details as { surface?: string }).surface));
    expect(surfaces).toContain('sandbox');
    expect(surfaces).not.toContain('slack');
    const audited = async () => (await handle.db.select({ n: count() }).from(auditLog))[0]?.n;
    const before = await audited();
    await grantSandboxRoles(handle.db);
    expect(await audited()).toBe(before);
  });

  it('gives the app the emulator as Slack, keeps configured admins, and adds its requests channel', () => {
    const config = sandboxAppConfig(
      loadConfig({ BILLING_ADMINS: 'U0CONFIGADM' }),
      sandbox.emulator,
      's3cret',
    );
    expect(config.SLACK_API_URL).toBe(sandbox.emulator.url);
    expect(config.BILLING_ADMINS).toContain('U0CONFIGADM');
    expect(config.REQUEST_CHANNELS).toEqual([SANDBOX_REQUESTS_CHANNEL.id]);
  });

  it('serves the page with the places and people, and refuses people it does not know', async () => {
    const page = await (await fetch(`${origin}/?user=${SANDBOX_BILLER.id}&place=${TEAM_CHANNEL.id}`)).text();
    expect(page).toContain('#billing-team');
    expect(page).toContain('Bea Biller (Biller, $100 limit)');
    expect(page).toContain('Fran Front Desk (Front desk, no role)');
    expect((await fetch(`${origin}/?user=U0STRANGER`)).status).toBe(400);
    expect((await post('/api/send', { user: 'U0STRANGER', place: TEAM_CHANNEL.id, text: 'hi' })).status).toBe(
      400,
    );
  });

  it("shows a command's ack as a message to its sender only, and says when a command does not exist", async () => {
    await post('/api/send', { user: SANDBOX_BILLER.id, place: TEAM_CHANNEL.id, text: '/billing' });
    const usage = await waitForMessage(TEAM_CHANNEL.id, SANDBOX_BILLER.id, '/writeoff');
    expect(usage.ephemeralTo).toBe(SANDBOX_BILLER.id);
    expect(messagesTo(TEAM_CHANNEL.id, SANDBOX_MANAGER.id)).not.toContainEqual(usage);

    await post('/api/send', { user: SANDBOX_BILLER.id, place: TEAM_CHANNEL.id, text: '/refund all' });
    const nope = await waitForMessage(TEAM_CHANNEL.id, SANDBOX_BILLER.id, '/refund is not a valid command');
    expect(nope.user).toBe('USLACKBOT');
  });

  it('sends a DM to the app as a message event; someone without a role is told who grants access', async () => {
    await post('/api/send', {
      user: SANDBOX_FRONT_DESK.id,
      place: DM_PLACE.id,
      text: 'what does Jane Doe owe?',
    });
    const dm = sandbox.emulator.state.directory.dmFor(SANDBOX_FRONT_DESK.id).id;
    const reply = await waitForMessage(dm, SANDBOX_FRONT_DESK.id, 'You do not have a role');
    expect(reply.threadTs).toBeDefined();
    const response = await fetch(`${origin}/api/content?user=${SANDBOX_FRONT_DESK.id}&place=dm`);
    const content = (await response.json()) as { main: string };
    expect(content.main).toContain('You do not have a role');
    expect(content.main).toContain('@Ada Admin');
  });

  it("hands a file shared in a person's DM to that person only, and a channel's file to anyone", async () => {
    const slack = new webApi.WebClient(sandbox.emulator.botToken, {
      slackApiUrl: sandbox.emulator.url,
      retryConfig: { retries: 0 },
      logLevel: webApi.LogLevel.ERROR,
    });
    const billerDm = sandbox.emulator.state.directory.dmFor(SANDBOX_BILLER.id).id;
    await slack.filesUploadV2({
      channel_id: billerDm,
      content: 'patient,amount\nJane Doe,$40.00\n',
      filename: 'mine.csv',
    });
    await slack.filesUploadV2({
      channel_id: TEAM_CHANNEL.id,
      content: 'reason,count\nhardship,2\n',
      filename: 'team.csv',
    });
    const idOf = (name: string) => sandbox.emulator.files.all().find((f) => f.name === name)?.id ?? '';
    const fileAs = (name: string, user: string) => fetch(`${origin}/files/${idOf(name)}?user=${user}`);

    const own = await fileAs('mine.csv', SANDBOX_BILLER.id);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('Jane Doe');
    const other = await fileAs('mine.csv', SANDBOX_MANAGER.id);
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain('Jane');
    expect((await fileAs('mine.csv', 'U0STRANGER')).status).toBe(400);
    expect((await fileAs('team.csv', SANDBOX_MANAGER.id)).status).toBe(200);
    // The page links each file with its viewer.
    const page = await (await fetch(`${origin}/api/content?user=${SANDBOX_BILLER.id}&place=dm`)).json();
    expect((page as { main: string }).main).toContain(`/files/${idOf('mine.csv')}?user=${SANDBOX_BILLER.id}`);
  });
});
