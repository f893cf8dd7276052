/**
 * A made-up patient directory of any size, the same every time for a seed: names built from
 * syllables (never an English word), plus a few people called by common words ("Bill Price",
 * "Grace Long", "Mark Charge") whom only the directory check can hide. Inserted in batches.
 */
import type { Database } from '../../src/db/client.ts';
import { patients } from '../../src/db/schema/index.ts';
import { searchableName } from '../../src/ledger/index.ts';
import { ALLOWED_WORDS } from '../../src/nlu/allowed-words.ts';

export interface GeneratedPatient {
  readonly mrn: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
  /** True for the people called by common words. */
  readonly commonWords: boolean;
}

const SYLLABLES =
  'zor qua vex lum dar kesh tiv mo ri yan bel gor nix pla thu wen xa ul fen sko brin ja tal oz vri mek sul dro pim'.split(
    ' ',
  );
const COMMON_WORD_FIRST = ['Bill', 'Will', 'Mark', 'Grace', 'Rose', 'Hope'];
const COMMON_WORD_LAST = ['Price', 'Long', 'Baker', 'Young', 'Hill', 'Charge', 'Balance'];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function syllableName(random: () => number, parts: number): string {
  for (;;) {
    let word = '';
    for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!ALLOWED_WORDS.has(word)) return word.charAt(0).toUpperCase() + word.slice(1);
  }
}

export function generateDirectory(count: number, seed = 9): GeneratedPatient[] {
  const random = seededRandom(seed);
  const people: GeneratedPatient[] = [];
  for (let i = 0; i < count; i++) {
    const commonWords = i % 2_500 === 0;
    const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? 'X';
    const year = 1930 + Math.floor(random() * 70);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    people.push({
      mrn: `G${String(100_000 + i)}`,
      firstName: commonWords ? pick(COMMON_WORD_FIRST) : syllableName(random, 2),
      lastName: commonWords ? pick(COMMON_WORD_LAST) : syllableName(random, 2 + Math.floor(random() * 2)),
      dateOfBirth: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      commonWords,
    });
  }
  return people;
}

export async function insertDirectory(db: Database, people: readonly GeneratedPatient[]): Promise<void> {
  for (let i = 0; i < people.length; i += 1_000) {
    const rows = people.slice(i, i + 1_000).map(({ commonWords: _, ...p }) => ({
      ...p,
      searchName: searchableName(`${p.firstName} ${p.lastName}`),
    }));
    await db.insert(patients).values(rows);
  }
}
