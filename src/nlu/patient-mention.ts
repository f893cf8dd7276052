/**
 * Finds the patient a request is about, as the biller wrote it: "Helen Wu's", "Anne-Marie
 * Dubois", "Samuel O'Neil", "María García", "Dr. Ruth Adler" (honorific dropped), lower-case
 * "helen wu" right after the command, or a lone first name "Jane". Names are runs of words that
 * are not ordinary billing words; a run counts when it is capitalised or sits where names sit.
 */

import { NUMBER_WORDS } from '../domain/number-words.ts';
import { endsWithGivenName, namedAfterAmount, ownsBalance, surnameWordOwns } from './given-names.ts';
import { isLoneNonName } from './lone-word.ts';
import {
  endsFullName,
  endsLowerCaseName,
  labelsNumber,
  namesCharge,
  recordFollows,
  verbFollows,
} from './name-boundary.ts';
import { isInitial, isIrishO, isNameLike, startsDate, type Token, tokenize } from './name-tokens.ts';
import { foldName } from './normalize.ts';
import {
  followsDoctorTitle,
  isDoctorOfThePatient,
  isNegatedName,
  isPayer,
  isPlaceOfOrigin,
  isSaintsPlace,
  isServiceAbbreviation,
  namesApprover,
  namesGuardian,
  namesReference,
  namesRequester,
  namesWhoActed,
  opensSentenceAsDiscourse,
  ownsRelative,
} from './not-the-patient.ts';
import { ownsBalanceWithoutApostrophe } from './possessive-unmarked.ts';
import { isReasonWordInName, startsNameWithReasonWord } from './reason-word-names.ts';
import { startsScaleWordName } from './scale-word-names.ts';
import { givenNameAfterComma } from './surname-first.ts';
import { joinsSurnames } from './surnames-joined.ts';
import { endsCompoundNoun, isOwnedRoleWord, isWritersOwnThing } from './thing-not-name.ts';
import {
  AMBIGUOUS_NAME_WORDS,
  DASH_LABEL_CUES,
  GIVEN_NAME_WORDS,
  HONORIFICS,
  NAME_CUES,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  REQUEST_WORDS,
  SAINT_ABBREVIATIONS,
  WEAK_NAME_CUES,
} from './vocabulary.ts';
import { wordFirstNameAt } from './word-first-names.ts';
import { isWordSurnameAt } from './word-surnames.ts';

const GREETINGS = new Set(['hi', 'hey', 'hello', 'thanks', 'thx', 'dear', 'morning', 'yo']);
// Verbs that follow a name even in lower case: "lee chen owes 20 bucks".
const FOLLOWING_CUES = new Set(['owe', 'owes', 'owed', 'paid', 'passed', 'died', 'overpaid']);
const MAX_NAME_WORDS = 4;
// Capital letters alone that are words, not initials: "for Bob I think", "Jane A copay".
const NOT_INITIALS: ReadonlySet<string> = new Set(['i', 'a']);
const MAX_LOWERCASE_NAME_WORDS = 3;

interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly score: number;
}

/** "May", "Bill", "An": ordinary words that are names when capitalised inside a name. */
function isAmbiguousNameWord(token: Token | undefined): boolean {
  return token?.capitalized === true && AMBIGUOUS_NAME_WORDS.has(token.folded);
}

/** "June Carter": an ambiguous word starts a name when a capitalised name word follows. */
function startsAmbiguousName(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next?.capitalized) return false;
  return (
    isAmbiguousNameWord(tokens[index]) &&
    (isNameLike(next) ||
      isWordSurnameAt(tokens, index + 1) ||
      surnameWordOwns(tokens, index + 1, isAmbiguousNameWord))
  );
}

/**
 * "for Bill", "refund May $10": a capitalised ambiguous word right after a name cue is a first
 * name on its own, unless a day number follows ("on May 3" is a date; "May $10" is not).
 */
function isCuedAmbiguousName(tokens: readonly Token[], index: number): boolean {
  if (!isAmbiguousNameWord(tokens[index])) return false;
  const before = tokenBefore(tokens, index);
  if (!before || !NAME_CUES.has(before.folded)) return false;
  const next = tokens[index + 1];
  return next?.kind !== 'number' || next.folded.startsWith('$');
}

const isParticle = (token: Token | undefined) => token !== undefined && NAME_PARTICLES.has(token.folded);

/** "balance de María García", "saldo de Zoë Kowalczyk": "de" between a cue word and a capitalised name. */
function spanishOfBeforeName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  const next = tokens[index + 1];
  return (
    token?.folded === 'de' &&
    !token.capitalized &&
    next?.capitalized === true &&
    next.joinedToPrevious &&
    before?.kind === 'word' &&
    !before.capitalized &&
    (NAME_CUES.has(before.folded) || before.folded === 'saldo' || before.folded === 'cuenta')
  );
}

// Hyphenated words that are ordinary words, capitalised or not: never a name's part.
const HYPHENATED_WORDS: ReadonlySet<string> = new Set(
  'follow-up check-up x-ray co-pay write-off e-mail self-pay walk-in no-show in-person check-in pre-auth re-bill'.split(
    ' ',
  ),
);

