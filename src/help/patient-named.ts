/**
 * Which patient a help question names, if any, before anything about them is looked up: an MRN,
 * a full name spelled out (in any case), or the name the request parser found. A name that may
 * be no patient's is weighed before anyone is listed, as a list shows birth dates and MRNs: a
 * word in lower case, a word of everyday English (ordinary-words.ts), a provider's name after
 * "Dr." (provider-named.ts), and one word that is nobody's name.
 */
import type { Database } from '../db/client.ts';
import { regExpLiteral } from '../domain/regexp-literal.ts';
import {
  listCharges,
  type NameInText,
  type PatientResolution,
  patientByMrnInText,
  patientsNamedInText,
  resolvePatient,
} from '../ledger/index.ts';
import type { PatientSummary } from '../ledger/queries/patients.ts';
import { searchableName } from '../ledger/queries/search-name.ts';
import { asksForBalance } from './balance-asked.ts';
import { balancesAsked } from './balances-asked.ts';
import { chargesServiceNamed } from './charge-named.ts';
import { closeToName } from './close-names.ts';
import { colleagueActing } from './colleague-named.ts';
import { leadingNameWord } from './leading-name.ts';
import { loneNameAsked, twoWordNameAsked } from './lone-name.ts';
import { nameSpanNamed } from './name-span.ts';
import { atSentenceStart, isOrdinaryWord } from './ordinary-words.ts';
import { patientAsked } from './patient-asked.ts';
import { afterProviderTitle, providerActing } from './provider-named.ts';

export type PatientNamed =
  | {
      readonly kind: 'found';
      readonly patient: PatientSummary;
      readonly mention: string;
      /** Clauses telling the story of other patients the question names (patient-asked.ts). */
      readonly story?: readonly string[];
    }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly PatientSummary[] }
  | { readonly kind: 'not_found'; readonly name: string; readonly suggestions: readonly PatientSummary[] }
  /** Several patients named, and the balance of each asked (balances-asked.ts). */
  | { readonly kind: 'several'; readonly named: readonly NameInText[] }
  /** Nobody is named: a general question. */
  | { readonly kind: 'general' }
  /**
   * A name that is nobody's, said of someone other than a patient as like as not: a general
   * question, and not one about the asker's last refusal, which may be another patient's.
   */
  | { readonly kind: 'not_a_patient' };

/**
 * The patient the question names: the name the request parser found (`parsed`), else a patient's
 * full name spelled out anywhere in it, in any case ("jane doe 6/3 labs, why blocked?").
 */
export async function patientNamed(
  db: Database,
  question: string,
  parsed: string | null,
  /** The date of service the request parser found, which may name a charge ("chen 3/3 visit"). */
  dateOfService: string | null = null,
): Promise<PatientNamed> {
  const named = await namedAsWritten(db, question, parsed, dateOfService);
  // "can i write off sam oneils estimate": the parser's name ran on into the next word.
  const unmatched = named.kind === 'not_found' && named.suggestions.length === 0;
  // "jnae doe cmp w/o blocked why": a name misspelled or shortened, in two words (name-span.ts).
  const found =
    named.kind !== 'general' && !unmatched ? named : ((await nameSpanNamed(db, question)) ?? named);
  // "cna i wrtie of janee doe 6/3 bal", "jane doe or janet doe? the one with the flu shot": of the
  // patients the name may be, the one whose charges have the date or service the question names.
  if (found.kind === 'found') return (await eitherOrByCharge(db, question, found, dateOfService)) ?? found;
  if (found.kind !== 'ambiguous') return found;
  return (await narrowedByCharge(db, question, found.candidates, dateOfService)) ?? found;
}

/**
 * "Jane Doe or Janet Doe - which one has the paid flu shot?": two patients offered as either one,
 * each by name. The one whose charges have the date or service named is the one asked about.
 */
async function eitherOrByCharge(
  db: Database,
  question: string,
  found: Extract<PatientNamed, { kind: 'found' }>,
  dateOfService: string | null,
): Promise<PatientNamed | undefined> {
  if (!/\bor\b/i.test(question)) return undefined;
  // Only the full name is taken out: "Janet Doe" keeps its "Doe" when "Jane Doe" goes.
  const written = writtenName(question, found.patient);
  if (!written) return undefined;
  const other = await nameSpanNamed(db, question.replace(written, ' '));
  if (other?.kind !== 'found' || other.patient.id === found.patient.id) return undefined;
  return narrowedByCharge(db, question, [found.patient, other.patient], dateOfService);
}

