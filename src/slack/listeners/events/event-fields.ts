/**
 * Event fields read at the edge. Slack's events are typed by Bolt, but nothing checks a payload
 * against those types: an event whose text is a number, or whose user is an object, would reach
 * code that calls string methods on it and fail there. Each listener reads the fields it uses
 * through these, and an event with a field of the wrong type is logged (field names only, never
 * a value: a text may name a patient) and ignored.
 */
import type { SlackDeps } from '../../deps.ts';

type Fields = Readonly<Record<string, unknown>>;

/** The field when it is a string; undefined when it is absent. */
export function optionalString(event: Fields, key: string): string | undefined | typeof WRONG_TYPE {
  const value = event[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : WRONG_TYPE;
}

export const WRONG_TYPE: unique symbol = Symbol('wrong type');

/**
 * The named fields, each a string or absent; null when any has another type, after logging which
 * (the event's type and the fields' names only).
 */
export function stringFields<K extends string>(
  deps: SlackDeps,
  event: Fields,
  keys: readonly K[],
): { readonly [P in K]: string | undefined } | null {
  const read: Record<string, string | undefined> = {};
  const wrong: string[] = [];
  for (const key of keys) {
    const value = optionalString(event, key);
    if (value === WRONG_TYPE) wrong.push(key);
    else read[key] = value;
  }
  if (wrong.length === 0) return read as { readonly [P in K]: string | undefined };
  deps.logger.warn('event ignored: fields of the wrong type', {
    eventType: typeof event.type === 'string' ? event.type : 'unknown',
    fields: wrong.join(','),
  });
  return null;
}
