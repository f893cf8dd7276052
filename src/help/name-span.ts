/**
 * "sam oneil aug estimate w/o", "jnae doe cmp w/o blocked why": two words side by side, in lower
 * case, misspelled or shortened, that stand for a patient's first and last name. The request
 * parser finds no name there (or takes another word for one), and no patient's full name is
 * spelled out, so the question was answered with the general steps, as if the write-off could just
 * be done, on a charge already written off. Each such pair of words is resolved as `cli` resolves a
 * patient argument: one clearly best fuzzy match is that patient; otherwise the patients close to
 * every word written are said to be the closest names.
 *
 * Only words that may be a name are tried (not our vocabulary, not an honorific, not a word of
 * everyday English unless written with a capital), never a word after a provider's title, and only
 * patients close to every word written are accepted, as for suggestions (close-names.ts).
 */
import type { Database } from '../db/client.ts';
import { type PatientResolution, resolvePatient } from '../ledger/index.ts';
import type { PatientSummary } from '../ledger/queries/patients.ts';
import { foldName } from '../nlu/normalize.ts';
import { HONORIFICS, NON_NAME_WORDS } from '../nlu/vocabulary.ts';
import { closeToName } from './close-names.ts';
import { isOrdinaryWord } from './ordinary-words.ts';
import { afterProviderTitle } from './provider-named.ts';

const WORD = /[\p{L}\p{M}'’-]+|[^\p{L}\p{M}'’-]+/gu;
/** Bounds the look-ups for one question: a question names a patient in its first few pairs. */
const MAX_PAIRS = 6;
const MIN_NAME_LETTERS = 2;

export type NameSpan =
  | { readonly kind: 'found'; readonly patient: PatientSummary; readonly mention: string }
  | { readonly kind: 'not_found'; readonly name: string; readonly suggestions: readonly PatientSummary[] }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly PatientSummary[] };

function mayBeNameWord(word: string): boolean {
  const key = foldName(word).replace(/['’](?:s)?$/u, '');
  if (key.length < MIN_NAME_LETTERS || NON_NAME_WORDS.has(key) || HONORIFICS.has(key)) return false;
  // "check visit", "bad debt": everyday words are names only when written as one ("Will Young").
  return !isOrdinaryWord(word) || /^\p{Lu}/u.test(word);
}

/** Pairs of words side by side (a space or a comma between) that may be a first and last name. */
function namePairs(question: string): string[] {
  const parts = question.match(WORD) ?? [];
  const pairs: string[] = [];
  for (let i = 0; i + 2 < parts.length && pairs.length < MAX_PAIRS; i++) {
    const [first, between, second] = [parts[i] ?? '', parts[i + 1] ?? '', parts[i + 2] ?? ''];
    if (!/^\s+$/.test(between) || !/^\p{L}/u.test(first) || !/^\p{L}/u.test(second)) continue;
    if (!mayBeNameWord(first) || !mayBeNameWord(second)) continue;
    const pair = `${first} ${second.replace(/['’]s?$/u, '')}`;
    if (!afterProviderTitle(question, pair) && !afterProviderTitle(question, first)) pairs.push(pair);
  }
  return pairs;
}

/** What one pair of words resolves to, kept only when the patients are close to every word. */
function spanOf(written: string, resolution: PatientResolution): NameSpan | undefined {
  const close = (p: PatientSummary) => closeToName(written, p);
  if (resolution.kind === 'found')
    return close(resolution.patient)
      ? { kind: 'found', patient: resolution.patient, mention: written }
      : undefined;
  const people = resolution.kind === 'ambiguous' ? resolution.candidates : resolution.suggestions;
  const near = people.filter(close);
  const [only, another] = near;
  if (!only) return undefined;
  // One patient close to every word of a name written in two words: the slip of a letter or a short
  // form ("jnae doe", "sam oneil"), as `cli` takes one clear best match.
  if (!another) return { kind: 'found', patient: only, mention: written };
  return resolution.kind === 'ambiguous'
    ? { kind: 'ambiguous', candidates: near }
    : { kind: 'not_found', name: written, suggestions: near };
}

/** The patient (or the closest patients) a misspelled or shortened name in the question stands for. */
export async function nameSpanNamed(db: Database, question: string): Promise<NameSpan | undefined> {
  for (const pair of namePairs(question)) {
    const span = spanOf(pair, await resolvePatient(db, pair));
    if (span) return span;
  }
  return undefined;
}
