/**
 * The articles' examples name one made-up patient. An answer about a real patient shows them with
 * that patient's name instead, so that a command copied from the answer acts on the patient asked
 * about: a biller asking about Janet Doe must not copy `/billing cancel PR for Jane Doe, …`.
 *
 * An example that names the patient often names an amount too (`/writeoff $3.50 Jane Doe small
 * balance`). Copied with a real patient's name, a made-up amount reads as that patient's figure,
 * so, when the figure is known, it becomes the real one for the charge asked about, or goes when
 * that is nothing.
 *
 * Likewise the reason: the write-off examples name one (`small balance`, `hardship`); a question
 * that names its own ("let it go as a goodwill gesture", "she lost her job") is shown the examples
 * with that reason, so that the command copied is the one the biller needs.
 */
import { formatCents } from '../domain/money.ts';
import type { WriteOffReason } from '../domain/reasons.ts';

/** The patient the articles' examples name. */
export const EXAMPLE_PATIENT = 'Jane Doe';

// An amount as the examples write one: "$40", "40", "$3.50", "$1,250.00", "40 bucks". Not part of
// a word or a date, and the space before it goes with it when it is dropped.
const EXAMPLE_AMOUNT = /(\s?)(?<![\w$.,-])\$?\d[\d,]*(?:\.\d{1,2})?(?:\s(?:bucks|dollars))?(?![\w.,-]?\w)/g;

/** Only inside code spans, where the examples are: the prose may name patients on purpose. */
export function examplesNaming(
  text: string,
  patientName: string,
  figureCents?: number,
  /** Whether the figure is a refund's (what is left of a payment) rather than what is outstanding. */
  refundFigure = false,
): string {
  const name = patientName.replaceAll('`', "'");
  return text.replace(/`[^`\n]*`/g, (span) =>
    span.includes(EXAMPLE_PATIENT)
      ? withFigure(span, figureFor(span, figureCents, refundFigure)).replaceAll(EXAMPLE_PATIENT, name)
      : span,
  );
}

// A refund's example: its amount is a payment's, never what is outstanding.
const REFUND_EXAMPLE = /\brefund/i;

/**
 * The figure a span is shown with: the one known, when it is the span's kind of amount (a payment's
 * for a refund, what is outstanding for the others); otherwise none (0), since what is outstanding
 * put where a payment goes ("refund Jane Doe's $50.00 payment") names a payment that does not exist.
 */
function figureFor(span: string, figureCents: number | undefined, refundFigure: boolean): number | undefined {
  if (figureCents === undefined) return undefined;
  return REFUND_EXAMPLE.test(span) === refundFigure ? figureCents : 0;
}

/** The span's amounts as the real figure, or without them when it is nothing; as written when unknown. */
function withFigure(span: string, figureCents: number | undefined): string {
  if (figureCents === undefined) return span;
  const figure = figureCents > 0 ? formatCents(figureCents) : undefined;
  return span.replace(EXAMPLE_AMOUNT, (_amount, space: string) => (figure ? `${space}${figure}` : ''));
}

/**
 * Each reason as a biller types it in a request, words the request parser reads back as that
 * reason. The custom reason has none: its words are the biller's own.
 */
const REASON_WORDS: Readonly<Record<WriteOffReason, string | null>> = {
  small_balance: 'small balance',
  financial_hardship: 'hardship',
  bad_debt: 'bad debt',
  collection_agency: 'collections',
  deceased: 'deceased',
  bankruptcy: 'bankruptcy',
  prompt_pay_discount: 'prompt pay',
  service_recovery: 'service recovery',
  professional_courtesy: 'courtesy',
  administrative: 'administrative',
  other: null,
};

const TYPED_REASON = new RegExp(
  String.raw`\b(?:${Object.values(REASON_WORDS)
    .filter((w): w is string => w !== null)
    .join('|')})\b`,
  'g',
);
const REASON_CODE = /(--reason\s+)[a-z_]+/g;
// A write-off command, where a reason is the write-off's: not an undo or a batch.
const WRITE_OFF_COMMAND =
  /^`(?:\/writeoff\b|@billing write off\b|\/billing write off\b|npm run -s cli -- writeoff\b)/;

/** The write-off examples (code spans) with the reason the question named instead of theirs. */
export function examplesWithReason(text: string, reason: WriteOffReason | null): string {
  const words = reason ? REASON_WORDS[reason] : null;
  if (!reason || !words) return text;
  return text.replace(/`[^`\n]*`/g, (span) =>
    WRITE_OFF_COMMAND.test(span)
      ? span.replace(TYPED_REASON, words).replace(REASON_CODE, `$1${reason}`)
      : span,
  );
}
