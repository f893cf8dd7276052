/**
 * An outside probe of 120 new requests scored 98. Reasons told in plain or non-native words ("she have
 * no money now", "he pay quickly so we give discount", "mistake of us", "she works in our lab", a comp
 * for a retired physician) were no reason; a balance asked in everyday words ("where do we stand
 * with …", "is he all square with us?", "has she paid off her 10/14 visit yet?", "what's she at?") was
 * help or nothing; "I was wondering if we could …" hid the request; a comp, a placeholder killed and
 * money sent back to an accented name were not read; questions on another subject were help; a
 * compound's second noun, "what is different" and "my Epic password" gave a patient; a birth date hid
 * the visit's; "the amount 18" was no amount. Each rule is asserted with near variants that must not
 * change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame, TODAY } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('a reason told in plain or non-native words is read as its reason', () => {
  it.each<Case>([
    [
      'please to make writeoff of 35 dollar for patient Priya Patel, she have no money now',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 3_500, reason: 'financial_hardship' },
    ],
    [
      'Good morning, I need you make the write off for Jane Roe, total 42 dollar, she not able to pay, we have letter from social worker',
      { intent: 'write_off', patient: 'Jane Roe', amountCents: 4_200, reason: 'financial_hardship' },
    ],
    [
      "write off $40 for Jane Doe, she doesn't have the money",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000, reason: 'financial_hardship' },
    ],
    [
      'w/o $60 Bob Smith, he is no longer able to pay',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 6_000, reason: 'financial_hardship' },
    ],
    [
      'pls write of 15 usd from Jane Roe, he pay quickly so we give discount',
      { intent: 'write_off', patient: 'Jane Roe', amountCents: 1_500, reason: 'prompt_pay_discount' },
    ],
    [
      'write off $10 for Lee Chen, discount because he paid right away',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1_000, reason: 'prompt_pay_discount' },
    ],
    [
      'the patient Janet Doe was waiting very long time and angry, write off 25 dollar for make her happy',
      { intent: 'write_off', patient: 'Janet Doe', amountCents: 2_500, reason: 'service_recovery' },
    ],
    [
      'write off $20 for Tom Baker, he was furious about the bill',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 2_000, reason: 'service_recovery' },
    ],
    [
      'Mr. Tom Baker — make write off on his visit of 20 november, 30 dollar, mistake of us',
      {
        intent: 'write_off',
        patient: 'Tom Baker',
        amountCents: 3_000,
        reason: 'administrative',
        dateOfService: '2026-11-20',
      },
    ],
    [
      'write off $15 for Lee Chen, error on our part',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1_500, reason: 'administrative' },
    ],
    [
      'write off $25 for Anne-Marie Dubois, staff discount, she works in our lab',
      {
        intent: 'write_off',
        patient: 'Anne-Marie Dubois',
        amountCents: 2_500,
        reason: 'professional_courtesy',
      },
    ],
    [
      'write off $25 for Jane Doe, she works at our front desk',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_500, reason: 'professional_courtesy' },
    ],
    // A comp tells its reason by the words around it.
    [
      "Could we maybe comp Anne-Marie Dubois's $50 copay? She's a retired physician from across the street",
      {
        intent: 'write_off',
        patient: 'Anne-Marie Dubois',
        amountCents: 5_000,
        reason: 'professional_courtesy',
      },
    ],
    [
      "comp Lee Chen's visit, the doctor ran 2 hours late",
      { intent: 'write_off', patient: 'Lee Chen', reason: 'service_recovery' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // Paying fast with no discount named, a small balance.
    [
      'write off $5 for Lee Chen, he paid right away, small balance',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 500, reason: 'small_balance' },
    ],
    // The office waited, not the patient; "keep him happy" (batch 8) tells no reason.
    [
      'write off $40 for Jane Doe, we waited a long time for the insurance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000 },
    ],
    [
      'write off 55 for Ivan Petrov, we want to keep him happy',
      { intent: 'write_off', patient: 'Ivan Petrov', amountCents: 5_500 },
    ],
    // Able to pay is the opposite; working somewhere else, or "works for us" of no one.
    [
      'write off $30 for Jane Doe, she is able to pay but we forgot to bill',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3_000, reason: 'administrative' },
    ],
    [
      'write off $25 for Jane Doe, she works at the hospital',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_500 },
    ],
    [
      'write off $25 for Jane Doe if that works for us',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_500 },
    ],
    // A comp with nothing around it that tells why.
    ["can you comp Tom Baker's $30?", { intent: 'write_off', patient: 'Tom Baker', amountCents: 3_000 }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a balance asked in everyday words is a balance look-up', () => {
  it.each<Case>([
    ['where do we stand with Priya Patel?', { intent: 'balance', patient: 'Priya Patel' }],
    ['where does Jane Doe stand', { intent: 'balance', patient: 'Jane Doe' }],
    ["where are we at with Lee Chen's account?", { intent: 'balance', patient: 'Lee Chen' }],
    ['is Tom Baker all square with us?', { intent: 'balance', patient: 'Tom Baker' }],
    [
      'has Jane Doe paid off her 10/14 visit yet?',
      { intent: 'balance', patient: 'Jane Doe', dateOfService: '2026-10-14' },
    ],
    ['did Bob Smith pay his bill?', { intent: 'balance', patient: 'Bob Smith' }],
    ["quick q: Jane Doe, what's she at?", { intent: 'balance', patient: 'Jane Doe' }],
    ["what's Lee Chen at?", { intent: 'balance', patient: 'Lee Chen' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // Another thing of ours asked about, no patient, told rather than asked, an insurer or a coworker paying.
    ["where do we stand on Jane Doe's refund?", { intent: 'help', patient: 'Jane Doe' }],
    ['where do I find the write-off report?', { intent: 'help' }],
    ['is she all square?', { intent: 'unknown' }],
    ['Tom Baker is all square now, thanks', { intent: 'unknown', patient: 'Tom Baker' }],
    [
      "did the insurance pay for Bob Smith's 10/2 visit?",
      { intent: 'unknown', patient: 'Bob Smith', dateOfService: '2026-10-02' },
    ],
    ['did you refund Bob Smith?', { intent: 'unknown', patient: 'Bob Smith' }],
    ['what does PR stand for', { intent: 'help' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('an action asked indirectly or in slang', () => {
  it.each<Case>([
    // "if" after wondering is "whether": the request, not a plan on a condition.
    [
      "I was wondering if we could write off the remaining balance for Priya Patel as a courtesy, she's one of Dr. Shah's nurses",
      { intent: 'write_off', patient: 'Priya Patel', amountAll: true, reason: 'professional_courtesy' },
    ],
    [
      'I was wondering if we could write off $40 for Priya Patel',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 4_000 },
    ],
    [
      "just checking if you could refund Bob Smith's $20 copay",
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2_000 },
    ],
    // A comp of whatever it names, a patient's included.
    ["comp Tom Baker's copay", { intent: 'write_off', patient: 'Tom Baker' }],
    ['comp the $40 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000 }],
    // A placeholder thrown away is cancelled.
    [
      'can you kill the placeholder estimate on Jane Roe, the remit came back different',
      { intent: 'cancel_pr', patient: 'Jane Roe' },
    ],
    ['nix the estimate for Tom Baker', { intent: 'cancel_pr', patient: 'Tom Baker' }],
    ['scrap that placeholder on Jane Roe', { intent: 'cancel_pr', patient: 'Jane Roe' }],
    // Money sent back to a name written with accents.
    [
      'she overpaid — send María García back $12.50',
      { intent: 'refund_payment', patient: 'María García', amountCents: 1_250 },
    ],
    ['send Zoë Müller back her $20', { intent: 'refund_payment', patient: 'Zoë Müller', amountCents: 2_000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // A plan on a real condition; workers' comp; the write-off killed is undone; a thing dropped is written off.
    ['if she pays $20 we can write off the rest for Jane Doe', { intent: 'help', patient: 'Jane Doe' }],
    [
      "once it's approved we'll write off the $300 for Bob Smith",
      { intent: 'unknown', patient: 'Bob Smith' },
    ],
    ["is workers comp Bob Smith's insurance?", { intent: 'unknown', patient: 'Bob Smith' }],
    ['kill that write-off for Jane Doe', { intent: 'undo_write_off', patient: 'Jane Doe' }],
    ['drop the $8 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 800 }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('taking back a request of your own asks nothing', () => {
  it.each<Case>([
    ["cancel my request to write off Jane Roe's balance", { intent: 'unknown', patient: 'Jane Roe' }],
    ['withdraw my write-off request for Tom Baker', { intent: 'unknown', patient: 'Tom Baker' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['cancel the write-off for Jane Roe', { intent: 'undo_write_off', patient: 'Jane Roe' }],
    [
      'cancel the PR for Jane Roe, it was a duplicate',
      { intent: 'cancel_pr', patient: 'Jane Roe', amountAll: true, cancelReason: 'duplicate' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a question on another subject is no help question', () => {
  it.each<Case>([
    ['when is open enrollment for our 401k?', {}],
    ['lol why did the billing department cross the road', {}],
    ['how do I reset my Epic password', {}],
    ["what's the weather like today?", {}],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // A thing of ours named with it keeps the question help.
    ['how do I log in to the billing app?', { intent: 'help' }],
    ['why is the write off option greyed out?', { intent: 'help' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a common word is no patient', () => {
  it.each<Case>([
    // After "what is", and as the second noun of a compound a determiner opens.
    ['what is different between cancel and write off?', { intent: 'help' }],
    ['how does the small balance cleanup work?', { intent: 'help' }],
    ['my writeoff request was rejected, why', { intent: 'help' }],
    ['which PR types can be cancelled', { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ["what is jane's balance", { intent: 'balance', patient: 'jane' }],
    ["why can't I write off for mina?", { intent: 'help', patient: 'mina' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a birth date does not hide the date of service', () => {
  it.each<Case>([
    [
      'write off $33 for Jane Doe born 5/9/1988 from her 11/18 visit, our error',
      {
        intent: 'write_off',
        patient: 'Jane Doe',
        amountCents: 3_300,
        reason: 'administrative',
        dateOfService: '2026-11-18',
      },
    ],
    [
      'Jane Doe DOB: 01/15/1972, w/o $20 from the Oct 3 visit',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_000, dateOfService: '2026-10-03' },
    ],
    [
      'Jane Doe (born March 3, 1990) - what does she owe for 9/14?',
      { intent: 'balance', patient: 'Jane Doe', dateOfService: '2026-09-14' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // The birth date alone, and a birthday with no date after it: no date of service.
    [
      'pt María García dob 1/15/1972, how much is outstanding?',
      { intent: 'balance', patient: 'María García' },
    ],
    [
      "Jane Doe's birthday visit 10/2, write off $15",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1_500 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('an amount labelled as such, or given as approximate', () => {
  it.each<Case>([
    [
      'writeoff for Mrs. Anne-Marie Dubois the amount 18',
      { intent: 'write_off', patient: 'Anne-Marie Dubois', amountCents: 1_800 },
    ],
    [
      'refund Bob Smith, amount: 25.50',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2_550 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // A count after the label; a command line's flag quoted.
    ['write off Jane Doe, amount 3 visits', { intent: 'write_off', patient: 'Jane Doe' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));

  it('a command line flag is no amount', () => {
    expect(
      parseRequest('writeoff --amount 1 --amount 2 writes nothing', { today: TODAY }).amountCents,
    ).toBeNull();
  });

  it.each([
    ['write off $40ish for Bob Smith as bad debt, three statements went unanswered', '$40ish', '$40'],
    ['write off $40-ish for Bob Smith', '$40-ish', '$40'],
    ['w/o 40ish for Jane Doe', '40ish', '$40'],
  ])('%s is refused as approximate', (text, written, example) => {
    const parsed = parseRequest(text, { today: TODAY });
    expect(parsed.amountCents).toBeNull();
    expect(parsed.amountProblem).toBe(
      `The amount "${written}" is approximate. Enter the exact amount, for example ${example}.`,
    );
  });
});
