/**
 * A word standing alone where a one-word name could ("for Jane", "refund Bob $20") that is none:
 * a feeling or remark tacked on to a message ("when do I cancel PR vs write it off? confused",
 * "Stumped. which reason for a bankruptcy?") or an abbreviation in capitals, in the plural ("The
 * clearinghouse is down again, ERAs won't load"). Read as the patient, each opened a look-up for
 * someone who does not exist, or put the word in front of a biller as a name.
 */
import type { Token } from './name-tokens.ts';

// Feelings and remarks, in any case. Not those that are also names ("Joy", "Hope", "Odd", "Ty").
const REMARKS: ReadonlySet<string> = new Set(
  `confused confusing lost stuck stumped puzzled baffled perplexed unsure unclear curious annoyed
  annoying frustrated frustrating worried concerned nervous anxious scared afraid sad mad angry
  happy glad tired exhausted overwhelmed swamped slammed busy stressed weird crazy silly dumb
  stupid ridiculous embarrassed bored relieved surprised shocked grateful thankful desperate
  awkward lol lmao rofl ugh argh hmm hmmm sigh yikes welp meh halp bummer smh omg wtf jk tbh`
    .split(/\s+/)
    .filter(Boolean),
);

// "Stumped. which reason …", "ugh!! how do I …": a remark that makes a sentence of its own before
// the text's ask, which is read without it (asked-part.ts).
export const REMARK_FIRST = new RegExp(String.raw`^(?:${[...REMARKS].join('|')})\s*[.!?,;]+\s*`);

// "ERAs", "EOBs", "NPIs": letters in capitals and a plural "s", as abbreviations are written.
const CAPITALS_PLURAL = /^\p{Lu}{2,}s$/u;

// Endings of adjectives and participles: "frustrated", "confusing", "hopeless", "helpful". Not
// "-red", "-med", "-eed" (Alfred, Mohammed, Reed), and only for a word in lower case that makes a
// sentence of its own (SENTENCE_END before it, nothing after): "refund $20 to javed" stays a name.
const ADJECTIVE_ENDING = /^\p{Ll}{3,}(?:(?<![rme])ed|ing|ous|ful|less|ish)$/u;
const SENTENCE_END: ReadonlySet<string> = new Set(['?', '!', '.', ';']);

function standsAsSentence(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    (before === undefined || SENTENCE_END.has(before.folded)) &&
    (after === undefined || after.kind === 'punct')
  );
}

// Adverbs that say how it is done: "or do I have to write it off separately", "refund it
// manually", "undo it completely". In lower case only, and only endings no given name has ("Sally",
// "Beverly", "Kimberly" keep theirs).
const ADVERB_ENDING = /^\p{Ll}{3,}(?:ate|al|ent|ant|ous|ful|ive|ed|ss|ct|ire|ete)ly$/u;

/** "separately", "manually": a word, as written, that says how something is done. */
export function isMannerAdverb(written: string): boolean {
  return ADVERB_ENDING.test(written);
}

// "last night's batch", "this shift's write-offs", "next quarter": a word after these says when.
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'past', 'every', 'each']);

/** "undo last night's batch": a lower-case word after "last", "this", "next" is a time, not a name. */
function saysWhen(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return (
    before?.kind === 'word' && TIME_DETERMINERS.has(before.folded) && tokens[index]?.capitalized === false
  );
}

/**
 * Whether the word at `index`, a run of one name word, is a remark, an abbreviation, an adverb or a
 * time, not a name.
 */
export function isLoneNonName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== 'word') return false;
  if (REMARKS.has(token.folded) || CAPITALS_PLURAL.test(token.original) || saysWhen(tokens, index))
    return true;
  if (isMannerAdverb(token.original)) return true;
  return standsAsSentence(tokens, index) && ADJECTIVE_ENDING.test(token.original);
}
