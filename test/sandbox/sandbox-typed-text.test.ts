/**
 * Text typed in the message box reaches the app as Slack's client sends it: &, < and > as
 * entities in slash-command text and messages alike, and people picked with @ (by handle or by
 * full display name) as mentions. Checked through the sandbox's own request path.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { loadActor } from '../../src/ledger/index.ts';
import { loadSlashCommands } from '../../src/sandbox/commands.ts';
import { escapeTyped, parseComposed, withMentions } from '../../src/sandbox/compose.ts';
import {
  SANDBOX_ADMIN,
  SANDBOX_BILLER,
  SANDBOX_FRONT_DESK,
  SANDBOX_MANAGER,
  SANDBOX_PEOPLE,
} from '../../src/sandbox/people.ts';
import { TEAM_CHANNEL } from '../../src/sandbox/places.ts';
import { createRelay } from '../../src/sandbox/relay.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/start-sandbox.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';

const people = SANDBOX_PEOPLE.map(({ id, name, realName }) => ({ id, name, realName }));
const fran = `<@${SANDBOX_FRONT_DESK.id}>`;

describe('@ mentions in typed text', () => {
  it('turns a full display name into the mention, in any case, as well as the handle', () => {
    expect(withMentions('role @Fran Front Desk viewer', people)).toBe(`role ${fran} viewer`);
    expect(withMentions('role @fran front desk viewer', people)).toBe(`role ${fran} viewer`);
    expect(withMentions('role @fran viewer', people)).toBe(`role ${fran} viewer`);
    expect(withMentions('ask @Fran Front  Desk.', people)).toBe(`ask ${fran}.`);
    expect(withMentions('@Fran Front Desk viewer', people, true)).toBe(
      `<@${SANDBOX_FRONT_DESK.id}|fran> viewer`,
    );
  });

  it('takes the longest name first, and leaves unknown or longer @words as typed', () => {
    const both = [
      { id: 'U1', name: 'sam', realName: 'Sam' },
      { id: 'U2', name: 'sammy', realName: 'Sam Lee' },
    ];
    expect(withMentions('@Sam Lee and @sam and @sammy', both)).toBe('<@U2> and <@U1> and <@U2>');
    expect(withMentions('@Samuel @fran2 me@fran.io @nobody', [...both, ...people])).toBe(
      '@Samuel @fran2 me@fran.io @nobody',
    );
  });

  it('matches names as escaped, since mentions are added to escaped text', () => {
    const odd = [{ id: 'U3', name: 'tj', realName: 'Tom & Jerry' }];
    expect(withMentions(escapeTyped('hi @Tom & Jerry <3'), odd)).toBe('hi <@U3> &lt;3');
  });
});

describe('typed text through the sandbox', () => {
  let handle: DatabaseHandle;
  let sandbox: Sandbox;
  let origin: string;

  beforeAll(async () => {
    handle = await openPgliteTestDatabase();
    sandbox = await startSandbox({ config: loadConfig({}), db: handle.db, port: 0 });
    origin = `http://127.0.0.1:${sandbox.port}`;
  });

  afterAll(async () => {
    await sandbox?.stop();
    await handle?.close();
  });

  const send = async (user: string, text: string) => {
    const response = await fetch(`${origin}/api/send`, {
      method: 'POST',
      body: JSON.stringify({ user, place: TEAM_CHANNEL.id, text }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
  };

  /** What the user sees in #billing-team: the messages and the modal on top. */
  const seen = async (user: string) => {
    const response = await fetch(`${origin}/api/content?user=${user}&place=${TEAM_CHANNEL.id}`);
    return (await response.json()) as { main: string; modal: { html: string } | null };
  };

  const waitToSee = (user: string, text: string) =>
    vi.waitFor(
      async () => {
        const content = await seen(user);
        const all = `${content.main}\n${content.modal?.html ?? ''}`;
        if (!all.includes(text)) throw new Error(`nothing shows "${text}"`);
        return content;
      },
      { timeout: 8_000, interval: 50 },
    );

  /** The page's HTML for this user, with every tag the renderer wrote. */
  const tagsIn = (content: { main: string; modal: { html: string } | null }) =>
    `${content.main}${content.modal?.html ?? ''}`.match(/<[a-z][a-z0-9]*/gi) ?? [];

  it('answers markup typed around a patient name like any unknown name, and shows it only as text', async () => {
    await send(SANDBOX_ADMIN.id, '/writeoff $5 Zzyzx Qwerty small balance');
    const plain = await waitToSee(SANDBOX_ADMIN.id, 'No patient matches');
    expect(plain.modal?.html).toContain('No patient matches &quot;Zzyzx Qwerty&quot;');

    await send(SANDBOX_MANAGER.id, '/writeoff $5 Zzyzx Qwerty<img src=x onerror=alert(3)> small balance');
    const marked = await waitToSee(SANDBOX_MANAGER.id, 'No patient matches');
    expect(marked.modal?.html).toContain('No patient matches &quot;Zzyzx Qwerty&quot;');
    expect(tagsIn(marked)).not.toContain('<img');
    expect(`${marked.main}${marked.modal?.html}`).not.toMatch(/<[^>]*onerror/i);
  });

  it("opens the form for the blind tester's command and renders none of its markup", async () => {
    await send(SANDBOX_BILLER.id, '/writeoff $5 <img src=x onerror=alert(3)> small balance');
    const form = await waitToSee(SANDBOX_BILLER.id, 'Write off PR');
    expect(tagsIn(form)).not.toContain('<img');
    expect(`${form.main}${form.modal?.html}`).not.toMatch(/<[^>]*onerror/i);
  });

  it('grants a role to someone named by their full display name, as to their @handle', async () => {
    await send(SANDBOX_ADMIN.id, '/billing role @Fran Front Desk viewer');
    await vi.waitFor(
      async () => expect((await loadActor(handle.db, SANDBOX_FRONT_DESK.id)).role).toBe('viewer'),
      { timeout: 8_000, interval: 50 },
    );
    const shown = await seen(SANDBOX_ADMIN.id);
    expect(shown.main).not.toContain('is not a role');
    expect(shown.main).toContain('Fran Front Desk');
  });
});

