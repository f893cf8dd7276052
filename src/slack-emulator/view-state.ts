import type { JsonObject } from './types.ts';

/** What a user enters in one input block: text, a chosen option value, several values, or per action_id. */
export type FieldValue = string | number | string[] | null;
export type FormInputs = Record<string, FieldValue | Record<string, FieldValue>>;

type Element = JsonObject & { type: string; action_id: string };
export type StatefulElement = { blockId: string; block: JsonObject; element: Element };

const asObject = (value: unknown): JsonObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;

/** Elements whose value Slack reports in `view.state.values`: input elements and actions-block elements. */
export function statefulElements(view: JsonObject): StatefulElement[] {
  const blocks = Array.isArray(view.blocks) ? view.blocks : [];
  return blocks.flatMap((raw): StatefulElement[] => {
    const block = asObject(raw);
    const blockId = typeof block?.block_id === 'string' ? block.block_id : undefined;
    if (!block || !blockId) return [];
    const candidates =
      block.type === 'input' ? [block.element] : block.type === 'actions' ? block.elements : [];
    return (Array.isArray(candidates) ? candidates : []).flatMap((candidate) => {
      const element = asObject(candidate);
      if (typeof element?.type !== 'string' || typeof element.action_id !== 'string') return [];
      return [{ blockId, block, element: element as Element }];
    });
  });
}

function allOptions(element: Element): JsonObject[] {
  const direct = Array.isArray(element.options) ? element.options : [];
  const grouped: unknown[] = Array.isArray(element.option_groups)
    ? element.option_groups.flatMap((group) => asObject(group)?.options ?? [])
    : [];
  return [...direct, ...grouped].flatMap((option): JsonObject[] => {
    const object = asObject(option);
    return object ? [object] : [];
  });
}

/** A chosen option as Slack reports it; external options are unknown to the view, so the value doubles as text. */
function optionFor(element: Element, value: string): JsonObject {
  if (element.type.includes('external')) return { text: { type: 'plain_text', text: value }, value };
  const option = allOptions(element).find((candidate) => candidate.value === value);
  if (!option) throw new Error(`No option with value '${value}' in ${element.type} '${element.action_id}'`);
  return option;
}

const list = (value: FieldValue): string[] =>
  value === null ? [] : Array.isArray(value) ? value : [String(value)];
const single = (value: FieldValue): string | null => (value === null ? null : (list(value)[0] ?? null));

/** The state entry for one element given what the user entered (or null for untouched). */
function stateEntry(element: Element, value: FieldValue | undefined): JsonObject {
  const type = element.type;
  if (value === undefined) return initialEntry(element);
  const one = single(value);
  switch (type) {
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
      return { type, selected_option: one === null ? null : optionFor(element, one) };
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return { type, selected_options: list(value).map((v) => optionFor(element, v)) };
    case 'datepicker':
      return { type, selected_date: one };
    case 'timepicker':
      return { type, selected_time: one };
    case 'users_select':
      return { type, selected_user: one };
    case 'multi_users_select':
      return { type, selected_users: list(value) };
    case 'conversations_select':
      return { type, selected_conversation: one };
    case 'channels_select':
      return { type, selected_channel: one };
    default:
      return { type, value: one };
  }
}

/** Untouched fields report their initial values, as in Slack. */
function initialEntry(element: Element): JsonObject {
  const type = element.type;
  if ('initial_option' in element) return { type, selected_option: element.initial_option ?? null };
  if ('initial_options' in element) return { type, selected_options: element.initial_options ?? [] };
  if (type.includes('select') && !type.startsWith('multi')) return { type, selected_option: null };
  if (type === 'datepicker') return { type, selected_date: element.initial_date ?? null };
  if (type === 'timepicker') return { type, selected_time: element.initial_time ?? null };
  return { type, value: element.initial_value ?? null };
}

function inputFor(inputs: FormInputs, item: StatefulElement, elementCount: number): FieldValue | undefined {
  const entry = inputs[item.blockId];
  const byAction = asObject(entry) as Record<string, FieldValue> | undefined;
  if (byAction) return byAction[item.element.action_id];
  // A plain value only addresses a block with a single element (always true for input blocks).
  return elementCount === 1 ? (entry as FieldValue | undefined) : undefined;
}

/**
 * Builds `view.state.values` ({ [block_id]: { [action_id]: entry } }) from a view and the
 * user's inputs keyed by block_id. Unknown block ids throw: a test addressing a field that
 * is not in the view is a bug in the test or in the view.
 */
export function buildStateValues(view: JsonObject, inputs: FormInputs): JsonObject {
  const elements = statefulElements(view);
  const known = new Set(elements.map((item) => item.blockId));
  const unknown = Object.keys(inputs).filter((blockId) => !known.has(blockId));
  if (unknown.length > 0) throw new Error(`No input block with block_id ${unknown.join(', ')} in the view`);
  const values: Record<string, JsonObject> = {};
  for (const item of elements) {
    const count = elements.filter((other) => other.blockId === item.blockId).length;
    const blockValues = values[item.blockId] ?? {};
    blockValues[item.element.action_id] = stateEntry(item.element, inputFor(inputs, item, count));
    values[item.blockId] = blockValues;
  }
  return values;
}
