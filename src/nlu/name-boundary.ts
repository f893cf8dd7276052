/**
 * Where a name written in lower case ends, and the words after it that say it was one. In lower
 * case nothing but the words themselves tells a name from the sentence it sits in: "refund $15
 * priya patel keep the other $45" is Priya Patel, and "keep" a verb; "can u fax bob smith records
 * to ortho" is Bob Smith's records. Read as part of the name, "priya patel keep" matched no one.
 */
import { isMannerAdverb } from './lone-word.ts';
import type { Token } from './name-tokens.ts';

// Verbs that say what the patient did or wants, or what the biller is to do, after the name:
// "jane doe wants to pay …", "priya patel keep the other $45", "lee chen called …", "write off $300
// for jane doe spread across her charges".
const VERBS_AFTER_NAME: ReadonlySet<string> = new Set(
  `keep keeps kept want wants wanted need needs needed called calls said says asked asks is was has
  had will would can could came come comes paid pays owes owe owed filed moved left got gets
  agreed agrees disputes disputed disputing requested requests overpaid underpaid prepaid overpays
  complained complains declined declines missed misses rescheduled switched changed lost received
  mentioned told tells thinks texted phoned emailed expired
  spread split divide divided distribute distributed apply applied allocate allocated`
    .split(/\s+/)
    .filter(Boolean),
);

// What a patient has that people ask for: "bob smith records", "jane doe's chart", "lee chen file".
const RECORD_NOUNS: ReadonlySet<string> = new Set(
  'records record chart charts file files paperwork info information account acct ledger statement'.split(
    ' ',
  ),
);

// What a visit or a charge was, written after the name it is for: "jane doe chest xray 8/21", "bob
// smith supplies", "lee chen labs", "jose nunez estimate: cancel it". Read as a third name word, "jane doe chest" matched no one.
const SERVICE_NOUNS: ReadonlySet<string> = new Set(
  `chest xray xrays x-ray x-rays mri mris ct scan scans labs lab bloodwork blood ultrasound ultrasounds
  echo echocardiogram ekg ecg eeg emg supplies supply dme physical physicals exam exams consult consults
  consultation surgery procedure procedures injection injections shot shots vaccine vaccines flu
  test tests testing screening mammogram mammo biopsy imaging radiology colonoscopy endoscopy therapy
  rehab cleaning filling crown dental vision hearing er telehealth anesthesia pathology ambulance
  urgent wellness checkup check-up followup follow-up sonogram stress sleep allergy
  estimate estimates est quote quotes invoice invoices fee fees surcharge copays
  visit visits ov appt appointment eval evals evaluation reeval session sessions intake postop post-op
  preop pre-op annual preventive newborn prophy prophylaxis perio scaling sealant sealants fluoride
  extraction extractions implant implants denture dentures veneer veneers bitewings pano fmx
  cryo cryotherapy excision mohs botox laser facial derm dermatology ortho orthodontics
  chiro massage acupuncture counseling pap dexa panel cbc cmp urinalysis tdap iud pt ot slp`
    .split(/\s+/)
    .filter(Boolean),
);

// "well child", "well woman", "well visit": "well" names the visit only with what it is before it.
const WELL_VISITS: ReadonlySet<string> = new Set(
  'child baby woman visit check exam physical care'.split(' '),
);

// "srp", "bx", "fmx", "tx": a short word with no vowel is a procedure's abbreviation, no name word
// in lower case ("ng", a surname, is the one kept).
const ABBREVIATION = /^[b-df-hj-np-tv-xz]{2,4}$/;
const SURNAMES_WITHOUT_VOWEL: ReadonlySet<string> = new Set(['ng']);

/** What the visit or charge was, in lower case: a service noun, "well child", "srp". */
function namesServiceInLowerCase(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.folded ?? '';
  if (word === 'well') return WELL_VISITS.has(tokens[index + 1]?.folded ?? '');
  return ABBREVIATION.test(word) && !SURNAMES_WITHOUT_VOWEL.has(word);
}

/**
 * Whether the word at `index` ends a lower-case name before it: a verb of what follows, a record,
 * what the visit or charge was, or how it is to be done ("refund kelly manually").
 */
export function endsLowerCaseName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  const word = token.folded;
  return (
    VERBS_AFTER_NAME.has(word) ||
    RECORD_NOUNS.has(word) ||
    SERVICE_NOUNS.has(word) ||
    namesServiceInLowerCase(tokens, index) ||
    isMannerAdverb(token.original)
  );
}

/**
 * "Jane Doe MRI 10/2", "Jane Doe Labs": what the visit was ends a capitalised name too, once it
 * has a given name and a surname ("Echo Park" or "Crown Smith" may be names of two words).
 */
export function endsFullName(tokens: readonly Token[], index: number, nameWords: number): boolean {
  return nameWords >= 2 && SERVICE_NOUNS.has(tokens[index]?.folded ?? '');
}

/** "jose nunez estimate: cancel it", "bob smith xray - refund $20": what the charge was, after the name. */
export function namesCharge(token: Token | undefined): boolean {
  return token !== undefined && SERVICE_NOUNS.has(token.folded);
}

/** "bob smith records": a record of the name right after it. */
export function recordFollows(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next?.joinedToPrevious === true && RECORD_NOUNS.has(next.folded);
}

/** "jane doe wants to pay …": a verb right after the name. */
export function verbFollows(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next?.joinedToPrevious === true && VERBS_AFTER_NAME.has(next.folded);
}

// "case no. 26-bk-04411", "claim # 5521", "ticket number 4411": a label, its number sign, a number.
const NUMBER_SIGNS: ReadonlySet<string> = new Set(['no', 'nos', 'num', 'number', '#']);

/** "case no. 26-bk-04411": the word labels the number after it, and names no one. */
export function labelsNumber(tokens: readonly Token[], last: number): boolean {
  let i = last + 1;
  if (!NUMBER_SIGNS.has(tokens[i]?.folded ?? '')) return false;
  i += 1;
  while (tokens[i]?.folded === '.' || tokens[i]?.folded === ':' || tokens[i]?.folded === '#') i += 1;
  return tokens[i]?.kind === 'number';
}
