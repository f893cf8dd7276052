/**
 * Questions about a patient's charge that a blind tester found answered wrong, each fixed by the
 * rule that failed, by family rather than by sentence:
 *
 * 1. Payments or refunds asked about, no refund asked ("how much was refunded?", "what payments
 *    came in?"): told from the charge's ledger (history-asked.ts), with what was refunded said;
 *    a refund example never shows what is outstanding where a payment's amount goes
 *    (example-names.ts), and a refund's answer says what was refunded before (charge-standing.ts).
 * 2. A service the patient has several charges of, no date named ("Hugo office visit 99213"): the
 *    charges are listed, never one chosen silently (same-service.ts).
 * 3. "got a refund, does she still owe the PR?" is a balance question: what is outstanding now and
 *    why (balance-asked.ts).
 * 4. "what happened (to that charge)?" is its story; "who wrote it off and why?" gives the reason.
 * 5. "how many payments were made?" lists the payments.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { cancelPr, grantRole, recordPayment, refundPayment, writeOff } from '../../src/ledger/index.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { useDemoPractice } from './support/demo-practice.ts';

const MANAGER = 'U-KM30-MANAGER';

async function pay(db: Database, chargeId: number, amountCents: number): Promise<number> {
  const paid = await expectOk(
    recordPayment(db, {
      chargeId,
      amountCents,
      actor: 'import',
      source: 'import',
      idempotencyKey: randomUUID(),
    }),
  );
  return paid.entryId;
}

async function refund(db: Database, paymentEntryId: number, amountCents: number | 'all'): Promise<void> {
  await expectOk(
    refundPayment(db, {
      paymentEntryId,
      amountCents,
      note: 'estimate too high',
      actor: MANAGER,
      source: 'cli',
      idempotencyKey: randomUUID(),
    }),
  );
}

const { ask } = useDemoPractice(async (db) => {
  await grantRole(db, { grantedBy: 'cli:test', userId: MANAGER, role: 'billing_manager' });
  // Orla Quennell: $150 paid, $50 of it refunded: $50 outstanding, $100 left to refund.
  const orla = await createCharge(db, {
    firstName: 'Orla',
    lastName: 'Quennell',
    description: 'Office visit 99214',
    dateOfService: '2026-06-11',
    assessedCents: 20_000,
    paidCents: 15_000,
  });
  await refund(db, orla.paymentEntryId as number, 5_000);
  // Saoirse Wendling: two payments ($25, $35) on a $100 x-ray: $40 outstanding.
  const saoirse = await createCharge(db, {
    firstName: 'Saoirse',
    lastName: 'Wendling',
    description: 'X-ray 73030',
    dateOfService: '2026-06-17',
    assessedCents: 10_000,
  });
  await pay(db, saoirse.chargeId, 2_500);
  await pay(db, saoirse.chargeId, 3_500);
  // Hadrian Tollemache: three office visits 99213 on different dates, and one 99212.
  const hadrian = await createCharge(db, {
    firstName: 'Hadrian',
    lastName: 'Tollemache',
    description: 'Office visit 99212',
    dateOfService: '2026-03-13',
    assessedCents: 19_000,
    prSource: 'custom',
  });
  const visits = [
    ['2026-05-04', 15_000, 'remittance'],
    ['2026-07-20', 9_000, 'remittance'],
    ['2026-10-02', 6_000, 'self_pay'],
  ] as const;
  for (const [dateOfService, assessedCents, prSource] of visits) {
    const visit = await createCharge(db, {
      patientId: hadrian.patientId,
      description: 'Office visit 99213',
      dateOfService,
      assessedCents,
      prSource,
    });
    if (dateOfService === '2026-07-20') {
      await pay(db, visit.chargeId, 4_000);
      await pay(db, visit.chargeId, 3_000);
    }
  }
  // Greer Marchetti: $185 paid and refunded in full: $185 owed again.
  const greer = await createCharge(db, {
    firstName: 'Greer',
    lastName: 'Marchetti',
    description: 'X-ray 73030',
    dateOfService: '2026-01-24',
    assessedCents: 18_500,
    paidCents: 18_500,
    prSource: 'self_pay',
  });
  await refund(db, greer.paymentEntryId as number, 'all');
  // Cormac Thistlewood: a vaccine cancelled as a duplicate.
  const cormac = await createCharge(db, {
    firstName: 'Cormac',
    lastName: 'Thistlewood',
    description: 'Vaccine administration 90471',
    dateOfService: '2026-10-16',
    assessedCents: 2_500,
    prSource: 'self_pay',
  });
  await expectOk(
    cancelPr(db, {
      chargeId: cormac.chargeId,
      reason: 'duplicate',
      actor: MANAGER,
      source: 'cli',
      idempotencyKey: randomUUID(),
    }),
  );
  // Perpetua Oyelaran: a visit written off as bad debt, with its note.
  const perpetua = await createCharge(db, {
    firstName: 'Perpetua',
    lastName: 'Oyelaran',
    description: 'Office visit 99213',
    dateOfService: '2026-02-18',
    assessedCents: 1_500,
  });
  await expectOk(
    writeOff(db, {
      chargeId: perpetua.chargeId,
      amountCents: 'all',
      reason: 'bad_debt',
      note: 'Three statements and two calls, no answer.',
      actor: MANAGER,
      source: 'cli',
      idempotencyKey: randomUUID(),
    }),
  );
});

/** The example commands the answer shows (code spans). */
function examples(answer: string): string[] {
  return [...answer.matchAll(/`([^`\n]*)`/g)].map((m) => m[1] ?? '');
}

describe('1. payments and refunds asked about, no refund asked', () => {
  it('how much was refunded: the refund and the payment it came out of', async () => {
    const { answer } = await ask('Orla Quennell - how much was refunded?');
    expect(answer).toContain('Refunded: $50.00');
    expect(answer).toContain('$50.00 of the $150.00 paid was refunded');
    // $50.00 is what is outstanding: no $50.00 payment exists.
    for (const example of examples(answer)) expect(example).not.toMatch(/refund.*\$50\.00/);
  });

  it('what payments came in: each one, and no refund example with what is outstanding', async () => {
    const { answer } = await ask('Saoirse Wendling - what payments came in on the x-ray?');
    expect(answer).toContain('Paid: $25.00');
    expect(answer).toContain('Paid: $35.00');
    expect(answer).toContain('$40.00 is outstanding');
    for (const example of examples(answer)) expect(example).not.toContain('$40.00');
  });

  it('a refund asked: what is left of the payment, and what was refunded before', async () => {
    const { answer, topic } = await ask("can I refund Orla Quennell's payment?");
    expect(topic).toBe('refund-payment');
    expect(answer).toContain('$100.00 paid on it can be refunded');
    expect(answer).toContain('$50.00 of the $150.00 paid was already refunded');
    expect(examples(answer).some((e) => e.includes('refund Orla Quennell') && e.includes('$100.00'))).toBe(
      true,
    );
    for (const example of examples(answer)) expect(example).not.toContain('$50.00');
  });

  it('a write-off asked keeps what is outstanding in its example', async () => {
    const { answer } = await ask('can I write off Saoirse Wendling x-ray?');
    expect(examples(answer).some((e) => e.includes('Saoirse Wendling') && e.includes('$40.00'))).toBe(true);
  });
});

describe('2. several charges of the service named, no date', () => {
  it('lists them with their dates and outstanding', async () => {
    const { answer, topic } = await ask("Hadrian Tollemache office visit 99213 - why can't I write it off?");
    expect(topic).toBe('write-off-blocked');
    expect(answer).toContain('Hadrian Tollemache has 3 Office visit 99213 charges');
    for (const line of [
      '2026-05-04 ($150.00 outstanding)',
      '2026-07-20 ($20.00 outstanding)',
      '2026-10-02 ($60.00 outstanding)',
    ])
      expect(answer).toContain(line);
  });

  it('a date named picks one, with no list', async () => {
    const { answer } = await ask('can I write off Hadrian Tollemache office visit 99213 from 7/20?');
    expect(answer).toContain('(2026-07-20)');
    expect(answer).not.toContain('has 3 Office visit 99213 charges');
  });
});

describe('3. whether the patient still owes, after a refund', () => {
  it.each([
    'Greer Marchetti got a refund, does she still owe the PR?',
    'Greer Marchetti was refunded - does she still owe anything?',
  ])('%s', async (question) => {
    const { answer, topic, blockers } = await ask(question);
    expect(topic).toBe('balance-lookup');
    expect(blockers ?? []).toEqual([]);
    expect(answer).toContain('$185.00 is outstanding');
    expect(answer).toMatch(/re-opens the PR/);
    expect(answer).not.toMatch(/no payment left to refund/i);
  });
});

describe('4. what happened to a charge: its story', () => {
  it.each([
    'Cormac Thistlewood vaccine 10/16 - what happened to that charge?',
    'Cormac Thistlewood vaccine - what happened?',
  ])('%s', async (question) => {
    const { answer, blockers } = await ask(question);
    expect(blockers ?? []).toEqual([]);
    expect(answer).toContain(`Cancelled: $25.00 by ${MANAGER}`);
    expect(answer).toContain('Duplicate');
  });

  it('who wrote it off and why: who, the reason and the note', async () => {
    const { answer, blockers } = await ask('Perpetua Oyelaran Feb 18 visit - who wrote it off and why?');
    expect(blockers ?? []).toEqual([]);
    expect(answer).toContain(`Written off: $15.00 by ${MANAGER}`);
    expect(answer).toContain('Bad debt');
    expect(answer).toContain('Three statements and two calls, no answer.');
  });
});

describe('5. how many payments: each one', () => {
  it('lists the payments, not only the total', async () => {
    const { answer } = await ask('Hadrian Tollemache 7/20 visit - how many payments were made?');
    expect(answer).toContain('Paid: $40.00');
    expect(answer).toContain('Paid: $30.00');
    expect(answer).toContain('$70.00 paid');
  });
});
