/**
 * A name written surname first, as practice systems print names ("DOE, JANE", "VAN DYKE, PIETER")
 * and billers copy them ("Garcia, María", "Chen, Lee - bad debt", "Dubois, Anne-Marie"). The
 * patient is the name as written, comma and all; the look-up reads it either way round.
 */
import { isInitial, isNameLike, startsDate, type Token } from './name-tokens.ts';
import { NAME_PARTICLES, SAINT_ABBREVIATIONS } from './vocabulary.ts';

// Words that may follow a given name written after the surname: the name ends there ("Chen, Lee
// owes …", "Garcia, María small bal", "Doe, Jane please …"), and the labels of a line pasted from a
// practice system ("Al-Sayed, Omar  DOS 2026-11-11", "Baker, Tom MRN 1234"). Any other word goes on a sentence
// ("for Jane, Bob says …").
const AFTER_GIVEN_NAME: ReadonlySet<string> = new Set(
  `owe owes owed paid overpaid passed died as balance bal pr acct account please pls plz
  small sm hardship financial charity bad uncollectible collections deceased bankruptcy prompt
  courtesy prof professional service admin administrative dos mrn dob`
    .split(/\s+/)
    .filter(Boolean),
);
// "Kowalski, Zoë from the 4/28 session", "Garcia, María on 9/9": a charge told by its date right
// after the given name ends the name as surely as an amount does.
const CHARGE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'on', 'for']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'her', 'his', 'their']);
// "Brennan, Liam for the duplicate copay", "Ortiz, Ana re her statement": what the request is for,
// after the given name, ends it too; a second person would start a sentence with a verb instead.
const ABOUT_WORDS: ReadonlySet<string> = new Set(['for', 're', 'regarding', 'about']);

/** "from the 4/28 session", "on 9/9": a preposition and a date (or a number) at `index`. */
function chargeByDateAt(tokens: readonly Token[], index: number): boolean {
  if (!CHARGE_PREPOSITIONS.has(tokens[index]?.folded ?? '')) return false;
  const at = DETERMINERS.has(tokens[index + 1]?.folded ?? '') ? index + 2 : index + 1;
  return tokens[at]?.kind === 'number' || startsDate(tokens, at);
}

// A surname written first in mixed case has one or two words ("Garcia", "Van Dyke").
const MAX_SURNAME_WORDS = 2;

/**
 * The words of a surname written first, its particles left out: "van Houten", "de la Cruz" and "Van
 * Dyke" are one word and its particles, in any case. A surname of particles alone is none.
 */
function surnameWords(tokens: readonly Token[], first: number, last: number): Token[] {
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === 'word');
  const named = words.filter((t, i) => i === words.length - 1 || !NAME_PARTICLES.has(t.folded));
  return named.length > 0 && !NAME_PARTICLES.has(named[named.length - 1]?.folded ?? '') ? named : words;
}

/** "McALLISTER": a word in capitals, after a Mc or Mac prefix too. */
function inCapitals(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.folded.length >= 2 && /^(?:Ma?c)?[^\p{Ll}]+$/u.test(token.original);
}

/** "DOE, JANE", "VAN DYKE, PIETER": the surname and the given name both in capitals. */
function writtenInCapitals(tokens: readonly Token[], first: number, last: number, given: number): boolean {
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (token?.kind === 'word' && !inCapitals(token) && !SAINT_ABBREVIATIONS.has(token.folded)) return false;
  }
  return inCapitals(tokens[given]);
}

/**
 * "Garcia, María", "Van Dyke, Pieter": a capitalised surname of one or two words, a comma, and one
 * capitalised given name that ends the name (the text, a punctuation mark, an amount or
 * AFTER_GIVEN_NAME follows). In mixed case that is what tells it from two people ("for Jane, Bob
 * says …"). A known word after the comma is none ("Jane Doe, hardship", "for Bob Smith, Thanks!",
 * isNameLike), nor is a date ("for Jane, May 3").
 */
function writtenSurnameFirst(tokens: readonly Token[], first: number, last: number, given: number): boolean {
  const words = surnameWords(tokens, first, last);
  if (words.length > MAX_SURNAME_WORDS || !words.every((t) => t.capitalized)) return false;
  if (!tokens[given]?.capitalized || startsDate(tokens, given)) return false;
  return tokens[given]?.possessive === true || endsGivenName(tokens, afterGivenName(tokens, given));
}

