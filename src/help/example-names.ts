/**
 * The articles' examples name one made-up patient. An answer about a real patient shows them with
 * that patient's name instead, so that a command copied from the answer acts on the patient asked
 * about: a biller asking about Janet Doe must not copy `/billing cancel PR for Jane Doe, …`.
 */

/** The patient the articles' examples name. */
export const EXAMPLE_PATIENT = 'Jane Doe';

/** Only inside code spans, where the examples are: the prose may name patients on purpose. */
export function examplesNaming(text: string, patientName: string): string {
  const name = patientName.replaceAll('`', "'");
  return text.replace(/`[^`\n]*`/g, (span) => span.replaceAll(EXAMPLE_PATIENT, name));
}
