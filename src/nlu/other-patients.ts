/**
 * Further patients named for the same action: "write off $20 for Jane Doe and $35 for Bob Smith",
 * "$10 Jane Doe, $15 Tom Baker hardship", "refund Jane Doe and Bob Smith", "what do Jane Doe and
 * Bob Smith owe". The app acts on one patient per request, so the others are named back to the
 * requester rather than silently dropped.
 *
 * Only names joined to the patient's own by "and", "&", "+", "plus" or a list comma count, each
 * perhaps with its own amount ("and $35 for …"). Not a relation ("Jane and her husband"), a payer
 * or a date ("Jane Doe and Medicare", "and May 3"), a colleague spoken to ("refund Jane Doe, Bob")
 * or the subject of a new clause ("…for Jane Doe and Bob said it's fine"). A surname written first
 * ("Doe, Jane"), "Mary Ann Smith" and "Anne-Marie Dubois" are one name, as the patient finder reads
 * them.
 */
import { foldName } from './normalize.ts';
import { findPatientMention } from './patient-mention.ts';

const MAX_OTHERS = 6;

const AMOUNT = String.raw`(?:\$\s?\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*(?:\.\d{1,2})?(?:\s?(?:dollars|bucks))?)`;
const PREPOSITION = String.raw`(?:(?:for|to|on|from|of)\s+)`;

// After the patient's name: the join, then maybe "also", an amount and "for", before the next name.
const LINK_AFTER = new RegExp(
  String.raw`^(?:'s|')?\s*(?:${AMOUNT}\s*(?:(?:balance|bal)\s*)?)?(?:([,;/&+])\s*)?(?:(and|plus|n|&)\s+)?(?:(?:also|then)\s+)?(?:${AMOUNT}\s*)?${PREPOSITION}?`,
  'i',
);

// Before the patient's name, read backwards: "Jane Doe and Bob Smith's balances", "Jane Doe, $15 Bob".
const LINK_BEFORE = new RegExp(
  String.raw`(?:'s|')?\s*(?:([,;/&+])\s*)?(?:\b(and|plus|n)\s+)?(?:(?:also|then)\s+)?(?:${AMOUNT}\s*)?${PREPOSITION}?$`,
  'i',
);

// Where the piece of text a further name is read from ends: the next join, amount or sentence end.
const PIECE_END = /\s(?:and|plus|&)\s|[;&+/$.!?]|\s\d/i;
// Where the piece before the patient starts: after the previous join or sentence end.
const PIECE_START = /(?:.*(?:\s(?:and|plus|&)\s|[;&+/$.!?,]|\d\s))/is;

// Said of one person after their name, so that name opens a new clause: "…and Bob said it's fine".
const CLAUSE_VERBS: ReadonlySet<string> = new Set(
  `said says is was has had will would can could should called calls asked asks told tells thinks
  wants wanted needs needed agreed agrees approved approves signed okayed mentioned emailed texted
  phoned knows`
    .split(/\s+/)
    .filter(Boolean),
);

interface Link {
  /** Only a comma (or semicolon) joins the names: a lone first name there is someone spoken to. */
  readonly commaOnly: boolean;
  readonly hasAmount: boolean;
}

function linkOf(match: RegExpExecArray): Link | null {
  const mark = match[1];
  const word = match[2];
  if (!mark && !word) return null;
  return {
    commaOnly: !word && (mark === ',' || mark === ';'),
    hasAmount: /\d/.test(match[0]),
  };
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|mx)\.?\s+/i;

/** The name found in `piece`, as long as it is where the piece starts (or ends), else null. */
function nameAtEdge(piece: string, edge: 'start' | 'end', lowerCase: boolean): string | null {
  const trimmed = piece.trim();
  if (trimmed === '') return null;
  const name = findPatientMention(trimmed, { namesAtStart: lowerCase });
  if (name === null || !/\p{L}/u.test(name)) return null;
  // In lower case a word alone is too often a verb or a thing ("… and mark it hardship").
  if (lowerCase ? !/\s/.test(name) : !/^\p{Lu}/u.test(name)) return null;
  const at = edge === 'start' ? trimmed.replace(HONORIFIC, '').indexOf(name) : -1;
  if (edge === 'start') return at === 0 ? name : null;
  return trimmed.replace(/(?:'s|')$/, '').endsWith(name) ? name : null;
}