/** "Nguyen, Thi Lan": a second capitalised given name right after the first. */
function secondGivenName(tokens: readonly Token[], given: number): boolean {
  const first = tokens[given];
  const second = tokens[given + 1];
  return (
    first?.capitalized === true &&
    !first.possessive &&
    second?.kind === 'word' &&
    second.joinedToPrevious &&
    second.capitalized &&
    isNameLike(second)
  );
}

/**
 * "w/o 35 garcia, maria 9/9 hardship": in lower case a comma between two names is told from a
 * list only by what follows the given name: a date, an amount or a reason word (AFTER_GIVEN_NAME),
 * never the end of the text ("refund jane, bob" may be two people).
 */
function writtenSurnameFirstInLowerCase(
  tokens: readonly Token[],
  first: number,
  last: number,
  given: number,
): boolean {
  const words = surnameWords(tokens, first, last);
  if (words.length > MAX_SURNAME_WORDS || words.some((t) => t.capitalized)) return false;
  const name = tokens[given];
  const after = tokens[given + 1];
  if (name?.capitalized !== false || after?.joinedToPrevious !== true) return false;
  return after.kind === 'number' || AFTER_GIVEN_NAME.has(after.folded);
}

// Capitals alone that are words, not a middle initial unless a point follows: "Doe, Jane I think …".
const NOT_MIDDLE_INITIALS: ReadonlySet<string> = new Set(['i', 'a']);

/** A middle initial right after the given name ("Robert J.", "Lee K", "Tom A."): its index, or null. */
function middleInitialAt(tokens: readonly Token[], given: number): number | null {
  const initial = tokens[given + 1];
  if (!isInitial(initial) || !initial?.joinedToPrevious) return null;
  return NOT_MIDDLE_INITIALS.has(initial.folded) && !pointAfter(tokens, given + 1) ? null : given + 1;
}

/** "J.": a point written right after the initial at `index`. */
function pointAfter(tokens: readonly Token[], index: number): boolean {
  const point = tokens[index + 1];
  return point?.folded === '.' && point.start === tokens[index]?.end;
}

/** Where the words after a given name start, past its middle initial and the initial's point. */
function afterGivenName(tokens: readonly Token[], given: number): number {
  const initial = middleInitialAt(tokens, given);
  if (initial === null) return given + 1;
  return pointAfter(tokens, initial) ? initial + 2 : initial + 1;
}

/** Does the token at `index` end a given name: the end, a mark, an amount, a reason, "w/o", a charge? */
function endsGivenName(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index];
  return (
    after === undefined ||
    after.kind !== 'word' ||
    AFTER_GIVEN_NAME.has(after.folded) ||
    ABOUT_WORDS.has(after.folded) ||
    (after.folded === 'w' && tokens[index + 1]?.folded === '/') ||
    chargeByDateAt(tokens, index)
  );
}

/**
 * Where a name written surname first ends, the run of name words `first`..`last` being the
 * surname: the index of the given name after the comma, or null when none follows. "Smith, Robert
 * J. - write off …": a middle initial, as practice systems print it, ends the name when what
 * follows it would end a given name; read without it, only "Smith" was left.
 */
export function givenNameAfterComma(tokens: readonly Token[], first: number, last: number): number | null {
  const given = givenNameIndex(tokens, first, last);
  if (given === null) return null;
  const initial = middleInitialAt(tokens, given);
  return initial !== null && endsGivenName(tokens, afterGivenName(tokens, given)) ? initial : given;
}

function givenNameIndex(tokens: readonly Token[], first: number, last: number): number | null {
  const comma = tokens[last + 1];
  const given = last + 2;
  const name = tokens[given];
  if (comma?.folded !== ',' || comma.joinedToPrevious || !name?.joinedToPrevious) return null;
  if (!isNameLike(name) || tokens[last]?.possessive) return null;
  if (
    writtenInCapitals(tokens, first, last, given) ||
    writtenSurnameFirst(tokens, first, last, given) ||
    writtenSurnameFirstInLowerCase(tokens, first, last, given)
  )
    return given;
  // Two given names ("Nguyen, Thi Lan - small bal"), read by the same mixed-case rule, after a surname
  // of one word and its particles: "Ethan Park, Linda Park's son" is two people, each named in full.
  const second = given + 1;
  return secondGivenName(tokens, given) &&
    surnameWords(tokens, first, last).length === 1 &&
    writtenSurnameFirst(tokens, first, last, second)
    ? second
    : null;
}
