/**
 * A message's top-level `text`, the fallback that notifications and some clients show instead of
 * the blocks. Slack parses mentions (`<!channel>`, `<@U…>`) and links in it just as in mrkdwn
 * blocks, so it is derived from the blocks rather than written again beside them: whatever the
 * blocks escape (names, descriptions, notes) is escaped in the fallback too. Pure.
 */
import { escapeMrkdwn, type KnownBlock } from '../views/block-kit.ts';

export interface SlackMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

/** Slack's limit for a message's `text`. */
const MAX_MESSAGE_TEXT = 40_000;

type TextObject = { readonly type: string; readonly text?: string };

/** mrkdwn is already escaped by its builder; plain text is not (it is shown literally), so it is escaped here. */
function asMrkdwn(element: TextObject): string {
  if (typeof element.text !== 'string') return '';
  return element.type === 'plain_text' ? escapeMrkdwn(element.text) : element.text;
}

function blockText(block: KnownBlock): string {
  switch (block.type) {
    case 'section': {
      const fields = (block.fields ?? []).map(asMrkdwn);
      return [block.text ? asMrkdwn(block.text) : '', ...fields].filter(Boolean).join('\n');
    }
    case 'context':
      return block.elements
        .map((e) => ('text' in e ? asMrkdwn(e as TextObject) : ''))
        .filter(Boolean)
        .join(' ');
    case 'header':
      return asMrkdwn(block.text);
    default:
      // Buttons, inputs, images: nothing a notification would read.
      return '';
  }
}

/** What the blocks say, one block a line. */
export function fallbackText(blocks: readonly KnownBlock[]): string {
  const text = blocks.map(blockText).filter(Boolean).join('\n');
  return text.length <= MAX_MESSAGE_TEXT ? text : `${text.slice(0, MAX_MESSAGE_TEXT - 1)}…`;
}

/** A message whose fallback says what its blocks say. */
export function messageOf(blocks: KnownBlock[]): SlackMessage {
  return { text: fallbackText(blocks), blocks };
}
