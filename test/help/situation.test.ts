import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import { answerQuestion } from '../../src/help/answer.ts';
import { defaultHelpDesk } from '../../src/help/search.ts';
import { actionAsked, findSituation } from '../../src/help/situation.ts';
import { recordRefusal, upsertPatient } from '../../src/ledger/index.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';

describe('help answers that know the patient’s situation', () => {
  let handle: DatabaseHandle;
  let paidChargeId: number;
  beforeAll(async () => {
    handle = await openPgliteTestDatabase();
    const patientId = await upsertPatient(handle.db, {
      mrn: 'SIT-1',
      firstName: 'Rosa',
      lastName: 'Alvarez',
      dateOfBirth: '1970-05-05',
    });
    await createCharge(handle.db, { patientId, dateOfService: '2026-09-03', assessedCents: 5_000 });
    paidChargeId = (
      await createCharge(handle.db, {
        patientId,
        dateOfService: '2026-10-03',
        assessedCents: 8_000,
        paidCents: 8_000,
      })
    ).chargeId;
  });
  afterAll(async () => handle?.close());

  const today = '2026-11-27';
  const desk = defaultHelpDesk();

  it('names the blocker and next step for the charge on the date asked about', async () => {
    const lookup = await findSituation(handle.db, "why can't I write off Rosa Alvarez's Oct 3 charge?", {
      actor: 'cli:tester',
      today,
    });
    expect(lookup.kind).toBe('found');
    if (lookup.kind !== 'found') return;
    expect(lookup.charge.id).toBe(paidChargeId);
    expect(lookup.situation.blockers.map((b) => b.code)).toEqual(['PR_PAID']);
    expect(lookup.situation.blockers[0]?.nextAction).toBe('refund_payment');
    const answer = answerQuestion("why can't I write off Rosa Alvarez's Oct 3 charge?", {
      ...desk,
      situation: lookup.situation,
    });
    expect(answer.topic).toBe('write-off-blocked');
    expect(answer.answer).toContain('already paid');
    expect(answer.answer).toMatch(/refund/i);
  });

  it('picks the blocked charge when no date is named', async () => {
    const lookup = await findSituation(handle.db, 'why is write off greyed out for rosa alvarez', {
      actor: 'cli:tester',
      today,
    });
    expect(lookup.kind === 'found' && lookup.charge.id).toBe(paidChargeId);
  });

  it('a single word in lower case that is not one patient is not taken for a patient', async () => {
    for (const lastName of ['Kowal', 'Kowalski']) {
      await upsertPatient(handle.db, {
        mrn: `SIT-${lastName}`,
        firstName: 'Mina',
        lastName,
        dateOfBirth: '1990-01-01',
      });
    }
    // A general question must not list patients it never meant; a capitalised name still asks which.
    const lower = await findSituation(handle.db, "why can't I write off for mina?", {
      actor: 'cli:tester',
      today,
    });
    expect(lower.kind).toBe('none');
    const named = await findSituation(handle.db, "why can't I write off for Mina?", {
      actor: 'cli:tester',
      today,
    });
    expect(named.kind).toBe('ambiguous');
  });

  it('weighs the amount a refund question names', async () => {
    const patientId = await upsertPatient(handle.db, {
      mrn: 'SIT-3',
      firstName: 'Una',
      lastName: 'Refundez',
      dateOfBirth: '1975-03-03',
    });
    await createCharge(handle.db, {
      patientId,
      assessedCents: 8_800,
      paidCents: 8_800,
      description: 'Lipid panel 80061',
    });
    const lookup = await findSituation(handle.db, "why can't I refund $100 on Una Refundez's lipid panel?", {
      actor: 'cli:tester',
      today,
    });
    expect(lookup.kind === 'found' && lookup.situation.blockers.map((b) => b.code)).toEqual([
      'REFUND_EXCEEDS_PAYMENT',
    ]);
    expect(actionAsked('how do I get rid of that PR?')).toBe('cancel_pr');
    expect(actionAsked('it was written off but should have been cancelled, how do I fix it?')).toBe(
      'cancel_pr',
    );
    expect(actionAsked("why does it say the PR was cancelled and can't be written off?")).toBe('write_off');
  });

  it('says when the patient is not found', async () => {
    const lookup = await findSituation(handle.db, "why can't I write off Zebulon Quartermaine?", {
      actor: 'cli:tester',
      today,
    });
    expect(lookup.kind).toBe('not_found');
  });

  it('answers about the last refusal when the question names nobody', async () => {
    await recordRefusal(handle.db, {
      actor: 'U0REFUSED',
      action: 'write_off',
      chargeId: paidChargeId,
      codes: ['PR_PAID'],
    });
    const lookup = await findSituation(handle.db, "why can't I write off?", { actor: 'U0REFUSED', today });
    expect(lookup.kind === 'found' && lookup.charge.id).toBe(paidChargeId);
    const none = await findSituation(handle.db, "why can't I write off?", { actor: 'U0SOMEONEELSE', today });
    expect(none.kind).toBe('none');
    for (const refusalAsked of ["it won't let me, why?", 'why is it greyed out?']) {
      const found = await findSituation(handle.db, refusalAsked, { actor: 'U0REFUSED', today });
      expect(found.kind === 'found' && found.charge.id, refusalAsked).toBe(paidChargeId);
    }
  });

  it('does not tell a refusal again once the charge is no longer in that state', async () => {
    const open = await createCharge(handle.db, { assessedCents: 4_200 });
    await recordRefusal(handle.db, {
      actor: 'cli:stale',
      action: 'write_off',
      chargeId: open.chargeId,
      codes: ['PR_PAID'],
      blockers: [
        {
          code: 'PR_PAID',
          message: 'This PR is already paid.',
          nextStep: 'Refund first.',
          nextAction: 'refund_payment',
          field: null,
        },
      ],
    });
    const lookup = await findSituation(handle.db, "why can't I write off?", { actor: 'cli:stale', today });
    expect(lookup.kind === 'found' && lookup.charge.id).toBe(open.chargeId);
    expect(lookup.kind === 'found' && lookup.situation.blockers).toEqual([]);
  });

  it('answers a how-to question from its article, even right after a refusal', async () => {
    await recordRefusal(handle.db, {
      actor: 'U0HOWTO',
      action: 'write_off',
      chargeId: paidChargeId,
      codes: ['PR_PAID'],
    });
    for (const question of [
      'how do I refund a payment?',
      'How do I undo a write-off?',
      'What is the difference between a write-off and cancelling PR?',
    ]) {
      const lookup = await findSituation(handle.db, question, { actor: 'U0HOWTO', today });
      expect(lookup.kind, question).toBe('none');
    }
  });

  it('picks the charge in the state the question names, and the action asked after "can I"', async () => {
    const question = "can I write off Rosa Alvarez's paid charge or do I have to refund first";
    expect(actionAsked(question)).toBe('write_off');
    const lookup = await findSituation(handle.db, question, { actor: 'cli:tester', today });
    expect(lookup.kind === 'found' && lookup.charge.id).toBe(paidChargeId);
    expect(lookup.kind === 'found' && lookup.situation.blockers.map((b) => b.code)).toEqual(['PR_PAID']);
    expect(actionAsked('it says already written off, can I undo it?')).toBe('undo_write_off');
    expect(actionAsked('why is the refund greyed out after I wrote it off')).toBe('refund_payment');
  });

  it('finds the charge by what it was, or by the month of the visit, and weighs the amount asked', async () => {
    const patientId = await upsertPatient(handle.db, {
      mrn: 'SIT-2',
      firstName: 'Ivo',
      lastName: 'Stavros',
      dateOfBirth: '1961-02-02',
    });
    const xray = await createCharge(handle.db, {
      patientId,
      dateOfService: '2026-04-21',
      description: 'Chest X-ray 71046',
      assessedCents: 12_000,
      paidCents: 5_000,
    });
    const panel = await createCharge(handle.db, {
      patientId,
      dateOfService: '2026-08-02',
      description: 'Lipid panel 80061',
      assessedCents: 3_000,
    });
    await createCharge(handle.db, { patientId, dateOfService: '2026-09-09', assessedCents: 9_000 });
    const ask = (question: string) => findSituation(handle.db, question, { actor: 'cli:tester', today });
    const byWhat = await ask("why can't I write off Ivo Stavros's chest x-ray?");
    expect(byWhat.kind === 'found' && byWhat.charge.id).toBe(xray.chargeId);
    const byMonth = await ask("why can't I write off Ivo Stavros's August visit?");
    expect(byMonth.kind === 'found' && byMonth.charge.id).toBe(panel.chargeId);
    const tooMuch = await ask("why can't I write off $100 on Ivo Stavros's x-ray?");
    expect(tooMuch.kind === 'found' && tooMuch.situation.blockers.map((b) => b.code)).toContain(
      'AMOUNT_EXCEEDS_OUTSTANDING',
    );
  });

  it('says so when the date asked about has no charge, and answers about the likeliest one', async () => {
    const lookup = await findSituation(handle.db, "why can't I write off Rosa Alvarez's paid 11/3 charge", {
      actor: 'cli:tester',
      today,
    });
    expect(lookup.kind === 'found' && lookup.dateNotFound).toBe('2026-11-03');
    expect(lookup.kind === 'found' && lookup.charge.id).toBe(paidChargeId);
  });

  it('answers from the articles when the question quotes a refusal other than the last one', async () => {
    await recordRefusal(handle.db, {
      actor: 'U0QUOTES',
      action: 'write_off',
      chargeId: paidChargeId,
      codes: ['PR_PAID'],
    });
    const quoted = await findSituation(handle.db, 'it says the balance changed when I hit confirm, why?', {
      actor: 'U0QUOTES',
      today,
    });
    expect(quoted.kind).toBe('none');
    const same = await findSituation(handle.db, 'it says already paid, why?', { actor: 'U0QUOTES', today });
    expect(same.kind === 'found' && same.charge.id).toBe(paidChargeId);
  });

  it('records a refusal shown again (a form refresh) once, and a different one again', async () => {
    const countRefusals = async () =>
      (await handle.db.select().from(auditLog).where(eq(auditLog.actor, 'U0REPEATER'))).length;
    const refusal = { actor: 'U0REPEATER', action: 'write_off' as const, chargeId: paidChargeId };
    await recordRefusal(handle.db, { ...refusal, codes: ['PR_PAID'] });
    await recordRefusal(handle.db, { ...refusal, codes: ['PR_PAID'] });
    expect(await countRefusals()).toBe(1);
    await recordRefusal(handle.db, { ...refusal, codes: ['NOTE_REQUIRED'] });
    expect(await countRefusals()).toBe(2);
  });
});
