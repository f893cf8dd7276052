/**
 * Families of questions answered wrong in a blind probe (ask2), each fixed by the rule that failed:
 *
 * 1. No fact the ledger does not hold: a refund that a later write-off covered is not "owed again"
 *    (owed-again.ts reads what is outstanding now), and who wrote off ("my coworker says she …") is
 *    never read as the reason it was written off with (who-may-asked.ts `withoutPeopleActing`).
 * 2. Sentences that go on about the one patient named ("she", "his colonoscopy", "Front desk says")
 *    are not another patient's (other-patient-clause.ts); their amount and action are kept, and an
 *    action said not to be wanted ("I don't want to write it off") is not the one asked
 *    (action-asked.ts `askedVerb`).
 * 3. History in other words: a discount or write-off "gone", "removed", "where did it go" is its
 *    undo, read from the ledger; "did the write-off go through?" says whether one is recorded, and
 *    plainly when none is (history-asked.ts); "put the balance back" on a charge sent to collections
 *    is the undo (restore-asked.ts).
 * 4. Words that took over: "does <patient> owe anything now after the refunds?" is the balance now
 *    (balance-asked.ts, refund-what-if.ts); "I need it cancelled" is the cancel asked, whatever the
 *    story says (action-asked.ts `wantedDone`); two reasons compared are the reasons' article's.
 * 5. Limits and what-ifs worked out: "all of <charge>, do I need approval?" within the limit is "No:"
 *    with the figure (limit-finding.ts `withinLimit`); the limit asked of a batch is told
 *    (batch-limit-asked.ts); a write-off supposed says the balance it leaves (refund-what-if.ts).
 * 6. How chat is typed: short forms ("wat", "4") are spelled out before the reasons are read, and a
 *    Slack strikethrough (`~cancel~`) is not asked (chat-spelling.ts); "pays after I write it off"
 *    is money arriving after a write-off, which is the undo (restore-asked.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { actionAsked } from '../../src/help/action-asked.ts';
import { batchLimitLead } from '../../src/help/batch-limit-asked.ts';
import { withChatSpelling, withoutStruckText } from '../../src/help/chat-spelling.ts';
import { otherPatientClause } from '../../src/help/other-patient-clause.ts';
import { owedAgain } from '../../src/help/owed-again.ts';
import { reasonNamed } from '../../src/help/reason-note.ts';
import { comparesReasons } from '../../src/help/reasons-compared.ts';
import {
  chargeHistory,
  grantRole,
  listCharges,
  refundPayment,
  searchPatients,
  undoWriteOff,
  writeOff,
} from '../../src/ledger/index.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { useDemoPractice } from './support/demo-practice.ts';

const key = () => randomUUID();

/** Paid, the payment refunded in full, then the whole charge written off: $0 outstanding. */
async function refundedThenWrittenOff(db: Database): Promise<number> {
  const { chargeId, paymentEntryId } = await createCharge(db, {
    firstName: 'Oswin',
    lastName: 'Halloran',
    description: 'MRI knee 73721',
    dateOfService: '2026-08-12',
    assessedCents: 20_000,
    paidCents: 8_000,
  });
  const base = { actor: 'cli:test', source: 'cli' as const };
  await expectOk(
    refundPayment(db, {
      ...base,
      paymentEntryId: paymentEntryId ?? 0,
      amountCents: 'all',
      idempotencyKey: key(),
    }),
  );
  await expectOk(
    writeOff(db, {
      ...base,
      chargeId,
      amountCents: 'all',
      reason: 'collection_agency',
      idempotencyKey: key(),
    }),
  );
  return chargeId;
}

/** A write-off undone, then written off again in part: $30 of the $50 put back is owed now. */
async function undoneThenPartlyWrittenOff(db: Database): Promise<void> {
  const { chargeId, writeOffEntryId } = await createCharge(db, {
    firstName: 'Oswin',
    lastName: 'Marchetti',
    description: 'Allergy testing 95004',
    dateOfService: '2026-05-20',
    assessedCents: 5_000,
    writtenOffCents: 5_000,
  });
  const base = { actor: 'cli:test', source: 'cli' as const };
  await expectOk(undoWriteOff(db, { ...base, writeOffEntryId: writeOffEntryId ?? 0, idempotencyKey: key() }));
  await expectOk(
    writeOff(db, { ...base, chargeId, amountCents: 2_000, reason: 'small_balance', idempotencyKey: key() }),
  );
}

