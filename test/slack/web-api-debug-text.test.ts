/**
 * The Web API client builds its debug text (every request body and whole response, redacted and
 * stringified) only when debug is logged: the app's patch of @slack/web-api
 * (patches/@slack+web-api+*.patch). Unpatched, every call built it and threw it away at info, a
 * few kilobytes of garbage per message the app posts. A dependency upgrade that drops the patch
 * fails here.
 */
import { LogLevel, webApi } from '@slack/bolt';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { slackApiUrl } from '../../src/slack/app.ts';
import { type SlackEmulator, startSlackEmulator } from '../../src/slack-emulator/index.ts';

let emulator: SlackEmulator;
beforeAll(async () => {
  emulator = await startSlackEmulator();
});
afterAll(() => emulator?.stop());

/** A logger that records what it is asked to print at debug, whatever its level. */
function recordingLogger(level: LogLevel) {
  const debug: string[] = [];
  const ignore = () => {};
  const logger = {
    debug: (...message: unknown[]) => debug.push(message.map(String).join(' ')),
    info: ignore,
    warn: ignore,
    error: ignore,
    setLevel: ignore,
    getLevel: () => level,
    setName: ignore,
  };
  return { logger, debug };
}

async function postWith(level: LogLevel) {
  const { logger, debug } = recordingLogger(level);
  const client = new webApi.WebClient(emulator.botToken, {
    slackApiUrl: slackApiUrl(emulator.url),
    logger,
    retryConfig: { retries: 0 },
  });
  const posted = await client.chat.postMessage({
    channel: 'C0BILLING',
    text: 'Balance for Jane Doe: $40.00',
  });
  return { posted, debug: debug.join('\n') };
}

it('at info, the client posts without building the request and response debug text', async () => {
  const { posted, debug } = await postWith(LogLevel.INFO);
  expect(posted.ok).toBe(true);
  expect(debug).not.toContain('http request body');
  expect(debug).not.toContain('http request result');
  expect(debug).not.toContain('Jane Doe');
});

it('at debug, the text is still there for whoever asks for it', async () => {
  const { debug } = await postWith(LogLevel.DEBUG);
  expect(debug).toContain('http request body');
  expect(debug).toContain('http request result');
});
