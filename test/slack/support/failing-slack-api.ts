/**
 * A pass-through in front of the emulator's Web API that can fail chosen calls the way Slack's
 * servers do when they are in trouble: an HTTP 500, or a 429 with Retry-After. The emulator's own
 * `failNext` answers HTTP 200 `ok: false` for the next call of a method whatever its channel; this
 * fails only the calls to one conversation, for as many attempts as the client's retries make,
 * so a test can fail a thread reply while the DM that stands in for it still goes through.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CallFault {
  readonly method: string;
  /** Only calls whose `channel` argument is this one fail. */
  readonly channel: string;
  /** 500 (a server error) or 429 (rate limited, answered with `Retry-After: retryAfterSeconds`). */
  readonly status: 500 | 429;
  /** How many matching calls fail: one more than the client's retries fails the call for good. */
  readonly times: number;
  readonly retryAfterSeconds?: number;
}

export interface FailingSlackApi {
  /** The Web API URL to give the app (ends with '/api/', as Bolt needs). */
  readonly url: string;
  fail(fault: CallFault): void;
  /** Every call that was failed here: the method, its channel and the status answered. */
  readonly failed: readonly { method: string; channel: string; status: number }[];
  stop(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The `channel` argument, from a form body (as @slack/web-api sends) or a JSON one. */
function channelOf(contentType: string | undefined, body: Buffer): string {
  const text = body.toString('utf8');
  if (contentType?.startsWith('application/json')) {
    return String((JSON.parse(text || '{}') as { channel?: unknown }).channel ?? '');
  }
  return new URLSearchParams(text).get('channel') ?? '';
}

export async function startFailingSlackApi(emulatorApiUrl: string): Promise<FailingSlackApi> {
  const faults: { fault: CallFault; left: number }[] = [];
  const failed: { method: string; channel: string; status: number }[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const method = request.url?.match(/^\/api\/([\w.]+)/)?.[1] ?? '';
    const channel = channelOf(request.headers['content-type'], body);
    const match = faults.find((f) => f.left > 0 && f.fault.method === method && f.fault.channel === channel);
    if (match) {
      match.left -= 1;
      failed.push({ method, channel, status: match.fault.status });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (match.fault.status === 429) headers['retry-after'] = String(match.fault.retryAfterSeconds ?? 0);
      const error = match.fault.status === 429 ? 'ratelimited' : 'internal_error';
      response.writeHead(match.fault.status, headers).end(JSON.stringify({ ok: false, error }));
      return;
    }
    const forwarded = await fetch(new URL(method, emulatorApiUrl), {
      method: request.method ?? 'POST',
      headers: {
        ...(request.headers['content-type'] ? { 'content-type': request.headers['content-type'] } : {}),
        ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      },
      body: request.method === 'GET' ? undefined : body,
    });
    const headers: Record<string, string> = {};
    forwarded.headers.forEach((value, key) => {
      if (key !== 'content-length' && key !== 'transfer-encoding' && key !== 'connection')
        headers[key] = value;
    });
    response.writeHead(forwarded.status, headers).end(Buffer.from(await forwarded.arrayBuffer()));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(502, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: false, error: `proxy_failed: ${String(error)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    fail: (fault) => {
      faults.push({ fault, left: fault.times });
    },
    failed,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
