/**
 * Given names that are also ordinary words (vocabulary.ts: "will", "may", "april"), read in lower
 * case only where no ordinary word reads: as the owner of a balance ("rest of will's bal") or as
 * the first of two words that end the message after a cue ("the wo i did on april reyes"). "I will
 * write off", "in April", "may I" keep their reading.
 */
import { monthIsGivenName } from './month-or-name.ts';
import { isNameLike, type Token } from './name-tokens.ts';
import { GIVEN_NAME_WORDS, NAME_CUES } from './vocabulary.ts';

// What a patient owes, after a possessive that then names them: "rest of will's bal".
const OWED_WORDS: ReadonlySet<string> = new Set(['bal', 'balance', 'pr', 'account', 'acct', 'copay']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'a', 'an', 'each', 'every', 'any']);

/**
 * "will's bal", "may's balance": a given name that is also a word (vocabulary.ts), as the owner of
 * a balance. Not after a determiner ("the day's balance" is no one's).
 */
export function ownsBalance(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  const before = tokens[index - 1];
  return (
    token?.possessive === true &&
    GIVEN_NAME_WORDS.has(token.folded) &&
    next?.joinedToPrevious === true &&
    OWED_WORDS.has(next.folded) &&
    !(before && DETERMINERS.has(before.folded))
  );
}

/**
 * "what's April May's balance", "June May balance?": a second word that is also a month or a word
 * (vocabulary.ts), capitalised after a capitalised first one, is a surname when it owns what is owed
 * or names it next. "April 3 visit" and "in April" stay dates.
 */
export function surnameWordOwns(
  tokens: readonly Token[],
  index: number,
  isAmbiguous: (t: Token) => boolean,
): boolean {
  const surname = tokens[index];
  const next = tokens[index + 1];
  if (!surname?.capitalized || !surname.joinedToPrevious || !isAmbiguous(surname)) return false;
  return surname.possessive || (next?.joinedToPrevious === true && OWED_WORDS.has(next.folded));
}

// A date's day in words: "on june fifth" is no patient June Fifth.
const ORDINAL_DAY =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)$/;

// Given-name words that are never a surname: a month ("on bill may" is a bill in May), a modal.
const NEVER_SURNAMES: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august', 'will']);

/** "rose", "grace", "frank": a given-name word may be the surname after another ("on bill rose"). */
function maySurname(folded: string): boolean {
  return !NEVER_SURNAMES.has(folded);
}

/**
 * "the wo i did on april reyes", "refund the copay to will smith": after a cue, a lower-case given
 * name that is also a word, then one more name word that ends the message or owns what follows
 * ("on may reyes's account", "on april reyes account"). Read only there: "on may 3", "on june
 * fifth", "to will do" stay. `cue` is the token before, an honorific skipped.
 */
export function endsWithGivenName(tokens: readonly Token[], index: number, cue: Token | undefined): boolean {
  const token = tokens[index];
  const surname = tokens[index + 1];
  if (token?.capitalized !== false || !GIVEN_NAME_WORDS.has(token.folded) || token.possessive) return false;
  if (!surname?.joinedToPrevious || surname.capitalized || !isNameLike(surname)) return false;
  if (ORDINAL_DAY.test(surname.folded) || !maySurname(surname.folded)) return false;
  const after = tokens[index + 2];
  const ends =
    surname.possessive ||
    OWED_WORDS.has(after?.folded ?? '') ||
    tokens.slice(index + 2).every((t) => t.kind === 'punct');
  return ends && NAME_CUES.has(cue?.folded ?? '');
}

// An amount as a token: "20", "$20", "12.50".
const AMOUNT_TOKEN = /^\$?\d{1,7}(?:\.\d{1,2})?$/;

/**
 * "w/o 20 may chen", "refund $15 june park": right after an amount, a month that is also a given
 * name, then the one name word of the text, is the patient (month-or-name.ts; date.ts then reads
 * no date there). "w/o 20 may visit" and "w/o 20 may for jane doe" stay dates.
 */
export function namedAfterAmount(tokens: readonly Token[], index: number): boolean {
  const amount = tokens[index - 1];
  const token = tokens[index];
  const surname = tokens[index + 1];
  if (amount?.kind !== 'number' || !AMOUNT_TOKEN.test(amount.folded)) return false;
  if (!token?.joinedToPrevious || token.possessive || surname?.kind !== 'word' || !surname.joinedToPrevious)
    return false;
  const wordsAfter = tokens.slice(index + 1).flatMap((t) => (t.kind === 'word' ? [t.folded] : []));
  return monthIsGivenName(token.folded, wordsAfter);
}
