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

/**
 * Longest note we store; a limit on everything that comes in from outside. Counted in characters
 * (code points), as PostgreSQL's char_length counts in the CHECK of ledger_entries and
 * approval_requests and as Slack's max_length counts what a person types: an emoji is one, not
 * the two UTF-16 units JavaScript's `length` gives it.
 */
export const MAX_NOTE_LENGTH = 500;

/** A note's length as MAX_NOTE_LENGTH counts it: code points. */
export function noteLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * Control characters other than tab and newline (category Cc: NUL, ESC, vertical tab, C1 codes),
 * once carriage returns have become newlines.
 */
const INVISIBLE_CONTROLS = /[^\P{Cc}\t\n]/gu;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible, and
 * they make the rest of a line read backwards wherever the note is shown (a history, a CSV).
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * The note as kept: trimmed, carriage returns made newlines, and every other control character
 * but tab and newline, and every bidirectional control, taken out; null when nothing is left. Taken out rather than refused: they
 * arrive with pasted text, nobody can see them in Slack's field or in the audit trail, so an error
 * about them could not be acted on, and PostgreSQL refuses a NUL in text outright.
 */
export function cleanNote(text: string | null | undefined): string | null {
  const cleaned = (text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE_CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .trim();
  return cleaned === '' ? null : cleaned;
}

/** A required note must say something: "." or "-" is not a record an auditor can read. */
const MIN_NOTE_LETTERS_OR_DIGITS = 2;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/** Whether a note has words in it: at least two letters or digits, after cleanNote. */
export function noteSaysSomething(note: string | null | undefined): boolean {
  return (cleanNote(note)?.match(LETTER_OR_DIGIT)?.length ?? 0) >= MIN_NOTE_LETTERS_OR_DIGITS;
}

/**
 * What is wrong with a cleaned note (cleanNote) for this write-off reason, as one sentence for
 * the note field; null when nothing is. A missing required note is the ledger's NOTE_REQUIRED
 * blocker, not this: this answers a note that is there but too long, or too thin to be the
 * record the reason asks for.
 */
export function noteProblem(note: string | null, reason: WriteOffReason | null): string | null {
  if (note === null) return null;
  const length = noteLength(note);
  if (length > MAX_NOTE_LENGTH) {
    return `The note is ${length} characters; at most ${MAX_NOTE_LENGTH} are kept. Shorten it.`;
  }
  const info = reason ? writeOffReasonInfo(reason) : null;
  if (info?.noteHint && !noteSaysSomething(note)) {
    return `"${info.label}" needs a note with ${info.noteHint}, written out (at least ${MIN_NOTE_LETTERS_OR_DIGITS} letters or digits): it is the record an auditor will read.`;
  }
  return null;
}
