/**
 * Families of questions answered wrong in a blind probe of `cli ask` (round 3), each fixed by the
 * rule that failed:
 *
 * 1. "Expired" said of an approval request ("approval says 'expired'"): the request's state
 *    (APPROVAL_EXPIRED, 7 days), never the deceased reason (approval-expired.ts).
 * 2. A write-off already made by someone else, told in words ("somebody else already zeroed it
 *    out"): NOTHING_OUTSTANDING, with its next step, undo that write-off (quoted-blocker.ts).
 * 3. A cancel with the charge's state told ("the patient already put money on it", "had a discount
 *    written off"): the cancel's refusal described, HAS_PAYMENTS or HAS_WRITE_OFFS, and never the
 *    remittance's refusal for PR said to be self-pay or custom (cancel-blocker-told.ts).
 * 4. A write-off made by mistake, with a cancel weighed against the undo: undo it, then write off
 *    the right one (write-off-mistake-asked.ts), never "No: a cancel cannot be undone".
 * 5. What a patient owes asked after an action told as done ("her write-off got undone?? what does
 *    she owe now"): the balance the ledger holds (balance-asked.ts).
 * 6. Who touched a patient's account last: the latest entry, who, what, how much and when
 *    (history-asked.ts).
 * 7. A write-off asked "with no reason": refused for REASON_REQUIRED, never "Nothing stands in the
 *    way" (request-told.ts).
 */
