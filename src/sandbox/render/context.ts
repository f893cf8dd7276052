import type { NameOf } from './mrkdwn.ts';

export type JsonObject = Record<string, unknown>;

/** What rendering a surface needs besides its blocks. */
export interface RenderContext {
  readonly nameOf: NameOf;
  /** The form as it stands (entries and initial values), by block_id and action_id; modals only. */
  readonly state?: Record<string, Record<string, JsonObject>>;
  /** Field errors by block_id (response_action errors, or the client's own checks). */
  readonly errors?: Record<string, string>;
}

export const asObject = (value: unknown): JsonObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;

export const asList = (value: unknown): JsonObject[] =>
  Array.isArray(value)
    ? value.flatMap((item: unknown): JsonObject[] => {
        const object = asObject(item);
        return object ? [object] : [];
      })
    : [];

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
