/**
 * "jane balance", "oliver balance?", "what does oliver owe": a balance asked of one first name,
 * or acted on ("write off jane's balance"),
 * typed in lower case. "Jane balance" listed the patients called Jane and asked which; without
 * the capital the request parser finds no name, and the answer was the general article, as if
 * nobody had been named.
 *
 * A lower-case word where a name may sit is usually no name ("why can't I write off for cap?"),
 * so one is taken for a name only in these shapes, where the question asks that word's balance
 * and nothing else, and only when it is no word of everyday English ("total balance", "my
 * balance"). Even then it is matched only to patients whose own first or last name it is
 * (patient-named.ts): a slip of a letter is no reason to list someone.
 */
import { isOrdinaryWord } from './ordinary-words.ts';

const NAME = String.raw`(\p{L}[\p{L}’'-]*?)`;
const POSSESSIVE = `(?:['’]s?)?`;
const BALANCE = '(?:balance|bal|owes?|owing|total)';
const END = String.raw`[\s?.!]*$`;

// The shapes of a balance asked of one word.
const SHAPES: readonly RegExp[] = [
  // "jane balance", "oliver's balance?", "oliver owes?"
  new RegExp(String.raw`^\s*${NAME}${POSSESSIVE}\s+${BALANCE}${END}`, 'iu'),
  // "balance jane", "balance for oliver"
  new RegExp(String.raw`^\s*(?:balance|bal)\s+(?:(?:for|of|on)\s+)?${NAME}${POSSESSIVE}${END}`, 'iu'),
  // "what does oliver owe", "how much does jane owe us?"
  new RegExp(String.raw`\b(?:what|how much)\s+(?:does|do|did)\s+${NAME}\s+(?:still\s+)?owe\b`, 'iu'),
  // "what's oliver's balance", "check jane's balance"
  new RegExp(
    String.raw`\b(?:what(?:['’]s| is)|check|show(?: me)?|pull up|look up)\s+${NAME}['’]s?\s+${BALANCE}\b`,
    'iu',
  ),
  // "write off jane's balance", "w/o mrs doe's balance", "cancel jane's PR": an action on one
  // word's balance, which names a patient as much as the balance asked does.
  new RegExp(
    String.raw`(?:\bwrit\w*[\s-]*off|\bw\/o|\bwriteoff|\bcancel|\brefund|\bundo|\bwaive)\s+(?:(?:mr|mrs|ms|miss)\.?\s+)?${NAME}['’]s?\s+(?:(?:whole|entire|remaining|outstanding|full)\s+)?(?:balance|bal|account|bill|pr|charges?)\b`,
    'iu',
  ),
  // "write off $20 for jane", "refund $15 to oliver": an amount acted on for one word, ending the
  // question, as a request is written ("why can't I write off for jane?" names no amount: no name).
  new RegExp(
    String.raw`(?:\bwrit\w*[\s-]*off|\bw\/o|\bwriteoff|\brefund|\bwaive)\s+\$\s?\d[\d,]*(?:\.\d\d)?\s+(?:for|on|to)\s+${NAME}${POSSESSIVE}${END}`,
    'iu',
  ),
  // "felix - write off $50", "oliver: balance?": one word opening the question, set off, then the action.
  new RegExp(
    String.raw`^\s*${NAME}\s*[-–—:,]\s*(?:writ\w*[\s-]*off|w\/o|writeoff|cancel|refund|undo|waive|balance|bal)\b`,
    'iu',
  ),
];

// "jan doe balance", "bob smth owes?": two words, then the balance asked. The last is no word of
// everyday English, and the first is no word that says whose ("my", "the") or which ("total").
const TWO_WORDS = new RegExp(
  String.raw`^\s*(\p{L}[\p{L}’'-]*)\s+(\p{L}[\p{L}’'-]*?)${POSSESSIVE}\s+${BALANCE}${END}`,
  'iu',
);
const NOT_A_FIRST_NAME =
  /^(?:the|my|our|your|her|his|their|its|a|an|this|that|what|whats|current|total|whole|full|patient|pt|account|acct|open|remaining|outstanding|check|show|get)$/i;

/** The two words whose balance the question asks ("jan doe balance"), when it asks in that shape. */
export function twoWordNameAsked(question: string): string | undefined {
  const found = TWO_WORDS.exec(question);
  const [, first, last] = found ?? [];
  if (!first || !last || NOT_A_FIRST_NAME.test(first) || isOrdinaryWord(last)) return undefined;
  return `${first} ${last}`;
}

/** The word whose balance the question asks, when it asks one word's balance in one of the shapes. */
export function loneNameAsked(question: string): string | undefined {
  for (const shape of SHAPES) {
    const word = shape.exec(question)?.[1];
    if (word && !isOrdinaryWord(word)) return word;
  }
  return undefined;
}