/**
 * "Kim Min-jun", "Park Seo-yeon": a capitalised hyphenated given name whose parts are words of ours
 * ("min", "jun") is still a name word after a capitalised name ("Min-jun" was cut off, "Kim" kept).
 */
function isHyphenatedNameWord(token: Token | undefined): boolean {
  return (
    token?.kind === 'word' &&
    token.capitalized &&
    /^\p{L}{2,}(?:-\p{L}{2,})+$/u.test(token.folded) &&
    !HYPHENATED_WORDS.has(token.folded) &&
    !NON_NAME_WORDS.has(token.folded) &&
    !token.folded.split('-').some((part) => REQUEST_WORDS.has(part))
  );
}

/**
 * A particle ("de", "la", "van") continues a name only when a further name word follows it:
 * capitalised in a capitalised name ("Juan de la Cruz"), any case in a lower-case one ("jose de la
 * cruz"). "lee van" alone keeps "van" out.
 */
function particleContinuesName(tokens: readonly Token[], index: number, capitalized = true): boolean {
  let i = index;
  while (isParticle(tokens[i]) && tokens[i]?.joinedToPrevious) i++;
  const after = tokens[i];
  return (
    i > index &&
    after !== undefined &&
    after.joinedToPrevious &&
    (after.capitalized || !capitalized) &&
    isNameLike(after)
  );
}

const CUE_PUNCTUATION: ReadonlySet<string> = new Set(['?', ':', '!']);

// How many tokens a label may take before its dash: a label is short, "pt bal", not a sentence.
const DASH_LABEL_AT_MOST = 3;

/** Where the token before a run is, skipping an honorific ("for Dr. Ruth Adler" -> "for"); -1 at the start. */
function indexBefore(tokens: readonly Token[], index: number): number {
  let i = index - 1;
  // "bal?? samuel oneil", "pt: jane doe": a question mark or colon between a cue and the name.
  while (i > 0 && CUE_PUNCTUATION.has(tokens[i]?.folded ?? '')) i -= 1;
  // "pt bal - paloma ibanez": a dash after a short label at the start of the text, as a colon would.
  if (
    tokens[i]?.folded === '-' &&
    i > 0 &&
    i <= DASH_LABEL_AT_MOST &&
    DASH_LABEL_CUES.has(tokens[i - 1]?.folded ?? '') &&
    tokens.slice(0, i).every((t) => t.kind === 'word')
  )
    i -= 1;
  if (tokens[i]?.folded === '.' && HONORIFICS.has(tokens[i - 1]?.folded ?? '')) i -= 1;
  if (HONORIFICS.has(tokens[i]?.folded ?? '')) i -= 1;
  return i;
}

function tokenBefore(tokens: readonly Token[], index: number): Token | undefined {
  return tokens[indexBefore(tokens, index)];
}

// A reason told in one word between the command and the name: "cancel dup anne-marie dubois 10/2",
// "w/o hardship jane doe 40". The command before it cues the name as it would right before it.
const REASON_SLOT_WORDS: ReadonlySet<string> = new Set(
  `dup dupe dups duplicate dupl dbl double hardship charity courtesy deceased decd bankruptcy bankrupt
  bk agency collections uncollectible admin administrative`
    .split(/\s+/)
    .filter(Boolean),
);

// "write-off", "un-write-off", "unwriteoff": one token, a cue like the word writeoff.
const HYPHENATED_WRITE_OFF = /^(?:un-?)?(?:write|wrote|written|writing)-?offs?$/;

/** "w/o tom baker", "write-off tom baker": write-off shorthand cues a name like the word itself does. */
function followsWriteOffShorthand(tokens: readonly Token[], first: number): boolean {
  // "w/o hardship jane doe 40": a one-word reason between the shorthand and the name.
  const index = REASON_SLOT_WORDS.has(tokens[first - 1]?.folded ?? '') ? first - 1 : first;
  if (HYPHENATED_WRITE_OFF.test(tokenBefore(tokens, index)?.folded ?? '')) return true;
  return (
    tokens[index - 1]?.folded === 'o' &&
    tokens[index - 2]?.folded === '/' &&
    tokens[index - 3]?.folded === 'w'
  );
}

/**
 * A name continues over a point after an initial ("J. Doe", "Jane Q. Public", and initials written
 * together, "T.J. Morales") or after "St." ("Ethan St. Pierre"), when a capitalised name word
 * follows it.
 */
function continuesOverPoint(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  const point = tokens[index + 1];
  const next = tokens[index + 2];
  if (!word || point?.folded !== '.' || point.joinedToPrevious || !next || word.possessive) return false;
  if (!isInitial(word) && !SAINT_ABBREVIATIONS.has(word.folded)) return false;
  // "T.J. Morales", "T. J. Morales": a further initial after the point, the name after the last.
  if (isInitial(word) && isInitial(next) && (next.start === point.end || next.joinedToPrevious))
    return continuesOverPoint(tokens, index + 2);
  return next.joinedToPrevious && next.capitalized && isNameLike(next);
}

