/**
 * Command words typed with one slip ("refnd", "cancle", "balence") and long reason words with
 * one or two ("finacial hardshp", "profesional curtesy", "bankrupcy") read as the word meant. A
 * word is corrected only when it is not itself a known word and is close enough (a letter missing,
 * added, changed, or two swapped) to one of ours. Capitalised words inside the text are left
 * alone: they are names ("Tom Waite" is not "waive"). Short words stay exact: too many ordinary
 * words are one letter from them ("clarity" and "charity").
 */
import { NON_NAME_WORDS } from './vocabulary.ts';

const COMMAND_WORDS = ['refund', 'cancel', 'balance', 'reverse'] as const;
// Billing shorthand that is not a slip: one word for the command it stands for.
// "udno", "unod": "undo" with two letters swapped. Too short for the one-slip rule below, and
// left as it was it would read "udno the write-off" as a write-off, the opposite of what was asked.
const SHORTHAND: Readonly<Record<string, string>> = {
  cxl: 'cancel',
  canx: 'cancel',
  // "cncl pr jane doe": cancel with its vowels left out, as "rfnd" is refund.
  cncl: 'cancel',
  cncel: 'cancel',
  rfnd: 'refund',
  udno: 'undo',
  unod: 'undo',
  nudo: 'undo',
};
const SHORTHAND_WORD = new RegExp(`\\b(?:${Object.keys(SHORTHAND).join('|')})\\b`, 'gi');
// Command words are plain ASCII of 6 or 7 letters, so a slip of one is 5 to 8 letters; reason
// words have 8 to 14, so their slips have 7 to 16. Shorter words are too close to too many
// others ("unto", "owen") to correct safely.
const CANDIDATE = /\b[A-Za-z]{5,16}\b/g;

// The single words reason.ts reads a reason from, of 8 letters or more.
const REASON_WORDS = [
  'professional',
  'courtesy',
  'financial',
  'hardship',
  'bankruptcy',
  'bankrupt',
  'deceased',
  'uncollectible',
  'uncollectable',
  'administrative',
  'collection',
  'collections',
  'clerical',
  'discount',
  'recovery',
  'goodwill',
  'unemployed',
  'uninsured',
  'coworker',
  'colleague',
  'duplicate',
  'erroneous',
  'incorrect',
] as const;
// From 12 letters a word is far enough from every other to take two slips ("proffesionl").
const TWO_SLIPS_FROM = 12;
// English words as close to a reason word as a slip is, which mean something else: left as written.
const OTHER_WORDS_NEAR_REASONS: ReadonlySet<string> = new Set([
  'decreased',
  'dismount',
  'miscount',
  'viscount',
  'uninjured',
  'profession',
  'professions',
  'processional',
  'unprofessional',
  'administrate',
  'administration',
  'administrating',
  'collectible',
  'collectable',
]);

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

/** Whether at most `max` edits (as withinOneEdit counts them) turn `a` into `b`. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (max <= 1) return withinOneEdit(a, b);
  if (Math.abs(a.length - b.length) > max) return false;
  // Optimal string alignment distance, one row at a time.
  let beforeLast: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((last[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (beforeLast[j - 2] ?? 0) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return false;
    beforeLast = last;
    last = row;
  }
  return (last[b.length] ?? max + 1) <= max;
}

/** The reason word a slip was meant as: same first letter (slips there are rare), close enough. */
function reasonWordMeant(lower: string): string | undefined {
  if (lower.length < 7 || OTHER_WORDS_NEAR_REASONS.has(lower)) return undefined;
  return REASON_WORDS.find(
    (reason) =>
      reason.charCodeAt(0) === lower.charCodeAt(0) &&
      withinEdits(lower, reason, reason.length >= TWO_SLIPS_FROM ? 2 : 1),
  );
}

// Command words have no doubled letter and "balance" ends in "ce": a letter typed twice ("ballance",
// "ballence") and "ce" written as it sounds ("balans", "ballans") are slips beside the one the rule
// allows. Only for words that start as ours do, the cheap test first.
const DOUBLED = /([a-z])\1/g;

function commandWordSounded(lower: string): string | undefined {
  const first = lower.charCodeAt(0);
  if (first !== 98 && first !== 99 && first !== 114) return undefined; // b, c or r, as ours start
  const sounded = lower.endsWith('s') ? `${lower.slice(0, -1)}ce` : lower;
  const single = sounded.replace(DOUBLED, '$1');
  if (single === lower) return undefined;
  return COMMAND_WORDS.find((command) => withinOneEdit(single, command));
}

