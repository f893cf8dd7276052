/**
 * The ninth batch of fresh wording (today 2026-11-27). Each misreading is tested with the
 * sentence as written and with variants of our own, and with counter-examples that must keep
 * their reading, so that each fix is a rule for the family of wordings, not for one sentence.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

describe('1. what a mentioned coworker, "someone" or "the other biller" already did is not a request', () => {
  it.each<[string, Partial<Frame>]>([
    ['fyi <@U03LENA> already wrote off the $30 for Hamid Karimi this morning', { patient: 'Hamid Karimi' }],
    // Variants: the mention with a label, other verbs, no "already", the mention first.
    ['fyi <@U03LENA|lena> wrote off $30 for Hamid Karimi this morning', { patient: 'Hamid Karimi' }],
    ['heads up, <@U03LENA> refunded Jane Doe $20 yesterday', { patient: 'Jane Doe', dateOfService: null }],
    ["btw <@U04MARK> voided Lee Chen's PR this morning", { patient: 'Lee Chen' }],
    ['<@U03LENA> already wrote off the $30 for Hamid Karimi', { patient: 'Hamid Karimi' }],
    ['already wrote off $20 for Jane Doe fyi', { patient: 'Jane Doe' }],
    ["fyi, already voided Lee Chen's PR", { patient: 'Lee Chen' }],
    ['someone already wrote off the $15 for Tom Baker', { patient: 'Tom Baker' }],
    ['the other biller already refunded Jane Doe $20', { patient: 'Jane Doe' }],
    ['another biller wrote off $30 for Jane Doe this morning', { patient: 'Jane Doe' }],
    ["one of the other billers already refunded Jane Doe's copay", { patient: 'Jane Doe' }],
    ['a coworker refunded Tom Baker $15 today', { patient: 'Tom Baker' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it('what the text asks besides the report still counts', () => {
    expectFrame('<@U03LENA> wrote off $30 for Jane Doe by mistake, can you undo it?', {
      intent: 'undo_write_off',
      patient: 'Jane Doe',
      amountCents: 3000,
    });
    expectFrame('fyi <@U03LENA> already refunded Jane Doe, can you write off the rest?', {
      intent: 'write_off',
      patient: 'Jane Doe',
      amountAll: true,
    });
  });

  // Counter-examples: a mention that addresses the app or a person leaves the request.
  it.each<[string, Partial<Frame>]>([
    [
      '<@U07BILLBOT> write off $30 for Hamid Karimi, small balance',
      { intent: 'write_off', patient: 'Hamid Karimi', amountCents: 3000, reason: 'small_balance' },
    ],
    [
      'hey <@U07BILLBOT> can you write off $30 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
    [
      '<@U03LENA> <@U04BOB> please refund Jane Doe $20',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 2000 },
    ],
    [
      'cc <@U03LENA> write off $30 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
    [
      'the pt already paid, write off $5 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 500 },
    ],
    ["<@U02DANA8XY> did you already write off Helen Wu's lipid panel?", { patient: 'Helen Wu' }],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe('2. a negated noun ("(NOT a write off)", ", not a refund") names what is not wanted', () => {
  it.each<[string, Partial<Frame>]>([
    [
      "We never should've charged Sarah-Jane Whitfield that $60 self pay fee, cancel it please (NOT a write off)",
      // The amount names the PR cancelled (known-misses-27).
      { intent: 'cancel_pr', patient: 'Sarah-Jane Whitfield', amountCents: 6000 },
    ],
    // Variants: after a comma, after a dash, first, and each action's noun.
    [
      'cancel the PR for Jane Doe, not a write-off',
      { intent: 'cancel_pr', patient: 'Jane Doe', amountAll: true },
    ],
    ["void Lee Chen's PR — not a write-off!", { intent: 'cancel_pr', patient: 'Lee Chen', amountAll: true }],
    [
      'cancel the self-pay charge for Tom Baker (not a writeoff, it was a duplicate)',
      { intent: 'cancel_pr', patient: 'Tom Baker', cancelReason: 'duplicate' },
    ],
    [
      'no write-off needed, just cancel the PR for Tom Baker, it was a duplicate',
      { intent: 'cancel_pr', patient: 'Tom Baker', amountAll: true, cancelReason: 'duplicate' },
    ],
    [
      'cancel the PR for Jane Doe, not a refund',
      { intent: 'cancel_pr', patient: 'Jane Doe', amountAll: true },
    ],
    [
      'write it off for Jane Doe $20, not a cancel',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: cancelling a write-off is still an undo, and a question stays one.
  it.each<[string, Partial<Frame>]>([
    ['cancel the write-off for Jane Doe', { intent: 'undo_write_off', patient: 'Jane Doe' }],
    [
      'cancel the $40 write off for Jane Doe (not the PR)',
      { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    ['undo the write-off for Jane Doe, not a refund', { intent: 'undo_write_off', patient: 'Jane Doe' }],
    [
      'refund Bob Smith $20, not a write off',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
    ['is this a refund or not?', { intent: 'help' }],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe('3. backing out an adjustment undoes the write-off', () => {
  it.each<[string, Partial<Frame>]>([
    [
      'Back out the $1,210 bad debt adjustment on Raj Kapoor, he just called and set up a payment plan',
      { intent: 'undo_write_off', patient: 'Raj Kapoor', amountCents: 121_000 },
    ],
    // Variants: "reverse", "take off", "take … off", "back … out", a reversal, "adj".
    [
      'reverse the $25 courtesy adjustment for Jane Doe',
      { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 2500 },
    ],
    ['take off the write-off on Bob Smith, he paid', { intent: 'undo_write_off', patient: 'Bob Smith' }],
    [
      "take the $40 hardship adjustment off Tom Baker's account",
      { intent: 'undo_write_off', patient: 'Tom Baker', amountCents: 4000 },
    ],
    ["please back out Lee Chen's small bal adj", { intent: 'undo_write_off', patient: 'Lee Chen' }],
    [
      'courtesy adjustment reversal for Jane Doe $20',
      { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: an insurer's adjustment, an amount taken off, a cancel that mentions one.
  it.each<[string, Partial<Frame>]>([
    ['reverse the contractual adjustment on Jane Doe', { patient: 'Jane Doe' }],
    ["take $20 off Jane Doe's balance", { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 }],
    ['cancel the PR, the adjustment was wrong', { intent: 'cancel_pr', amountAll: true }],
    [
      'remove the $40 charge for Jane Doe, it was a duplicate',
      { intent: 'cancel_pr', patient: 'Jane Doe', amountCents: 4000, cancelReason: 'duplicate' },
    ],
    ['pull write-off $40 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe("4. a request headed by a reason's label is a write-off", () => {
  it.each<[string, Partial<Frame>]>([
    [
      'prompt pay discount for Aroha Ngata, $18 — she paid in full same day',
      { patient: 'Aroha Ngata', amountCents: 1800, reason: 'prompt_pay_discount' },
    ],
    // Variants: other labels, "adjustment"/"adj", after a dash or colon, the amount first.
    [
      'courtesy adjustment Jane Doe $25',
      { patient: 'Jane Doe', amountCents: 2500, reason: 'professional_courtesy' },
    ],
    ['small bal adj $4.50 for Lee Chen', { patient: 'Lee Chen', amountCents: 450, reason: 'small_balance' }],
    [
      'hardship adjustment for Bob Smith $60 - he is unemployed',
      { patient: 'Bob Smith', amountCents: 6000, reason: 'financial_hardship' },
    ],
    [
      'Hardship - Bob Smith $60, lost his job',
      { patient: 'Bob Smith', amountCents: 6000, reason: 'financial_hardship' },
    ],
    [
      'bad debt: Tom Baker $310, skip traced twice',
      { patient: 'Tom Baker', amountCents: 31_000, reason: 'bad_debt' },
    ],
    [
      'service recovery Jane Doe $40 - waited 2 hours',
      { patient: 'Jane Doe', amountCents: 4000, reason: 'service_recovery' },
    ],
    [
      'courtesy adj Jane Doe $25 (not a refund)',
      { patient: 'Jane Doe', amountCents: 2500, reason: 'professional_courtesy' },
    ],
  ])('%s', (text, expected) => expectFrame(text, { intent: 'write_off', ...expected }));

  // Counter-examples: questions, statements, reports and other intents' words keep their reading.
  it.each<[string, Partial<Frame>]>([
    ['what is a prompt pay discount?', { intent: 'help' }],
    ['prompt pay discount for Jane Doe $18?', { patient: 'Jane Doe' }],
    ['small balance for Jane Doe is $5', { patient: 'Jane Doe' }],
    ['hardship - I already wrote off $60 for Bob Smith', { patient: 'Bob Smith' }],
    [
      'courtesy refund for Jane Doe $20',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 2000 },
    ],
    ['hardship case Jane Doe owes $400', { intent: 'balance', patient: 'Jane Doe' }],
    ['prompt pay discount policy for new patients is 10%', {}],
    ['hardship for Jane Doe', { patient: 'Jane Doe' }],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe("5. a reason word's slip at the start of a sentence is corrected", () => {
  it.each<[string, Partial<Frame>]>([
    [
      'writeoff $95 for Yuki Tanaka. Hardshp — single mom w/ 3 kids',
      { patient: 'Yuki Tanaka', amountCents: 9500, reason: 'financial_hardship' },
    ],
    // Variants: other reason words, after "!", "?" or a colon.
    [
      'w/o $40 for Jane Doe. Bankrupcy filed last month',
      { patient: 'Jane Doe', amountCents: 4000, reason: 'bankruptcy' },
    ],
    [
      'write off $30 for Bob Smith! Profesional curtesy',
      { patient: 'Bob Smith', amountCents: 3000, reason: 'professional_courtesy' },
    ],
    [
      'write off $20 for Jane Doe. reason: Hardshp',
      { patient: 'Jane Doe', amountCents: 2000, reason: 'financial_hardship' },
    ],
  ])('%s', (text, expected) => expectFrame(text, { intent: 'write_off', ...expected }));

  // Counter-examples: a capitalised word inside a name, after a title or an initial, is a name.
  it.each<[string, Partial<Frame>]>([
    ['write off $20 for Dr. Hardshp', { patient: 'Hardshp' }],
    ['write off $20 for J. Refnd', { patient: 'J. Refnd' }],
  ])('counter-example: %s', (text, expected) =>
    expectFrame(text, { intent: 'write_off', amountCents: 2000, ...expected }),
  );
});

describe('6. "what\'s the PR on <name> DOS <date>?" is a balance look-up', () => {
  it.each<[string, Partial<Frame>]>([
    [
      "<@U07BILLBOT> what's the PR on Pham Minh Duc DOS 10/2?",
      { patient: 'Pham Minh Duc', dateOfService: '2026-10-02' },
    ],
    // Variants: "of", "for", "from", a month's name, "the 14th", the possessive, no "?".
    ['PR of Bob Smith for DOS 9/14?', { patient: 'Bob Smith', dateOfService: '2026-09-14' }],
    ['bal on Lee Chen from 10/2', { patient: 'Lee Chen', dateOfService: '2026-10-02' }],
    [
      'what is the balance of Pham Minh Duc, DOS Oct 2?',
      { patient: 'Pham Minh Duc', dateOfService: '2026-10-02' },
    ],
    ["Kwame Mensah's PR for the 10/2 visit?", { patient: 'Kwame Mensah', dateOfService: '2026-10-02' }],
    ['bal for Jane Doe for the 14th?', { patient: 'Jane Doe', dateOfService: '2026-11-14' }],
    ["what's the PR for Jane Doe?", { patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, { intent: 'balance', ...expected }));

  // Counter-example: the noun and a name that tell something do not ask it.
  it('counter-example: a statement about the PR', () => {
    expectFrame("what's the PR on Pham Minh Duc DOS 10/2 was posted twice", {
      patient: 'Pham Minh Duc',
      dateOfService: '2026-10-02',
    });
  });
});
