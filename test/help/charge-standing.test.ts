/**
 * A help answer about a patient's charge tells its figures: what is outstanding and paid when
 * nothing stands in the way, and, when the charge has no payment to refund, which of the
 * patient's charges has one, or that none has, instead of "check the other charges".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { askCli } from './support/ask-cli.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openPgliteTestDatabase();
  // Nadia Petrov: an older charge partly paid, a newer one with no payment.
  const paid = await createCharge(handle.db, {
    firstName: 'Nadia',
    lastName: 'Petrov',
    description: 'Physical therapy 97110',
    assessedCents: 9_000,
    paidCents: 4_000,
    dateOfService: '2026-05-10',
  });
  await createCharge(handle.db, {
    patientId: paid.patientId,
    description: 'Office visit 99213',
    assessedCents: 3_000,
    dateOfService: '2026-09-01',
  });
  // Ines Ortega: an older charge open, a newer one paid in full.
  const older = await createCharge(handle.db, {
    firstName: 'Ines',
    lastName: 'Ortega',
    description: 'Office visit 99212',
    assessedCents: 3_000,
    dateOfService: '2026-04-02',
  });
  await createCharge(handle.db, {
    patientId: older.patientId,
    description: 'Lab panel 80053',
    assessedCents: 4_200,
    paidCents: 4_200,
    dateOfService: '2026-09-09',
  });
  // Bob Smithers: a first name one letter from an everyday word ("box").
  await createCharge(handle.db, { firstName: 'Bob', lastName: 'Smithers', assessedCents: 2_000 });
  // Kofi Mensah: one charge, never paid.
  await createCharge(handle.db, {
    firstName: 'Kofi',
    lastName: 'Mensah',
    mrn: 'KM-2201',
    description: 'Flu shot 90686',
    assessedCents: 2_500,
    dateOfService: '2026-10-15',
  });
});
afterAll(async () => handle?.close());

const ask = (question: string) => askCli(handle.db, question);

describe('the figures of the charge an answer is about', () => {
  it('a write-off nothing stands in the way of says what is outstanding and what was paid', async () => {
    const answer = await ask("can I write off the rest of Nadia Petrov's physical therapy?");
    expect(answer.answer).toContain('(2026-05-10)');
    expect(answer.answer).toContain(
      'Nothing stands in the way of this right now. $50.00 is outstanding; $40.00 was paid.',
    );
  });

  it('a charge never paid says only what is outstanding', async () => {
    const answer = await ask('can I write off Kofi Mensah’s flu shot?');
    expect(answer.answer).toContain('$25.00 is outstanding.');
    expect(answer.answer).not.toContain('was paid');
  });

  it('a refund nothing stands in the way of says how much can be refunded', async () => {
    const answer = await ask("can I refund Nadia Petrov's payment?");
    expect(answer.topic).toBe('refund-payment');
    expect(answer.answer).toContain('$40.00 paid on it can be refunded.');
  });
});

describe('a charge with no payment to refund', () => {
  it('names the charge of the patient that has one', async () => {
    const answer = await ask("why can't I refund Nadia Petrov's office visit?");
    expect(answer.topic).toBe('refund-payment');
    expect(answer.blockers?.map((b) => b.code)).toEqual(['NO_PAYMENT']);
    expect(answer.blockers?.[0]?.nextStep).toBe(
      '$40.00 paid on Physical therapy 97110 (2026-05-10) can be refunded.',
    );
    expect(answer.answer).toContain('Physical therapy 97110 (2026-05-10) can be refunded');
  });

  it('says so when no charge of the patient has one', async () => {
    const answer = await ask("why can't I refund Kofi Mensah's flu shot?");
    expect(answer.blockers?.map((b) => b.code)).toEqual(['NO_PAYMENT']);
    expect(answer.blockers?.[0]?.nextStep).toBe(
      'No other charge of this patient has a payment left to refund either.',
    );
    expect(answer.answer).not.toContain('Check the patient');
  });
});

describe('the examples of an answer about a patient', () => {
  it('name that patient, so a command copied from it acts on them', async () => {
    const answer = await ask("how do I refund Nadia Petrov's payment?");
    expect(answer.topic).toBe('refund-payment');
    // The example's amount is what is left of her one payment, never a made-up one beside her name.
    expect(answer.answer).toContain("`/billing refund Nadia Petrov's $40.00 payment`");
    expect(answer.answer).not.toContain('$25');
    expect(answer.answer).not.toContain('Jane Doe');
  });
});

describe('a patient named by MRN', () => {
  it('is found, in any case, and the answer is about their charge', async () => {
    const answer = await ask("why can't I refund km-2201's flu shot?");
    expect(answer.blockers?.map((b) => b.code)).toEqual(['NO_PAYMENT']);
    expect(answer.answer).toContain('Kofi Mensah – Flu shot 90686 (2026-10-15)');
  });
});

describe('a refusal on one charge when others allow it', () => {
  it("says which of the patient's other charges it can be done on", async () => {
    const answer = await ask("why can't I write off Ines Ortega's balance?");
    expect(answer.blockers?.map((b) => b.code)).toEqual(['PR_PAID']);
    expect(answer.answer).toContain(
      "It can be written off on the patient's other charges: Office visit 99212 (2026-04-02), $30.00 outstanding.",
    );
  });

  it('says nothing of the kind when no other charge allows it', async () => {
    const answer = await ask("why can't I refund Kofi Mensah's flu shot?");
    expect(answer.answer).not.toContain('other charges:');
  });
});

describe('a word in lower case close to a name', () => {
  it('is not taken for that patient: the question stays general', async () => {
    const answer = await ask(
      'the write-off box says I can only write off $35.00 max but the visit was $90, what gives',
    );
    expect(answer.answer).not.toMatch(/Bob|Smithers/);
    expect(answer.topic).toBe('write-off-blocked');
    expect(answer.answer).toContain('"At most $X can be written off"');
  });
});