/**
 * Of several patients a question may name, the only one with a charge on the date or of the
 * service it names; undefined when none or more than one has such a charge. The names of the
 * others written in the question are its story, which chooses no charge.
 */
async function narrowedByCharge(
  db: Database,
  question: string,
  candidates: readonly PatientSummary[],
  dateOfService: string | null,
): Promise<PatientNamed | undefined> {
  const rest = candidates.reduce((text, p) => withoutName(text, p), question);
  const withCharge: PatientSummary[] = [];
  for (const patient of candidates) {
    const charges = await listCharges(db, { patientId: patient.id });
    if (chargesServiceNamed(charges, rest, dateOfService).length > 0) withCharge.push(patient);
  }
  const [only, another] = withCharge;
  if (!only || another) return undefined;
  const mention = writtenName(question, only) ?? '';
  const story = candidates
    .filter((p) => p !== only)
    .map((p) => writtenName(question, p))
    .filter((m): m is string => m !== undefined && m !== mention && !mention.includes(m));
  return { kind: 'found', patient: only, mention, ...(story.length > 0 ? { story } : {}) };
}

/** The patient's full name as the question writes it, in any case, if it does. */
function writtenName(question: string, patient: PatientSummary): string | undefined {
  const pattern = new RegExp(
    String.raw`(?<!\p{L})${regExpLiteral(patient.fullName)}(?:['’]s?)?(?!\p{L})`,
    'iu',
  );
  return pattern.exec(question)?.[0];
}

/** The question without the patient's first and last names, which name no charge. */
function withoutName(question: string, patient: PatientSummary): string {
  return [patient.firstName, patient.lastName].reduce(
    (text, word) =>
      text.replace(new RegExp(String.raw`(?<!\p{L})${regExpLiteral(word)}(?:['’]s?)?(?!\p{L})`, 'giu'), ' '),
    question,
  );
}