import { describe, expect, it } from 'vitest';
import { approvalExpiryTold } from '../../src/help/approval-expired.ts';
import { asksOwedAfterDone } from '../../src/help/balance-asked.ts';
import { blockersRuledOut, cancelBlockerTold } from '../../src/help/cancel-blocker-told.ts';
import { historyAsked } from '../../src/help/history-asked.ts';
import { quotedBlocker } from '../../src/help/quoted-blocker.ts';
import { reasonNamed } from '../../src/help/reason-note.ts';
import { noReasonTold } from '../../src/help/request-told.ts';
import { asksCancelForMistakenWriteOff } from '../../src/help/write-off-mistake-asked.ts';
import { sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const { ask } = demo;

describe('1. "expired" said of an approval request', () => {
  it.each([
    "approval says 'expired' what does that even mean, my manager literally just clicked approve",
    'my write-off request shows expired, why',
    'the approval card says expired??',
    'why did my w/o request expire? i sent it last monday',
    'request status: expired - what now',
  ])('%s', async (question) => {
    expect(approvalExpiryTold(question)).toBe(true);
    expect(reasonNamed(question)).not.toBe('deceased');
    expect(quotedBlocker(question)).toBe('APPROVAL_EXPIRED');
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(/7 days/);
    expect(answer).toMatch(/nothing was written off/);
    expect(answer).not.toMatch(/deceased/i);
  });

  it.each([
    'the patient expired, which reason?',
    'pt expired last week, can i write off her balance',
    'she expired in october, do I need approval for the $400 write-off?',
  ])('near miss (a death): %s', async (question) => {
    expect(approvalExpiryTold(question)).toBe(false);
    expect(reasonNamed(question)).toBe('deceased');
  });
});

describe('2. a write-off already made by someone else, told in words', () => {
  it.each([
    "somebody else already zeroed it out with a write-off and now mine won't go through",
    'a coworker already wrote it off and now my write-off gets refused',
    'tried to w/o but another biller already took it to zero',
    "it's already at $0 because someone wrote off the whole balance, why can't i write off?",
  ])('%s', async (question) => {
    expect(quotedBlocker(question)).toBe('NOTHING_OUTSTANDING');
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-blocked');
    expect(sectionsOf(answer)[0]).toBe('"Already written off"');
    expect(answer).toMatch(/undo that write-off first/);
  });

  it.each([
    'my limit is $100, I already wrote off $60 today, can I do $50 more?',
    'why does it say already paid?',
  ])('near miss: %s', (question) => {
    expect(quotedBlocker(question)).not.toBe('NOTHING_OUTSTANDING');
  });
});

describe('3. a cancel with the charge’s state told', () => {
  it.each([
    'trying to cancel a self-pay charge but the patient already put money on it, blocked',
    'what happens if i cancel PR that the patient already paid',
    'can i cancel a charge the patient made a payment on?',
    "why won't it let me cancel, she paid $20 toward it last week",
  ])('payments: %s', async (question) => {
    expect(cancelBlockerTold(question)).toBe('HAS_PAYMENTS');
    const { topic, answer } = await ask(question);
    expect(topic).toBe('cancel-pr');
    expect(sectionsOf(answer)[0]).toBe('Payments are applied');
    expect(answer).toMatch(/refund the payment first/);
  });

  it.each([
    "cancel won't work on a custom charge that had a little discount written off earlier",
    'cancel is blocked, part of the balance was written off as prompt pay',
    'can I cancel PR that has a write-off on it?',
  ])('write-offs: %s', async (question) => {
    expect(cancelBlockerTold(question)).toBe('HAS_WRITE_OFFS');
    const { topic, answer } = await ask(question);
    expect(topic).toBe('cancel-pr');
    expect(sectionsOf(answer)[0]).toBe('Write-offs are applied');
    expect(answer).toMatch(/Undo those write-offs first/);
  });

  it('a refusal the question rules out is not told: custom PR came from no remittance', async () => {
    const question = "cancel won't work on a custom charge that had a little discount written off earlier";
    expect(blockersRuledOut(question).has('REMITTANCE_PR')).toBe(true);
    const { answer } = await ask(question);
    expect(answer).not.toMatch(/PR from insurance cannot be cancelled/);
  });

  it.each([
    'should i cancel or write off a duplicate charge?',
    'how do i cancel a duplicate PR?',
    'can i cancel PR that came from insurance?',
    'what is the difference between written off and cancelled?',
  ])('near miss: %s', (question) => {
    expect(['REMITTANCE_PR', null]).toContain(cancelBlockerTold(question));
  });
});

describe('4. a write-off made by mistake, with a cancel weighed', () => {
  it.each([
    'undo vs cancel - i wrote off the wrong charge by mistake, which do i use',
    'i wrote off the wrong patient, should i cancel or undo?',
    "w/o'd the wrong charge - cancel it or undo it?",
    'I accidentally wrote off $50 on the wrong account, do I cancel it?',
    'the write-off was a mistake, can i just cancel it',
  ])('%s', async (question) => {
    expect(asksCancelForMistakenWriteOff(question)).toBe(true);
    const { topic, answer } = await ask(question);
    expect(topic).toBe('undo-write-off');
    expect(answer).toMatch(/^Undo it: /);
    expect(answer).not.toMatch(/^No: a cancel cannot be undone/);
  });

  it.each(['i cancelled the wrong charge, can i undo it?', 'how do i undo a cancel?'])(
    'near miss (a cancel asked back): %s',
    async (question) => {
      expect(asksCancelForMistakenWriteOff(question)).toBe(false);
      const { topic, answer } = await ask(question);
      expect(topic).toBe('cancel-pr');
      expect(answer).toMatch(/^No: a cancel cannot be undone/);
    },
  );
});

describe('5. what is owed, asked after an action told as done', () => {
  it.each([
    "kalani okafor's write-off got undone?? what does she owe now",
    'dmitri got refunded $100, what does he owe now',
    "rosalind's PR was cancelled, what's her balance now?",
    'the write-off on her visit was reversed, how much does she owe now?',
  ])('%s', (question) => {
    expect(asksOwedAfterDone(question)).toBe(true);
  });

  it.each([
    'if I undo her write-off what does she owe?',
    'can I undo the write-off? what does she owe',
    'what would she owe after I refund her?',
  ])('near miss: %s', (question) => {
    expect(asksOwedAfterDone(question)).toBe(false);
  });

  it("Bob Smith's MRI write-off got undone: what he owes now, from the ledger", async () => {
    const { topic, answer } = await ask("bob smith's MRI write-off got undone?? what does he owe now");
    expect(topic).toBe('balance-lookup');
    expect(answer).toMatch(/\$\d/);
    expect(answer).not.toMatch(/Nothing more to undo/);
  });
});

describe('6. who touched a patient’s account last', () => {
  it.each([
    "who touched jane doe's account last?",
    "who was the last person to change jane doe's charge?",
    "what was the last thing done on jane doe's account?",
    'latest activity on jane doe?',
    "who last worked on jane doe's account",
  ])('%s', async (question) => {
    expect(historyAsked(question)).toBe('latest');
    const { answer } = await ask(question);
    expect(answer).toMatch(/The latest entry on /);
    expect(answer).toMatch(/ by .+ on \d{4}-\d\d-\d\d/);
    expect(answer).not.toMatch(/Nothing stands in the way/);
  });

  it.each([
    "who wrote off jane doe's office visit?",
    "what was jane doe's last visit?",
    'who can change a write-off limit?',
  ])('near miss: %s', (question) => {
    expect(historyAsked(question)).not.toBe('latest');
  });
});

describe('7. a write-off asked "with no reason"', () => {
  it.each([
    'write off $20 on Jane Doe with no reason, will it go through?',
    'can i write off jane doe w/ no reason code?',
    'if I skip the reason on the write-off will it save?',
    'leave the reason off, is that ok?',
  ])('%s', (question) => {
    expect(noReasonTold(question)).toBe(true);
  });

  it.each([
    'it got refused for no reason',
    'is there no reason to write off a copay?',
    'write off $20 with the hardship reason',
  ])('near miss: %s', (question) => {
    expect(noReasonTold(question)).toBe(false);
  });

  it('a patient’s write-off with no reason leads with the refusal', async () => {
    const { answer, blockers } = await ask('write off $10 on Jane Doe with no reason, will it go through?');
    expect(answer).not.toMatch(/Nothing stands in the way/);
    expect(blockers?.map((b) => b.code)).toContain('REASON_REQUIRED');
  });
});
