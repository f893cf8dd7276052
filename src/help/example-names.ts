/**
 * The articles' examples name one made-up patient. An answer about a real patient shows them with
 * that patient's name instead, so that a command copied from the answer acts on the patient asked
 * about: a biller asking about Janet Doe must not copy `/billing cancel PR for Jane Doe, …`.
 *
 * An example that names the patient often names an amount too (`/writeoff $3.50 Jane Doe small
 * balance`). Copied with a real patient's name, a made-up amount reads as that patient's figure,
 * so, when the figure is known, it becomes the real one for the charge asked about, or goes when
 * that is nothing.
 */
import { formatCents } from '../domain/money.ts';

/** The patient the articles' examples name. */
export const EXAMPLE_PATIENT = 'Jane Doe';

// An amount as the examples write one: "$40", "40", "$3.50", "$1,250.00", "40 bucks". Not part of
// a word or a date, and the space before it goes with it when it is dropped.
const EXAMPLE_AMOUNT = /(\s?)(?<![\w$.,-])\$?\d[\d,]*(?:\.\d{1,2})?(?:\s(?:bucks|dollars))?(?![\w.,-]?\w)/g;

/** Only inside code spans, where the examples are: the prose may name patients on purpose. */
export function examplesNaming(text: string, patientName: string, figureCents?: number): string {
  const name = patientName.replaceAll('`', "'");
  return text.replace(/`[^`\n]*`/g, (span) =>
    span.includes(EXAMPLE_PATIENT) ? withFigure(span, figureCents).replaceAll(EXAMPLE_PATIENT, name) : span,
  );
}

/** The span's amounts as the real figure, or without them when it is nothing; as written when unknown. */
function withFigure(span: string, figureCents: number | undefined): string {
  if (figureCents === undefined) return span;
  const figure = figureCents > 0 ? formatCents(figureCents) : undefined;
  return span.replace(EXAMPLE_AMOUNT, (_amount, space: string) => (figure ? `${space}${figure}` : ''));
}
