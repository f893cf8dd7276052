import { parse as parseQueryString } from 'node:querystring';
import type { JsonObject } from './types.ts';

/**
 * @slack/web-api sends `application/x-www-form-urlencoded` bodies in which every object or
 * array argument (view, blocks, prompts...) is a JSON string; scalars arrive as strings.
 * These are the arguments Slack itself decodes from JSON.
 */
const JSON_ENCODED_FIELDS = new Set([
  'view',
  'blocks',
  'attachments',
  'prompts',
  'metadata',
  'unfurls',
  'user_auth_blocks',
  'options',
  'files',
]);

export class BodyParseError extends Error {}

function decodeJsonFields(form: JsonObject): JsonObject {
  const decoded: JsonObject = {};
  for (const [key, value] of Object.entries(form)) {
    if (typeof value === 'string' && JSON_ENCODED_FIELDS.has(key)) {
      try {
        decoded[key] = JSON.parse(value);
      } catch {
        throw new BodyParseError(`${key} is not valid JSON`);
      }
    } else {
      decoded[key] = value;
    }
  }
  return decoded;
}

function parseForm(raw: string): JsonObject {
  const form: JsonObject = {};
  for (const [key, value] of Object.entries(parseQueryString(raw))) {
    form[key] = Array.isArray(value) ? value.at(-1) : value;
  }
  return decodeJsonFields(form);
}

/** Parses a Web API request body the way Slack does, by its content type (charset ignored). */
export function parseApiBody(contentType: string | undefined, raw: string): JsonObject {
  if (raw.trim() === '') return {};
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/json') {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new BodyParseError('JSON body must be an object');
    }
    return parsed as JsonObject;
  }
  if (mediaType === 'application/x-www-form-urlencoded') return parseForm(raw);
  throw new BodyParseError(`unsupported content type ${contentType ?? '(none)'}`);
}

/** The token comes in the Authorization header (the client's way) or a `token` field. */
export function tokenOf(authorization: string | undefined, body: JsonObject): string | undefined {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  return typeof body.token === 'string' ? body.token : undefined;
}
