/**
 * Capitalised words where a name could be that name no patient: a doctor whose relative is the
 * patient ("CHEN, MARGARET … courtesy, she's Dr. Adeyemi's mother-in-law"), and a word a sentence
 * opens with to carry the story on ("So Patricia Gale's son called", "Well Jane Doe paid …"). Read as
 * the patient, the first wrote off the doctor's balance and the second looked up "So Patricia Gale".
 */
import { isNameLike, type Token } from './name-tokens.ts';

const DOCTOR_TITLES: ReadonlySet<string> = new Set(['dr', 'doctor', 'doc']);

// Who a doctor's possessive names instead of the doctor: a relative, or someone of their office.
const RELATIVES_AND_STAFF: ReadonlySet<string> = new Set(
  `family wife husband spouse partner son sons daughter daughters kid kids child children mom mother
  dad father parent parents brother sister sibling siblings in-law in-laws mother-in-law father-in-law
  sister-in-law brother-in-law son-in-law daughter-in-law grandma grandpa grandmother grandfather
  grandson granddaughter grandchild grandkid grandkids aunt uncle niece nephew cousin fiance fiancee
  boyfriend girlfriend stepson stepdaughter stepmom stepdad nanny patient patients nurse ma assistant
  office staff team scheduler receptionist`
    .split(/\s+/)
    .filter(Boolean),
);

/** "nurses", "patients", "kids": the plural names people of the same kind. */
function isRelativeOrStaff(folded: string): boolean {
  return (
    RELATIVES_AND_STAFF.has(folded) || (folded.endsWith('s') && RELATIVES_AND_STAFF.has(folded.slice(0, -1)))
  );
}

/** "Dr. Nguyen", "Doctor Lin": the run follows a doctor's title. */
export function followsDoctorTitle(tokens: readonly Token[], first: number): boolean {
  const title = tokens[first - 1]?.folded === '.' ? tokens[first - 2] : tokens[first - 1];
  return DOCTOR_TITLES.has(title?.folded ?? '');
}

/**
 * "Dr. Adeyemi's mother-in-law", "one of Dr. Nguyen's nurses": the run is a doctor's name, owning
 * the patient or the staff member it speaks of.
 */
export function isDoctorOfThePatient(tokens: readonly Token[], first: number, last: number): boolean {
  const end = tokens[last];
  const next = tokens[last + 1];
  if (!end?.possessive || !next?.joinedToPrevious || !isRelativeOrStaff(next.folded)) return false;
  return followsDoctorTitle(tokens, first);
}

// What a place named for a saint is: "St Luke's Hospital", "Saint Mary's clinic".
const SAINTS: ReadonlySet<string> = new Set(['st', 'ste', 'saint', 'sainte']);
// What the patient owns after their name: "St. Pierre's balance" is a patient (a surname), not a place.
const OWNED_BY_PATIENT: ReadonlySet<string> = new Set(
  'balance bal balances copay pr account acct charge charges visit bill statement payment write-off writeoff refund'.split(
    ' ',
  ),
);

/**
 * "a nurse at St Luke's", "St. Mary's Hospital": a saint's name in the possessive is a hospital, a
 * clinic or a church, never the patient, unless what a patient owns follows it ("St. Pierre's
 * balance"). Read as the patient, "(Ben's a nurse at St Luke's)" outscored "his patient Ben Adeyemi".
 */
export function isSaintsPlace(tokens: readonly Token[], first: number, last: number): boolean {
  if (!SAINTS.has(tokens[first]?.folded ?? '') || !tokens[last]?.possessive) return false;
  return !OWNED_BY_PATIENT.has(tokens[last + 1]?.folded ?? '');
}

// Insurers and public payers, as billers write them: "she's on Medicaid now", "Blue Cross denied it",
// "BCBS paid $80". A payer pays claims, it is never the patient. Only a run made of these words
// alone: "Tom Kaiser" is a patient.
const PAYER_WORDS: ReadonlySet<string> = new Set(
  `medicaid medicare medi-cal aetna cigna bcbs blue cross shield anthem uhc united
  unitedhealthcare healthcare humana tricare kaiser permanente molina wellcare ambetter centene
  caresource highmark amerigroup champva optum elevance`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Medicaid", "Blue Cross Blue Shield", "UHC": the run names an insurer, not a patient. */
export function isPayer(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (!PAYER_WORDS.has(tokens[i]?.folded ?? '')) return false;
  }
  return true;
}

