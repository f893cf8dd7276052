/**
 * Slack mrkdwn to HTML: *bold*, _italic_, ~strike~, `code`, ```blocks```, > quotes, links,
 * user and channel mentions shown as names, a few emoji. Text is escaped first; markup is
 * only ever added by this module.
 */
import { escapeHtml, type Html, raw } from './html.ts';

/** How a mention is shown: the person's name, or undefined to show the id. */
export type NameOf = (userId: string) => string | undefined;

/** The emoji the app uses, and a few common ones; others stay as their :code:. */
const EMOJI: Record<string, string> = {
  white_check_mark: '✅',
  no_entry: '⛔',
  warning: '⚠️',
  mag: '🔍',
  leftwards_arrow_with_hook: '↩️',
  hourglass_flowing_sand: '⏳',
  hourglass: '⌛',
  raised_hand: '✋',
  x: '❌',
  information_source: 'ℹ️',
  bulb: '💡',
  tada: '🎉',
  lock: '🔒',
  moneybag: '💰',
  wave: '👋',
};

/** Slack sends &, < and > as entities inside text; they are shown as the characters. */
const decodeEntities = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const SAFE_URL = /^(https?:|mailto:)/i;

/** One `<…>` token: a mention, a channel, a special mention or a link. */
function tokenHtml(token: string, nameOf: NameOf): string {
  const [target = '', label] = token.split('|', 2);
  if (target.startsWith('@')) {
    const id = target.slice(1);
    const name = nameOf(id) ?? label ?? id;
    return `<span class="mention" data-user="${escapeHtml(id)}">@${escapeHtml(name)}</span>`;
  }
  if (target.startsWith('#')) return `<span class="mention">#${escapeHtml(label ?? target.slice(1))}</span>`;
  if (target.startsWith('!'))
    return `<span class="mention">@${escapeHtml(target.slice(1).split('^')[0] ?? '')}</span>`;
  const url = decodeEntities(target);
  const text = escapeHtml(decodeEntities(label ?? target));
  if (!SAFE_URL.test(url)) return text;
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}

function inlineFormatting(escaped: string): string {
  return escaped
    .replace(/(^|[\s(])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s.,;:!?)])/g, '$1<b>$2</b>')
    .replace(/(^|[\s(])_(?=\S)([^_\n]*?\S)_(?=$|[\s.,;:!?)])/g, '$1<i>$2</i>')
    .replace(/(^|[\s(])~(?=\S)([^~\n]*?\S)~(?=$|[\s.,;:!?)])/g, '$1<s>$2</s>')
    .replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
}

/** Lines starting with "&gt; " (an escaped "> ") become one quote block each. */
function quotes(formatted: string): string {
  return formatted
    .split('\n')
    .map((line) => (line.startsWith('&gt; ') ? `<blockquote>${line.slice(5)}</blockquote>` : line))
    .join('\n')
    .replace(/<\/blockquote>\n<blockquote>/g, '<br>')
    .replace(/\n/g, '<br>');
}

export function mrkdwnToHtml(text: string, nameOf: NameOf): Html {
  // Protected parts (tokens, code) are swapped for placeholders so formatting cannot reach inside.
  const protectedParts: string[] = [];
  const protect = (markup: string) => `\uE000${protectedParts.push(markup) - 1}\uE000`;
  let working = text
    .replace(/```([\s\S]*?)```/g, (_m, code: string) =>
      protect(`<pre>${escapeHtml(decodeEntities(code))}</pre>`),
    )
    .replace(/`([^`\n]+)`/g, (_m, code: string) =>
      protect(`<code>${escapeHtml(decodeEntities(code))}</code>`),
    )
    .replace(/<([^<>\n]+)>/g, (_m, token: string) => protect(tokenHtml(token, nameOf)));
  working = quotes(inlineFormatting(escapeHtml(decodeEntities(working))));
  return raw(
    working.replace(/\uE000(\d+)\uE000/g, (_m, index: string) => protectedParts[Number(index)] ?? ''),
  );
}

/** plain_text objects: escaped, emoji codes shown when `emoji` is not false. */
export function plainToHtml(text: string, emoji = true): Html {
  const escaped = escapeHtml(text);
  return raw(
    emoji ? escaped.replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole) : escaped,
  );
}