async function namedAsWritten(
  db: Database,
  question: string,
  parsed: string | null,
  dateOfService: string | null,
): Promise<PatientNamed> {
  // An MRN in the question ("why can't I write off DEMO-0001?") names its patient, unless the
  // parser found another name than a piece of it.
  const byMrn = await patientByMrnInText(db, question);
  if (byMrn && (parsed === null || byMrn.written.toLowerCase().includes(parsed.toLowerCase())))
    return { kind: 'found', patient: byMrn.patient, mention: byMrn.written };
  // Several patients spelled out: the one the question asks about, not one in its story. A
  // provider who acts in the story ("Dr. Grace Lewis wants …") is not one of them.
  // Nor is a colleague who did something in a message quoted ("already written off by Dana").
  const spelled = (await patientsNamedInText(db, question)).filter(
    (s) => !providerActing(question, s.mention) && !colleagueActing(question, s.mention),
  );
  // "Jane Doe says she owes nothing - what's Bob Smith's balance too?": both balances are asked.
  const several = asksForBalance(question) ? balancesAsked(question, spelled) : undefined;
  if (several) return { kind: 'several', named: several };
  const asked = patientAsked(question, spelled);
  if (asked) return { kind: 'found', ...asked.asked, story: asked.story };
  // "Dr. Lewis wants …": a provider's name, which is a patient only when spelled out in full above.
  // "… already written off by Sam on Oct 3": the colleague who did it, no patient either.
  const provider =
    parsed !== null && (afterProviderTitle(question, parsed) || colleagueActing(question, parsed));
  // "While my write-off was waiting …": a word of everyday English opening a sentence is no name.
  const opener = parsed !== null && isOneOrdinaryWord(parsed) && atSentenceStart(question, parsed);
  // "jane balance": the parser finds no name in lower case; the shape of the question does.
  const written =
    provider || opener ? null : (parsed ?? loneNameAsked(question) ?? twoWordNameAsked(question) ?? null);
  const fromSpelled = namedInFull(spelled);
  if (written === null) {
    // "smith 99212 can I write it off": a lower-case name opening the question, before a service.
    const leading = provider || fromSpelled ? undefined : leadingNameWord(question);
    const byService = leading ? await namedByService(db, question, leading, dateOfService) : undefined;
    return fromSpelled ?? byService ?? { kind: provider ? 'not_a_patient' : 'general' };
  }
  const resolution = await resolvePatient(db, written);
  const as = namedAs(question, written, resolution);
  // "Jane's 6/3 labs", "the Doe chest xray from 8/21": of the patients the name fits, the one
  // whose charges have the date or service named; several or none, and they are all listed.
  if (as?.kind === 'ambiguous' && fromSpelled === undefined && !/\s/.test(written.trim())) {
    const narrowed = await namedByService(db, question, written, dateOfService, {
      kind: 'ambiguous',
      candidates: as.candidates,
    });
    return narrowed?.kind === 'found' ? narrowed : as;
  }
  if (as) return as;
  // "why cant i write off jane's xray": of the patients called Jane, the one with an X-ray.
  const byService =
    fromSpelled === undefined && /^[\p{Ll}'-]+$/u.test(written)
      ? await namedByService(db, question, written, dateOfService, resolution)
      : undefined;
  return fromSpelled ?? byService ?? nobodyNamed(question, written, resolution);
}

/**
 * A lower-case word that is a patient's own first or last name, said before or after a service,
 * a code or a date that only that patient's charges match: that patient. Several patients with
 * such a charge are asked about (each of them has the name exactly); none, and nobody is named.
 */
async function namedByService(
  db: Database,
  question: string,
  word: string,
  dateOfService: string | null,
  resolved?: PatientResolution,
): Promise<PatientNamed | undefined> {
  const resolution = resolved ?? (await resolvePatient(db, word));
  const patients =
    resolution.kind === 'found'
      ? [resolution.patient]
      : resolution.kind === 'ambiguous'
        ? resolution.candidates
        : [];
  const own = patients.filter((p) => isOwnName(p, word));
  if (own.length === 0) return undefined;
  const rest = question.replace(
    new RegExp(String.raw`(?<!\p{L})${regExpLiteral(word)}(?:['’]s?)?(?!\p{L})`, 'iu'),
    ' ',
  );
  const withService: PatientSummary[] = [];
  for (const patient of own) {
    const charges = await listCharges(db, { patientId: patient.id });
    if (chargesServiceNamed(charges, rest, dateOfService).length > 0) withService.push(patient);
  }
  const [only, another] = withService;
  if (!only) return undefined;
  if (!another) return { kind: 'found', patient: only, mention: word };
  return { kind: 'ambiguous', candidates: withService };
}

function isOneOrdinaryWord(written: string): boolean {
  return !/\s/.test(written.trim()) && isOrdinaryWord(written);
}

/** The patient (or the patients) spelled out in full, when any is. */
function namedInFull(spelled: readonly NameInText[]): PatientNamed | undefined {
  const [first, second] = spelled;
  if (first && !second) return { kind: 'found', patient: first.patient, mention: first.mention };
  if (first) return { kind: 'ambiguous', candidates: spelled.map((s) => s.patient) };
  return undefined;
}

/**
 * The patient (or patients) the name as written resolves to; undefined when it resolves to none
 * that may be named by it. A single word in lower case ("cap", "part", "box") or of everyday
 * English ("Will") is a patient only when it is the patient's own first or last name: a close
 * spelling ("box" for Bob) would answer a general question with a patient it never meant. Several
 * such patients are listed only when the question asks that word's balance ("jane balance").
 */
function namedAs(question: string, written: string, resolution: PatientResolution): PatientNamed | undefined {
  const lowerWord = /^[\p{Ll}'-]+$/u.test(written);
  const ownNameOnly = lowerWord || isOneOrdinaryWord(written);
  if (resolution.kind === 'found' && (!ownNameOnly || isOwnName(resolution.patient, written)))
    return { kind: 'found', patient: resolution.patient, mention: nameOnly(written, resolution.patient) };
  if (resolution.kind !== 'ambiguous') return undefined;
  if (!ownNameOnly) {
    // "jane doe spread across her charges": the parser's name runs on past an exact full name,
    // which wins over the names the longer words are close to (Janet Doe).
    const exact = resolution.candidates.filter((p) => nameOnly(written, p) !== written);
    const [exactOnly, exactAnother] = exact;
    if (exactOnly && !exactAnother)
      return { kind: 'found', patient: exactOnly, mention: nameOnly(written, exactOnly) };
    // "jane deo": of Jane Doe and Jane Roe, only Jane Doe is close to every word written.
    const near = resolution.candidates.filter((p) => closeToName(written, p));
    const [only, another] = near;
    if (only && !another && /\s/.test(written.trim()))
      return { kind: 'found', patient: only, mention: written };
    return { kind: 'ambiguous', candidates: resolution.candidates };
  }
  const own = resolution.candidates.filter((p) => isOwnName(p, written));
  const [only, another] = own;
  if (!only || (lowerWord && !sameWord(loneNameAsked(question), written))) return undefined;
  if (!another) return { kind: 'found', patient: only, mention: written };
  return { kind: 'ambiguous', candidates: own };
}

/** A name was written that is no patient's the question may be about. */
function nobodyNamed(question: string, written: string, resolution: PatientResolution): PatientNamed {
  const lowerWord = /^[\p{Ll}'-]+$/u.test(written);
  if (lowerWord || isOneOrdinaryWord(written) || resolution.kind !== 'not_found') return { kind: 'general' };
  // "why is the write off option greyed out?": a word in lower case where a name may sit, that
  // is nobody's name nor close to one, was not a patient; the question is answered as general.
  // So is one word in capitals ("CFO wants it", "EOB says"): an abbreviation, not a name.
  // "write off john appleseed's balance": two words written as someone's are a patient's name,
  // in any case, and a name that matches nobody is said to (with the closest names, if any).
  if (/\s/.test(written.trim()) && possessive(question, written))
    return {
      kind: 'not_found',
      name: written,
      suggestions: resolution.suggestions.filter((p) => closeToName(written, p)),
    };
  const abbreviation = /^\p{Lu}{2,5}s?$/u.test(written);
  if (abbreviation || (resolution.suggestions.length === 0 && !/\p{Lu}/u.test(written)))
    return { kind: 'general' };
  // "covering for Dana this week": one word that is nobody's name is a colleague, a doctor, a
  // payer as often as a patient. Its closest patients are never listed (their names, birth dates
  // and MRNs would answer a general question); it is said to match nobody only when the question
  // is about that person's account ("Dana's balance").
  if (!/\s/.test(written.trim()))
    return possessive(question, written)
      ? { kind: 'not_found', name: written, suggestions: [] }
      : { kind: 'not_a_patient' };
  // Only patients close to every word written are suggested: their birth dates and MRNs are shown.
  const suggestions = resolution.suggestions.filter((p) => closeToName(written, p));
  return { kind: 'not_found', name: written, suggestions };
}

/** Whether the question writes the name as someone's: "Dana's", "Dana’s", "Chris'". */
function possessive(question: string, written: string): boolean {
  const name = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${name}(?:['’]s?)(?![\\p{L}])`, 'iu').test(question);
}

function sameWord(a: string | undefined, b: string): boolean {
  return a !== undefined && searchableName(a) === searchableName(b);
}

/** Whether the word is the patient's first or last name, as written or without accents. */
/**
 * The name as written without the words after it that are no part of it: the request parser reads
 * "jose nunez estimate: cancel it" as the patient "jose nunez estimate", and the word "estimate"
 * names the charge. Only when the words before them are the patient's first and last name.
 */
function nameOnly(written: string, patient: PatientSummary): string {
  const words = written.trim().split(/\s+/);
  if (words.length <= 2) return written;
  const [first, last] = words;
  if (
    first !== undefined &&
    last !== undefined &&
    searchableName(first) === searchableName(patient.firstName) &&
    searchableName(last) === searchableName(patient.lastName)
  )
    return `${first} ${last}`;
  return written;
}

function isOwnName(patient: PatientSummary, word: string): boolean {
  const folded = searchableName(word);
  return folded === searchableName(patient.firstName) || folded === searchableName(patient.lastName);
}
