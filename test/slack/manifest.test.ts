/**
 * manifest.json creates the app with everything the code uses: every command, every event, and
 * exactly the scopes the Web API methods the code calls need.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { ASSISTANT_EVENTS } from '../../src/slack/listeners/assistant/index.ts';
import { COMMANDS } from '../../src/slack/listeners/commands/index.ts';
import { EVENTS } from '../../src/slack/listeners/events/index.ts';

type Manifest = {
  display_information: { name: string };
  features: {
    bot_user: { display_name: string };
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    agent_view?: { agent_description: string; suggested_prompts: { title: string; message: string }[] };
    slash_commands: { command: string; url: string; usage_hint?: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string; message_menu_options_url: string };
    socket_mode_enabled: boolean;
  };
};

/** Scopes each Web API method needs (views.* and auth.test need none beyond the bot token). */
const METHOD_SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'conversations.open': ['im:write'],
  // files.uploadV2 calls files.getUploadURLExternal and files.completeUploadExternal.
  'files.uploadV2': ['files:write'],
  'users.info': ['users:read'],
  'assistant.threads.setStatus': ['assistant:write'],
  'assistant.threads.setSuggestedPrompts': ['assistant:write'],
  'views.open': [],
  'views.push': [],
  'views.update': [],
  'views.publish': [],
  'auth.test': [],
};

/** Scopes each subscribed event needs. */
const EVENT_SCOPES: Record<string, string> = {
  app_mention: 'app_mentions:read',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.im': 'im:history',
  app_home_opened: '',
  assistant_thread_started: 'assistant:write',
  assistant_thread_context_changed: 'assistant:write',
};

/** Bolt's Assistant calls these itself (setStatus, setSuggestedPrompts), so no source line names them. */
const ASSISTANT_METHODS = ['assistant.threads.setStatus', 'assistant.threads.setSuggestedPrompts'];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

/** The app's own source: everything but the emulator, which plays Slack's side of the API. */
async function appSources(): Promise<string[]> {
  const files = await sourceFiles('src');
  return Promise.all(files.filter((f) => !f.includes('slack-emulator')).map((f) => readFile(f, 'utf8')));
}

/** True when `a.b.c` names a method of Slack's WebClient (any namespace, not a fixed few). */
const slackClient = new webApi.WebClient();
function isWebApiMethod(path: string): boolean {
  // The client's own logger is a property of WebClient, not a Web API method.
  if (path.startsWith('logger.')) return false;
  let target: unknown = slackClient;
  for (const part of path.split('.')) {
    if (typeof target !== 'object' || target === null || !(part in target)) return false;
    target = (target as Record<string, unknown>)[part];
  }
  return typeof target === 'function' && path.includes('.');
}

/**
 * Every Web API method the code calls, on whatever variable holds the client, and through
 * apiCall('name'). Paths that only look alike (OpenAI's chat.completions) are not Slack methods.
 */
async function methodsCalled(): Promise<Set<string>> {
  const methods = new Set<string>();
  for (const text of await appSources()) {
    for (const match of text.matchAll(/\b\w+\.((?:\w+\.)+\w+)\(/g)) {
      const path = match[1] ?? '';
      if (isWebApiMethod(path)) methods.add(path);
    }
    for (const match of text.matchAll(/apiCall\(\s*['"`]([\w.]+)['"`]/g)) methods.add(match[1] ?? '');
    // The client's upload helper has no dotted path; it calls files.getUploadURLExternal and
    // files.completeUploadExternal, which need files:write like files.uploadV2 itself.
    if (/\.filesUploadV2\(/.test(text)) methods.add('files.uploadV2');
  }
  return methods;
}

/** Every event the code listens to: app.event('…'), app.message(…), and the Assistant's events. */
async function eventsHandled(): Promise<Set<string>> {
  const events = new Set<string>(ASSISTANT_EVENTS);
  for (const text of await appSources()) {
    for (const match of text.matchAll(/\.event\(\s*['"`](\w+)['"`]/g)) events.add(match[1] ?? '');
    if (/\bapp\.message\(/.test(text)) events.add('message');
  }
  return events;
}

describe('manifest.json', () => {
  it('declares every command, event, scope and interactivity setting the code uses, and no more scopes', async () => {
    const manifest = JSON.parse(await readFile('manifest.json', 'utf8')) as Manifest;
    expect(manifest.display_information.name).toBeTruthy();
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });

    const commands = manifest.features.slash_commands;
    expect(commands.map((c) => c.command).sort()).toEqual([...COMMANDS].sort());
    for (const c of commands) {
      expect(c.url).toBe('https://YOUR-HOST/slack/events');
      expect(c.usage_hint).toBeTruthy();
      expect(c.description.length).toBeLessThanOrEqual(100);
    }

    const events = manifest.settings.event_subscriptions.bot_events;
    expect(manifest.settings.event_subscriptions.request_url).toBe('https://YOUR-HOST/slack/events');
    // Subscribed exactly to what is handled: message.channels/groups/im all arrive as `message`.
    const handled = await eventsHandled();
    expect([...handled].sort()).toEqual([...EVENTS, ...ASSISTANT_EVENTS].sort());
    const subscribedBase = new Set(events.map((e) => (e.startsWith('message.') ? 'message' : e)));
    expect([...subscribedBase].sort()).toEqual([...handled].sort());

    const methods = await methodsCalled();
    expect([...methods].sort()).toEqual([
      'assistant.threads.setStatus',
      'chat.postEphemeral',
      'chat.postMessage',
      'chat.update',
      'conversations.open',
      'files.uploadV2',
      'users.info',
      'views.open',
      'views.publish',
      'views.push',
      'views.update',
    ]);
    const needed = new Set<string>(['commands']);
    for (const method of [...methods, ...ASSISTANT_METHODS]) {
      const scopes = METHOD_SCOPES[method];
      expect(scopes, `scope table knows ${method}`).toBeDefined();
      for (const scope of scopes ?? []) needed.add(scope);
    }
    for (const event of events) {
      const scope = EVENT_SCOPES[event];
      expect(scope, `scope table knows ${event}`).toBeDefined();
      if (scope) needed.add(scope);
    }
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());

    const { interactivity } = manifest.settings;
    expect(interactivity.is_enabled).toBe(true);
    expect(interactivity.request_url).toBe('https://YOUR-HOST/slack/events');
    expect(interactivity.message_menu_options_url).toBe('https://YOUR-HOST/slack/events');
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it('has the assistant (agent) view, with the message.im events and at most 4 suggested prompts', async () => {
    const manifest = JSON.parse(await readFile('manifest.json', 'utf8')) as Manifest;
    const view = manifest.features.agent_view;
    expect(view?.agent_description).toBeTruthy();
    expect(view?.suggested_prompts.length).toBeGreaterThan(0);
    expect(view?.suggested_prompts.length).toBeLessThanOrEqual(4);
    expect(view?.suggested_prompts.map((p) => p.title)).toEqual(
      expect.arrayContaining(['Why can’t I write off?', 'Write-off vs cancel', 'Undo a write-off']),
    );
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['assistant_thread_started', 'assistant_thread_context_changed', 'message.im']),
    );
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['assistant:write', 'im:history']),
    );
  });
});
