/**
 * Whether a help question may name a patient, without the database: the request parser found a
 * name, an MRN-shaped word ("DEMO-0001"), one word whose balance is asked ("jane balance"), or two words side by side that are not our vocabulary ("jane doe 6/3 labs, why blocked?",
 * where no capital letter says a name is there). The command line opens the database only for
 * these; a general question ("how do I undo a write-off?") is answered from the articles alone.
 */
import { mrnShapedWords } from '../ledger/queries/resolve-patient.ts';
import { foldName } from '../nlu/normalize.ts';
import { parseRequest } from '../nlu/parse.ts';
import { HONORIFICS, NON_NAME_WORDS } from '../nlu/vocabulary.ts';
import { leadingNameWord } from './leading-name.ts';
import { loneNameAsked, twoWordNameAsked } from './lone-name.ts';
import { slackUserNamed } from './slack-user-named.ts';

const WORD = /[\p{L}\p{M}'’-]+|[^\p{L}\p{M}'’-]+/gu;

function mayBeNameWord(word: string): boolean {
  const key = foldName(word).replace(/['’](?:s)?$/u, '');
  return key.length >= 2 && !NON_NAME_WORDS.has(key) && !HONORIFICS.has(key);
}

export function mayNamePatient(question: string, today: string): boolean {
  if (parseRequest(question, { today }).patient || mrnShapedWords(question).length > 0) return true;
  // "why can't <@U0KAREN> write off?": the ledger says what role that colleague has.
  if (slackUserNamed(question) !== undefined) return true;
  // "jane balance": one first name in lower case, whose balance is asked (lone-name.ts).
  if (loneNameAsked(question) !== undefined || twoWordNameAsked(question) !== undefined) return true;
  // "smith 99212 can I write it off": a lower-case name opening the question (leading-name.ts).
  if (leadingNameWord(question) !== undefined) return true;
  // Words only next to each other: "doe, jane" and "jane doe" are, "jane 6/3 doe" is not.
  const parts = question.match(WORD) ?? [];
  for (let i = 0; i + 2 < parts.length; i++) {
    const [first, between, second] = [parts[i] ?? '', parts[i + 1] ?? '', parts[i + 2] ?? ''];
    if (/^[\s,]+$/.test(between) && /^\p{L}/u.test(first) && mayBeNameWord(first) && mayBeNameWord(second)) {
      return true;
    }
  }
  return false;
}
