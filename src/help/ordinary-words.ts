/**
 * "While my write-off was waiting for approval …": the request parser read "While" as a name,
 * and a fuzzy search matched it to the patients called White, whose birth dates and MRNs were
 * then listed under a general question. A word of everyday English is a name only when it is
 * someone's own name spelled out ("Will", "Young"), never by a slip of a letter; and at the start
 * of a sentence, where every word has a capital, it says nothing of a name at all.
 *
 * Everyday English is the list of words the redaction lets leave the process (nlu/allowed-words.ts),
 * which is written for that purpose, and the words that open sentences which it lacks.
 */
import { ALLOWED_WORDS } from '../nlu/allowed-words.ts';
import { foldName } from '../nlu/normalize.ts';

// Words that open a sentence or a clause and are nobody's name, beyond the allow-list.
const SENTENCE_OPENERS = new Set(
  (
    'whilst meanwhile whenever wherever otherwise besides furthermore moreover therefore thus hence ' +
    'hopefully apparently unfortunately fortunately basically honestly obviously clearly luckily ' +
    'sadly oddly strangely technically originally initially eventually previously lately ' +
    'afterwards afterward somehow someday'
  ).split(' '),
);

/** Whether the word (any case, accents aside) is a word of everyday English. */
export function isOrdinaryWord(word: string): boolean {
  const folded = foldName(word).replace(/['’]s?$/u, '');
  return ALLOWED_WORDS.has(folded) || SENTENCE_OPENERS.has(folded);
}

/**
 * Whether the question writes the word at the start of a sentence (of the question, or after a
 * full stop, a question or exclamation mark, a colon or a line break), where its capital is the
 * sentence's, not a name's.
 */
export function atSentenceStart(question: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[.!?:;\\n]\\s*)["'“‘(]?${escaped}(?![\\p{L}])`, 'u').test(question.trimStart());
}
