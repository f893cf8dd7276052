import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorState } from './emulator-state.ts';
import { readRawBytes, sendJson } from './http-io.ts';

/** Charts and exports stay small; a bigger upload in a test is a bug. */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * The file's bytes. @slack/web-api posts them as multipart/form-data (one file field);
 * other clients post the raw bytes. Either way the file must match the announced length.
 */
async function fileBytes(request: IncomingMessage): Promise<Buffer> {
  const raw = await readRawBytes(request, MAX_UPLOAD_BYTES);
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.startsWith('multipart/form-data')) return raw;
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  for (const value of form.values()) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}

/** POST /upload/{file_id}: the URL that files.getUploadURLExternal handed out. */
export async function handleUpload(
  state: EmulatorState,
  fileId: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const outcome = state.files.receive(fileId, await fileBytes(request));
  if (outcome === 'ok') {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end(`OK - ${fileId}`);
    return;
  }
  state.recordViolation('files.upload', outcome, [`[ERROR] upload of ${fileId} refused: ${outcome}`]);
  sendJson(response, outcome === 'not_found' ? 404 : 400, { ok: false, error: outcome });
}