/** "r", "s": a letter alone in lower case, which may be an initial ("r. patel", "tom b"). */
function isLowerInitial(token: Token | undefined): boolean {
  return (
    token?.kind === 'word' &&
    !token.capitalized &&
    token.folded.length === 1 &&
    /\p{L}/u.test(token.folded) &&
    !NOT_INITIALS.has(token.folded)
  );
}

/**
 * "bal? r. patel", "w/o $8 s. o'neil": a lower-case initial, its point and a lower-case name word
 * start a name, as "R. Patel" does (only where a cue says a name goes: scoreRun).
 */
function startsLowerInitialName(tokens: readonly Token[], index: number): boolean {
  const point = tokens[index + 1];
  const next = tokens[index + 2];
  return (
    isLowerInitial(tokens[index]) &&
    point?.folded === '.' &&
    !point.joinedToPrevious &&
    next?.joinedToPrevious === true &&
    !next.capitalized &&
    isNameLike(next)
  );
}

// What may follow a surname's initial in lower case: the end, a number, or a mark that ends a clause.
const AFTER_LOWER_INITIAL: ReadonlySet<string> = new Set([',', ';', ':', '!', '?', '-']);

/** "undo wo tom b", "refund tom b 20": a lower-case letter after a given name is the surname's initial. */
function endsWithLowerInitial(tokens: readonly Token[], index: number): boolean {
  const initial = tokens[index];
  if (!isLowerInitial(initial) || !initial?.joinedToPrevious) return false;
  const after = tokens[index + 1];
  return (
    after === undefined ||
    after.kind === 'number' ||
    (after.kind === 'punct' && AFTER_LOWER_INITIAL.has(after.folded))
  );
}

/** An initial or "St." that starts a name: it can be a name word only before a point and a name. */
function isAbbreviatedNameStart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token?.capitalized === true && continuesOverPoint(tokens, index);
}

/**
 * "for Zoe K, she's paying", "Lee C 10/3": a surname's initial, with no point, ends a name. Not
 * before a point ("J. Doe" goes on over it) nor a word ("Zoe K Smith" is no such name).
 */
function endsWithInitial(tokens: readonly Token[], index: number): boolean {
  const initial = tokens[index];
  if (!isInitial(initial) || !initial?.joinedToPrevious || NOT_INITIALS.has(initial.folded)) return false;
  const after = tokens[index + 1];
  return after === undefined || after.kind === 'number' || (after.kind === 'punct' && after.folded !== '.');
}

/**
 * The longest run of name words starting at `first`, ending at a possessive or a non-name.
 * Particles do not count towards the length limit: "jose de la cruz" is two name words.
 */
function runEnd(tokens: readonly Token[], first: number, capitalized: boolean): number {
  const limit = capitalized ? MAX_NAME_WORDS : MAX_LOWERCASE_NAME_WORDS;
  let last = first;
  let nameWords = isParticle(tokens[first]) ? 0 : 1;
  while (nameWords < limit && !tokens[last]?.possessive) {
    if (capitalized && continuesOverPoint(tokens, last)) {
      // Initials one after another ("T.J.", "J.R.R.") count as one name word.
      nameWords += isInitial(tokens[last + 2]) ? 0 : 2;
      last += 2;
      continue;
    }
    // "r. patel": a lower-case initial and its point, then the name word.
    if (!capitalized && last === first && startsLowerInitialName(tokens, last)) {
      last += 2;
      nameWords += 1;
      continue;
    }
    // A middle initial ("Jane Q. Public", "Mary T.J. Smith"): the step above goes over its point.
    if (capitalized && tokens[last + 1]?.joinedToPrevious && continuesOverPoint(tokens, last + 1)) {
      last += 1;
      nameWords += 1;
      continue;
    }
    const next = tokens[last + 1];
    if (!next?.joinedToPrevious) break;
    // "bob smiths current balance": an owner without the apostrophe ends the name as "smith's" does.
    if (!capitalized && ownsBalanceWithoutApostrophe(tokens, first, last)) break;
    // "Seán Ó Briain": the Irish "Ó" before the surname it belongs to; not a name word of its own.
    if (capitalized && isIrishO(tokens, last + 1)) {
      last += 1;
      continue;
    }
    // "de la", "dos" (also the date of service) before a further name word: part of the name.
    if (isParticle(next) && particleContinuesName(tokens, last + 1, capitalized)) {
      last += 1;
      continue;
    }
    // "Ana de Souza e Silva", "Juan Garcia y Lopez": two surnames joined, one name (surnames-joined.ts).
    if (capitalized && nameWords >= 2 && joinsSurnames(tokens, last + 1)) {
      last += 2;
      nameWords += 1;
      continue;
    }
    if (capitalized && endsWithInitial(tokens, last + 1)) return last + 1;
    if (!capitalized && nameWords === 1 && endsWithLowerInitial(tokens, last + 1)) return last + 1;
    // "Rebecca Small", "Grace Bad": a reason's word as the surname after a given name.
    // "Mark Down", "Jenny Fine-Smith": an ordinary word as the surname after a given name (word-surnames.ts).
    const ambiguous =
      capitalized &&
      (isAmbiguousNameWord(next) ||
        (nameWords === 1 && (isReasonWordInName(tokens, last + 1) || isWordSurnameAt(tokens, last + 1))));
    const hyphenated = capitalized && isHyphenatedNameWord(next);
    if ((!isNameLike(next) && !ambiguous && !hyphenated) || startsDate(tokens, last + 1)) break;
    if (capitalized && !next.capitalized) break;
    // "priya patel keep the other $45", "bob smith records": a verb or a record ends a lower-case name.
    if (!capitalized && endsLowerCaseName(tokens, last + 1)) break;
    if (capitalized && endsFullName(tokens, last + 1, nameWords)) break;
    if (!capitalized && next.capitalized) {
      // "Ms. de la Cruz": particles in lower case, then the capitalised surname they belong to.
      const particlesOnly = tokens.slice(first, last + 1).every((t) => NAME_PARTICLES.has(t.folded));
      if (!particlesOnly || !isNameLike(next)) break;
    }
    last += 1;
    nameWords += 1;
  }
  return last;
}

