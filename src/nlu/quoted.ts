/**
 * A message that quotes an earlier request and then asks something new: "> write off $50 for Nadia
 * Petrova, bad debt   oops wrong patient, sorry - please undo that write-off". The quoted lines
 * (Slack's "> " markup, one per line or flattened onto one) are context: what the message asks is
 * what follows them. Read whole, the quote's write-off (its verb, its amount) was the request. The
 * quote still says whom "that write-off" or "her" is about, so its patient is kept for a reply that
 * names none (parse.ts).
 */
import { asksSomething } from './first-request.ts';

// A quote opens the message: "> …" (withoutSlackMarkup has turned "&gt;" into ">").
const QUOTE_START = /^\s*>\s?/;
// Where a quote flattened onto one line ends, in order of trust: a run of spaces, a word that
// starts a reply to it ("oops", "sorry", "actually", "wait", "nvm"…), a sentence's end.
const FLAT_QUOTE_ENDS = [
  /\s{2,}(?=\S)/,
  /[\s,.;!?-](?=(?:oops|whoops|sorry|actually|wait|nvm|never ?mind|hmm+|ugh|correction|update)\b)/i,
  /[.!?]\s+(?=\S)/,
];

export interface QuotedMessage {
  /** What is asked after the quote. */
  readonly reply: string;
  /** The quoted lines, context only. */
  readonly quote: string;
}

/** The quote and the reply after it, when the message opens with a quote and then asks; else null. */
export function splitQuoted(text: string): QuotedMessage | null {
  if (!QUOTE_START.test(text)) return null;
  const lines = text.split('\n');
  const quoted: string[] = [];
  let at = 0;
  while (at < lines.length && QUOTE_START.test(lines[at] ?? '')) {
    quoted.push((lines[at] ?? '').replace(QUOTE_START, ''));
    at++;
  }
  const reply = lines.slice(at).join('\n').trim();
  if (reply !== '') return asksSomething(reply) ? { reply, quote: quoted.join('\n') } : null;
  // Flattened: the last quoted line holds the reply after the quote's end.
  const last = quoted.at(-1) ?? '';
  for (const pattern of FLAT_QUOTE_ENDS) {
    const end = pattern.exec(last);
    if (!end) continue;
    const flatReply = last.slice(end.index + end[0].length).trim();
    if (flatReply !== '' && asksSomething(flatReply))
      return { reply: flatReply, quote: [...quoted.slice(0, -1), last.slice(0, end.index)].join('\n') };
  }
  return null;
}
