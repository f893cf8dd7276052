import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request bodies are capped: Slack refuses huge payloads and a test never needs them. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export async function readRawBody(request: IncomingMessage): Promise<string> {
  return (await readRawBytes(request)).toString('utf8');
}

/** The body as bytes: uploaded files are binary (a PNG chart), not text. */
export async function readRawBytes(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
