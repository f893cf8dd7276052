/**
 * The model only proposes. Its answer is checked against the text and the rules before it is
 * used, and can never widen what is allowed: the patient must be named in the message, the amount
 * must be one the message wrote (or the rules worked out; never a part set aside, "all but $10")
 * and within money.ts limits, a batch needs a written threshold, reasons are canonical codes for
 * the intents that take them, and dates are real and not future.
 */
import { findAmountMentions } from './amount.ts';
import { keepsPart } from './amount-kept.ts';
import { parseIsoDay } from './date.ts';
import { foldName, normalizeText } from './normalize.ts';
import { otherPatientsBesides } from './other-patients.ts';
import { type ModelAnswer, type ParsedRequest, ParsedRequestSchema } from './schema.ts';

/** The model answered after the rules were unsure: more than a guess, less than certain. */
const MODEL_CONFIDENCE = 0.75;
const HONORIFIC_OR_POSSESSIVE = /^(?:mr|mrs|ms|miss|dr)\.?\s+|(?:'s|')$/gi;

export interface GuardContext {
  readonly originalText: string;
  readonly rules: ParsedRequest;
  readonly today: string;
  readonly restore: (s: string) => string;
}

function patientNamedInText(proposed: string | null, context: GuardContext): string | null {
  if (proposed === null) return null;
  const restored = context.restore(proposed).replace(HONORIFIC_OR_POSSESSIVE, '').trim();
  if (restored === '' || restored.includes('[')) return null;
  return foldName(context.originalText).includes(foldName(restored)) ? restored : null;
}

/**
 * The amounts the model may take from the text, and whether the text sets a part aside. With a
 * part set aside ("all but $10 of her $50 balance") no written amount is the one asked, neither
 * the part nor the balance, and nor is "all of it": only what the rules worked out may stand.
 */
function writtenAmounts(originalText: string): { readonly asked: number[]; readonly keepsPart: boolean } {
  const { lower } = normalizeText(originalText);
  const mentions = findAmountMentions(lower);
  if (keepsPart(lower, mentions)) return { asked: [], keepsPart: true };
  const asked = mentions.map((m) => (m.result.ok ? m.result.cents : null)).filter((cents) => cents !== null);
  return { asked, keepsPart: false };
}

/**
 * An amount the rules worked out from the story ("paid $80 but only owed $50, refund the
 * difference" is $30, amount-story.ts) is written nowhere; the model may agree with it, never
 * replace it with one of its own.
 */
function sameAsRules(proposed: number | null, rulesCents: number | null): number | null {
  return proposed !== null && proposed === rulesCents ? proposed : null;
}

function pastDate(proposed: string | null, today: string): string | null {
  if (proposed === null || !parseIsoDay(proposed)) return null;
  return proposed <= today ? proposed : null;
}

/** The checked request, or null when nothing usable is left of the answer. */
export function guardModelAnswer(answer: ModelAnswer, context: GuardContext): ParsedRequest | null {
  const { rules } = context;
  let intent = answer.intent;
  const written = writtenAmounts(context.originalText);
  const proposed = answer.amountCents;
  let amountCents = rules.amountProblem
    ? null
    : ((proposed !== null && written.asked.includes(proposed) ? proposed : null) ??
      sameAsRules(proposed, rules.amountCents));
  if (intent === 'small_balance_batch' && amountCents === null) intent = 'unknown';
  if (intent === 'help' || intent === 'balance' || intent === 'unknown' || intent === 'cancel_pr')
    amountCents = null;
  const takesAll = intent === 'write_off' || intent === 'refund_payment' || intent === 'cancel_pr';
  const patient = intent === 'small_balance_batch' ? null : patientNamedInText(answer.patient, context);
  const candidate: ParsedRequest = {
    intent,
    patient,
    amountCents,
    amountAll: takesAll && amountCents === null && !written.keepsPart && answer.amountAll,
    reason:
      intent === 'small_balance_batch' ? 'small_balance' : intent === 'write_off' ? answer.reason : null,
    // The rules see full dates that were redacted before the model saw the text.
    dateOfService: rules.dateOfService ?? pastDate(answer.dateOfService, context.today),
    cancelReason: intent === 'cancel_pr' ? answer.cancelReason : null,
    note: intent === 'write_off' && answer.reason === 'other' ? rules.note : null,
    otherPatients: otherPatientsBesides(patient, rules.patient, rules.otherPatients),
    amountProblem: rules.amountProblem,
    confidence: MODEL_CONFIDENCE,
    source: 'model',
  };
  const checked = ParsedRequestSchema.safeParse(candidate);
  return checked.success ? checked.data : null;
}
