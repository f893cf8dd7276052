/**
 * `cli ask` about a named patient answers as Slack does (DOMAIN section 6): the same answer
 * function, so a paid charge asked about by its date answers PR_PAID with the refund step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { isoDay } from '../../src/domain/calendar-day.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { askCli } from './support/ask-cli.ts';

/** The latest June 3 not after today, which is what "Jun 3" means in a question. */
function lastJune3(): string {
  const today = isoDay(new Date());
  const year = Number(today.slice(0, 4));
  return today >= `${year}-06-03` ? `${year}-06-03` : `${year - 1}-06-03`;
}

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openPgliteTestDatabase();
  const paid = await createCharge(handle.db, {
    firstName: 'Jane',
    lastName: 'Doe',
    assessedCents: 8_000,
    paidCents: 8_000,
    dateOfService: lastJune3(),
  });
  // Another charge of hers, still open, so the date has to pick the paid one.
  await createCharge(handle.db, {
    patientId: paid.patientId,
    assessedCents: 5_000,
    dateOfService: '2026-01-15',
  });
});
afterAll(async () => handle?.close());

const ask = (question: string) => askCli(handle.db, question);

describe('cli ask about a patient', () => {
  it('a balance asked is answered with the balance and the look-up article, not a blocker', async () => {
    for (const question of ["how do I look up Jane Doe's balance?", 'how much does Jane Doe owe?']) {
      const answer = await ask(question);
      expect(answer.topic).toBe('balance-lookup');
      expect(answer.answer).toMatch(/^Jane Doe owes \$50\.00 on 1 open charge\./);
      expect(answer.blockers ?? []).toEqual([]);
    }
  });

  it('a paid charge asked about by its date answers PR_PAID and the refund step', async () => {
    const answer = await ask("why can't I write off Jane Doe's Jun 3 charge?");
    expect(answer.topic).toBe('write-off-blocked');
    expect(answer.blockers?.map((b) => b.code)).toEqual(['PR_PAID']);
    expect(answer.blockers?.[0]?.nextStep).toMatch(/refund/i);
    expect(answer.answer).toContain(`Jane Doe – Office visit 99213 (${lastJune3()})`);
    expect(answer.answer).toMatch(/refund/i);
  });

  it('the open charge, asked about by its date, has nothing in the way', async () => {
    const answer = await ask("why can't I write off Jane Doe's Jan 15 charge?");
    expect(answer.blockers).toEqual([]);
    expect(answer.answer).toContain('Nothing stands in the way');
  });
});
