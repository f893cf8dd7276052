import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function slackSignature(signingSecret: string, timestampSec: number, rawBody: string): string {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest('hex');
  return `v0=${digest}`;
}

/** Slack refuses (and Bolt answers 401 to) requests whose timestamp is older than this. */
export const SIGNATURE_MAX_AGE_SEC = 5 * 60;

export type DeliveryOptions = {
  /** Sets `X-Slack-Retry-Num` (Bolt exposes it as `context.retryNum`). */
  retryNum?: number;
  /** Sets `X-Slack-Retry-Reason`, e.g. 'http_timeout'. */
  retryReason?: string;
  /** Signs with the wrong secret, as a forger would. */
  forgeSignature?: boolean;
  /** Dates the request 6 minutes back, past the 5-minute window. */
  staleTimestamp?: boolean;
};

export type SignedRequest = { url: string; signingSecret: string; contentType: string; rawBody: string };

export type AppResponse = { status: number; body: unknown };

function headersFor(request: SignedRequest, options: DeliveryOptions): Record<string, string> {
  const nowSec = Math.floor(Date.now() / 1000);
  const timestampSec = options.staleTimestamp ? nowSec - SIGNATURE_MAX_AGE_SEC - 60 : nowSec;
  const secret = options.forgeSignature ? `forged-${request.signingSecret}` : request.signingSecret;
  const headers: Record<string, string> = {
    // Exactly this value: Bolt compares the content type without parsing it, so no `; charset`.
    'content-type': request.contentType,
    'x-slack-request-timestamp': String(timestampSec),
    'x-slack-signature': slackSignature(secret, timestampSec, request.rawBody),
  };
  if (options.retryNum !== undefined) headers['x-slack-retry-num'] = String(options.retryNum);
  if (options.retryReason !== undefined) headers['x-slack-retry-reason'] = options.retryReason;
  return headers;
}

/** Sends one signed request to the app the way Slack does, and reads the answer (JSON when it parses). */
export async function deliverSigned(
  request: SignedRequest,
  options: DeliveryOptions = {},
): Promise<AppResponse> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: headersFor(request, options),
    body: request.rawBody,
  });
  const text = await response.text();
  try {
    return { status: response.status, body: text === '' ? '' : JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}
