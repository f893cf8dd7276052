/**
 * What a help question says about the charge it means, besides its date: what the charge was ("her
 * chest x-ray"), the month of the visit ("her April visit"), its state ("her paid charge"), and
 * the amount asked about ("why can't I write off $100 on …"). Pure functions of the question and
 * the patient's charges; situation.ts asks them in that order. A charge named that the patient does
 * not have ("Bob Smith's colonoscopy", "her April visit" with none in April) is told as such, as a
 * date with no charge is: answered about another charge, it reads as if it were the one asked.
 */

import type { ChargeView } from '../ledger/index.ts';
import { chooseAmount, findAmountMentions } from '../nlu/amount.ts';
import { MONTHS, monthOfVisit } from '../nlu/date.ts';
import { foldName, normalizeText } from '../nlu/normalize.ts';
import { bareAmountAsked } from './bare-amount.ts';
import { serviceNames, shortFormWords } from './charge-short-forms.ts';
import { isServiceWord } from './service-words.ts';
import { chargesInOrderNamed } from './visit-order.ts';

// A charge's state the question names: "Jane's paid charge", "the one already written off".
const STATE_WORDS: ReadonlyArray<readonly [RegExp, ChargeView['status']]> = [
  [/\bwritten[\s-]?off\b|\balready (?:been )?(?:writeoff|w\/o)\b/, 'written_off'],
  [/\bcancel+ed\b/, 'cancelled'],
  [/(?<!\b(?:partly|partially|part|un)[\s-]?)\bpaid\b/, 'paid'],
];

// Words of a charge's description that do not tell one charge from another.
const GENERIC_DESCRIPTION_WORDS = new Set([
  'visit',
  'charge',
  'patient',
  'established',
  'new',
  'level',
  'with',
  'without',
  'and',
  'the',
  'for',
  'service',
  'services',
  'follow',
]);

// A procedure code as descriptions carry it ("Office visit 99213"): five digits, or four and a letter.
const PROCEDURE_CODE = /^(?:\d{5}|\d{4}[a-z]|[a-z]\d{4})$/;

function foldedWords(text: string): string[] {
  return foldName(text)
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .replace(/\bx ray/gu, 'xray')
    .split(/[^\p{L}\p{N}]+/u);
}

function isDescriptionWord(word: string): boolean {
  return /^\p{L}+$/u.test(word)
    ? word.length >= 3 && !GENERIC_DESCRIPTION_WORDS.has(word)
    : PROCEDURE_CODE.test(word);
}

function descriptionWords(text: string): Set<string> {
  return new Set(foldedWords(text).filter(isDescriptionWord));
}

/**
 * The description words a question names: its own, in the singular too ("x-rays", "vaccines"), and
 * those its short forms stand for ("echo", "labs", "flu shot"), however short ("UA", "OV").
 */
function askedWords(question: string): Set<string> {
  const words = foldedWords(therapyNamed(question)).flatMap((w) => {
    const one = singular(w);
    return [w, ...(one === w ? [] : [one])].flatMap((form) => [
      ...(isDescriptionWord(form) ? [form] : []),
      ...shortFormWords(form),
    ]);
  });
  return new Set(words);
}

// "her PT visit", "the PT session": physical therapy. "PT" alone is as often the patient ("the
// pt's balance"), so it is read as therapy only before a word for a visit.
const THERAPY_VISIT =
  /\bpt\s+(?=(?:visits?|sessions?|evals?|evaluations?|appointments?|appts?|treatments?)\b)/giu;

function therapyNamed(question: string): string {
  return question.replace(THERAPY_VISIT, 'physio ');
}