const AUXILIARY_CUES: ReadonlySet<string> = new Set(['is', 'does']);
// Words before an auxiliary that opens a question: "how much does jane owe", "what is …".
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['what', 'whats', 'how', 'much', 'many', 'who', 'so']);
const ASKS_WHAT_IT_IS: ReadonlySet<string> = new Set(['what', 'whats', 'who', 'which']);

/**
 * Does a weak cue (vocabulary.ts) introduce the lower-case words after it? An auxiliary does when
 * it opens a question ("is jane paid up?", "how much does jane owe"), not as the verb of a
 * sentence ("the weather is nice", "the button is gray"). A preposition does for a lone word only
 * after an amount or a strong cue ("refund $20 to bob", "the balance on jane"), not elsewhere
 * ("remind me to call", "still has on file"): one ordinary word there is far likelier than a name.
 */
function weakCueIntroducesName(tokens: readonly Token[], cueIndex: number, lone: boolean): boolean {
  const cue = tokens[cueIndex];
  const before = tokens[cueIndex - 1];
  if (cue && AUXILIARY_CUES.has(cue.folded)) {
    // "what is different between …", "who is allowed to …": one word after "what is" says what
    // something is; a patient there is asked with their possessive ("what is jane's balance").
    if (lone && cue.folded === 'is' && ASKS_WHAT_IT_IS.has(before?.folded ?? '')) return false;
    return before === undefined || before.kind === 'punct' || QUESTION_OPENERS.has(before.folded);
  }
  if (!lone) return true;
  return (
    before !== undefined &&
    (before.kind === 'number' || (NAME_CUES.has(before.folded) && !WEAK_NAME_CUES.has(before.folded)))
  );
}

const NUMBER_WORD_SET: ReadonlySet<string> = new Set([...NUMBER_WORDS, 'fourty', 'and']);
const isNumberWord = (token: Token | undefined) =>
  token?.kind === 'word' &&
  (NUMBER_WORD_SET.has(token.folded) ||
    (token.folded.includes('-') && token.folded.split('-').every((part) => NUMBER_WORD_SET.has(part))));

/**
 * "writeoff seventy-five helen wu": a number in words right after the command is the amount
 * (amount.ts), and cues the name after it as a digit does ("writeoff 75 helen wu"). Only there:
 * "in three weeks" or "at five pm" cue nothing.
 */
function isAmountInWords(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.folded === 'and') return false;
  let i = index;
  while (i >= 0 && isNumberWord(tokens[i])) i -= 1;
  const verb = tokens[i];
  if (i === index || !verb) return false;
  return (
    REQUEST_WORDS.has(verb.folded) ||
    HYPHENATED_WRITE_OFF.test(verb.folded) ||
    (verb.folded === 'off' && tokens[i - 1]?.folded === 'write') ||
    (verb.folded === 'o' && tokens[i - 1]?.folded === '/')
  );
}

// A number that tells a time or which one ("the 2pm huddle", "the 3rd visit"), not an amount: it
// cues no name after it ("who's covering during the 2pm huddle?" named no patient "huddle").
const TIME_OR_COUNT = /\d(?:[ap]\.?m\.?|st|nd|rd|th|hrs?|h|mins?|x)$/i;
// "11102 Tangential bx", "99213 Office visit": a CPT code (five digits, or four and F, T or U) is
// followed by what the service was, pasted from a practice system; it cues no name as an amount does.
const PROCEDURE_CODE = /^\d{4}[\dftu]$/i;

