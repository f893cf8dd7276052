/** Canonical write-off and cancellation reasons (DOMAIN.md section 2 and 3). */

export const WRITE_OFF_REASONS = [
  { code: 'small_balance', label: 'Small balance', noteHint: null },
  {
    code: 'financial_hardship',
    label: 'Financial hardship / charity care',
    noteHint: 'how financial need was established',
  },
  { code: 'bad_debt', label: 'Bad debt – uncollectible', noteHint: 'the collection attempts made' },
  { code: 'collection_agency', label: 'Sent to collection agency', noteHint: null },
  { code: 'deceased', label: 'Patient deceased', noteHint: 'the date of death' },
  { code: 'bankruptcy', label: 'Bankruptcy', noteHint: 'the bankruptcy case number' },
  { code: 'prompt_pay_discount', label: 'Prompt-pay discount', noteHint: null },
  {
    code: 'service_recovery',
    label: 'Service recovery / patient experience',
    noteHint: 'what happened and why the balance is waived',
  },
  {
    code: 'professional_courtesy',
    label: 'Professional courtesy',
    noteHint: 'who the courtesy is for and why',
  },
  {
    code: 'administrative',
    label: 'Administrative / practice error',
    noteHint: 'the error the practice made',
  },
  { code: 'other', label: 'Custom reason', noteHint: 'the custom reason itself' },
] as const;

export type WriteOffReason = (typeof WRITE_OFF_REASONS)[number]['code'];

export const WRITE_OFF_REASON_CODES = WRITE_OFF_REASONS.map((r) => r.code) as [
  WriteOffReason,
  ...WriteOffReason[],
];

export function isWriteOffReason(value: unknown): value is WriteOffReason {
  return typeof value === 'string' && (WRITE_OFF_REASON_CODES as readonly string[]).includes(value);
}

export function writeOffReasonInfo(code: WriteOffReason) {
  const info = WRITE_OFF_REASONS.find((r) => r.code === code);
  if (!info) throw new Error(`unknown write-off reason ${code}`);
  return info;
}

/** Hardship, bad debt, courtesy and the like need a note: the note is the compliance record. */
export function reasonNeedsNote(code: WriteOffReason): boolean {
  return writeOffReasonInfo(code).noteHint !== null;
}

export const CANCEL_REASONS = [
  { code: 'entered_in_error', label: 'Entered in error' },
  { code: 'duplicate', label: 'Duplicate charge' },
  { code: 'wrong_amount', label: 'Wrong amount' },
] as const;

export type CancelReason = (typeof CANCEL_REASONS)[number]['code'];

export const CANCEL_REASON_CODES = CANCEL_REASONS.map((r) => r.code) as [CancelReason, ...CancelReason[]];

export function isCancelReason(value: unknown): value is CancelReason {
  return typeof value === 'string' && (CANCEL_REASON_CODES as readonly string[]).includes(value);
}

/** Longest note we store; a limit on everything that comes in from outside. */
export const MAX_NOTE_LENGTH = 500;
