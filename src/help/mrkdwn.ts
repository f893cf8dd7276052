/** Article Markdown to Slack mrkdwn, and trimming to a length a Slack message reads well at. */

export function markdownToMrkdwn(markdown: string): string {
  return unwrapParagraphs(markdown)
    .replace(/\*\*(.+?)\*\*/g, '*$1*') // Markdown bold is Slack's *bold*
    .replace(/^(\s*)[-*]\s+/gm, '$1• ')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<$2|$1>')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const LIST_ITEM = /^\s*(?:[-*•]|\d+\.)\s/;

/** Articles are wrapped at ~100 columns for editing; Slack should reflow them, so join the lines. */
function unwrapParagraphs(markdown: string): string {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    const previous = out.at(-1);
    const continues = previous !== undefined && previous.trim() !== '' && line.trim() !== '';
    if (continues && !LIST_ITEM.test(line)) out[out.length - 1] = `${previous} ${line.trim()}`;
    else out.push(line);
  }
  return out.join('\n');
}

/**
 * Cuts text to at most maxChars, at a line break when one is reasonably close, else at a word,
 * and says it was cut so the reader knows there is more in the article.
 */
export function trimToLength(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const ellipsis = ' …';
  const room = text.slice(0, maxChars - ellipsis.length);
  const lineBreak = room.lastIndexOf('\n');
  const cut = lineBreak > room.length * 0.6 ? lineBreak : room.lastIndexOf(' ');
  return `${room.slice(0, cut > 0 ? cut : room.length).trimEnd()}${ellipsis}`;
}
