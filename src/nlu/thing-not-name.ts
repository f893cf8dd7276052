/**
 * Words where a name could be that name a thing: the second noun of a compound ("the small balance
 * cleanup", "the write-off form", "my writeoff request") and a system the writer uses ("my Epic
 * password"). Read as the patient, "how does the small balance cleanup work?" asked about a patient
 * "cleanup", and "how do I reset my Epic password" about a patient "Epic".
 */
import type { Token } from './name-tokens.ts';

// Nouns of ours that cue a name after them ("balance jane doe", "w/o bob") but that, after a
// determiner, head a compound instead ("the balance cleanup", "the write off option"). Not
// "patient" or "account": "for the patient jane" names her.
const COMPOUND_HEADS: ReadonlySet<string> = new Set(
  'balance bal writeoff write-off off wo pr prs charge charges payment pmt copay refund undo'.split(' '),
);
const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an my our your this that these those his her their its which each every any some'.split(' '),
);
// Words that may stand between the determiner and the noun: "the small balance", "the write off".
const MAX_WORDS_BETWEEN = 2;

/**
 * "the small balance cleanup", "the writeoff form", "which PR types": one lower-case word after a
 * noun of ours that a determiner opens, a noun of the same compound. Only one word, not owned: "the
 * balance jane doe owes" and "the writeoff's date" are left to the name finder.
 */
export function endsCompoundNoun(tokens: readonly Token[], first: number, last: number): boolean {
  const word = tokens[first];
  const head = tokens[first - 1];
  if (first !== last || !word || word.capitalized || word.possessive || !word.joinedToPrevious) return false;
  // "which PR types": the noun may be an abbreviation in capitals, never a capitalised word.
  if (head?.kind !== 'word' || !COMPOUND_HEADS.has(head.folded)) return false;
  if (head.capitalized && head.original !== head.original.toUpperCase()) return false;
  for (let i = first - 1; i >= Math.max(0, first - 2 - MAX_WORDS_BETWEEN); i--) {
    const token = tokens[i];
    if (token?.kind !== 'word' || token.possessive) return false;
    if (i < first - 1 && DETERMINERS.has(token.folded)) return true;
    if (i < first - 1 && token.capitalized) return false;
  }
  return false;
}

const WRITERS: ReadonlySet<string> = new Set(['my', 'our', 'your']);

/**
 * "my Epic password", "our Athena login": a capitalised word the writer owns, then what it is, is a
 * system or a product. A patient is never "my Jane Doe".
 */
export function isWritersOwnThing(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  return (
    before?.kind === 'word' &&
    WRITERS.has(before.folded) &&
    tokens[first]?.capitalized === true &&
    !tokens[last]?.possessive &&
    after?.kind === 'word' &&
    after.joinedToPrevious &&
    !after.capitalized
  );
}

// People named by what they are to someone: "her hygienist's kid's filling", "the Okafor boy's copay".
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `boy boys girl girls kid kids child baby son daughter mom mother dad father parent wife husband
  spouse partner brother sister grandma grandpa aunt uncle niece nephew cousin friend neighbor
  hygienist assistant nurse tech technician receptionist doctor dentist doc provider therapist staff
  patient pt guy lady man woman family`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "her hygienist's kid's filling", "the Okafor boy's copay": a lower-case word in the possessive that
 * a determiner, another possessive or a surname opens, or that names a person by a role, owns the
 * thing without naming anyone. Read as the patient, it outranked the name written after it
 * ("…, Noah Brooks").
 */
export function isOwnedRoleWord(tokens: readonly Token[], first: number, last: number): boolean {
  const word = tokens[first];
  if (first !== last || !word || word.kind !== 'word' || word.capitalized || !word.possessive) return false;
  if (PERSON_NOUNS.has(word.folded)) return true;
  const before = tokens[first - 1];
  return (
    before?.kind === 'word' && word.joinedToPrevious && (DETERMINERS.has(before.folded) || before.possessive)
  );
}
