import type { ApiError, ApiResult, JsonObject } from './types.ts';

export const ok = (fields: JsonObject = {}): ApiResult => ({ ok: true, ...fields });

export const fail = (error: string, messages?: string[]): ApiError =>
  messages && messages.length > 0
    ? { ok: false, error, response_metadata: { messages } }
    : { ok: false, error };

/** Slack's answer to a payload that breaks a Block Kit or view rule. */
export const invalidArguments = (messages: string[]): ApiError => fail('invalid_arguments', messages);

export const missingArgument = (name: string): ApiError =>
  invalidArguments([`[ERROR] missing required field: ${name}`]);

export const readString = (body: JsonObject, key: string): string | undefined => {
  const value = body[key];
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : undefined;
};

/** Form-encoded requests carry booleans as 'true'/'false'; JSON requests as real booleans. */
export const readBoolean = (body: JsonObject, key: string): boolean =>
  body[key] === true || body[key] === 'true';
