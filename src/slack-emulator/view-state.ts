import type { JsonObject } from './types.ts';

/** What a user enters in one input block: text, a chosen option value, several values, or per action_id. */
export type FieldValue = string | number | string[] | null;
export type FormInputs = Record<string, FieldValue | Record<string, FieldValue>>;

type Element = JsonObject & { type: string; action_id: string };
export type StatefulElement = { blockId: string; block: JsonObject; element: Element };

const asObject = (value: unknown): JsonObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;

/** Actions-block elements that only send an action and hold no value. */
const STATELESS_TYPES = new Set(['button', 'overflow', 'workflow_button']);

/** Per block_id, per action_id: the entries of `view.state.values`. */
export type StateValues = Record<string, Record<string, JsonObject>>;

/**
 * Elements whose value Slack reports in `view.state.values`: input elements and the
 * value-holding elements of actions blocks (selects, pickers, checkboxes; not buttons).
 */
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
      if (STATELESS_TYPES.has(element.type)) return [];
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

const enteredEntry = (entered: JsonObject | undefined, item: StatefulElement): JsonObject | undefined => {
  const entry = asObject(asObject(entered?.[item.blockId])?.[item.element.action_id]);
  // An entry made in another kind of element (the app swapped a select for a text input) is void.
  return entry?.type === item.element.type ? entry : undefined;
};

/**
 * Builds `view.state.values` ({ [block_id]: { [action_id]: entry } }) from a view and the
 * user's inputs keyed by block_id. Unknown block ids throw: a test addressing a field that
 * is not in the view is a bug in the test or in the view. `entered` is what the user already
 * entered in the view (the stored `state.values`): fields not in `inputs` keep it, and fields
 * the user never touched report their initial values.
 */
export function buildStateValues(view: JsonObject, inputs: FormInputs, entered?: JsonObject): JsonObject {
  const elements = statefulElements(view);
  const known = new Set(elements.map((item) => item.blockId));
  const unknown = Object.keys(inputs).filter((blockId) => !known.has(blockId));
  if (unknown.length > 0) throw new Error(`No input block with block_id ${unknown.join(', ')} in the view`);
  const values: Record<string, JsonObject> = {};
  for (const item of elements) {
    const count = elements.filter((other) => other.blockId === item.blockId).length;
    const blockValues = values[item.blockId] ?? {};
    const input = inputFor(inputs, item, count);
    blockValues[item.element.action_id] =
      input === undefined
        ? (enteredEntry(entered, item) ?? initialEntry(item.element))
        : stateEntry(item.element, input);
    values[item.blockId] = blockValues;
  }
  return values;
}

/**
 * The user's own entries for `inputs`, in `state.values` shape, merged over what they had
 * entered before: what Slack's client holds after the user typed or chose these values.
 */
export function recordInputs(view: JsonObject, entered: JsonObject, inputs: FormInputs): StateValues {
  const elements = statefulElements(view);
  const built = buildStateValues(view, inputs) as StateValues;
  const merged = copyState(entered);
  for (const item of elements) {
    const count = elements.filter((other) => other.blockId === item.blockId).length;
    if (inputFor(inputs, item, count) === undefined) continue;
    const entry = built[item.blockId]?.[item.element.action_id];
    if (entry) merged[item.blockId] = { ...merged[item.blockId], [item.element.action_id]: entry };
  }
  return merged;
}

/** Keys of a block_actions action that carry the element's value, as in `state.values`. */
const VALUE_KEYS = [
  'value',
  'selected_option',
  'selected_options',
  'selected_date',
  'selected_time',
  'selected_date_time',
  'selected_user',
  'selected_users',
  'selected_conversation',
  'selected_conversations',
  'selected_channel',
  'selected_channels',
  'rich_text_value',
];

/**
 * Folds the values carried by block_actions actions into the user's entries: in Slack the
 * element that changed is part of the form state sent with the action. Actions on elements
 * that hold no value (buttons) or that carry no value change nothing.
 */
export function recordActions(
  view: JsonObject,
  entered: JsonObject,
  actions: readonly { action_id: string; block_id: string; [key: string]: unknown }[],
): StateValues {
  const elements = statefulElements(view);
  const merged = copyState(entered);
  for (const action of actions) {
    const item = elements.find(
      (candidate) =>
        candidate.blockId === action.block_id && candidate.element.action_id === action.action_id,
    );
    const carried = VALUE_KEYS.filter((key) => key in action);
    if (!item || carried.length === 0) continue;
    const entry: JsonObject = { type: item.element.type };
    for (const key of carried) entry[key] = action[key];
    merged[item.blockId] = { ...merged[item.blockId], [item.element.action_id]: entry };
  }
  return merged;
}

/**
 * What survives `views.update` (or an `update` ack): Slack keeps the user's entries in input
 * blocks whose block_id and action_id are unchanged in the new view, for the same element
 * type. Entries for blocks that disappeared, changed action_id or element type, or sit in
 * actions blocks are dropped; untouched fields show the new view's initial values.
 */
export function keptEnteredValues(newView: JsonObject, entered: JsonObject): StateValues {
  const kept: StateValues = {};
  for (const item of statefulElements(newView)) {
    if (item.block.type !== 'input') continue;
    const entry = enteredEntry(entered, item);
    if (entry) kept[item.blockId] = { ...kept[item.blockId], [item.element.action_id]: entry };
  }
  return kept;
}

/** Whether Slack sends block_actions when this element changes: actions blocks always, inputs with dispatch_action. */
export function dispatchesActions(item: StatefulElement): boolean {
  return item.block.type === 'actions' || item.block.dispatch_action === true;
}

function copyState(values: JsonObject): StateValues {
  const copy: StateValues = {};
  for (const [blockId, block] of Object.entries(values)) {
    const actions = asObject(block);
    if (actions) copy[blockId] = { ...(actions as Record<string, JsonObject>) };
  }
  return copy;
}

/** What the user has entered in a stored view: its `state.values`. */
export function enteredValues(view: JsonObject): JsonObject {
  return asObject(asObject(view.state)?.values) ?? {};
}

/**
 * The form as it currently stands, as Slack sends it to the app: every field, with the user's
 * entries where they made one and initial values elsewhere.
 */
export function currentStateValues(view: JsonObject): JsonObject {
  return buildStateValues(view, {}, enteredValues(view));
}

/** The view as a payload carries it: `state.values` is the whole current form. */
export function withCurrentState(view: JsonObject): JsonObject {
  return { ...view, state: { values: currentStateValues(view) } };
}
