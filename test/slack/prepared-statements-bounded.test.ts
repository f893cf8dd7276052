/**
 * The app's PGlite client keeps one prepared statement per statement text (src/db/pglite-prepared.ts).
 * A text that changed with each request (a value written into it instead of a parameter) would
 * add a statement, and its plan, to the session for every request, for as long as the app runs.
 * Requests of several kinds, with different patients, amounts and words, must leave the set as it
 * was after the first round.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.ts';
import { createCharge } from '../support/fixtures.ts';
import { ADMIN, BILLER, GENERAL, MANAGER, useHarness } from './support/harness.ts';

const h = useHarness();

beforeAll(async () => {
  // PGlite
  for (const [firstName, lastName] of [
    ['Jane', 'Doe'],
    ['John', 'Roe'],
    ['Ana', 'Lima'],
  ] as const) {
    await createCharge(h.db, { firstName, lastName, assessedCents: 12_000 });
  }
});

async function preparedStatements(): Promise<number> {
  const rows = rowsOf(await h.db.execute(sql`select count(*)::int as n from pg_prepared_statements`));
  return Number(rows[0]?.n);
}

/** 24 requests by one person: under the 30 a minute that each person may send (request-gate.ts). */
async function round(userId: string, offset: number): Promise<void> {
  const names = ['Jane Doe', 'John Roe', 'Ana Lima', 'Nobody Here'];
  for (let i = 0; i < 8; i++) {
    const name = names[i % names.length];
    const request = { userId, channelId: GENERAL };
    await h.client.slashCommand({ ...request, command: '/billing', text: '' });
    await h.client.slashCommand({
      ...request,
      command: '/writeoff',
      text: `$${offset + i + 1} ${name} hardship`,
    });
    await h.client.slashCommand({ ...request, command: '/billing', text: `balance ${name}` });
  }
}

it('requests of several kinds leave the same set of prepared statements', async () => {
  await round(BILLER, 0);
  const afterFirst = await preparedStatements();
  expect(afterFirst).toBeGreaterThan(5);
  await round(MANAGER, 100);
  await round(ADMIN, 200);
  expect(await preparedStatements()).toBe(afterFirst);
}, 60_000);
