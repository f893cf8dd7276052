import type { JsonObject } from './types.ts';
import { statefulElements } from './view-state.ts';

const isEmpty = (entry: JsonObject): boolean => {
  const filled = Object.entries(entry).filter(([key]) => key !== 'type');
  return filled.every(
    ([, value]) => value === null || value === '' || (Array.isArray(value) && value.length === 0),
  );
};

function numberProblem(element: JsonObject, text: string): string | undefined {
  const decimalAllowed = element.is_decimal_allowed === true;
  const pattern = decimalAllowed ? /^-?\d+(\.\d+)?$/ : /^-?\d+$/;
  if (!pattern.test(text)) return decimalAllowed ? 'Enter a number.' : 'Enter a whole number.';
  const value = Number(text);
  if (element.min_value !== undefined && value < Number(element.min_value)) {
    return `Enter a number of at least ${element.min_value}.`;
  }
  if (element.max_value !== undefined && value > Number(element.max_value)) {
    return `Enter a number no greater than ${element.max_value}.`;
  }
  return undefined;
}

function textLengthProblem(element: JsonObject, text: string): string | undefined {
  if (typeof element.min_length === 'number' && text.length < element.min_length) {
    return `Enter at least ${element.min_length} characters.`;
  }
  if (typeof element.max_length === 'number' && text.length > element.max_length) {
    return `Enter no more than ${element.max_length} characters.`;
  }
  return undefined;
}

/**
 * The checks Slack's own client makes before it sends a view_submission: required inputs
 * filled, number_input numeric and in range, text within min/max length. When any fails the
 * app never hears about the submission, so tests must not either. Answers messages by block_id.
 */
export function clientSideErrors(view: JsonObject, values: JsonObject): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { blockId, block, element } of statefulElements(view)) {
    if (block.type !== 'input') continue;
    const entry = (values[blockId] as Record<string, JsonObject> | undefined)?.[element.action_id] ?? {};
    if (isEmpty(entry)) {
      if (block.optional !== true) errors[blockId] = 'Please complete this required field.';
      continue;
    }
    const text = typeof entry.value === 'string' ? entry.value : undefined;
    if (text === undefined) continue;
    const problem =
      element.type === 'number_input' ? numberProblem(element, text) : textLengthProblem(element, text);
    if (problem) errors[blockId] = problem;
  }
  return errors;
}