// Services as billers abbreviate them, in capitals: "his $120 MRI balance", "the CT from March".
// One such word alone is what the charge was for, never whom it is for.
const SERVICE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mri ct cat pet ekg ecg eeg emg xr cxr ua cbc cmp bmp tsh pft dexa iud ov er ed pt ot slp dme ivf'.split(
    ' ',
  ),
);

/** "MRI", "EKG": the run is one service abbreviation in capitals, not a patient. */
export function isServiceAbbreviation(tokens: readonly Token[], first: number, last: number): boolean {
  const token = tokens[first];
  if (first !== last || !token) return false;
  return SERVICE_ABBREVIATIONS.has(token.folded) && token.original === token.original.toUpperCase();
}

// Who a request is compared with, or the original a duplicate copies: "like we did for Lee Chen last
// week, please write off $12 for Priya Patel", "Janet Doe's 11/2 PR is a duplicate of Jane Doe's".
// The name there is a reference point, not whom the request is about.
const REFERENCE_BEFORE: readonly (readonly string[])[] = [
  ['duplicate', 'of'],
  ['dupe', 'of'],
  ['dup', 'of'],
  ['copy', 'of'],
  ['same', 'as'],
  ['similar', 'to'],
  ['just', 'like'],
];
const COMPARED: ReadonlySet<string> = new Set(['like', 'as']);
const DOERS: ReadonlySet<string> = new Set(['we', 'i', 'you', 'they', 'she', 'he']);
const DID: ReadonlySet<string> = new Set(['did', 'do', 'done', 'does']);
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', '.', ';', '!', '?', ':', '(', '-']);

/** "like we did for", "as I did with": the words right before the run compare it. */
function comparedBefore(tokens: readonly Token[], first: number): boolean {
  // "like we did for X", "like we have done for X": the doer and "did" within the four words before.
  const words = tokens.slice(Math.max(0, first - 5), first).map((t) => t.folded);
  const at = words.findIndex((word, i) => COMPARED.has(word) && DOERS.has(words[i + 1] ?? ''));
  return at >= 0 && words.slice(at + 2).some((word) => DID.has(word));
}

// Where a charge belongs instead of where it is: "cancel the PR for jane roe, it was supposed to go
// on Jane Doe", "it should have been posted to Bob Smith", "it belongs on Janet Doe's account",
// "meant for Jane Doe". That name is where the charge should be; the request acts on the other.
const WHERE_IT_BELONGS =
  /\b(?:(?:(?:supposed|meant|intended) to|should|should've|shouldve|shoulda|should have) (?:have )?(?:go|gone|be|been|land|landed)(?: (?:posted|billed|charged|put|entered|applied))?|belongs?|belonged|(?:meant|intended)(?= for$)) (?:on|onto|to|under|in|for|with)$/;

/** "… supposed to go on", "belongs to": the words right before the run say where something belongs. */
function belongsBefore(tokens: readonly Token[], first: number): boolean {
  const words: string[] = [];
  for (let i = first - 1; i >= Math.max(0, first - 7); i--) {
    const token = tokens[i];
    if (token?.kind !== 'word') break;
    words.unshift(token.folded);
  }
  return words.length > 1 && WHERE_IT_BELONGS.test(words.join(' '));
}

/** Whether the run at `first` names a reference the request is compared with, not its patient. */
export function namesReference(tokens: readonly Token[], first: number): boolean {
  const before = [tokens[first - 2]?.folded ?? '', tokens[first - 1]?.folded ?? ''];
  if (REFERENCE_BEFORE.some(([a, b]) => before[0] === a && before[1] === b)) return true;
  if (comparedBefore(tokens, first) || belongsBefore(tokens, first)) return true;
  // "Like Lee Chen last week, …": a clause that opens with "like" compares what it names.
  let i = first - 1;
  while (i > 0 && !CLAUSE_MARKS.has(tokens[i - 1]?.folded ?? '')) i -= 1;
  return i >= 0 && i < first && tokens[i]?.folded === 'like';
}

// Words a sentence opens with to go on with a story, never the start of a name there.
const DISCOURSE_OPENERS: ReadonlySet<string> = new Set(
  `so well anyway anyways actually basically honestly alright plus oh yeah yep nope update sadly
  unfortunately apparently luckily hopefully finally meanwhile otherwise also ok okay`
    .split(/\s+/)
    .filter(Boolean),
);
const SENTENCE_STARTS_AFTER: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '-', '(', '"', "'"]);

// A verb in -ing that opens a sentence, Capitalised as every first word is: "Sending Caleb Ward's
// account to collections …", "Moving Jane Doe to a payment plan". Names in -ing ("Sterling Ward",
// "Xiaoming Li") are kept: these, four letters or fewer ("King"), and "-ming".
const ING_VERB = /^[a-z]{2,}[^aeiouy\s]ing$/;
const NAMES_IN_ING: ReadonlySet<string> = new Set(
  'sterling irving channing manning fleming browning harding golding banning deming ewing hastings darling keating fielding spalding redding'.split(
    ' ',
  ),
);

function opensWithIngVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token?.capitalized || token.possessive || !ING_VERB.test(token.folded)) return false;
  if (NAMES_IN_ING.has(token.folded) || token.folded.endsWith('ming')) return false;
  // A name of two words follows, Capitalised: read alone, the verb and a given name were the name.
  const [given, surname] = [tokens[index + 1], tokens[index + 2]];
  return (
    given?.kind === 'word' &&
    given.capitalized &&
    !given.possessive &&
    given.joinedToPrevious &&
    surname?.kind === 'word' &&
    surname.capitalized &&
    surname.joinedToPrevious
  );
}