let coveredRefund = 0;
/** A prompt-pay discount given, then undone: the charge owes its whole PR again. */
async function discountUndone(db: Database): Promise<void> {
  await grantRole(db, { grantedBy: 'cli:test', userId: 'U0KM36KIM', role: 'billing_manager' });
  const { chargeId } = await createCharge(db, {
    firstName: 'Oswin',
    lastName: 'Pemberton',
    description: 'Colonoscopy 45378',
    dateOfService: '2026-07-29',
    assessedCents: 35_000,
  });
  const base = { actor: 'U0KM36KIM', source: 'cli' as const };
  const given = await expectOk(
    writeOff(db, {
      ...base,
      chargeId,
      amountCents: 4_000,
      reason: 'prompt_pay_discount',
      idempotencyKey: key(),
    }),
  );
  await expectOk(undoWriteOff(db, { ...base, writeOffEntryId: given.entryId, idempotencyKey: key() }));
}

const demo = useDemoPractice(async (db) => {
  coveredRefund = await refundedThenWrittenOff(db);
  await discountUndone(db);
  await undoneThenPartlyWrittenOff(db);
});
const { ask } = demo;

describe('1. no fact the ledger does not hold', () => {
  it('a refund a later write-off covered is not owed again', async () => {
    const told = owedAgain(await chargeHistory(demo.db, { chargeId: coveredRefund }), 'remittance');
    expect(told).toContain(
      'which re-opened $80.00 of PR; a write-off made since brought the charge down to $0.00',
    );
    expect(told).not.toContain('is owed again');
  });

  it("the demo's refunded MRI written off in full: not owed again in its balance", async () => {
    const [bob] = await searchPatients(demo.db, { query: 'Bob Smith', limit: 1 });
    const mri = (await listCharges(demo.db, { patientId: bob?.id ?? 0 })).find((c) =>
      c.description.startsWith('MRI'),
    );
    await expectOk(
      writeOff(demo.db, {
        chargeId: mri?.id ?? 0,
        amountCents: 'all',
        reason: 'collection_agency',
        actor: 'cli:test',
        source: 'cli',
        idempotencyKey: key(),
      }),
    );
    const { answer } = await ask('how much does Bob Smith still owe on the MRI?');
    expect(answer).toContain('Nothing is outstanding on this charge');
    expect(answer).not.toContain('$80.00 is owed again');
    expect(answer).toContain('none of it is owed now');
  });

  it('an undone write-off partly written off again: what is owed now', async () => {
    const { answer } = await ask("why is Oswin Marchetti's allergy testing showing a balance again?");
    expect(answer).toContain('so $30.00 of it is owed now');
    expect(answer).not.toContain('if it should not be collected, write it off again');
  });

  it.each([
    "my coworker says she wrote off Jane Roe's visit, can I check it?",
    'did my colleague’s write-off go through for Bob Smith?',
    'the front desk told me they already wrote it off',
  ])('%s: who wrote off is no reason', (question) => {
    expect(reasonNamed(question)).toBeNull();
  });

  it('guard: a write-off for a coworker is still a courtesy', () => {
    expect(reasonNamed('write off $20 for my coworker, she works here')).toBe('professional_courtesy');
  });

  it('no reason line made up from "my coworker says she …"', async () => {
    const { answer } = await ask(
      "my coworker says he wrote off Bob Smith's february visit, still shows $25?",
    );
    expect(answer).not.toContain('Professional courtesy');
  });
});

