/**
 * What a help question asks decides which of a patient's charges it is about, and which article
 * answers it: "can I …" and "how do I …" are about a charge the action is allowed on, "why can't
 * I …" about one it is blocked on, "how do I see …" is a look-up, and "get her the money back" is
 * a refund. Asked through `cli ask`, as the outside checks ask.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { quotedBlocker } from '../../src/help/quoted-blocker.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { askCli } from './support/ask-cli.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openPgliteTestDatabase();
  // An open charge, and a newer one paid in full: the newest charge is the blocked one.
  const open = await createCharge(handle.db, {
    firstName: 'Rosa',
    lastName: 'Alvarez',
    assessedCents: 5_000,
    dateOfService: '2026-09-03',
  });
  await createCharge(handle.db, {
    patientId: open.patientId,
    assessedCents: 8_000,
    paidCents: 8_000,
    dateOfService: '2026-10-03',
  });
  // Three charges told apart by what they were, a procedure code and an amount.
  const visit = await createCharge(handle.db, {
    firstName: 'Omar',
    lastName: 'Haddad',
    description: 'Office visit 99212',
    assessedCents: 6_000,
    dateOfService: '2026-02-05',
  });
  await createCharge(handle.db, {
    patientId: visit.patientId,
    description: 'Lipid panel 80061',
    assessedCents: 2_000,
    dateOfService: '2026-06-24',
  });
  await createCharge(handle.db, {
    patientId: visit.patientId,
    description: 'MRI knee 73721',
    assessedCents: 30_000,
    paidCents: 30_000,
    dateOfService: '2026-08-12',
  });
});
afterAll(async () => handle?.close());

const ask = (question: string) => askCli(handle.db, question);

describe('the charge a question about a patient is about', () => {
  it.each([
    "Can I write off just $25 of Rosa Alvarez's balance and leave the rest for her?",
    'how do I write off some of what Rosa Alvarez owes',
    'is it possible to w/o part of rosa alvarez balance',
  ])('"can I" and "how do I" are about a charge it is allowed on: %s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('write-off-how');
    expect(answer.answer).toContain('(2026-09-03)');
    expect(answer.answer).toContain('Nothing stands in the way');
    expect(answer.answer).not.toContain('already paid');
  });

  it.each([
    "why can't I write off Rosa Alvarez's balance?",
    'the write off is greyed out for Rosa Alvarez',
    "it won't let me write off anything for rosa alvarez",
  ])('a refusal asked about is the charge it is blocked on: %s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('write-off-blocked');
    expect(answer.answer).toContain('(2026-10-03)');
    expect(answer.blockers?.map((b) => b.code)).toEqual(['PR_PAID']);
  });

  it('an amount no charge can take is answered on the charge where only the amount is in the way', async () => {
    const answer = await ask("can I write off $70 of Rosa Alvarez's balance?");
    expect(answer.answer).toContain('(2026-09-03)');
    expect(answer.blockers?.map((b) => b.code)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
    expect(answer.answer).toContain('$50.00');
  });

  it.each([
    'Rosa Alvarez paid but insurance covered the visit, how do I get her the money back?',
    'how can I pay Rosa Alvarez back for her visit',
    'can we reimburse Rosa Alvarez',
  ])('money given back is a refund, on the charge that has a payment: %s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('refund-payment');
    expect(answer.answer).toContain('(2026-10-03)');
  });

  it.each([
    'how do I see each charge for Rosa Alvarez with what was paid vs written off',
    'where can I view what Rosa Alvarez has paid',
    "I looked up Rosa Alvarez's balance and it showed someone else??",
  ])('a look-up asked is answered with the balance and the look-up article: %s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('balance-lookup');
    expect(answer.answer).toContain('Rosa Alvarez owes $50.00 on 1 open charge');
  });
});

describe('the patient and charge a question names without capitals, a code or a date', () => {
  it.each([
    ['omar haddad balance?', 'balance-lookup'],
    ['how much does omar haddad still owe', 'balance-lookup'],
  ])('a name in lower case is still the patient: %s', async (question, topic) => {
    const answer = await ask(question);
    expect(answer.topic).toBe(topic);
    expect(answer.answer).toContain('Omar Haddad owes $80.00 on 2 open charges');
  });

  it('a lower-case name at the start, with the charge named by what it was', async () => {
    const answer = await ask('omar haddad mri - write off says blocked?? why');
    expect(answer.answer).toContain('(2026-08-12)');
    expect(answer.blockers?.map((b) => b.code)).toEqual(['PR_PAID']);
  });

  it('an amount that is all a charge owes names that charge', async () => {
    const answer = await ask('why cant i write off omar haddads $20');
    expect(answer.answer).toContain('Lipid panel 80061 (2026-06-24)');
    expect(answer.blockers).toEqual([]);
  });

  it('a procedure code names its charge', async () => {
    const answer = await ask("why can't I write off Omar Haddad's 73721?");
    expect(answer.answer).toContain('(2026-08-12)');
    expect(answer.blockers?.map((b) => b.code)).toEqual(['PR_PAID']);
  });

  it('"office visit" names the office visit, and the amount asked is weighed on it', async () => {
    const answer = await ask('Omar Haddad office visit - can I write off $100?');
    expect(answer.answer).toContain('(2026-02-05)');
    expect(answer.blockers?.map((b) => b.code)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
  });

  it('a general question does not become a patient because two words are unusual', async () => {
    const answer = await ask('how do I undo a write-off?');
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.blockers).toBeUndefined();
  });
});

describe('a general question that quotes a refusal or compares two actions', () => {
  it.each([
    ['cancelling says this PR came from an insurance remittance, what do I do', 'cancel-pr'],
    ["tried to cancel, it's remittance PR so it won't let me", 'cancel-pr'],
    ['it says a note is required for hardship??', 'write-off-reasons'],
    ['we decided not to chase a correct PR: writeoff or cancel?', 'write-off-vs-cancel'],
    ['should this be a write off or a cancel, the amount was right', 'write-off-vs-cancel'],
    ['does the amount box take "40 bucks" or do I need exact cents', 'write-off-how'],
    ['can I type dollars and cents or only whole dollars', 'write-off-how'],
    ['what reason should I pick when I cancel a duplicate PR', 'cancel-pr'],
    ['write off balances under 50 cents', 'small-balance-batch'],
    ['I think I wrote off the wrong amount on that one', 'undo-write-off'],
    ['we billed a self-pay patient for an appointment that never took place', 'cancel-pr'],
    ['the PR is right but we decided not to pursue it, what now', 'write-off-how'],
    ['someone else wrote it off first and now mine failed', 'write-off-blocked'],
    ['tried to cancel but there are write-offs applied to it', 'cancel-pr'],
    ["the amount is correct, we just won't collect it: cancel it or write it off?", 'write-off-vs-cancel'],
    ['does an undone write-off still show up in the monthly report', 'undo-write-off'],
    ['where can an auditor see why each write-off was made', 'write-off-reasons'],
    ['she overpaid and wants the difference back, how do I do that', 'refund-payment'],
    ['my $250 write off says it needs approval, is it done or not?', 'approvals-limits'],
    [
      'her son called, the patient passed away. what happens to what is left on her account?',
      'write-off-reasons',
    ],
    // No refusal asked: the refusals article gives way to a close runner-up.
    ['is it ok to write off only some of the PR, say $30 of a $75 balance?', 'write-off-how'],
    ['chapter 7 bankruptcy write off, what should I put in the form', 'write-off-reasons'],
    ['where do I find the write-off totals by biller for last month', 'approvals-limits'],
    // Asking to act is not a look-up because it says "balance".
    ['can I write off just $25 of a $90 balance and leave the rest for the patient to pay?', 'write-off-how'],
    ['can I write off $10 of her $60 balance and bill her for the rest?', 'write-off-how'],
    // A refusal of another action is that action's article, not the write-off refusals.
    ["who is allowed to do refunds? I'm a biller and it won't let me", 'refund-payment'],
    ["who can cancel PR? I'm a biller and it won't let me", 'cancel-pr'],
    // A reason of one's own is the custom reason.
    ['can I type my own reason for a write-off if none of the options fit', 'write-off-reasons'],
    ["what if the reason isn't on the list", 'write-off-reasons'],
    ['the right reason is not in the dropdown, what do I pick', 'write-off-reasons'],
    // Money given back in other words is a refund; PR put back on the books is an undo's.
    ['the EOB came back lower than the estimate, how do i give her the $60 back?', 'refund-payment'],
    ['pt paid twice for the same visit, how do I send one of them back', 'refund-payment'],
    ['new biller here, whats the difference between a refund and a write off?', 'refund-payment'],
    // What a bankruptcy write-off needs is the reason's note.
    ['pt filed chapter 7, what info do i need to write the balance off', 'write-off-reasons'],
    // Roles compared are who may do what.
    ["whats the diff between a biller and billing manager, what CAN'T i do as a biller", 'approvals-limits'],
    // A refusal quoted and complained about is that refusal, wherever the search ranks it.
    [
      "keep getting 'amount exceeds outstanding' when i try to write off the whole visit, it'll only let me do 135??",
      'write-off-blocked',
    ],
    // "when is it a … and when a …", "they keep mixing them up": two things told apart.
    [
      'before I train the front desk: when is something a cancellation and when is it a write-off? they keep mixing them up',
      'write-off-vs-cancel',
    ],
    // A word in capitals is an abbreviation, not a patient.
    ['can I get the october write offs broken out by reason? CFO wants it', 'approvals-limits'],
  ])('%s -> %s', async (question, topic) => {
    expect((await ask(question)).topic).toBe(topic);
  });

  it.each([
    ['This PR came from an insurance remittance, so it cannot be cancelled.', 'REMITTANCE_PR'],
    ['$40.00 has been paid on this PR, so it cannot be cancelled.', 'HAS_PAYMENTS'],
    ['it says the reason needs a note', 'NOTE_REQUIRED'],
    ['At most $12.00 of this payment can be refunded.', 'REFUND_EXCEEDS_PAYMENT'],
    ['At most $50.00 can be written off on this charge', 'AMOUNT_EXCEEDS_OUTSTANDING'],
    ["it says I can't approve my own request", 'SELF_APPROVAL'],
    ['the approval request expired', 'APPROVAL_EXPIRED'],
    ["getting an 'amount exceeds outstanding' error on a write off", 'AMOUNT_EXCEEDS_OUTSTANDING'],
    ['it says not authorized when i try to write something off', 'NOT_AUTHORIZED'],
    ["it says I don't have permission to refund", 'NOT_AUTHORIZED'],
    ['it says the amount is invalid', 'AMOUNT_INVALID'],
    ['it says the request was already approved', 'APPROVAL_DECIDED'],
  ])('the refusal quoted is known: %s', (question, code) => {
    expect(quotedBlocker(question)).toBe(code);
  });
});

describe('the part of the article a question asks for', () => {
  /** The answer's section headings, in order. */
  const headings = (answer: string) => [...answer.matchAll(/^\*([^*\n]+)\*$/gm)].map((m) => m[1]);

  it.each([
    ["getting an 'amount exceeds outstanding' error on a write off", '"At most $X can be written off"'],
    [
      'it says not authorized when i try to write something off',
      '"You do not have a role that may write off"',
    ],
    ['it says the amount is invalid', 'The amount is not valid'],
  ])('the refusal quoted leads, right after the introduction: %s', async (question, heading) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('write-off-blocked');
    expect(headings(answer.answer)[0]).toBe(heading);
  });

  it.each(['write off button is greyed out, what gives', 'why is the write off button disabled?'])(
    'a refusal with none quoted tells the commonest first, PR already paid: %s',
    async (question) => {
      const answer = await ask(question);
      expect(headings(answer.answer)[0]).toBe('"Already paid"');
      expect(answer.answer).toContain('refunds the payment first');
    },
  );

  it('a write-off that turned into an approval request is answered with going over the limit', async () => {
    const answer = await ask(
      "why did my write off turn into an 'approval request'??? it's $180 for a hardship pt",
    );
    expect(answer.topic).toBe('approvals-limits');
    expect(headings(answer.answer)[0]).toBe('Going over your limit');
  });

  it('a balance still shown after a refund is answered with the refund re-opening the PR', async () => {
    const answer = await ask(
      'I refunded the copay but the patient still shows a balance on that visit — bug?',
    );
    expect(answer.topic).toBe('refund-payment');
    expect(headings(answer.answer)).toContain('A refund re-opens the PR');
  });

  it('seeing what a batch would hit before running it is the preview', async () => {
    const answer = await ask(
      'before I run the small-balance cleanup can I see which charges it would hit and the total?',
    );
    expect(answer.topic).toBe('small-balance-batch');
    expect(answer.answer).toContain('The preview shows how many balances');
  });

  it('how long an approval request waits is its 7 days', async () => {
    const answer = await ask('it said sent for approval. who approves it and how long does it sit there?');
    expect(answer.topic).toBe('approvals-limits');
    expect(answer.answer).toContain('within 7 days');
  });

  it("undoing a coworker's write-off says who may undo", async () => {
    const answer = await ask("how do i undo a write off that a coworker did? she's out today");
    expect(answer.topic).toBe('undo-write-off');
    expect(headings(answer.answer)).toContain('Who can undo');
  });

  it('splitting a write-off to stay under the limit is answered with the 24 hours', async () => {
    const answer = await ask('if I split a $150 write off into two $75 ones will it skip the approval');
    expect(answer.topic).toBe('approvals-limits');
    expect(answer.answer).toContain('last 24 hours');
    expect(answer.answer).toContain('splitting a write-off into smaller ones does not get around the limit');
  });

  it('how old a charge must be for a batch, and who sets it', async () => {
    const answer = await ask('does the batch include charges from last week?');
    expect(answer.topic).toBe('small-balance-batch');
    expect(answer.answer).toContain('at least 60 days old');
    expect(answer.answer).toContain('--min-age-days');
  });
});
