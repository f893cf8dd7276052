import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail } from './api-result.ts';
import { createEmulatorState, type EmulatorState, type EmulatorStateOptions } from './emulator-state.ts';
import { readRawBody, sendJson } from './http-io.ts';
import { allMethods } from './methods/index.ts';
import { BodyParseError, parseApiBody, tokenOf } from './request-body.ts';
import { createResponseUrls, type ResponseUrls, type ResponseUrlTarget } from './response-urls.ts';
import { createSlackEmulatorFacade, type SlackEmulator } from './slack-emulator.ts';
import type { ApiResult, JsonObject } from './types.ts';
import { handleUpload } from './upload-endpoint.ts';

export type SlackEmulatorOptions = EmulatorStateOptions & {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  botToken?: string;
};

export const DEFAULT_BOT_TOKEN = 'xoxb-emulator-token';

/** Runs one Web API method against the state, with Slack's authentication and unknown-method rules. */
export function invokeMethod(
  state: EmulatorState,
  botToken: string,
  method: string,
  args: JsonObject,
  token: string | undefined,
): ApiResult {
  const handler = allMethods[method];
  const { token: _omitted, ...argsWithoutToken } = args;
  let result: ApiResult;
  const fault = state.takeFault(method);
  if (fault) result = fail(fault);
  else if (!handler) result = fail('unknown_method');
  else if (!token) result = fail('not_authed');
  else if (token !== botToken) result = fail('invalid_auth');
  else result = handler(argsWithoutToken, state);
  state.calls.push({ method, body: argsWithoutToken, at: state.clock.now(), response: result });
  if (!result.ok) state.recordViolation(method, result.error, result.response_metadata?.messages ?? []);
  return result;
}

async function handleApi(state: EmulatorState, botToken: string, method: string, request: IncomingMessage) {
  const raw = await readRawBody(request);
  let args: JsonObject;
  try {
    args = parseApiBody(request.headers['content-type'], raw);
  } catch (error) {
    if (!(error instanceof BodyParseError) && !(error instanceof SyntaxError)) throw error;
    return fail('invalid_form_data', [`[ERROR] ${error.message}`]);
  }
  return invokeMethod(state, botToken, method, args, tokenOf(request.headers.authorization, args));
}

async function handleResponseUrl(
  urls: ResponseUrls,
  id: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const raw = await readRawBody(request);
  let body: JsonObject;
  try {
    // Slack reads a response_url body as JSON whatever the declared type, except form posts.
    const contentType = request.headers['content-type'] ?? '';
    const isForm = contentType.startsWith('application/x-www-form-urlencoded');
    body = parseApiBody(isForm ? contentType : 'application/json', raw);
  } catch {
    sendJson(response, 400, { ok: false, error: 'invalid_payload' });
    return;
  }
  const answer = urls.receive(id, body);
  sendJson(response, answer.status, answer.body);
}

function route(state: EmulatorState, botToken: string, urls: ResponseUrls) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://emulator').pathname;
    const apiMethod = path.match(/^\/api\/([\w.]+)$/)?.[1];
    const responseUrlId = path.match(/^\/response-url\/(\w+)$/)?.[1];
    const uploadId = path.match(/^\/upload\/(\w+)$/)?.[1];
    const retryAfter = request.method === 'POST' && apiMethod ? state.takeRateLimit(apiMethod) : undefined;
    if (apiMethod && retryAfter !== undefined) {
      await readRawBody(request);
      const result = fail('ratelimited');
      state.calls.push({ method: apiMethod, body: {}, at: state.clock.now(), response: result });
      response.setHeader('retry-after', String(retryAfter));
      sendJson(response, 429, result);
    } else if (request.method === 'POST' && apiMethod) {
      sendJson(response, 200, await handleApi(state, botToken, apiMethod, request));
    } else if (request.method === 'POST' && responseUrlId) {
      await handleResponseUrl(urls, responseUrlId, request, response);
    } else if (request.method === 'POST' && uploadId) {
      await handleUpload(state, uploadId, request, response);
    } else {
      sendJson(response, 404, { ok: false, error: 'not_found' });
    }
  };
}

/** Starts a fake Slack Web API on localhost. Pass `emulator.url` as Bolt's `clientOptions.slackApiUrl`. */
export async function startSlackEmulator(options: SlackEmulatorOptions = {}): Promise<SlackEmulator> {
  const state = createEmulatorState(options);
  const botToken = options.botToken ?? DEFAULT_BOT_TOKEN;
  const urls = createResponseUrls(state);
  const handle = route(state, botToken, urls);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: 'fatal_error' });
      state.recordViolation('http', 'fatal_error', [String(error)]);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  state.endpoints.origin = origin;
  const issueResponseUrl = (target: ResponseUrlTarget) => `${origin}/response-url/${urls.issue(target)}`;
  const stop = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  const invoke = (method: string, args: JsonObject = {}, token = botToken) =>
    invokeMethod(state, botToken, method, args, token);
  return createSlackEmulatorFacade({ state, origin, botToken, issueResponseUrl, invoke, stop });
}
