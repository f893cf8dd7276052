/**
 * The `fetch` the Slack clients use (Bolt's `clientOptions.fetch`: every Web API call and every
 * `respond()`), sent with `node:http` on kept-alive connections.
 *
 * Why not Node's own `fetch`: it registers every response that has a body with a
 * FinalizationRegistry, and V8's young-generation collector keeps such objects alive. Each Slack
 * call's response, and the request, stream and closures it reaches, then outlived the young
 * collections until the next full one. Under the confirm load, sending without it cut what each
 * young collection promoted from 1.42 to 1.18 MB, and their number by 8 % (docs/performance-notes.md).
 *
 * Only what a Slack call needs is handled here: a string or byte body, the headers, an abort
 * signal, `redirect: 'error'`, compressed answers. Anything else (a form with files, a stream, a
 * redirect to follow) goes to Node's `fetch`, which handles everything.
 */
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** A Slack answer that has not moved for this long is given up, as Node's fetch gives up on headers. */
export const IDLE_TIMEOUT_MS = 60_000;

/**
 * Node's own settings for its global agents: an idle connection is closed after 5 s (sooner if
 * the server's Keep-Alive header says so), before a server tires of it and resets it under a request.
 */
const AGENT_OPTIONS = { keepAlive: true, scheduling: 'lifo', timeout: 5_000 } as const;
const agents = {
  'http:': new http.Agent(AGENT_OPTIONS),
  'https:': new https.Agent(AGENT_OPTIONS),
} as const;

const decoders: Record<string, (body: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/** Statuses whose response has no body, which the Response constructor insists on. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export const httpFetch: typeof fetch = async (input, init) => {
  const url = typeof input === 'string' ? new URL(input) : input instanceof URL ? input : undefined;
  const body = init?.body;
  const bytes =
    typeof body === 'string' || body instanceof URLSearchParams ? Buffer.from(String(body)) : body;
  const agent = url ? agents[url.protocol as keyof typeof agents] : undefined;
  if (!url || !agent || !(bytes === undefined || bytes === null || bytes instanceof Uint8Array)) {
    return fetch(input, init);
  }
  const headers = new Headers(init?.headers);
  const defaultType =
    typeof body === 'string'
      ? 'text/plain;charset=UTF-8'
      : body instanceof URLSearchParams
        ? 'application/x-www-form-urlencoded;charset=UTF-8'
        : undefined;
  if (defaultType && !headers.has('content-type')) headers.set('content-type', defaultType);
  if (bytes) headers.set('content-length', String(bytes.byteLength));
  const answer = await send(
    url,
    agent,
    init?.method ?? 'GET',
    headers,
    bytes ?? undefined,
    init?.signal ?? undefined,
  );
  if (answer.status >= 300 && answer.status < 400 && answer.headers.has('location')) {
    if (init?.redirect === 'error')
      throw new TypeError('fetch failed', { cause: new Error('redirect not allowed') });
    // Slack sends none; a proxy that redirects did not take the request, so Node's fetch sends it
    // again and follows.
    return fetch(input, init);
  }
  const response = new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, answer);
  // A constructed Response has an empty url; Node's fetch gives the one asked.
  Object.defineProperty(response, 'url', { value: url.href });
  return response;
};

interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: Buffer;
}

/** One request and its whole answer, decompressed; rejects as Node's fetch does (TypeError, AbortError). */
function send(
  url: URL,
  agent: http.Agent,
  method: string,
  headers: Headers,
  body: Uint8Array | undefined,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method,
      agent,
      headers: Object.fromEntries(headers),
      timeout: IDLE_TIMEOUT_MS,
    });
    const onAbort = () => request.destroy(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const fail = (error: unknown) => {
      signal?.removeEventListener('abort', onAbort);
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
    };
    request.on('timeout', () => request.destroy(new Error(`no answer for ${IDLE_TIMEOUT_MS} ms`)));
    request.on('error', fail);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        decoded(Buffer.concat(chunks), response.headers['content-encoding']).then(
          (bytes) =>
            resolve({
              status: response.statusCode ?? 0,
              statusText: response.statusMessage ?? '',
              headers: headersOf(response.rawHeaders),
              body: bytes,
            }),
          fail,
        );
      });
    });
    request.end(body);
  });
}

function decoded(body: Buffer, encoding: string | undefined): Promise<Buffer> {
  const decode = encoding ? decoders[encoding.trim().toLowerCase()] : undefined;
  return decode && body.length > 0 ? decode(body) : Promise.resolve(body);
}

/** rawHeaders keeps repeated headers (set-cookie) apart; Headers joins or keeps them as fetch does. */
function headersOf(raw: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
}