describe('2. follow-on sentences about the same patient', () => {
  it.each([
    "I'm a biller. I wrote off $60 for Tom Baker this morning. Now I want to write off $50 more on his colonoscopy",
    "I'm a biller and wrote off $60 for Tom Baker an hour ago. Can I write off $50 more on his colonoscopy?",
  ])('%s: the amount asked is weighed with the earlier one', async (question) => {
    const { answer } = await ask(question);
    expect(answer).not.toContain('is about someone else');
    expect(answer).toContain(
      '$60.00 already written off for Tom Baker in the last 24 hours and this $50.00 come to $110.00',
    );
  });

  it.each([
    "Jane Roe's physical therapy in July. She was never supposed to be billed. I went to cancel it and it won't let me",
    "jane roe PT from july, self pay. Her mom says she shouldn't have been charged. I go to cancel and it won't let me, and I don't want to write it off",
  ])('%s: the cancel asked, refused for the write-off', async (question) => {
    const { topic, answer, blockers } = await ask(question);
    expect(answer).not.toContain('is about someone else');
    expect(topic).toBe('cancel-pr');
    expect(blockers?.map((b) => b.code)).toEqual(['HAS_WRITE_OFFS']);
    expect(answer).toContain('Undo the write-offs first, then cancel');
  });

  it('guard: another patient named in a clause of its own is still split off', () => {
    const own = otherPatientClause(
      "can I write off Jane Doe's 9/14 visit and also cancel Janet's estimate?",
      'Jane Doe',
      'Jane Doe',
    );
    expect(own?.other).toBe("cancel Janet's estimate");
  });

  it('an action said not to be wanted is not the one asked', () => {
    expect(actionAsked("I don't want to write it off, I need to cancel it")).toBe('cancel_pr');
    expect(actionAsked('I went to refund it and the button is grey')).toBe('refund_payment');
    expect(actionAsked("why can't I write it off?")).toBe('write_off');
  });
});

describe('3. history asked in other words', () => {
  it.each([
    "Oswin Pemberton's colonoscopy had a prompt-pay discount but it's gone now. who removed it?",
    "who took the discount off Oswin Pemberton's colonoscopy?",
    'where did the write-off on Oswin Pemberton colonoscopy go',
  ])('%s: the undo, by whom and when', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('undo-write-off');
    expect(answer).toMatch(/• Written off: \$40\.00 by U0KM36KIM on \S+, reason: Prompt-pay discount\./);
    expect(answer).toMatch(/• Write-off undone: \$40\.00 by U0KM36KIM on /);
    expect(answer).toContain('$350.00 is outstanding now.');
  });

  it.each([
    "did my coworker's write-off on Bob Smith's february visit go through?",
    "my colleague says he wrote off Bob Smith's Feb visit this morning. did it go through? still shows $25",
  ])('%s: none recorded, said plainly', async (question) => {
    const { answer } = await ask(question);
    expect(answer).toMatch(
      /^\*Bob Smith – Office visit 99212 \(2026-02-05\)\*\nNo write-off is recorded on this charge: \$25\.00 is outstanding now\./,
    );
    expect(answer).not.toContain('Nothing stands in the way');
    expect(answer).not.toContain('Professional courtesy');
  });

  it('a write-off that went through is listed', async () => {
    const { answer } = await ask("did the write-off on Oswin Halloran's MRI go through?");
    expect(answer).toMatch(
      /• Written off: \$200\.00 by test \(command line\) on \S+, reason: Sent to collection agency\./,
    );
  });

  it.each([
    "Oswin Halloran's MRI went to collections by mistake - how do I put the balance back?",
    'oswin halloran MRI was sent to collections in error, need to bring the balance back',
  ])('%s: the undo', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('undo-write-off');
    expect(answer).toContain('Undoing it reverses the $200.00 write-off (_Sent to collection agency_)');
  });

  it('guard: a balance brought back by a refund is the refund’s', async () => {
    const { topic } = await ask('does refunding bring the balance back for a small balance write off?');
    expect(topic).not.toBe('undo-write-off');
  });
});

describe('4. words that took over', () => {
  it.each([
    'does María García owe anything now after the refunds?',
    'after the refund went through, is Maria Garcia owing anything?',
  ])('%s: the balance now', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('balance-lookup');
    expect(answer).toMatch(/María García owes \$\d+\.\d\d on \d open charges?/);
    expect(answer).not.toContain('would be outstanding');
  });

  it('guard: a refund to come is still weighed', async () => {
    const { answer } = await ask('if I refund María García’s payment, what will she owe?');
    expect(answer).toContain('would be outstanding');
  });

  it.each([
    "Jane Roe's physical therapy was entered in error but someone put a prompt pay discount on it, I need it cancelled",
    'jane roe PT is a duplicate, and it got a discount w/o. we want it voided',
  ])('%s: the cancel, after the undo', async (question) => {
    const { topic, answer, blockers } = await ask(question);
    expect(topic).toBe('cancel-pr');
    expect(blockers?.map((b) => b.code)).toEqual(['HAS_WRITE_OFFS']);
    expect(answer).toContain('Undo the write-offs first, then cancel');
  });

  it('guard: a write-off in error with no outcome asked is still undone', () => {
    expect(actionAsked('the small balance write-off on her visit was a mistake')).toBe('undo_write_off');
  });

  it.each([
    'prompt pay discount vs small balance w/o - what is the difference?',
    'how do small balance and prompt-pay differ as reasons?',
    'sent to collections or bad debt, which is which',
  ])('%s: the reasons compared', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-reasons');
    expect(answer).toMatch(/^The reasons differ in what they say happened to the balance:/);
  });

  it('guard: the batch against one small balance is the batch article', () => {
    expect(comparesReasons('how does the small balance batch differ from one small balance write off')).toBe(
      false,
    );
  });
});