function opensClause(after: string): boolean {
  const next = /^(?:'s|')?\s+([\p{L}']+)/u.exec(after)?.[1];
  return next !== undefined && CLAUSE_VERBS.has(next.toLowerCase());
}

// What may follow a name typed in lower case in a list: the end, a mark, an amount or a join.
const ENDS_LOWER_CASE_NAME =
  /^(?:'s|')?\s*(?:$|[,;.!?&+/$]|\d|(?:and|plus|please|pls|plz|thanks|thx|too|both|each|as well)\b)/i;

function acceptable(name: string, link: Link, after: string, lowerCase: boolean): boolean {
  if (opensClause(after)) return false;
  // "jane doe and bob smith", "40 jane doe, 15 tom baker": lower-case words in a list are a name
  // only as a given name and a surname, or after their own amount.
  const words = name.trim().split(/\s+/).length;
  if (lowerCase && !link.hasAmount && (words !== 2 || !ENDS_LOWER_CASE_NAME.test(after))) return false;
  // "refund Jane Doe, Bob": Bob is the colleague asked. "…, $15 Bob" or "…, Bob Smith" is a list.
  if (link.commaOnly && !link.hasAmount && !/\s/.test(name.trim())) return false;
  return true;
}

/**
 * The other patients named with `patient` for the same action, as written, in the order written
 * ([] when there are none). `text` is the normalized request `patient` was read from.
 */
// Every link LINK_AFTER and LINK_BEFORE read has one of these: without any, no one else is named.
const MAY_LINK = /[,;/&+]|\b(?:and|plus|n)\b/i;

export function otherPatientsNamed(text: string, patient: string | null): string[] {
  if (patient === null || patient === '' || !MAY_LINK.test(text)) return [];
  const at = text.indexOf(patient);
  if (at < 0) return [];
  // A name typed in lower case ("/writeoff 10 jane doe, 15 tom baker") lets the others be too.
  const lowerCase = !/^\p{Lu}/u.test(patient);
  const seen = new Set([foldName(patient)]);
  const before: string[] = [];
  const after: string[] = [];
  const keep = (name: string, into: string[]): boolean => {
    const folded = foldName(name);
    if (seen.has(folded) || seen.size > MAX_OTHERS) return false;
    seen.add(folded);
    into.push(name);
    return true;
  };

  let end = at + patient.length;
  while (end < text.length) {
    const match = LINK_AFTER.exec(text.slice(end));
    const link = match ? linkOf(match) : null;
    if (!match || !link) break;
    const start = end + match[0].length;
    const rest = text.slice(start);
    const stop = PIECE_END.exec(rest.slice(1));
    const piece = stop ? rest.slice(0, stop.index + 1) : rest;
    const name = nameAtEdge(piece, 'start', lowerCase);
    if (name === null) break;
    const nameEnd = start + rest.indexOf(name) + name.length;
    if (!acceptable(name, link, text.slice(nameEnd), lowerCase) || !keep(name, after)) break;
    end = nameEnd;
  }

  let begin = at;
  while (begin > 0) {
    const head = text.slice(0, begin);
    const match = LINK_BEFORE.exec(head);
    const link = match ? linkOf(match) : null;
    if (!match || !link) break;
    const upTo = head.length - match[0].length;
    const lead = text.slice(0, upTo);
    const cut = PIECE_START.exec(lead);
    const pieceStart = cut ? cut[0].length : 0;
    const name = nameAtEdge(lead.slice(pieceStart), 'end', lowerCase);
    if (name === null || !acceptable(name, link, text.slice(begin), lowerCase)) break;
    if (!keep(name, before)) break;
    begin = lead.lastIndexOf(name);
    if (begin < 0) break;
  }
  return [...before.reverse(), ...after];
}

/**
 * The others when a model chose the patient: everyone the rules saw named together, but the one
 * the model chose ([] when the rules saw one patient).
 */
export function otherPatientsBesides(
  chosen: string | null,
  rulesPatient: string | null,
  others: readonly string[],
): string[] {
  if (others.length === 0) return [];
  const named = [...(rulesPatient ? [rulesPatient] : []), ...others];
  const folded = chosen === null ? null : foldName(chosen);
  return named.filter((name) => foldName(name) !== folded);
}