const PATIENT_WORDS: ReadonlySet<string> = new Set(['patient', 'pt', 'patients', 'pts']);
// What a patient does, said right after the word: never the start of their name.
const PATIENT_VERBS: ReadonlySet<string> = new Set(
  (
    'dies died passes passed moves moved pays paid owes owed refuses refused declares declared files ' +
    'filed disputes disputed calls called asks asked wants wanted needs needed has had have is was are ' +
    'were gets got goes went comes came leaves left cancels cancelled canceled complains complained ' +
    "can cannot can't could should would won't doesn't didn't isn't wasn't does did says said loses " +
    'lost becomes became qualifies qualified applies applied receives received requests requested ' +
    'overpays overpaid changes changed switches switched shows showed skips skipped misses missed ' +
    "disagrees agrees agreed forgets forgot never still already just also only hasn't hadn't " +
    'declines declined goes gone enters entered transfers transferred'
  ).split(' '),
);

/** Where the cue of a run is: the token before it, or the command before a one-word reason. */
function cueIndexOf(tokens: readonly Token[], first: number): number {
  const at = indexBefore(tokens, first);
  const word = tokens[at];
  if (!word || word.possessive || !REASON_SLOT_WORDS.has(word.folded)) return at;
  const before = indexBefore(tokens, at);
  return isCommandWord(tokens, before) ? before : at;
}

/** "cancel", "writeoff", "write off": a command that cues the name after it ("w/o": followsWriteOffShorthand). */
function isCommandWord(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  if (word?.kind !== 'word') return false;
  if (word.folded === 'off') return tokens[index - 1]?.folded === 'write';
  return (
    NAME_CUES.has(word.folded) && (REQUEST_WORDS.has(word.folded) || HYPHENATED_WRITE_OFF.test(word.folded))
  );
}

/**
 * "Write off $150 for Dr. Linda Faulk, retired GP …": a doctor right after "for" that follows the
 * amount or the command is whom the action is for, like any patient named there. Not a doctor's
 * own ("for Dr. Nguyen's patient") nor one named elsewhere ("per Dr. Haynes").
 */
function doctorAskedFor(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[last]?.possessive) return false;
  const cue = indexBefore(tokens, first);
  if (tokens[cue]?.folded !== 'for') return false;
  const before = tokens[cue - 1];
  return (before?.kind === 'number' && before.folded.startsWith('$')) || isCommandWord(tokens, cue - 1);
}

/**
 * "ZHANG, WEI  MRN 20391  DOS 08/12/2026 …": a name in capitals, surname first, opening the text is
 * a line pasted from a practice system, which starts with the patient.
 */
function opensPastedLine(tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== 0 || tokens[first + 1]?.folded !== ',' || last <= first + 1) return false;
  // "SMITH, ROBERT J  MRN …": only a middle initial at the end may be a letter alone.
  return tokens
    .slice(first, last + 1)
    .every(
      (t, i) =>
        t.kind !== 'word' ||
        ((t.folded.length >= 2 || first + i === last) && t.original === t.original.toUpperCase()),
    );
}

// Look-up words that cue a name after them only across a question mark: "owes? priya patel",
// "due? tom baker" (without it, "owes money" names no one).
const ASKED_CUES: ReadonlySet<string> = new Set(['owes', 'owed', 'owing', 'due', 'paid', 'balances', 'bals']);

/** Whether the token before a run cues a name there. */
function cuedBefore(tokens: readonly Token[], first: number, last: number): boolean {
  const cueIndex = cueIndexOf(tokens, first);
  const cue = tokens[cueIndex];
  if (!cue) return false;
  if (ASKED_CUES.has(cue.folded) && tokens.slice(cueIndex + 1, first).some((t) => t.folded === '?'))
    return true;
  if (cue.kind === 'number') return !TIME_OR_COUNT.test(cue.folded) && !PROCEDURE_CODE.test(cue.folded);
  if (isAmountInWords(tokens, cueIndex)) return true;
  // "a patient's family", "the account's owner": a cue word that owns what follows names no one.
  if (!NAME_CUES.has(cue.folded) || cue.possessive) return false;
  // "when a patient dies", "if the pt moves": what the patient does, not their name.
  if (
    PATIENT_WORDS.has(cue.folded) &&
    !tokens[first]?.capitalized &&
    PATIENT_VERBS.has(tokens[first]?.folded ?? '')
  )
    return false;
  if (tokens[first]?.capitalized || !WEAK_NAME_CUES.has(cue.folded)) return true;
  return weakCueIntroducesName(tokens, cueIndex, first === last);
}

const LEAD_PUNCTUATION: ReadonlySet<string> = new Set(['-', ':', ',']);

/** A word, an amount or write-off shorthand a request starts with ("refund", "$40", "w/o"). */
function startsRequest(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (token.kind === 'number') return token.folded.startsWith('$');
  if (REQUEST_WORDS.has(token.folded) || HYPHENATED_WRITE_OFF.test(token.folded)) return true;
  return token.folded === 'w' && tokens[index + 1]?.folded === '/';
}

/**
 * "jane doe w/o $40 hardship", "bob smith refund $20", "lee chen - cancel the PR": a message that
 * opens with two or three lower-case words of no vocabulary, then (after a dash, colon or comma,
 * or none) the request. Chit-chat and questions are vocabulary ("good morning team", "quick
 * question - …") or go on with something other than a request ("happy thanksgiving, how do …").
 */
