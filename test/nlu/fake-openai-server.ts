/**
 * A local stand-in for the OpenAI chat completions endpoint (POST /v1/chat/completions) on
 * 127.0.0.1 and a random port. Each test decides the reply; every request body is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeReply {
  readonly status?: number;
  /** The assistant message content (normally a JSON string). */
  readonly content?: string | null;
  readonly refusal?: string | null;
  readonly delayMs?: number;
}

export interface FakeOpenAI {
  readonly baseURL: string;
  readonly requestBodies: string[];
  reply: FakeReply;
  close(): Promise<void>;
}

function completion(reply: FakeReply): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'gpt-4o-mini',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: reply.content ?? null, refusal: reply.refusal ?? null },
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requestBodies: string[] = [];
  const fake = { reply: {} as FakeReply };
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    requestBodies.push(await readBody(request));
    const reply = fake.reply;
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (response.destroyed) return;
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      response.writeHead(404).end();
      return;
    }
    const status = reply.status ?? 200;
    const body =
      status === 200
        ? completion(reply)
        : JSON.stringify({ error: { message: 'boom', type: 'server_error' } });
    response.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requestBodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