/** "So Patricia Gale's son called": a word that opens a sentence to carry it on, then a name. */
export function opensSentenceAsDiscourse(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !(DISCOURSE_OPENERS.has(token.folded) || opensWithIngVerb(tokens, index))) return false;
  const before = tokens[index - 1];
  return before === undefined || SENTENCE_STARTS_AFTER.has(before.folded);
}

// A coworker, named where no request of ours is made: "resend the aging report to Dr. Lin", "Dr. Lin
// wants …", "ask Lin if the EOB came in". Someone the text asks to work with, or a doctor, there.
const TITLE_OR_ASKED = String.raw`(?:\b(?:dr|doctor|doc)\.?|\b(?:ask|tell|check with|cc|ping|loop in|run (?:it|this|that) by|email|e-mail|message|slack|remind) (?:dr\.? )?)`;
const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Whether a name in a text that asks nothing of ours (intent unknown) is a coworker's: after a
 * doctor's title, or as the one to ask or tell. Read as the patient, it opened a look-up of the
 * practice's own doctor.
 */
// "Jane Roe, NOT Jane Doe", "for Bob Smith not Bob Smyth": the name after the "not" is the one meant
// not to be touched. "not" written just before it; a name before it is the patient.
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'nor']);

/** "NOT Jane Doe": the run is the name the text says it is not about. */
export function isNegatedName(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before?.kind === 'word' && NEGATIONS.has(before.folded) && tokens[first]?.capitalized === true;
}

// Someone of the office told as away or standing in: "while Deb is out", "Deb is covering the
// inbox", "Sam's on vacation", "covering for Deb". A patient is not told as at work or away.
const AWAY_OR_COVERING = String.raw`(?:'s|\s+(?:is|was|will be|'ll be))\s+(?:(?:out|off|away|back|covering|ooo|sick)\b|on (?:vacation|leave|pto|holiday|lunch|break)\b)`;
const COVERED_FOR = String.raw`\b(?:covering for|cover for|filling in for|fill in for|out for)\s+`;

export function namesCoworker(text: string, name: string): boolean {
  const escaped = name.replace(ESCAPE, '\\$&');
  return new RegExp(
    `${TITLE_OR_ASKED}\\s*${escaped}(?!\\p{L})|${COVERED_FOR}${escaped}(?!\\p{L})|(?<!\\p{L})${escaped}${AWAY_OR_COVERING}`,
    'iu',
  ).test(text);
}

// Who answers for a patient: a parent, a guardian. Named right after the word ("mom is Sarah Lee",
// "(guardian: Tom Ruiz)", "dad - Ben Cole"), the name is theirs, not the patient's.
const GUARDIANS: ReadonlySet<string> = new Set(
  'mom mum mother dad father parent parents guardian guarantor stepmom stepdad stepmother stepfather'.split(
    ' ',
  ),
);
const LINKS: ReadonlySet<string> = new Set(['is', 'was', ':', '-', '=', "'s"]);