// A month's name as a word ("march", "apr", "sept"); "may" only after a word that makes it a
// date ("in may", "the may one"), as it is as often the verb.
const MONTH_WORD =
  /\b(?:(?:in|from|the|her|his|their|and|or) (may)|(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\b/g;

// Words before a month that set its charge aside: "not the april one", "a dupe of the january one"
// (the original, not the duplicate meant), "same as the march one".
const SET_ASIDE =
  /\b(?:not|(?:dup|dupe|duplicate|copy|repeat) of|same as|instead of|rather than) (?:the |her |his |their )?$/;

// A month before the service it names, with up to two words between: "jan xray", "march knee
// MRI", "sept flu shot". (Before a word for a visit, "jan visit", date.ts's monthOfVisit reads it.)
const MONTH_BEFORE_WORDS =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?((?:\s+[\p{L}\p{N}'’-]+){1,3})/gu;

function monthBeforeService(lower: string): number | null {
  for (const m of lower.matchAll(MONTH_BEFORE_WORDS)) {
    const words = foldedWords(m[2] ?? '').filter((w) => w !== '');
    if (words.some((w) => isServiceWord(w) || isServiceWord(singular(w)) || PROCEDURE_CODE.test(w)))
      return MONTHS[(m[1] ?? '').slice(0, 3)] ?? null;
  }
  return null;
}

/** The month (1-12) the question names a visit by, without a day ("her April visit", "jan xray"). */
function visitMonth(lower: string): number | null {
  return monthOfVisit(lower) ?? monthBeforeService(lower);
}

// A month right after the patient's name, as billers write a charge ("Mateo Jones jan xray",
// "Mateo Jones January – write off not going through"): the month of that patient's visit, as in
// "Mateo Jones's January x-ray". Not "may", as often the verb ("Jane Doe may owe …").
const MONTH_AFTER_NAME =
  /^\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/**
 * The question without the patient's name as written (the first time it is), for its other words.
 * A month right after the name is kept as the patient's ("'s jan"), which the month readers know.
 */
export function withoutName(question: string, mention: string): string {
  const at = mention === '' ? -1 : question.indexOf(mention);
  if (at < 0) return question.replace(mention, ' ');
  const after = question.slice(at + mention.length);
  return `${question.slice(0, at)}${MONTH_AFTER_NAME.test(after) ? " 's" : ' '}${after}`;
}

/**
 * The month of the visit the question means. With several months named ("two 99214s in march and
 * april, april one is a dup"), the one it calls "the X one" or says more of, that is the last one
 * named, but not one it sets aside ("not the april one").
 */
function monthMeant(lower: string): number | null {
  const first = visitMonth(lower);
  if (first === null) return null;
  const all = [...lower.matchAll(MONTH_WORD)].map((m) => ({
    month: MONTHS[(m[1] ?? m[2] ?? '').slice(0, 3)],
    before: lower.slice(Math.max(0, (m.index ?? 0) - 20), m.index),
    after: lower.slice((m.index ?? 0) + m[0].length),
  }));
  const named = all.filter((m) => !SET_ASIDE.test(m.before));
  const months = new Set(all.map((m) => m.month));
  if (months.size < 2 || named.length === 0) return first;
  const one = named.filter((m) => /^\s+(?:one|charge|visit)\b/.test(m.after));
  return (one.at(-1) ?? named.at(-1))?.month ?? first;
}

/**
 * The charges the question names by what they were ("her chest x-ray", "the lipid panel") or by
 * the month of the visit ("her April visit"); all of them when it names none.
 */
export function namedCharges(charges: readonly ChargeView[], question: string): readonly ChargeView[] {
  const month = monthMeant(question.toLowerCase());
  const inMonth = month ? charges.filter((c) => Number(c.dateOfService.slice(5, 7)) === month) : [];
  const pool = inMonth.length > 0 ? inMonth : charges;
  const asked = askedWords(question);
  const scored = pool.map((charge) => ({
    charge,
    score: [...descriptionWords(charge.description)].filter((w) => asked.has(w)).length,
  }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  const named = best > 0 ? scored.filter((s) => s.score === best).map((s) => s.charge) : pool;
  // "his last visit", "her oldest x-ray": the one at that end of those named.
  return chargesInOrderNamed(named, question);
}

/**
 * "why can't I write off Lee Chen's $20": an amount that is all a charge still owes, or all the PR
 * it was assessed, names that charge. All of them when it names none.
 */
export function chargesOfAmount(
  charges: readonly ChargeView[],
  amountCents: number | undefined,
): readonly ChargeView[] {
  if (amountCents === undefined) return charges;
  const owing = charges.filter((c) => c.outstandingCents === amountCents);
  const assessed = charges.filter((c) => c.assessedCents === amountCents);
  return owing.length > 0 ? owing : assessed.length > 0 ? assessed : charges;
}

/** The amount a question asks about ("why can't I write off $100 on …?"), if it names one. */
export function amountAsked(question: string): number | undefined {
  const amount = chooseAmount(findAmountMentions(normalizeText(question).lower));
  return amount?.result.ok ? amount.result.cents : undefined;
}

// An amount the question gives as what is owed or what came back, not as the amount to act on:
// "owes $445", "balance is $90", "remittance came back $0 patient resp".
const OWED_STATED = String.raw`\b(?:owes?|owed|owing|(?:balance|bal|total) (?:is|of|was)|is at)`;
const CAME_BACK_STATED = String.raw`\b(?:came back|comes back|come back|came in|(?:remit\w*|eob|era) (?:of|for|says|said|shows|showed))(?: (?:at|as|with|for))?`;
const AMOUNT_TOLD = String.raw`\s+(?:(?:about|around|only|just|like|over|under|almost|nearly)\s+)?(\$\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d\d)?\s*(?:dollars|bucks)\b)`;
const OWED_AMOUNT = new RegExp(OWED_STATED + AMOUNT_TOLD, 'gi');
const CAME_BACK_AMOUNT = new RegExp(CAME_BACK_STATED + AMOUNT_TOLD, 'gi');

/**
 * The amount the question asks to act on: an amount it gives as background (owed, or what came
 * back) is not one ("aisha jones owes $445 … how do I do a hardship write off" names no amount
 * to write off).
 */
export function amountToAct(question: string): number | undefined {
  const rest = withoutAmountsTold(question);
  return amountAsked(rest) ?? moreAsked(rest) ?? bareAmountAsked(rest);
}

// "can I do 50 more", "another 40": a bare number asked on top of what was done, not a count of
// charges, visits or hours.
const NOT_MONEY = String.raw`(?!\s*(?:charges?|write|w/o|patients?|pts?|visits?|days?|hours?|hrs?|times?|of\b|%))`;
const MORE_ASKED = new RegExp(
  String.raw`\b(?:another\s+(\d{1,5}(?:\.\d\d)?)\b${NOT_MONEY}|(\d{1,5}(?:\.\d\d)?)\s+more\b${NOT_MONEY})`,
  'i',
);

/** A bare amount asked on top of what was already done ("can I do 50 more?"), in cents. */
function moreAsked(question: string): number | undefined {
  const found = MORE_ASKED.exec(question);
  const digits = found?.[1] ?? found?.[2];
  const cents = digits === undefined ? 0 : Math.round(Number(digits) * 100);
  return cents > 0 ? cents : undefined;
}

/** The question without the amounts it gives as background (amountToAct). */
export function withoutAmountsTold(question: string): string {
  return question.replace(OWED_AMOUNT, ' ').replace(CAME_BACK_AMOUNT, ' ');
}

/** The amount the question says the patient owes ("owes $445"), if it says one. */
export function owedStated(question: string): number | undefined {
  const [told] = [...question.matchAll(OWED_AMOUNT)];
  return told?.[1] === undefined ? undefined : amountAsked(told[1]);
}

export function stateNamed(question: string): ChargeView['status'] | null {
  const lower = question.toLowerCase();
  return STATE_WORDS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}

/** A charge the question names that the patient does not have: by what it was, or by its month. */
export type MissingCharge =
  | { readonly kind: 'service'; readonly word: string }
  | { readonly kind: 'month'; readonly month: number };

/**
 * "Bob Smith's colonoscopy" when none of his charges is one: the service the question names (as
 * it wrote it), when no charge's description has it; else the month of the visit it names when no
 * charge is in that month. Undefined when the charge it names is there, or it names none.
 */
export function missingCharge(charges: readonly ChargeView[], question: string): MissingCharge | undefined {
  const described = new Set(charges.flatMap((c) => [...descriptionWords(c.description)]));
  // Any of a service's names counts: "vaccination" asked is the charge "Flu vaccine".
  const asked = [...askedWords(question)].flatMap((w) => [...serviceNames(w)]);
  if (!asked.some((w) => described.has(w))) {
    const word = serviceAsWritten(question);
    if (word) return { kind: 'service', word };
  }
  const month = visitMonth(question.toLowerCase());
  if (month && !charges.some((c) => Number(c.dateOfService.slice(5, 7)) === month))
    return { kind: 'month', month };
  return undefined;
}

// Words that are not part of a service's name, before it: "the MRI", "her echo", "his labs".
const NOT_A_MODIFIER = new Set([
  'the',
  'her',
  'his',
  'their',
  'our',
  'your',
  'its',
  'that',
  'this',
  'for',
  'off',
  'and',
  'can',
  'why',
  'how',
  'was',
  'she',
  'him',
  'did',
  'any',
  'all',
  'last',
  'recent',
  'latest',
  'old',
  'new',
  'same',
]);

/**
 * The service the question names as it wrote it, with the word before it when that is part of the
 * name ("flu shot", "knee MRI"): said back to the biller, "Tom Baker has no flu shot charge".
 */
function serviceAsWritten(question: string): string | undefined {
  const tokens = question.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const at = tokens.findIndex((t) => {
    const folded = foldedWords(t).join('');
    return isServiceWord(folded) || isServiceWord(singular(folded));
  });
  const token = tokens[at];
  if (token === undefined) {
    // Written in two words ("x ray"): the folded form, as the descriptions are matched.
    return foldedWords(question).find((w) => isServiceWord(w) || isServiceWord(singular(w)));
  }
  const before = tokens[at - 1];
  const modifier =
    before &&
    /^\p{L}{3,}$/u.test(before) &&
    !NOT_A_MODIFIER.has(foldName(before)) &&
    isDescriptionWord(foldName(before))
      ? `${before} `
      : '';
  return `${modifier}${token}`;
}

function singular(word: string): string {
  return word.length > 4 && /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * The charges the question names by what they were ("colonoscopy", "x-ray"), by a code in their
 * description ("99212") or by their date of service; none when it names none (namedCharges gives
 * all of them then). Used to tell whether a weak mention of a name ("smith 99212 …") is a patient.
 */
export function chargesServiceNamed(
  charges: readonly ChargeView[],
  question: string,
  dateOfService: string | null,
): readonly ChargeView[] {
  if (dateOfService) return charges.filter((c) => c.dateOfService === dateOfService);
  const codes = question.match(/\b\d{5}\b/g) ?? [];
  if (codes.length > 0) return charges.filter((c) => codes.some((code) => c.description.includes(code)));
  const asked = askedWords(question);
  return charges.filter((c) => [...descriptionWords(c.description)].some((w) => asked.has(w)));
}
