/**
 * What a help question says about the charge it means, besides its date: what the charge was ("her
 * chest x-ray"), the month of the visit ("her April visit"), its state ("her paid charge"), and
 * the amount asked about ("why can't I write off $100 on …"). Pure functions of the question and
 * the patient's charges; situation.ts asks them in that order.
 */
import type { ChargeView } from '../ledger/index.ts';
import { chooseAmount, findAmountMentions } from '../nlu/amount.ts';
import { monthOfVisit } from '../nlu/date.ts';
import { foldName, normalizeText } from '../nlu/normalize.ts';
import { shortFormWords } from './charge-short-forms.ts';

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
  const words = foldedWords(question).flatMap((w) => {
    const singular = w.length > 4 && /[^s]s$/.test(w) ? [w.slice(0, -1)] : [];
    return [w, ...singular].flatMap((form) => [
      ...(isDescriptionWord(form) ? [form] : []),
      ...shortFormWords(form),
    ]);
  });
  return new Set(words);
}

/**
 * The charges the question names by what they were ("her chest x-ray", "the lipid panel") or by
 * the month of the visit ("her April visit"); all of them when it names none.
 */
export function namedCharges(charges: readonly ChargeView[], question: string): readonly ChargeView[] {
  const month = monthOfVisit(question.toLowerCase());
  const inMonth = month ? charges.filter((c) => Number(c.dateOfService.slice(5, 7)) === month) : [];
  const pool = inMonth.length > 0 ? inMonth : charges;
  const asked = askedWords(question);
  const scored = pool.map((charge) => ({
    charge,
    score: [...descriptionWords(charge.description)].filter((w) => asked.has(w)).length,
  }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  return best > 0 ? scored.filter((s) => s.score === best).map((s) => s.charge) : pool;
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

export function stateNamed(question: string): ChargeView['status'] | null {
  const lower = question.toLowerCase();
  return STATE_WORDS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}
