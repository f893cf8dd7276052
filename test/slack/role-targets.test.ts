/**
 * `/billing role` gives roles to people of the workspace only: not to the app itself, another
 * app's bot, a deactivated account or an id nobody has (Slack's users.info says which). Taking a
 * role away is never refused that way, and a limit that cannot be read says how to write one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole, loadActor } from '../../src/ledger/index.ts';
import { ADMIN, BILLER, GENERAL, type Harness, startHarness, waitFor } from './support/harness.ts';

const OTHER_BOT = 'UOTHERBOT1';
const LEFT = 'ULEFTCO001';
const PERSON = 'UNEWPERSON';

let h: Harness;
let strict: Harness;

beforeAll(async () => {
  [h, strict] = await Promise.all([startHarness(), startHarness({ emulator: { strictChannels: true } })]);
  const directory = h.emulator.state.directory;
  directory.addUser({ id: OTHER_BOT, name: 'standup-bot', realName: 'Standup', isBot: true });
  directory.addUser({ id: LEFT, name: 'former', realName: 'Former Colleague', deleted: true });
});

afterAll(async () => {
  await Promise.all([h?.stop(), strict?.stop()]);
});

async function roleCommand(on: Harness, text: string): Promise<string> {
  const before = on.emulator.responseUrlPosts.length;
  await on.client.slashCommand({
    command: '/billing',
    text: `role ${text}`,
    userId: ADMIN,
    channelId: GENERAL,
  });
  const post = await waitFor(() => on.emulator.responseUrlPosts[before]);
  return String(post.body.text);
}

describe('/billing role names someone who is not a person of the workspace', () => {
  it('the app itself: refused, and it gets no role', async () => {
    const app = h.emulator.workspace.botUserId;
    expect(await roleCommand(h, `<@${app}> admin`)).toBe(
      `<@${app}> is this app: roles are for the people who use it.`,
    );
    expect(await loadActor(h.db, app)).toMatchObject({ role: null });
  });

  it("another app's bot: refused", async () => {
    expect(await roleCommand(h, `<@${OTHER_BOT}|standup-bot> billing_manager`)).toBe(
      `<@${OTHER_BOT}> is a bot: roles are for the people who use the app.`,
    );
    expect(await loadActor(h.db, OTHER_BOT)).toMatchObject({ role: null });
  });

  it('a deactivated account: no role given, but one it has can be taken away', async () => {
    expect(await roleCommand(h, `<@${LEFT}> biller`)).toBe(
      `<@${LEFT}> is deactivated in this workspace, so they get no role.`,
    );
    expect(await loadActor(h.db, LEFT)).toMatchObject({ role: null });
    // A role given before they left (from the command line here) is taken away all the same.
    await grantRole(h.db, { grantedBy: ADMIN, userId: LEFT, role: 'viewer' });
    expect(await roleCommand(h, `<@${LEFT}> none`)).toBe(
      `<@${LEFT}> no longer has access to the billing app.`,
    );
    expect(await loadActor(h.db, LEFT)).toMatchObject({ role: null });
  });

  it('an id nobody in the workspace has: refused, with how to name someone', async () => {
    expect(await roleCommand(strict, 'UNOSUCH001 biller')).toBe(
      'There is nobody with the id UNOSUCH001 in this workspace. Mention them instead: /billing role @someone biller',
    );
    expect(await loadActor(strict.db, 'UNOSUCH001')).toMatchObject({ role: null });
  });

  it('a person: the role is given', async () => {
    expect(await roleCommand(h, `<@${PERSON}> viewer`)).toBe(`<@${PERSON}> is now Viewer.`);
    expect(await loadActor(h.db, PERSON)).toMatchObject({ role: 'viewer' });
  });
});

describe('someone who is not an admin', () => {
  it('is refused, and told which admins can do it', async () => {
    const before = h.emulator.responseUrlPosts.length;
    await h.client.slashCommand({
      command: '/billing',
      text: `role <@${PERSON}> admin`,
      userId: BILLER,
      channelId: GENERAL,
    });
    const post = await waitFor(() => h.emulator.responseUrlPosts[before]);
    expect(String(post.body.text)).toBe(
      `Only an admin of the billing app can grant roles. Ask an admin to run it for you: <@${ADMIN}>.`,
    );
  });
});

describe('a limit that cannot be read', () => {
  it('says what is wrong and how to write one; the role is unchanged', async () => {
    const reply = await roleCommand(h, `<@${PERSON}> biller $-5`);
    expect(reply).toContain('The limit "$-5": ');
    expect(reply).toContain('Give it in dollars, for example $250');
    expect(await loadActor(h.db, PERSON)).toMatchObject({ role: 'viewer' });
  });
});
