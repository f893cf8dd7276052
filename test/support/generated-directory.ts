/**
 * A made-up patient directory of any size, the same every time for a seed: names built from
 * syllables (never an English word), plus a few people called by common words ("Bill Price",
 * "Grace Long", "Mark Charge") whom only the directory check can hide. Inserted in batches.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
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

/**
 * About 1,800 syllables (onset, vowel, coda). A handful of syllables would make every name share
 * most of its trigrams with thousands of others, which no real directory does.
 */
const SYLLABLES = (() => {
  const onsets = 'b br d dr f fl g gr h j k kl l m n p pl r s sk st t tr v w z ch sh th'.split(' ');
  const vowels = 'a e i o u ai ea ou'.split(' ');
  const codas = ['', 'n', 'r', 's', 'x', 'l', 'k', 'm'];
  return onsets.flatMap((o) => vowels.flatMap((v) => codas.map((c) => o + v + c)));
})();
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
  // One statement per 10,000 people, the rows passed as one JSON parameter: a multi-row VALUES
  // list costs a bound parameter per column per row, which PGlite parses slowly.
  for (let i = 0; i < people.length; i += 10_000) {
    const rows = people.slice(i, i + 10_000).map((p) => ({
      mrn: p.mrn,
      first_name: p.firstName,
      last_name: p.lastName,
      date_of_birth: p.dateOfBirth,
      search_name: searchableName(`${p.firstName} ${p.lastName}`),
    }));
    await db.execute(sql`
      insert into patients (mrn, first_name, last_name, date_of_birth, search_name)
      select mrn, first_name, last_name, date_of_birth, search_name
      from json_to_recordset(${JSON.stringify(rows)}::json)
        as r(mrn text, first_name text, last_name text, date_of_birth date, search_name text)`);
  }
}
