import { asObject, type RenderContext } from './context.ts';
import { type Html, html } from './html.ts';
import { mrkdwnToHtml, plainToHtml } from './mrkdwn.ts';

/** A Block Kit text object (plain_text or mrkdwn) as HTML; anything else renders nothing. */
export function textHtml(value: unknown, context: RenderContext): Html {
  const object = asObject(value);
  const text = typeof object?.text === 'string' ? object.text : undefined;
  if (text === undefined) return html``;
  if (object?.type === 'mrkdwn') return mrkdwnToHtml(text, context.nameOf);
  return plainToHtml(text, object?.emoji !== false);
}

/** The plain words of a text object, for attributes and option labels. */
export function plainText(value: unknown): string {
  const text = asObject(value)?.text;
  return typeof text === 'string' ? text : '';
}
