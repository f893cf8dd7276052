/**
 * Removes protected health information before text leaves for a model: patient names from the
 * directory (ignoring case and accents), dates of birth and full dates, MRNs, phone numbers and
 * e-mail addresses become placeholders like [PATIENT_1]; `restore` maps them back afterwards.
 */
import { foldName } from './normalize.ts';

export interface PatientDirectory {
  /** Full names and first/last names of patients the practice knows. */
  readonly names: readonly string[];
}

export interface Redaction {
  readonly text: string;
  /** Replaces every placeholder in `s` by the text it stood for. */
  restore(s: string): string;
}

type Kind = 'PATIENT' | 'DOB' | 'MRN' | 'PHONE' | 'EMAIL';

// Checked in this order: an e-mail or MRN must not be half-eaten by the phone or date patterns.
const PATTERNS: ReadonlyArray<readonly [Kind, RegExp]> = [
  ['EMAIL', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['MRN', /\bMRN\s*[-:#]?\s*[A-Z]?\d+\b/gi],
  ['PHONE', /(?<![\d$.,])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g],
  ['DOB', /\b\d{4}-\d{1,2}-\d{1,2}\b|(?<![\d$.,/])\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/g],
  // A long run of digits that is not money: an account or record number.
  ['MRN', /(?<![\d$.,])\d{6,}\b(?![.,]\d)/g],
];

/** Longest names first so "Jane Doe" is one placeholder, not "Jane" plus "Doe". */
function namesByLength(directory: PatientDirectory): string[] {
  const folded = directory.names.map((n) => foldName(n).trim()).filter((n) => n.length >= 2);
  return [...new Set(folded)].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Folds the text one character at a time so positions in the folded copy map back to the
 * original: "María" and "maria" match, and the original spelling is what gets restored.
 */
function foldWithPositions(text: string): { folded: string; originalIndex: number[] } {
  let folded = '';
  const originalIndex: number[] = [];
  let index = 0;
  for (const char of text) {
    const foldedChar = foldName(char);
    for (let i = 0; i < foldedChar.length; i++) originalIndex.push(index);
    folded += foldedChar;
    index += char.length;
  }
  originalIndex.push(index);
  return { folded, originalIndex };
}

export function redact(text: string, directory: PatientDirectory): Redaction {
  const originals = new Map<string, string>();
  const counters = new Map<Kind, number>();
  const placeholderFor = new Map<string, string>();
  const placeholder = (kind: Kind, original: string) => {
    const key = `${kind}:${foldName(original)}`;
    const known = placeholderFor.get(key);
    if (known) return known;
    const count = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, count);
    const created = `[${kind}_${count}]`;
    placeholderFor.set(key, created);
    originals.set(created, original);
    return created;
  };

  let redacted = text;
  for (const [kind, pattern] of PATTERNS) {
    redacted = redacted.replace(pattern, (match) => placeholder(kind, match));
  }
  redacted = redactNames(redacted, namesByLength(directory), (name) => placeholder('PATIENT', name));
  return {
    text: redacted,
    restore: (s: string) =>
      s.replace(/\[(?:PATIENT|DOB|MRN|PHONE|EMAIL)_\d+\]/g, (p) => originals.get(p) ?? p),
  };
}

function redactNames(
  text: string,
  foldedNames: readonly string[],
  replace: (name: string) => string,
): string {
  let result = text;
  for (const name of foldedNames) {
    // Never inside a placeholder already written: a patient called "Patient" must not eat [PATIENT_1].
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{M}\\d[])${escapeRegExp(name)}(?![\\p{L}\\p{M}\\d]|_\\d)`,
      'gu',
    );
    const { folded, originalIndex } = foldWithPositions(result);
    const spans = [...folded.matchAll(pattern)].map((m) => ({
      start: originalIndex[m.index] ?? 0,
      end: originalIndex[m.index + m[0].length] ?? result.length,
    }));
    // Replace from the end so earlier positions stay valid.
    for (const { start, end } of spans.reverse()) {
      result = result.slice(0, start) + replace(result.slice(start, end)) + result.slice(end);
    }
  }
  return result;
}