/**
 * "write off $20 for Emma (mom is Sarah Lee)": the run is named as the patient's parent or guardian.
 * Ranked below any other name (patient-mention.ts): "for Emma" is the patient, and a guardian named
 * alone is still found.
 */
export function namesGuardian(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  if (LINKS.has(tokens[i]?.folded ?? '')) i -= 1;
  const word = tokens[i];
  return word?.kind === 'word' && !word.possessive && GUARDIANS.has(word.folded);
}

// A relative the possessive names: "(Nurse Linda Park's son)" is the son, not Linda.
const RELATIVES: ReadonlySet<string> = new Set(
  `wife husband spouse partner son daughter kid child mom mother dad father parent brother sister
  sibling mother-in-law father-in-law sister-in-law brother-in-law son-in-law daughter-in-law grandma
  grandpa grandmother grandfather grandson granddaughter grandchild grandkid aunt uncle niece nephew
  cousin fiance fiancee boyfriend girlfriend stepson stepdaughter stepmom stepdad`
    .split(/\s+/)
    .filter(Boolean),
);

// Titles written before a name: "Nurse Linda Park", "Dr. Ann Cole".
const TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms miss mx dr doctor doc nurse np pa rn md prof'.split(' '),
);
// Marks that set a description apart after a name: "Ethan Park (…)", "Ethan Park, …", "Ethan Park - …".
const APPOSITION_MARKS: ReadonlySet<string> = new Set(['(', ',', '-', '—', '–']);

/**
 * "write off $95 for Ethan Park (Nurse Linda Park's son)", "… for Ethan Park, Linda Park's son": the
 * run, in the possessive and set apart after another name, owns the relative who is the patient.
 * Ranked below any other name (patient-mention.ts). Not a relative who only tells the story ("Cy
 * Dunn's dad paid 11/23, write off …" is Cy's), nor one named alone ("refund Linda Park's son").
 */
export function ownsRelative(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (tokens[last]?.possessive !== true || next?.kind !== 'word' || !RELATIVES.has(next.folded)) return false;
  let i = first - 1;
  // A title before the name ("Nurse Linda Park's", "Dr. Ann Cole's").
  if (tokens[i]?.folded === '.') i -= 1;
  if (TITLES.has(tokens[i]?.folded ?? '')) i -= 1;
  const mark = tokens[i];
  return mark?.kind === 'punct' && APPOSITION_MARKS.has(mark.folded) && i > 0;
}

// Who asked for the action, not whom it is for: "Dr. Feldman asked me to write off $120 for his
// colleague Dr. Amelia Stone", "Karen Lowe wants us to refund her son Eli", "per Dr. Shah, comp the
// visit for Ana Ruiz". The name then ranks below the person the action is for (patient-mention.ts),
// and is the patient only when no one else is named ("Jane Doe asked us to write off her balance").
const ASKING_VERBS: ReadonlySet<string> = new Set(
  'asked asks ask wants wanted told tells requested requests said says would'.split(' '),
);
const ASKED_OF: ReadonlySet<string> = new Set(['me', 'us', 'you', 'to', 'that', 'if', 'whether', 'like']);

/** Whether the run ending at `last` (starting at `first`) names who asked for the action. */
export function namesRequester(tokens: readonly Token[], first: number, last: number): boolean {
  const verb = tokens[last + 1];
  if (verb?.kind === 'word' && !tokens[last]?.possessive && ASKING_VERBS.has(verb.folded)) {
    const object = tokens[last + 2]?.folded ?? '';
    if (ASKED_OF.has(object) && (verb.folded !== 'would' || object === 'like')) return true;
  }
  let i = first - 1;
  if (tokens[i]?.folded === '.') i -= 1;
  if (DOCTOR_TITLES.has(tokens[i]?.folded ?? '')) i -= 1;
  return tokens[i]?.folded === 'per';
}

