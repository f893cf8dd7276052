/**
 * Text of slots only, as billers type it after a slash command: "40 jane doe hardship", "all bob
 * smith bad debt 3/4", "maría garcía 60 hardship 11/3", "full bal maria garcia agency", "reverse jane
 * roe 8/22". No verb says what is asked, yet nothing else could be: an amount (or all of it), a
 * patient and a write-off reason are a write-off; an undo word, a patient and maybe a date are an
 * undo. Read as no request, each had to be typed again, and "full bal maria garcia agency" looked up
 * a balance. The text must hold nothing but those slots: "40 jane doe" (no reason), "full bal maria
 * garcia" (no reason) and "jane doe owes 40, hardship" (a verb) keep their reading.
 */
import { writtenDateSpan } from './date.ts';
import { foldName } from './normalize.ts';
import { findPatientMention } from './patient-mention.ts';
import { withoutReasonWords } from './reason.ts';
import type { Intent } from './schema.ts';
import { HONORIFICS, NON_NAME_WORDS, SERVICE_WORDS } from './vocabulary.ts';

// All of it, as a slot: "all", "rest", "remaining", "full bal", "everything", "balance in full".
const ALL_OF_IT =
  /(?<=^|\s)(?:all(?: of it)?|(?:the )?rest|remaining(?: (?:balance|bal|amount))?|remainder|everything|(?:full|entire|whole) (?:balance|bal|amount|pr)|(?:balance|bal) in full)(?=\s|$)/g;
// An amount as a slot: "40", "$0.99", "12.5", "1,000.00".
const MONEY = /^(?:\$\s?)?(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.\d{1,2})?$/;
// Words that may stand between the slots and say nothing of their own.
const FILLER: ReadonlySet<string> = new Set(
  'for pt patient dos on of the from re acct dollars bucks please pls plz thx thanks ty'.split(' '),
);
// An undo word opens the text: "reverse jane roe 8/22", "rev lee chen".
const UNDO_WORDS: ReadonlySet<string> = new Set(['reverse', 'rev', 'undo', 'revert', 'unwind']);
const NAME_WORD = /^\p{L}[\p{L}\p{M}'-]*$/u;
const EDGE_PUNCTUATION = /^[,.;:!()"-]+|[,.;:!()"-]+$/g;
// Longer than a slash command's text, it is a sentence, and its words decide.
const MAX_LENGTH = 100;
const MAX_NAME_WORDS = 4;

interface Slots {
  /** The amounts written, as written ("$0.99", "1,000.00"). */
  readonly money: readonly string[];
  readonly undo: boolean;
  /** The name words left, lower case, in order. */
  readonly name: readonly string[];
}

/**
 * The slots of the text, or null when a word is none of them: an amount, filler, an undo word first,
 * and at most one run of name words (the patient) in between.
 */
function readSlots(rest: string): Slots | null {
  const words = rest
    .split(/\s+/)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
  const money: string[] = [];
  const name: string[] = [];
  let undo = false;
  let nameLast = -1;
  for (const [index, word] of words.entries()) {
    if (MONEY.test(word)) money.push(word);
    else if (index === 0 && UNDO_WORDS.has(word)) undo = true;
    else if (FILLER.has(word) || HONORIFICS.has(word)) continue;
    // The service the charge was for ("courtesy dr visit 50 tom baker", "lab fee 8.50 lee chen")
    // says which charge, not who.
    else if (SERVICE_WORDS.has(word)) continue;
    else if (NAME_WORD.test(word) && !NON_NAME_WORDS.has(foldName(word))) {
      // One name: "jane 40 doe" is no slot text.
      if (nameLast >= 0 && nameLast !== index - 1) return null;
      name.push(word);
      nameLast = index;
    } else return null;
  }
  return name.length <= MAX_NAME_WORDS ? { money, undo, name } : null;
}

export interface TerseRequest {
  readonly intent: Intent;
  /** The patient as written. */
  readonly patient: string;
  /** The amount as written, or null for all of it (or none, for an undo). */
  readonly amount: string | null;
}

// The cheap look that spares the rest on most texts: an amount, all of it, or an undo word first.
const MAY_BE_TERSE =
  /\d|\b(?:all|rest|remaining|remainder|everything|full|entire|whole)\b|^(?:reverse|rev|undo|revert|unwind)\b/;

/** The text from `at` on, as long as it was, blank: indexes still hold. */
function blanked(lower: string, at: number, length: number): string {
  return at < 0 ? lower : `${lower.slice(0, at)}${' '.repeat(length)}${lower.slice(at + length)}`;
}

/**
 * The request a text of slots only makes, or null when it is no such text. `lower` is the
 * normalized text, `text` the same in its own case. Only asked when the verbs read nothing, or a
 * balance ("full bal …" names one). The patient is the one the name finder reads first in command
 * text ("Ezra Expired" keeps its surname, which tells no death); else the one run of words no slot
 * takes ("$40 hardship jane doe").
 */
export function terseRequest(lower: string, text: string): TerseRequest | null {
  if (lower.length > MAX_LENGTH || lower.includes('?') || !MAY_BE_TERSE.test(lower)) return null;
  const found = findPatientMention(text, { namesAtStart: true });
  const unnamed = found === null ? lower : blanked(lower, lower.indexOf(found.toLowerCase()), found.length);
  const span = writtenDateSpan(unnamed);
  const undated = span ? blanked(unnamed, span[0], span[1] - span[0]) : unnamed;
  const unreasoned = withoutReasonWords(undated);
  const hasReason = unreasoned !== undated;
  let alls = 0;
  const rest = unreasoned.replace(ALL_OF_IT, () => {
    alls += 1;
    return ' ';
  });
  const slots = readSlots(rest);
  if (slots === null || slots.money.length + alls > 1) return null;
  // The finder's name, or the run of words left: never both, never neither.
  const patient = found ?? (slots.name.length > 0 ? nameAsWritten(text, slots.name) : null);
  if (patient === null || (found !== null && slots.name.length > 0)) return null;
  const amount = slots.money[0] ?? null;
  if (slots.undo) return alls === 0 ? { intent: 'undo_write_off', patient, amount } : null;
  return hasReason && slots.money.length + alls === 1 ? { intent: 'write_off', patient, amount } : null;
}

/** The name words as the text writes them ("Jane Doe" of "$40 hardship Jane Doe"), or null. */
function nameAsWritten(text: string, name: readonly string[]): string | null {
  const escaped = name.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = new RegExp(`(?<![\\p{L}\\p{M}])${escaped.join('\\s+')}(?![\\p{L}\\p{M}])`, 'iu').exec(text);
  return found?.[0] ?? null;
}