function correctedWord(word: string, atStart: boolean): string {
  // A capital inside the text starts a name; checked first, as the cheapest way out.
  const first = word.charCodeAt(0);
  if (!atStart && first >= 65 && first <= 90) return word;
  const lower = word.toLowerCase();
  if (NON_NAME_WORDS.has(lower)) return word;
  const match =
    lower.length <= 8
      ? (COMMAND_WORDS.find((command) => withinOneEdit(lower, command)) ?? commandWordSounded(lower))
      : undefined;
  return match ?? reasonWordMeant(lower) ?? word;
}

// A word that starts a sentence is capitalised for that alone: "… for Yuki Tanaka. Hardshp - single
// mom" is read like "hardshp". After a full stop, "!", "?" or a colon and a space; not after a
// title's full stop ("Dr. Balance" is a name) or a lone initial ("J. Cancel").
const SENTENCE_END = /(?:[!?:]|(?<!\b(?:mr|mrs|ms|dr|mx|st|jr|sr|[a-z]))\.)\s+$/i;

function startsSentence(text: string, offset: number): boolean {
  return offset === 0 || SENTENCE_END.test(text.slice(Math.max(0, offset - 8), offset));
}

// The size word of "small balance" with one slip ("smal balance", "smll bal", "samll bal"): too short
// for the rule above, but before "bal" it can be no other word. Not a capitalised word inside the
// text ("Mall Balance" would be a name) nor a known word ("shall").
const SIZE_BEFORE_BALANCE = /\b[A-Za-z]{3,6}(?=[\s-]?bal)/g;

function correctedSizeWord(word: string, offset: number, whole: string): string {
  if (isCapital(word) && !startsSentence(whole, offset)) return word;
  const lower = word.toLowerCase();
  return !NON_NAME_WORDS.has(lower) && withinOneEdit(lower, 'small') ? 'small' : word;
}

// The verb of "write off" with a slip or two, as typed in a hurry or by a writer whose first
// language is not English: "writte off", "whrite off", "wriet off", "writ-off". Too short for the
// rule above, but before "off" it can be no other word than "write". Left as written, "pls writte
// off 30 dolar for Ahmed" asked nothing. Starts with "w" (a slip there is rare) and is no English
// word that stands before "off" ("white", "wipe", "wait", "wore"), nor a name inside the text.
const VERB_BEFORE_OFF = /\b[A-Za-z]{3,7}(?=[\s-]off\b)/g;
const WORDS_BEFORE_OFF_NOT_WRITE: ReadonlySet<string> = new Set(
  'white while wait waite wipe wire wise wide wife wine wore worn wrote writ wrap wrapped rite wrist wit whit waiter'.split(
    ' ',
  ),
);

function correctedWriteVerb(word: string, offset: number, whole: string): string {
  const first = word.charCodeAt(0);
  if (first !== 87 && first !== 119) return word; // W or w
  const lower = word.toLowerCase();
  if (lower === 'write' || NON_NAME_WORDS.has(lower) || WORDS_BEFORE_OFF_NOT_WRITE.has(lower)) return word;
  if (isCapital(word) && !startsSentence(whole, offset)) return word;
  return withinEdits(lower, 'write', 2) ? 'write' : word;
}

// "dolar", "dollers", "dolars": the unit with a slip, read as the amount's unit it is.
const DOLLAR_SLIP = /\b(?:dolar|doller|dollor|dolla|dollas|dolars|dollers|dollors)\b/gi;

function correctedDollar(word: string): string {
  return word.toLowerCase().endsWith('s') && word.length > 5 ? 'dollars' : 'dollar';
}

/** The text with slips in command and reason words corrected; everything else as written. */
export function correctCommandTypos(text: string): string {
  const offTyped = text.includes(' off') || text.includes('-off');
  const verbsFixed = offTyped ? text.replace(VERB_BEFORE_OFF, correctedWriteVerb) : text;
  const dollarsFixed = verbsFixed.includes('dol')
    ? verbsFixed.replace(DOLLAR_SLIP, correctedDollar)
    : verbsFixed;
  return dollarsFixed
    .replace(SHORTHAND_WORD, (word) => SHORTHAND[word.toLowerCase()] ?? word)
    .replace(SIZE_BEFORE_BALANCE, correctedSizeWord)
    .replace(CANDIDATE, (word, offset: number, whole: string) =>
      correctedWord(word, offset === 0 || (isCapital(word) && startsSentence(whole, offset))),
    );
}

function isCapital(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90;
}