describe('5. limits and what-ifs worked out', () => {
  it.each([
    "I'm a biller and want to write off all of Samuel O'Neil's January visit - do I need approval?",
    "as a biller, would writing off the rest of Samuel O'Neil's jan visit need approval?",
  ])('%s: no, all of it is within the limit', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain(
      'No: all of its $99.00 is within your write-off limit of $100.00 per patient per 24 hours, so writing it off goes through without approval.',
    );
  });

  it('over the limit: yes, with the figure', async () => {
    const { answer } = await ask(
      "I'm a biller, do I need approval to write off all of Tom Baker's colonoscopy?",
    );
    expect(answer).toContain('Yes. All of its $350.00 is over your write-off limit of $100.00');
  });

  it.each([
    'does my write-off limit apply to small balance batches too?',
    'is a small balance batch held to my limit?',
    'does the cap count when I run a batch',
  ])('%s: the limit in a batch', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('small-balance-batch');
    expect(answer).toMatch(/^Yes, for whoever has a limit: a batch counts toward the same write-off limit/);
    expect(answer).toContain('left out of the batch and listed as over the limit');
  });

  it('guard: the batch steps asked are no limit', () => {
    expect(batchLimitLead('how do I run a small balance batch?')).toBeUndefined();
  });

  it.each([
    [
      "what happens to Lee Chen's balance if I write off the rest of his lipid panel?",
      'the $20.00 outstanding on it',
      '$0.00',
    ],
    ["if I w/o $5 of Lee Chen's lipid panel what will he owe?", '$5.00 of it', '$15.00'],
  ])('%s: the balance it leaves', async (question, what, after) => {
    const { answer } = await ask(question);
    expect(answer).toContain(`Writing off ${what} takes Lee Chen's balance from $20.00 to ${after}`);
  });
});

describe('6. how chat is typed', () => {
  it.each(['wat reasons need a note 4 w/o', 'whch reasons nd a note 4 a writeoff?'])(
    '%s: the list of reasons that need a note',
    async (question) => {
      const { topic, answer } = await ask(question);
      expect(topic).toBe('write-off-reasons');
      expect(answer).toContain('*Reasons that need a note, and what to write*');
      expect(answer).toContain('_Financial hardship / charity care_');
    },
  );

  it('short forms spelled out, whole words only', () => {
    expect(withChatSpelling('wat reasons need a note 4 w/o')).toBe('what reasons need a note for w/o');
    expect(withChatSpelling('write off $4 for Bob')).toBe('write off $4 for Bob');
    expect(withChatSpelling('Watson owes 4')).toBe('Watson owes 4');
  });

  it.each([
    "~cancel~ write off Priya Patel's allergy testing, small balance - how?",
    "~undo~ ~refund~ how do I write off Priya Patel's allergy testing as small balance",
  ])('%s: the crossed-out action is not asked', async (question) => {
    const { topic, answer } = await ask(question);
    expect(['write-off-how', 'small-balance-batch']).toContain(topic);
    expect(answer).toContain('Written off as _Small balance_, it needs no note.');
    expect(answer).not.toContain('Cancel PR');
  });

  it('a tilde that is no strikethrough stays', () => {
    expect(withoutStruckText('write off ~$40 for Bob')).toBe('write off ~$40 for Bob');
    expect(withoutStruckText('~cancel~ write off')).toBe('write off');
  });

  it.each([
    'what happens if the patient pays after I write it off?',
    'what if he pays us after we write the balance off',
  ])('%s: undo the write-off so the payment can be taken', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('undo-write-off');
    expect(answer).toContain('*Money came in on a written-off balance*');
  });
});
