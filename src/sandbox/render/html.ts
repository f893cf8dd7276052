/**
 * Escaped HTML by construction: `html` escapes every interpolated value unless it is already
 * `Html` (or a list of them), so text from the app or a user can never become markup.
 */
const SAFE = Symbol('html');

export type Html = { readonly [SAFE]: true; readonly text: string };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Marks text as markup. Only for strings this module's callers built from escaped parts. */
export function raw(text: string): Html {
  return { [SAFE]: true, text };
}

const isHtml = (value: unknown): value is Html =>
  typeof value === 'object' && value !== null && SAFE in value;

type Interpolated = Html | readonly Html[] | string | number | boolean | null | undefined;

function piece(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return '';
  if (isHtml(value)) return value.text;
  if (Array.isArray(value)) return value.map((item: Html) => item.text).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += piece(value) + (strings[index + 1] ?? '');
  });
  return raw(text);
}

/** A data attribute's value: JSON, escaped by `html` when interpolated. */
export const jsonAttribute = (value: unknown): string => JSON.stringify(value);
