/**
 * The shape of an understood request: the `cli parse` object of DOMAIN.md section 6, plus a few
 * extra keys the Slack app uses (cancel reason to pre-fill the cancel modal, the amount problem to
 * show, how sure we are, and which path produced it).
 */
import { z } from 'zod';
import { MAX_AMOUNT_CENTS } from '../domain/money.ts';
import { CANCEL_REASON_CODES, WRITE_OFF_REASON_CODES } from '../domain/reasons.ts';

export const INTENTS = [
  'write_off',
  'undo_write_off',
  'cancel_pr',
  'refund_payment',
  'balance',
  'small_balance_batch',
  'help',
  'unknown',
] as const;

export type Intent = (typeof INTENTS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A patient name as written is short; anything longer is not a name. */
export const MAX_PATIENT_NAME_LENGTH = 80;

/** A note taken from a request is at most the whole request. */
export const MAX_NOTE_TEXT_LENGTH = 500;

/** The fields a model is asked to fill in; every one is required (structured outputs need that). */
export const ModelAnswerSchema = z.object({
  intent: z.enum(INTENTS),
  patient: z.string().max(MAX_PATIENT_NAME_LENGTH).nullable(),
  // Loose on purpose: an out-of-range amount is clamped to null, not a reason to discard the answer.
  amountCents: z.number().nullable(),
  amountAll: z.boolean(),
  reason: z.enum(WRITE_OFF_REASON_CODES).nullable(),
  dateOfService: z.string().regex(ISO_DATE).nullable(),
  cancelReason: z.enum(CANCEL_REASON_CODES).nullable(),
});

export type ModelAnswer = z.infer<typeof ModelAnswerSchema>;

/** What every path (rules or model) must produce before anyone acts on it. */
export const ParsedRequestSchema = z.object({
  intent: z.enum(INTENTS),
  patient: z.string().min(1).max(MAX_PATIENT_NAME_LENGTH).nullable(),
  amountCents: z.number().int().positive().max(MAX_AMOUNT_CENTS).nullable(),
  amountAll: z.boolean(),
  reason: z.enum(WRITE_OFF_REASON_CODES).nullable(),
  dateOfService: z.string().regex(ISO_DATE).nullable(),
  cancelReason: z.enum(CANCEL_REASON_CODES).nullable(),
  /** The text of a custom reason ("other: moved abroad"), to pre-fill the write-off's note. */
  note: z.string().min(1).max(MAX_NOTE_TEXT_LENGTH).nullable(),
  /**
   * Further patients named for the same action ("… for Jane Doe and $35 for Bob Smith"), as
   * written; [] normally. The app acts on `patient` only and tells the requester about these.
   */
  otherPatients: z.array(z.string().min(1).max(MAX_PATIENT_NAME_LENGTH)),
  /** The money.ts message when an amount was written but is not valid (negative, too large, …). */
  amountProblem: z.string().nullable(),
  /** 0..1: how complete and unambiguous the rules found the request. */
  confidence: z.number().min(0).max(1),
  source: z.enum(['rules', 'model']),
});

export type ParsedRequest = z.infer<typeof ParsedRequestSchema>;

export interface ParseOptions {
  /** YYYY-MM-DD: dates without a year resolve to the latest such date not after this day. */
  readonly today: string;
  /** Slash-command text without a verb ("/writeoff $40 Jane hardship") is read as this intent. */
  readonly defaultIntent?: 'write_off';
}
