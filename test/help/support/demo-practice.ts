/**
 * The demo practice in a PGlite test database of its own, loaded once for a test file, and the
 * help desk asked the way the outside checks ask it (`cli ask`).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Database, DatabaseHandle } from '../../../src/db/client.ts';
import { loadDemo } from '../../../src/demo/load-demo.ts';
import { openPgliteTestDatabase } from '../../support/databases.ts';
import { askCli, type CliAskAnswer } from './ask-cli.ts';

export interface DemoPractice {
  /** The database, once the file's `beforeAll` has loaded it. */
  readonly db: Database;
  ask(question: string): Promise<CliAskAnswer>;
}

/** Registers the file's set-up and tear-down; `more` runs after the demo is loaded (roles, charges). */
export function useDemoPractice(more?: (db: Database) => Promise<void>): DemoPractice {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await openPgliteTestDatabase();
    await loadDemo(handle.db);
    await more?.(handle.db);
  });
  afterAll(async () => handle?.close());
  const practice: DemoPractice = {
    get db() {
      if (!handle) throw new Error('the demo practice is used before its beforeAll ran');
      return handle.db;
    },
    ask: (question) => askCli(practice.db, question),
  };
  return practice;
}

/** The headings of the article sections an answer shows, in order (`*Heading*` lines). */
export function sectionsOf(answer: string): string[] {
  return answer
    .split('\n')
    .filter((line) => /^\*[^*]+\*$/.test(line) && !line.includes(' – '))
    .map((line) => line.slice(1, -1));
}

/** No patient is listed: no birth date, no MRN, no "Several patients match". */
export function listsNoPatient(answer: string): void {
  expect(answer).not.toMatch(/· DOB|· MRN|Several patients match|No patient matches/);
}
