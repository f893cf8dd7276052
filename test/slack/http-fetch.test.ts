/**
 * The Slack clients' fetch (src/slack/http-fetch.ts) answers as Node's fetch would for what a
 * Slack call sends and receives, and hands anything else to Node's fetch.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { webApi } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '../../bench/lib/processes.ts';
import { httpFetch } from '../../src/slack/http-fetch.ts';

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

let server: Server;
let origin: string;
const seen: Seen[] = [];

/** Routes by path; every request is recorded as it arrived. */
function answer(request: IncomingMessage, response: ServerResponse, body: string): void {
  seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
  const path = request.url ?? '';
  if (path === '/api/chat.postMessage') {
    response.setHeader('set-cookie', ['a=1', 'b=2']);
    response.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' });
    response.end(JSON.stringify({ ok: true, ts: '1.2' }));
  } else if (path === '/empty') {
    response.writeHead(204).end();
  } else if (path === '/zipped') {
    response.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    response.end(gzipSync('unzipped text'));
  } else if (path === '/moved') {
    response.writeHead(302, { location: '/empty' }).end();
  } else if (path === '/busy') {
    response.writeHead(429, 'Too Many Requests', { 'retry-after': '1' }).end('slow down');
  } else if (path === '/short-keep-alive') {
    response.writeHead(200, { 'keep-alive': 'timeout=2' }).end('ok');
  } else if (path === '/never') {
    // No answer: the caller's signal has to end it.
  } else {
    response.writeHead(404).end('no such path');
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => answer(request, response, Buffer.concat(chunks).toString()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const last = () => seen.at(-1) as Seen;

/** Node's fetch, watched: what went through it, while it still works. */
function watchNodeFetch(): string[] {
  const through: string[] = [];
  const nodeFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    through.push(String(input));
    return nodeFetch(input, init);
  });
  return through;
}

describe('httpFetch', () => {
  it('sends a form post as Node fetch would and reads the answer whole', async () => {
    const response = await httpFetch(`${origin}/api/chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-1' },
      body: 'channel=C1&text=caf%C3%A9',
      redirect: 'error',
    });
    expect(last()).toMatchObject({
      method: 'POST',
      url: '/api/chat.postMessage',
      body: 'channel=C1&text=caf%C3%A9',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'Bearer xoxb-1',
        'content-length': '25',
      },
    });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${origin}/api/chat.postMessage`);
    expect(response.headers.get('x-oauth-scopes')).toBe('chat:write');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({ ok: true, ts: '1.2' });
  });

  it('gives a string body without a type the type Node fetch gives it', async () => {
    await httpFetch(`${origin}/api/chat.postMessage`, { method: 'POST', body: '{"text":"hi"}' });
    expect(last().headers['content-type']).toBe('text/plain;charset=UTF-8');
    await httpFetch(`${origin}/api/chat.postMessage`, {
      method: 'POST',
      body: new URLSearchParams({ text: 'a b' }),
    });
    expect(last()).toMatchObject({
      body: 'text=a+b',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    });
  });

  it('answers 204 with no body, a refusal with its status, and a compressed answer decoded', async () => {
    const empty = await httpFetch(`${origin}/empty`);
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    const busy = await httpFetch(`${origin}/busy`, { method: 'POST', body: 'x' });
    expect([busy.status, busy.statusText, busy.ok, busy.headers.get('retry-after')]).toEqual([
      429,
      'Too Many Requests',
      false,
      '1',
    ]);
    expect(await busy.text()).toBe('slow down');
    expect(await (await httpFetch(`${origin}/zipped`)).text()).toBe('unzipped text');
  });

  it('refuses a redirect when told to, and follows one otherwise (through Node fetch)', async () => {
    await expect(httpFetch(`${origin}/moved`, { redirect: 'error' })).rejects.toThrow(TypeError);
    const followed = await httpFetch(`${origin}/moved`);
    expect(followed.status).toBe(204);
    expect(last().url).toBe('/empty');
  });

  it('rejects as Node fetch does when aborted, before or during the request', async () => {
    const before = seen.length;
    await expect(httpFetch(`${origin}/empty`, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(seen.length).toBe(before);
    await expect(httpFetch(`${origin}/never`, { signal: AbortSignal.timeout(100) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('rejects with a TypeError whose cause names the network error', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/api/auth.test`;
    const failure = await httpFetch(closed, { method: 'POST', body: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });

  it('hands a body it does not send itself (a form with a file) to Node fetch', async () => {
    const throughNodeFetch = watchNodeFetch();
    const form = new FormData();
    form.append('file', new Blob(['a,b\n1,2']), 'report.csv');
    const response = await httpFetch(`${origin}/api/chat.postMessage`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(last().headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(last().body).toContain('filename="report.csv"');
    expect(throughNodeFetch).toEqual([`${origin}/api/chat.postMessage`]);
  });

  it("closes a kept-alive connection once idle, sooner when the server's Keep-Alive asks", async () => {
    let closed = false;
    server.once('connection', (socket) => socket.once('close', () => (closed = true)));
    // The earlier tests' idle connections are closed first, so the next request opens the one watched.
    server.closeIdleConnections();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await (await httpFetch(`${origin}/short-keep-alive`)).text()).toBe('ok');
    expect(closed).toBe(false);
    // timeout=2 asks for under 2 s; the agent closes it a second early.
    await vi.waitFor(() => expect(closed).toBe(true), { timeout: 2_500, interval: 50 });
  });

  it('serves the Web API client: a call, its result and its scopes, without Node fetch', async () => {
    const throughNodeFetch = watchNodeFetch();
    const client = new webApi.WebClient('xoxb-1', {
      slackApiUrl: `${origin}/api/`,
      fetch: httpFetch,
      retryConfig: { retries: 0 },
    });
    const result = await client.chat.postMessage({ channel: 'C1', text: 'hello' });
    expect(result).toMatchObject({ ok: true, ts: '1.2', response_metadata: { scopes: ['chat:write'] } });
    expect(last().body).toContain('text=hello');
    expect(throughNodeFetch).toEqual([]);
  });
});