// Who approved the action, not whom it is for: "Talked to Karen (manager) and she agreed. Tom Baker
// has $3.12 left …", "checked with Dana, write off …", "Karen signed off on this one. Priya Patel …",
// "approved by Lee Wong". Ranked as a requester is (patient-mention.ts): below anyone else named, the
// patient only when no one else is.
const APPROVER_ROLES: ReadonlySet<string> = new Set(
  'manager managers supervisor boss lead director admin administrator owner approver'.split(' '),
);
// The words right before the name: "talked to", "spoke with", "checked with", "ran it by", "approved by".
const CONSULTED_BEFORE: readonly (readonly string[])[] = [
  ['talked', 'to'],
  ['talked', 'with'],
  ['spoke', 'to'],
  ['spoke', 'with'],
  ['spoken', 'to'],
  ['spoken', 'with'],
  ['checked', 'with'],
  ['cleared', 'with'],
  ['it', 'by'],
  ['approved', 'by'],
  ['okayed', 'by'],
  ["ok'd", 'by'],
  ['authorized', 'by'],
  ['from', 'manager'],
  ['by', 'manager'],
];
// The words right after the name that say it approved: "Karen approved", "Karen signed off on it".
// An approver's no is theirs too: "Karen declined it".
const APPROVED_AFTER: ReadonlySet<string> = new Set([
  'approved',
  'okayed',
  "ok'd",
  'authorized',
  'signed',
  'declined',
  'denied',
  'rejected',
]);

/** Whether the run from `first` to `last` names who approved or was consulted on the action. */
export function namesApprover(tokens: readonly Token[], first: number, last: number): boolean {
  const before = [tokens[first - 2]?.folded ?? '', tokens[first - 1]?.folded ?? ''];
  if (CONSULTED_BEFORE.some(([a, b]) => before[0] === a && before[1] === b)) return true;
  const next = tokens[last + 1];
  if (tokens[last]?.possessive) return false;
  if (next?.kind === 'word' && APPROVED_AFTER.has(next.folded)) {
    return next.folded !== 'signed' || tokens[last + 2]?.folded === 'off';
  }
  // "Karen (manager)", "Karen (billing manager)", "Karen (my supervisor)": a role in parentheses.
  if (next?.folded !== '(') return false;
  for (let i = last + 2; i <= last + 4; i++) {
    const token = tokens[i];
    if (token?.folded === ')') return false;
    if (token?.kind === 'word' && APPROVER_ROLES.has(token.folded) && tokens[i + 1]?.folded === ')')
      return true;
  }
  return false;
}

// What a coworker did, named by its noun: "Dana's $75 write-off", "Kim's refund", "Lee's adjustment".
const ACTION_NOUNS: ReadonlySet<string> = new Set(
  'write-off write-offs writeoff writeoffs wo w/o refund refunds adjustment adjustments adj cancel cancellation reversal entry void batch'.split(
    ' ',
  ),
);
const PATIENT_AFTER: ReadonlySet<string> = new Set(['on', 'for']);

/**
 * "undo Dana's $75 write-off on Bob Smith", "reverse Kim's refund for Lee Chen": a first name owning
 * the action (an amount at most between) is the coworker who did it, when the patient it was for
 * follows "on" or "for". Ranked as a requester (patient-mention.ts). "undo Jane's $40 write-off"
 * names no one else, and Jane stays the patient.
 */
export function namesWhoActed(tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== last || !tokens[last]?.possessive) return false;
  let i = last + 1;
  if (tokens[i]?.kind === 'number') i += 1;
  if (!ACTION_NOUNS.has(tokens[i]?.folded ?? '')) return false;
  const cue = tokens[i + 1];
  const named = tokens[i + 2];
  return cue !== undefined && PATIENT_AFTER.has(cue.folded) && named !== undefined && isNameLike(named);
}

// Who a person is, said before where they are from: "retired GP from Millerton", "a nurse from
// Oakdale", "our neighbor from Springfield", "originally from Ohio". The place names no one.
const PEOPLE_FROM_A_PLACE: ReadonlySet<string> = new Set(
  `gp gps md doctor doctors doc physician physicians surgeon dentist nurse nurses provider pediatrician
  therapist pharmacist teacher pastor priest rabbi professor colleague colleagues friend friends
  neighbor neighbour neighbors family guy lady man woman couple veteran vet student students
  originally visiting relocated moved`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "for Dr. Linda Faulk, retired GP from Millerton": a place after "from" that tells where a person
 * is from. Read as the patient, the town outscored the doctor the courtesy is for.
 */
export function isPlaceOfOrigin(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first > 1 || tokens[first - 1]?.folded !== 'from') return false;
  return PEOPLE_FROM_A_PLACE.has(tokens[first - 2]?.folded ?? '');
}