function leadsRequest(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1);
  if (
    words.some((t) => t.capitalized || t.possessive || GREETINGS.has(t.folded) || REQUEST_WORDS.has(t.folded))
  )
    return false;
  if (words.filter((t) => !isParticle(t)).length < 2) return false;
  // "jose nunez estimate: cancel it": what the charge was may stand between the name and the request.
  let end = last;
  while (end < last + 2 && namesCharge(tokens[end + 1])) end += 1;
  const next = tokens[end + 1];
  const afterPunctuation = next?.kind === 'punct' && LEAD_PUNCTUATION.has(next.folded);
  const at = afterPunctuation ? end + 2 : end + 1;
  // "jane doe wants to pay her $120 today …": the name is the subject of the sentence it opens.
  return startsRequest(tokens, at) || amountThenRequest(tokens, at) || verbFollows(tokens, last);
}

const BARE_AMOUNT = /^\d{1,7}(?:\.\d{1,2})?$/;

const CLAUSE_END: ReadonlySet<string> = new Set([',', '.', ';', ':', '?', '!']);

/**
 * "kim lee 40 small bal wo": a bare number, then a request word later in the same clause. The
 * number alone starts no request ("exam room 4" is a place), and a request in a later clause is
 * not what the number is for ("happy holidays 2 all, refund policy question").
 */
function amountThenRequest(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== 'number' || !BARE_AMOUNT.test(token.folded)) return false;
  for (let i = index + 1; i < tokens.length; i++) {
    const next = tokens[i];
    if (next?.kind === 'punct' && CLAUSE_END.has(next.folded)) return false;
    if (startsRequest(tokens, i)) return true;
  }
  return false;
}

// Marks that end a greeting's sentence: "Hi! Jose Nunez filed …" names the subject, not whom it greets.
const SENTENCE_MARKS: ReadonlySet<string> = new Set(['!', '.']);

/** "Hi Jane", "thanks, Bob": the run is whom the greeting speaks to, not set off in a new sentence. */
function greets(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  if (tokens[i]?.folded === '.' && HONORIFICS.has(tokens[i - 1]?.folded ?? '')) i -= 2;
  else if (HONORIFICS.has(tokens[i]?.folded ?? '')) i -= 1;
  return !SENTENCE_MARKS.has(tokens[i]?.folded ?? '');
}

function scoreRun(tokens: readonly Token[], first: number, last: number, opts: MentionOptions): number {
  const start = tokens[first];
  const end = tokens[last];
  if (!start || !end) return 0;
  const before = tokenBefore(tokens, first);
  const after = tokens[last + 1];
  const cued =
    cuedBefore(tokens, first, last) ||
    followsWriteOffShorthand(tokens, first) ||
    (after?.joinedToPrevious === true && FOLLOWING_CUES.has(after.folded)) ||
    (first < last && recordFollows(tokens, last)) ||
    opensPastedLine(tokens, first, last);
  const atStart = before === undefined;
  if (before && GREETINGS.has(before.folded) && greets(tokens, first)) return 0;
  // A name written first scores below a cued name of two words ("big favor - refund $20 to jane
  // doe") and ties a cued lone first name, which it then beats by coming first ("jane doe w/o $40
  // for lab work").
  const leading =
    opts.namesBeforeRequest === true && atStart && !start.capitalized && leadsRequest(tokens, first, last);
  const owns = end.possessive || ownsBalanceWithoutApostrophe(tokens, first, last);
  if (!start.capitalized && !cued && !leading && !owns && !(atStart && opts.namesAtStart)) return 0;
  return (
    (owns ? 3 : 0) +
    (cued ? 2 : leading ? 1 : 0) +
    (start.capitalized ? 2 : 0) +
    Math.min(last - first + 1, 2)
  );
}

export interface MentionOptions {
  /** Slash-command text ("jane 40 hardship") may start with a lower-case name. */
  readonly namesAtStart: boolean;
  /**
   * The text asks for an action or a balance, so lower-case words that open it before the
   * request are a name ("jane doe w/o $40"). Not in a question or small talk, whose opening
   * words are no name ("happy holidays - refund policy question").
   */
  readonly namesBeforeRequest?: boolean;
}

