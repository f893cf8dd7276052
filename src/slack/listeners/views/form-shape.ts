/**
 * A submitted form's state as Slack sends it: per block, per element, a text `value` (a string or
 * null), a `selected_option` with a string `value`, or `selected_options` of them. A client that
 * sends anything else (an amount as the number 8, an object) is a buggy one; reading it as a form
 * would fail deep in the rules, so such fields are refused on the form instead.
 */

type Entry = { value?: unknown; selected_option?: unknown; selected_options?: unknown };

export const UNREADABLE_FIELD_TEXT = 'This field could not be read. Please enter it again.';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isOption = (v: unknown) => isRecord(v) && typeof v.value === 'string';

function readable(entry: unknown): boolean {
  if (!isRecord(entry)) return false;
  const { value, selected_option: option, selected_options: options } = entry as Entry;
  if (value !== undefined && value !== null && typeof value !== 'string') return false;
  if (option !== undefined && option !== null && !isOption(option)) return false;
  return options === undefined || (Array.isArray(options) && options.every(isOption));
}

/** The state's values when they are an object of objects; anything else reads as an empty form. */
export function stateValues(state: unknown): Record<string, Record<string, unknown>> {
  const values = isRecord(state) ? state.values : undefined;
  if (!isRecord(values)) return {};
  return Object.fromEntries(Object.entries(values).filter(([, block]) => isRecord(block))) as Record<
    string,
    Record<string, unknown>
  >;
}

/**
 * Field errors for the blocks whose entries are not what Slack sends, keyed by input block ids
 * of the view (a block the view does not have goes on its first input, if it has one); empty
 * when every field reads.
 */
export function unreadableFieldErrors(
  values: Record<string, Record<string, unknown>>,
  blocks: readonly unknown[],
): Record<string, string> {
  const inputs = blocks
    .filter((b): b is { type: string; block_id: string } => isRecord(b) && b.type === 'input')
    .map((b) => b.block_id);
  const errors: Record<string, string> = {};
  for (const [blockId, block] of Object.entries(values)) {
    if (Object.values(block).every(readable)) continue;
    const target = inputs.includes(blockId) ? blockId : (inputs[0] ?? blockId);
    errors[target] = UNREADABLE_FIELD_TEXT;
  }
  return errors;
}
