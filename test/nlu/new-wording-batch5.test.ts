/**
 * The fifth batch of wording written by someone who never saw the rules (today 2026-11-27). Each
 * misreading is tested with the sentence as written and with variants of our own, so the fix is a
 * rule for the family of wordings, not for one sentence.
 */
import { describe, expect, it } from 'vitest';
import { expectFrame, type Frame, frameOf } from './support/frame.ts';

describe('1. dollars, then cents without the word "cents"', () => {
  it.each<[string, Partial<Frame>]>([
    [
      'w/o 12 dollars 50 for lee chen, small bal',
      { intent: 'write_off', patient: 'lee chen', amountCents: 1250, reason: 'small_balance' },
    ],
    ['write off 12 bucks 50 for Tom Baker', { intent: 'write_off', patient: 'Tom Baker', amountCents: 1250 }],
    ['refund 7 dollars 05 to Helen Wu', { intent: 'refund_payment', patient: 'Helen Wu', amountCents: 705 }],
    [
      "w/o 40 dollars and 25 on Jane Doe's balance",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4025 },
    ],
    // Two digits that count something are not cents.
    [
      'write off 30 dollars 10 days after the visit for Tom Baker',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 3000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe("2. a doctor's, provider's or staff member's family is a professional courtesy", () => {
  it.each<[string, Partial<Frame>]>([
    ["please w/o $60 on Samuel O'Neil, doc's family", { patient: "Samuel O'Neil", amountCents: 6000 }],
    ["write off $40 for Jane Doe, she's Dr. Patel's mother", { patient: 'Jane Doe', amountCents: 4000 }],
    [
      'w/o $25 for Bob Smith - family member of one of our providers',
      { patient: 'Bob Smith', amountCents: 2500 },
    ],
    ["write off $30 on Tom Baker, staff's relative", { patient: 'Tom Baker', amountCents: 3000 }],
    ["write off $50 for Ana Ruiz, our nurse's husband", { patient: 'Ana Ruiz', amountCents: 5000 }],
    ["w/o $15 for Lee Chen, physician's son", { patient: 'Lee Chen', amountCents: 1500 }],
  ])('%s', (text, expected) =>
    expectFrame(text, { intent: 'write_off', reason: 'professional_courtesy', ...expected }),
  );

  it("the patient's own family is no courtesy", () => {
    expectFrame("write off $20 for Tom Baker, the pt's mom says they lost their job", {
      intent: 'write_off',
      patient: 'Tom Baker',
      amountCents: 2000,
      reason: 'financial_hardship',
    });
  });
});

describe('3. lower-case surname particles before a further name word', () => {
  it.each<[string, Partial<Frame>]>([
    [
      "write off 20 bucks from jose de la cruz's Oct 3 visit, small balance",
      {
        intent: 'write_off',
        patient: 'jose de la cruz',
        amountCents: 2000,
        reason: 'small_balance',
        dateOfService: '2026-10-03',
      },
    ],
    [
      'refund $15 to maria dos santos',
      { intent: 'refund_payment', patient: 'maria dos santos', amountCents: 1500 },
    ],
    [
      'w/o $30 for ludwig van der berg hardship',
      {
        intent: 'write_off',
        patient: 'ludwig van der berg',
        amountCents: 3000,
        reason: 'financial_hardship',
      },
    ],
    ['balance for anna di stefano', { intent: 'balance', patient: 'anna di stefano' }],
    [
      'write off $12 for Maria Dos Santos Silva',
      { intent: 'write_off', patient: 'Maria Dos Santos Silva', amountCents: 1200 },
    ],
    // "dos" before a date is the date of service, not part of the name.
    [
      'w/o $9 jane doe dos 10/3',
      { intent: 'write_off', patient: 'jane doe', amountCents: 900, dateOfService: '2026-10-03' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe("4. the practice's own error, told as a story, is administrative", () => {
  it.each<[string, Partial<Frame>]>([
    [
      'write off $30 for Jane Doe, the charge was posted to the wrong DOS by us',
      { patient: 'Jane Doe', amountCents: 3000 },
    ],
    [
      'write off $25 for Bob Smith since the front desk quoted him the wrong copay',
      { patient: 'Bob Smith', amountCents: 2500 },
    ],
    ['w/o $18 for Tom Baker, we keyed the copay wrong', { patient: 'Tom Baker', amountCents: 1800 }],
    // Beats "our staff" as a courtesy: the staff made the error, they are not the patient.
    [
      'write off $40 on Helen Wu - our staff gave her an incorrect estimate',
      { patient: 'Helen Wu', amountCents: 4000 },
    ],
    ['write off $15 for Jane Doe, my bad, I entered it wrong', { patient: 'Jane Doe', amountCents: 1500 }],
    [
      'write off $30 for Bob Smith, we forgot to submit the claim',
      { patient: 'Bob Smith', amountCents: 3000 },
    ],
  ])('%s', (text, expected) =>
    expectFrame(text, { intent: 'write_off', reason: 'administrative', ...expected }),
  );

  it("the patient's own slip is not ours", () => {
    expectFrame('write off $20 for Jane Doe, the pt gave us the wrong card', {
      intent: 'write_off',
      patient: 'Jane Doe',
      amountCents: 2000,
    });
  });

  it('a wrongly entered PR that is cancelled stays a cancel, its reason in cancelReason', () => {
    expectFrame('zero out the PR for Helen Wu, we posted it to the wrong patient', {
      intent: 'cancel_pr',
      patient: 'Helen Wu',
      amountAll: true,
      cancelReason: 'entered_in_error',
    });
    expectFrame('cancel the PR for Tom Baker, we entered it by mistake', {
      intent: 'cancel_pr',
      patient: 'Tom Baker',
      amountAll: true,
      cancelReason: 'entered_in_error',
    });
  });
});

describe('5. money put back on a balance undoes a write-off', () => {
  it.each<[string, Partial<Frame>]>([
    [
      "put the $20 back on Jane Roe's balance, I shouldn't have written it off",
      { patient: 'Jane Roe', amountCents: 2000 },
    ],
    [
      'add the $15 back for Tom Baker, I wrote it off by mistake',
      { patient: 'Tom Baker', amountCents: 1500 },
    ],
    ['reinstate the $20 on Jane Roe', { patient: 'Jane Roe', amountCents: 2000 }],
    ["restore Jane Roe's balance, I wrote it off by accident", { patient: 'Jane Roe' }],
    [
      'can you put the $35 back on Helen Wu? wrote it off too early',
      { patient: 'Helen Wu', amountCents: 3500 },
    ],
    ["put it back on Lee Chen's account, shouldn't have written that off", { patient: 'Lee Chen' }],
  ])('%s', (text, expected) => expectFrame(text, { intent: 'undo_write_off', ...expected }));

  it('money back on a card, or a plan reinstated, is not an undo', () => {
    expect(frameOf('put $20 back on her card').intent).not.toBe('undo_write_off');
    expect(frameOf('reinstate the payment plan for Jane Doe, $40 a month').intent).not.toBe('undo_write_off');
  });
});

describe('6. an amount told as the difference of two', () => {
  it.each<[string, Partial<Frame>]>([
    [
      'Lucia Fernández paid $80 but only owed $50, refund the difference',
      { intent: 'refund_payment', patient: 'Lucia Fernández', amountCents: 3000 },
    ],
    [
      'Lucia Fernández paid $80 but only owed $50, refund her',
      { intent: 'refund_payment', patient: 'Lucia Fernández', amountCents: 3000 },
    ],
    [
      'Bob Smith paid $120 at check-in, his copay is $40, refund the overpayment',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 8000 },
    ],
    [
      'on a $50 bill Jane Doe overpaid by $30, refund her',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 3000 },
    ],
    [
      'Jane Doe owed $80 but only paid $50, write off the difference',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
    // An amount written after the command is the amount asked, whatever the story.
    [
      'refund Tom Baker $20, he paid $50 on a $30 bill',
      { intent: 'refund_payment', patient: 'Tom Baker', amountCents: 2000 },
    ],
    // Paying less than owed is no overpayment: the payment is what is refunded.
    [
      'Jane Doe paid $40 on her $100 balance, refund it',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 4000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each([
    'refund the difference for Lee Chen, $80, $50 and $20',
    'Jane Doe paid $40 on her $100 balance, refund the difference',
  ])('a difference that cannot be worked out gives no amount: %s', (text) => {
    expect(frameOf(text)).toMatchObject({ intent: 'refund_payment', amountCents: null });
  });
});

describe('7. a bare "PR / balance for <name>?" is a look-up', () => {
  it.each<[string, string]>([
    ['PR for Kwame Mensah?', 'Kwame Mensah'],
    ['pr on jane doe', 'jane doe'],
    ["Kwame Mensah's PR?", 'Kwame Mensah'],
    ["what's the PR for Kwame Mensah?", 'Kwame Mensah'],
    ['patient responsibility for Ana Ruiz?', 'Ana Ruiz'],
  ])('%s', (text, patient) => expectFrame(text, { intent: 'balance', patient }));

  it('a statement about the PR asks no look-up', () => {
    expectFrame('PR for Kwame Mensah was posted twice', { patient: 'Kwame Mensah' });
  });
});

describe('8. a bare number after "under" is a batch threshold', () => {
  it.each<[string, number]>([
    ['small bal batch under 10', 1000],
    ['run the small balance batch below 7.50', 750],
    ['write off all balances under 5 please', 500],
    ['sweep every account less than 3', 300],
    ['write off all small balances of 5 or less', 500],
  ])('%s', (text, amountCents) =>
    expectFrame(text, { intent: 'small_balance_batch', amountCents, reason: 'small_balance' }),
  );

  it('a count after "under" is no threshold', () => {
    expectFrame('small balance batch under 10 days old', {});
  });
});

describe('9. questions in chat spelling are help', () => {
  it.each([
    'wait whats the diff between writing off and cancelling',
    'whats the difference between a refund and an undo',
    'diff between cancel PR and write off?',
    "ok so what's the diff between bad debt and collections",
    'wait whats the rule for bad debt write-offs',
    'hmm, when can I undo a write-off',
  ])('%s', (text) => expectFrame(text, { intent: 'help' }));

  it('a filler word before a request leaves the request', () => {
    expectFrame('wait, write off $20 for Tom Baker', {
      intent: 'write_off',
      patient: 'Tom Baker',
      amountCents: 2000,
    });
  });
});

describe('10. what a coworker already did is not a request', () => {
  it.each<[string, string]>([
    ["Karen refunded Mr. Tanaka's copay this morning, just so you know", 'Tanaka'],
    ["she refunded Jane Doe's copay yesterday fyi", 'Jane Doe'],
    ['Dana already wrote off the $40 for Bob Smith', 'Bob Smith'],
    ["the front desk voided Lee Chen's PR this morning", 'Lee Chen'],
    ['Marcus has already refunded Tom Baker', 'Tom Baker'],
    ['my coworker reversed the write-off for Helen Wu', 'Helen Wu'],
  ])('%s', (text, patient) => expectFrame(text, { patient }));

  it('what the text asks besides the report still counts', () => {
    expectFrame('Karen wrote off $40 for Bob Smith by mistake, can you undo it?', {
      intent: 'undo_write_off',
      patient: 'Bob Smith',
      amountCents: 4000,
    });
    expectFrame('please refund Jane Doe $20', {
      intent: 'refund_payment',
      patient: 'Jane Doe',
      amountCents: 2000,
    });
  });
});

describe('11. why a PR is cancelled', () => {
  it.each<[string, Partial<Frame>]>([
    [
      "cancel the self-pay charge on Liam O'Brien, we keyed $200 and it should've been $120",
      { patient: "Liam O'Brien" },
    ],
    [
      'cancel the PR for Tom Baker, it was supposed to be $40 not $400',
      { patient: 'Tom Baker', amountAll: true },
    ],
    ["void Helen Wu's PR, we charged $90 instead of $60", { patient: 'Helen Wu', amountAll: true }],
    [
      'cancel the PR on Bob Smith, front desk keyed the wrong amount',
      { patient: 'Bob Smith', amountAll: true },
    ],
  ])('wrong amount: %s', (text, expected) =>
    expectFrame(text, { intent: 'cancel_pr', cancelReason: 'wrong_amount', ...expected }),
  );

  it.each<[string, Partial<Frame>]>([
    [
      "this PR shouldn't exist, the pt never came in that day. Erase it please: Oluwaseun Adeyemi, Oct 9",
      { patient: 'Oluwaseun Adeyemi', dateOfService: '2026-10-09' },
    ],
    [
      'delete the PR for Ana Ruiz, she was a no-show and got billed anyway',
      { patient: 'Ana Ruiz', amountAll: true },
    ],
    [
      "remove the charge for Lee Chen's Oct 2 visit, he never showed",
      { patient: 'Lee Chen', dateOfService: '2026-10-02' },
    ],
    ['cancel the PR on Jane Doe - wrong pt', { patient: 'Jane Doe', amountAll: true }],
    ["cancel Jane Doe's PR, she wasn't seen that day", { patient: 'Jane Doe', amountAll: true }],
  ])('entered in error: %s', (text, expected) =>
    expectFrame(text, { intent: 'cancel_pr', cancelReason: 'entered_in_error', ...expected }),
  );
});
