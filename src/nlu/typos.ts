/**
 * Command words typed with one slip ("refnd", "cancle", "balence") read as the word meant. A
 * word is corrected only when it is not itself a known word and is one edit (a letter missing,
 * added, changed, or two swapped) from a command word. Capitalised words inside the text are
 * left alone: they are names ("Tom Waite" is not "waive").
 */
import { NON_NAME_WORDS } from './vocabulary.ts';

const COMMAND_WORDS = ['refund', 'cancel', 'balance', 'reverse'] as const;
// Billing shorthand that is not a slip: one word for the command it stands for.
// "udno", "unod": "undo" with two letters swapped. Too short for the one-slip rule below, and
// left as it was it would read "udno the write-off" as a write-off, the opposite of what was asked.
const SHORTHAND: Readonly<Record<string, string>> = {
  cxl: 'cancel',
  canx: 'cancel',
  rfnd: 'refund',
  udno: 'undo',
  unod: 'undo',
  nudo: 'undo',
};
const SHORTHAND_WORD = new RegExp(`\\b(?:${Object.keys(SHORTHAND).join('|')})\\b`, 'gi');
// Command words are plain ASCII of 6 or 7 letters, so a slip of one is 5 to 8 letters. Shorter
// words are too close to too many others ("unto", "owen") to correct safely.
const CANDIDATE = /\b[A-Za-z]{5,8}\b/g;

/** At most one insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

function correctedWord(word: string, atStart: boolean): string {
  // A capital inside the text starts a name; checked first, as the cheapest way out.
  const first = word.charCodeAt(0);
  if (!atStart && first >= 65 && first <= 90) return word;
  const lower = word.toLowerCase();
  if (NON_NAME_WORDS.has(lower)) return word;
  const match = COMMAND_WORDS.find((command) => withinOneEdit(lower, command));
  return match ?? word;
}

/** The text with command-word slips corrected; everything else as written. */
export function correctCommandTypos(text: string): string {
  return text
    .replace(SHORTHAND_WORD, (word) => SHORTHAND[word.toLowerCase()] ?? word)
    .replace(CANDIDATE, (word, offset: number) => correctedWord(word, offset === 0));
}