describe('what the relay sends the app', () => {
  const relayed = () => {
    const commands: { command: string; text?: string }[] = [];
    const messages: string[] = [];
    const client = {
      async slashCommand(input: { command: string; text?: string }) {
        commands.push(input);
        return { status: 200, body: undefined };
      },
      async userMessage(input: { text: string }) {
        messages.push(input.text);
      },
    };
    const emulator = {
      workspace: { botUserId: 'U0BOT', botName: 'billing' },
      messages: { post() {} },
    };
    const relay = createRelay({
      emulator: emulator as never,
      client: client as never,
      commands: loadSlashCommands(),
      people,
    });
    return { relay, commands, messages };
  };
  const where = { userId: SANDBOX_ADMIN.id, channelId: TEAM_CHANNEL.id };

  it('sends &, < and > in command text as entities, as Slack does', async () => {
    const { relay, commands } = relayed();
    await relay.send(where, parseComposed('/writeoff $5 <img src=x onerror=alert(3)> small balance & more'));
    expect(commands).toEqual([
      expect.objectContaining({
        command: '/writeoff',
        text: '$5 &lt;img src=x onerror=alert(3)&gt; small balance &amp; more',
      }),
    ]);
  });

  it('adds labelled mentions after escaping for a should_escape command, by name or handle', async () => {
    const { relay, commands } = relayed();
    await relay.send(where, parseComposed('/billing role @Fran Front Desk viewer'));
    await relay.send(where, parseComposed('/billing role @fran <b>viewer</b>'));
    expect(commands.map((c) => c.text)).toEqual([
      `role <@${SANDBOX_FRONT_DESK.id}|fran> viewer`,
      `role <@${SANDBOX_FRONT_DESK.id}|fran> &lt;b&gt;viewer&lt;/b&gt;`,
    ]);
  });

  it('mentions people and the app by display name in messages', async () => {
    const { relay, messages } = relayed();
    await relay.send(where, parseComposed('@Billing Assistant ask @max manager about <this>'));
    expect(messages).toEqual([`<@U0BOT> ask <@${SANDBOX_MANAGER.id}> about &lt;this&gt;`]);
  });
});
