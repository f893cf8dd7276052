/**
 * "can I write off Jane Doe's 9/14 visit and also cancel Janet's estimate?": two actions, each on
 * its own patient. The answer is about the patient the question names in full and the action
 * asked in that patient's clause; the other clause is never applied to this patient's charge, and
 * is said to need a question of its own.
 *
 * A clause that goes on about the same patient is no other patient's: "… Jane Roe, the physical
 * therapy one. Front desk says she should never have been billed. I go to cancel …" and "I wrote
 * off $90 for Tom Baker earlier today, now I'd like to write off $20 more on his colonoscopy" name
 * nobody else. The capital of a sentence's first word ("Front", "Now") or of "I'd" is no name, nor
 * is an everyday word in a clause that refers back to the patient by "she", "his", "her visit".
 */
import { actionAsked } from './action-asked.ts';
import type { BlockedAction } from './blocker-topics.ts';
import { atSentenceStart, isOrdinaryWord } from './ordinary-words.ts';

// Where one action's clause ends and the next begins: "and also", "then", "plus", ";", ", and".
const CLAUSE_BREAK =
  /\s*[;]\s*|,\s*(?:and\s+)?(?:also\s+)?|\s+(?:and\s+)?(?:also|then|plus)\s+|\s+and\s+(?=(?:\S+\s+){0,2}?(?:cancel|refund|undo|reverse|void|writ\w*[\s-]*off|w\/o)\b)/i;
const ACTION_VERB = /\b(?:cancel|refund|undo|reverse|void|writ\w*[\s-]*off|w\/o)\b/i;
// A name of someone: a capitalized word, as written ("Janet's", "Bob").
const NAME_WORD = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+)(?:['’]s)?(?![\p{L}])/gu;
const NOT_NAMES = new Set([
  'I',
  'PR',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Can',
  'Could',
  'How',
  'Why',
  'What',
  'And',
  'Also',
  'Then',
]);

// Words that refer back to the patient already named: "she", "his colonoscopy", "her visit".
const BACK_REFERENCE = /\b(?:she|he|her|hers|his|him|they|them|their|this patient|the patient)\b/i;

/** Whether the capitalized word, as written in the clause, names someone other than the patient. */
function namesSomeoneElse(
  word: string,
  clause: string,
  question: string,
  nameParts: ReadonlySet<string>,
): boolean {
  if (NOT_NAMES.has(word) || /^I['’]/.test(word) || nameParts.has(word.toLowerCase())) return false;
  if (!isOrdinaryWord(word)) return true;
  return !atSentenceStart(question, word) && !atSentenceStart(clause, word) && !BACK_REFERENCE.test(clause);
}

export interface OwnClause {
  /** The action asked in the named patient's own clause. */
  readonly action: BlockedAction;
  /** The other patient's clause, as written. */
  readonly other: string;
}

/** The named patient's own action, when another clause asks an action of someone else. */
export function otherPatientClause(
  question: string,
  mention: string,
  fullName: string,
): OwnClause | undefined {
  const clauses = question.split(CLAUSE_BREAK).filter((c) => c.trim() !== '');
  if (clauses.length < 2) return undefined;
  const own = clauses.find((c) => c.toLowerCase().includes(mention.toLowerCase()));
  if (!own) return undefined;
  const nameParts = new Set(fullName.toLowerCase().split(/\s+/));
  const other = clauses.find(
    (c) =>
      c !== own &&
      ACTION_VERB.test(c) &&
      [...c.matchAll(NAME_WORD)].some((m) =>
        namesSomeoneElse((m[1] ?? '').replace(/['’]s?$/, ''), c, question, nameParts),
      ),
  );
  if (!other) return undefined;
  // The own clause may carry the verb before the name ("can I write off Jane Doe's visit").
  return { action: actionAsked(own), other: other.trim().replace(/[?.!]+$/, '') };
}
