/**
 * Option text built from data, within Slack's 75 characters. The figures a person chooses by (a
 * date, an amount, a date of birth and MRN) stay whole; only the free text between them (a
 * description, a name) is shortened, with a visible "…". Cutting the whole from its end would
 * drop exactly those figures. Pure.
 */
import { clipText, LIMITS, option, type PlainTextOption } from './block-kit.ts';

export const OPTION_SEPARATOR = ' · ';

export interface OptionParts {
  /** Shown whole before the free text ("2025-03-03"). */
  readonly lead?: string;
  /** The part that gives way when the whole is too long ("Comprehensive metabolic panel…"). */
  readonly free: string;
  /** Shown whole after the free text ("$350.00"). */
  readonly tail?: string;
}

/** Fewer characters than this left for the free text would make it unreadable. */
const MIN_FREE = 4;

function wholeText(parts: OptionParts): string {
  return [parts.lead, parts.free, parts.tail].filter(Boolean).join(OPTION_SEPARATOR);
}

/** Whether the option cannot show its free text whole, which a form may then show elsewhere. */
export function isShortened(parts: OptionParts): boolean {
  return optionText(parts) !== wholeText(parts);
}

export function optionText(parts: OptionParts, max: number = LIMITS.optionText): string {
  const fixed = [parts.lead, parts.tail].filter((p): p is string => Boolean(p));
  const whole = wholeText(parts);
  if (whole.length <= max) return whole;
  const room = max - fixed.join('').length - OPTION_SEPARATOR.length * fixed.length;
  // Fixed parts that leave no room are data too long to keep whole: cut the whole from its end.
  if (room < MIN_FREE) return clipText(whole, max);
  const free = clipText(parts.free, room);
  return [parts.lead, free, parts.tail].filter(Boolean).join(OPTION_SEPARATOR);
}

/** A select option whose text comes from data: every such option is shortened by `optionText`. */
export function dataOption(parts: OptionParts, value: string): PlainTextOption {
  return option(optionText(parts), value);
}