// Two letters at least, as in a name: "w/o …" opens with none.
const FIRST_WORD = /^\p{Ll}[\p{L}\p{M}'-]+/u;

/**
 * Whether the text may open with a lower-case name: a cheap look before `namesBeforeRequest`
 * searches again ("write off …" and "Jane Doe …" cannot).
 */
export function mayOpenWithLowerCaseName(text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[0];
  if (first === undefined) return false;
  const folded = foldName(first);
  return HONORIFICS.has(folded) || !(NON_NAME_WORDS.has(folded) || REQUEST_WORDS.has(folded));
}

/**
 * "MRN 10023", "mrn: A-77", "patient #4411", "acct no. 5521": a patient named by number. The
 * number is what the look-up takes (an MRN, or a patient id: resolvePatient asks when it is both).
 */
const LABELLED_MRN = /\bmrn\b[\s:#.-]*([\p{L}]*-?\d[\p{L}\p{N}-]*)/iu;
const NUMBERED_PATIENT =
  /\b(?:patient|pt|acct|account)\b\s*(?:id\b\s*|#\s*|no\.?\s*|number\s*)?(\d{3,})\b(?!\s*(?:dollars?|bucks?|cents?|visits?|charges?|%))/iu;

// "DEMO-0007", "QZ-40917": letters, a hyphen and three digits or more, as practices write MRNs. Kept
// whole as the patient when no name is written; read as words, "for DEMO-0007" was the patient "DEMO".
// Not a bankruptcy case ("26-bk-04411", digits first) nor a short code ("COVID-19").
const WRITTEN_MRN = /(?<![\p{L}\p{N}-])\p{L}{1,10}-\d{3,}(?![\p{L}\p{N}-])/u;

// "Bartholomew 'Bart' Higgins", "Robert (Bob) Smith": a nickname between a given name and a surname.
// Taken out, the name is the full one; read as written, the quote ended the name at "Bart".
// The given name before it is checked in the replacer: a look-behind here was tried at every space
// of every request, and was the parser's costliest single pattern.
const NICKNAME_BETWEEN = /\s+(?:(["'])\p{Lu}[\p{L}\p{M}-]*\1|\(\p{Lu}[\p{L}\p{M}-]*\))(?=\s+\p{Lu})/gu;
const GIVEN_NAME_BEFORE = /\p{Lu}[\p{L}\p{M}-]+$/u;

function withoutNickname(text: string): string {
  return text.replace(NICKNAME_BETWEEN, (nickname: string, _quote: string, at: number) =>
    GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ? '' : nickname,
  );
}

const CODE_WORD = /\b[\p{L}\d]+(?:_[\p{L}\d]+)+\b/gu;
// "[EHR] Al-Sayed, Omar …", "[PM] pt: …": a system's tag in brackets, pasted with the line, is no name.
const SYSTEM_TAG = /\[\s*\p{Lu}{2,6}\s*\]/gu;

/**
 * The patient name as written (honorific and possessive dropped), else their number, else null.
 * A labelled MRN is blanked out before names are looked for: its letters ("QZ-40917") are not one.
 */
export function findPatientMention(text: string, opts: MentionOptions): string | null {
  const mrn = LABELLED_MRN.exec(text);
  // A code ("BALANCE_CHANGED", "small_balance") is never part of a name.
  const withoutCodes = withoutNickname(
    text
      .replace(CODE_WORD, (code) => ' '.repeat(code.length))
      .replace(SYSTEM_TAG, (tag) => ' '.repeat(tag.length)),
  );
  const withoutLabelled = mrn ? withoutCodes.replace(mrn[0], ' '.repeat(mrn[0].length)) : withoutCodes;
  const written = WRITTEN_MRN.exec(withoutLabelled)?.[0];
  const withoutMrn = written ? withoutLabelled.replace(written, ' '.repeat(written.length)) : withoutLabelled;
  return (
    findNamedPatient(withoutMrn, opts) ?? mrn?.[1] ?? written ?? NUMBERED_PATIENT.exec(text)?.[1] ?? null
  );
}

/**
 * "rest of will's bal", "on april reyes", "w/o 20 may chen" (given-names.ts); the set look first, as
 * most words are none.
 */
function mayBeGivenName(tokens: readonly Token[], index: number): boolean {
  if (!GIVEN_NAME_WORDS.has(tokens[index]?.folded ?? '')) return false;
  return (
    ownsBalance(tokens, index) ||
    endsWithGivenName(tokens, index, tokenBefore(tokens, index)) ||
    namedAfterAmount(tokens, index)
  );
}

// Below every other name: a doctor is the patient only when no one else is named ("courtesy for Dr.
// Ruth Adler"). "Priya Patel is one of Dr. Nguyen's nurses, write off her $120" is Priya's. So is a
// name the request is compared with ("like we did for Lee Chen, …", "a duplicate of Jane Doe's").
const DOCTOR_SCORE = 0.5;
// Who asked for the action ("Dr. Feldman asked me to …", not-the-patient.ts) ranks below a doctor
// the action is for: "… for his colleague Dr. Amelia Stone" is Amelia's write-off.
const REQUESTER_SCORE = 0.4;

function ranked(score: number, doctorOrReference: boolean, requester: boolean): number {
  if (score <= 0) return score;
  if (requester) return REQUESTER_SCORE;
  return doctorOrReference ? DOCTOR_SCORE : score;
}

/**
 * "for Charity Nolan", "Charity Nolan owes $15, small balance": a reason's word that starts a name,
 * where a word cue or a reason said after it tells it is one. "Courtesy Jane Doe $25" and "w/o $25
 * Courtesy Jane Doe" tell their reason first (reason.ts), and Jane Doe is the patient.
 */
function startsReasonWordName(tokens: readonly Token[], first: number): boolean {
  if (!startsNameWithReasonWord(tokens, first)) return false;
  // A word cue ("for", "to"), not an amount: "w/o $25 Courtesy Jane Doe" tells its reason there.
  if (tokenBefore(tokens, first)?.kind === 'word' && cuedBefore(tokens, first, first + 1)) return true;
  const rest = tokens.slice(first + 2).map((t) => t.folded);
  return rest.some((word) => REASON_WORDS_AFTER.has(word));
}

// Words of a reason said after the name, which tell that a reason word before them was a name.
const REASON_WORDS_AFTER: ReadonlySet<string> = new Set(
  'hardship charity courtesy bal balance debt deceased bankruptcy agency collections prompt recovery administrative admin'.split(
    ' ',
  ),
);

function findNamedPatient(text: string, opts: MentionOptions): string | null {
  const tokens = tokenize(text);
  let best: Candidate | null = null;
  const named: Candidate[] = [];
  for (let first = 0; first < tokens.length; first++) {
    const token = tokens[first];
    if (!token) continue;
    // "nix jane doe's write-off": a verb of ours in lower case starts no name.
    if (!token.capitalized && REQUEST_WORDS.has(token.folded)) continue;
    // "balance de María García": Spanish "de" ("of") after a look-up or command word, before a
    // capitalised name, is no particle of the name; the name starts after it.
    if (spanishOfBeforeName(tokens, first)) continue;
    // "So Patricia Gale's son called": the word that carries the story on is no part of the name.
    if (opensSentenceAsDiscourse(tokens, first)) continue;
    // "June Bad - write off 30", "does april small have a balance" (word-first-names.ts).
    const wordName = wordFirstNameAt(tokens, first);
    if (
      !(
        wordName ||
        isNameLike(token) ||
        startsAmbiguousName(tokens, first) ||
        isCuedAmbiguousName(tokens, first) ||
        isAbbreviatedNameStart(tokens, first) ||
        startsLowerInitialName(tokens, first) ||
        isIrishO(tokens, first) ||
        startsReasonWordName(tokens, first) ||
        // "$40 Hundred Ames", "for Thousand Oaks": a scale word Capitalised before a name (scale-word-names.ts).
        startsScaleWordName(tokens, first) ||
        mayBeGivenName(tokens, first)
      )
    )
      continue;
    const surnameEnd = wordName ? first + 1 : runEnd(tokens, first, token.capitalized);
    // "Garcia, María's balance": a given name after the surname is scored as part of the name.
    const last = givenNameAfterComma(tokens, first, surnameEnd) ?? surnameEnd;
    // "… write it off? confused", "ERAs won't load": a word alone that is a remark or an abbreviation.
    // "case no. 26-bk-04411": a word that labels a number is no name. "the balance cleanup", "my
    // Epic password": a thing (thing-not-name.ts).
    const notAName =
      (first === last && (isLoneNonName(tokens, first) || labelsNumber(tokens, last))) ||
      endsCompoundNoun(tokens, first, last) ||
      isWritersOwnThing(tokens, first, last) ||
      isOwnedRoleWord(tokens, first, last) ||
      isDoctorOfThePatient(tokens, first, last) ||
      isSaintsPlace(tokens, first, last) ||
      isPayer(tokens, first, last) ||
      isPlaceOfOrigin(tokens, first, last) ||
      isServiceAbbreviation(tokens, first, last) ||
      isNegatedName(tokens, first);
    const score = notAName
      ? 0
      : ranked(
          scoreRun(tokens, first, last, opts),
          (followsDoctorTitle(tokens, first) && !doctorAskedFor(tokens, first, last)) ||
            namesReference(tokens, first) ||
            namesGuardian(tokens, first) ||
            ownsRelative(tokens, first, last),
          namesRequester(tokens, first, last) ||
            namesApprover(tokens, first, last) ||
            namesWhoActed(tokens, first, last),
        );
    if (score > 0) named.push({ first, last, score });
    if (score > 0 && (!best || score > best.score)) best = { first, last, score };
    first = last;
  }
  if (!best) return null;
  const chosen = fullNameGivenBefore(tokens, named, best) ?? best;
  const start = tokens[chosen.first]?.start ?? 0;
  const end = tokens[chosen.last]?.end ?? start;
  return text.slice(start, end);
}

/**
 * "I talked to Rose Bud's daughter, Rose lost her husband …": a given name alone that repeats the
 * first word of a full name written before it is that person, named in full there. Read alone, the
 * later "Rose" beat "Rose Bud" (whose possessive before a relative ranks it low, not-the-patient.ts).
 */
function fullNameGivenBefore(
  tokens: readonly Token[],
  named: readonly Candidate[],
  best: Candidate,
): Candidate | null {
  if (best.first !== best.last) return null;
  const given = tokens[best.first]?.folded;
  return (
    named.find((c) => c.first < best.first && c.last > c.first && tokens[c.first]?.folded === given) ?? null
  );
}
