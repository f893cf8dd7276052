/**
 * Wording families fixed in batch 32, each asserted with variants and near wordings that must not
 * change:
 *
 * 1. Slot text may name the service the charge was for between the reason and the amount ("/writeoff
 *    courtesy dr visit 50 tom baker", "small bal lab fee 8.50 lee chen"): the service words say which
 *    charge, not who (terse-request.ts, SERVICE_WORDS in vocabulary.ts). Slot text with no reason, or
 *    "3 visits", keeps its reading.
 * 2. Thanks for an action done ("thx for the help with the refund for Jane Doe", "thanks for doing
 *    the write off on Bob Smith yesterday", "appreciate you cancelling that dup for Tom Baker") ask
 *    nothing: the thanks runs to the end of its clause (intent.ts). Thanks before a request, thanks in
 *    advance and "I'd appreciate you writing off …" still ask.
 * 3. All but an amount ("write it all off except $10", "leave $5, write off the rest"): the amount
 *    asked is the balance less the part kept, which the parser does not know. Neither the part nor
 *    all of it is asked; the amount is refused with what to do (amount-kept.ts), so the form asks.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame, TODAY } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a service described between the reason and the amount in slot text', () => {
  it.each<Case>([
    [
      '/writeoff courtesy dr visit 50 tom baker',
      { intent: 'write_off', patient: 'tom baker', amountCents: 5000, reason: 'professional_courtesy' },
    ],
    [
      '/writeoff hardship office visit $25 maria garcia',
      { intent: 'write_off', patient: 'maria garcia', amountCents: 2500, reason: 'financial_hardship' },
    ],
    [
      'small bal lab fee 8.50 lee chen',
      { intent: 'write_off', patient: 'lee chen', amountCents: 850, reason: 'small_balance' },
    ],
    // Variants of the family.
    [
      '/writeoff small bal flu shot 12 Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'courtesy office visit 40 Bob Smith',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 4000, reason: 'professional_courtesy' },
    ],
    [
      'hardship lab fee 30 jane doe 11/2',
      {
        intent: 'write_off',
        patient: 'jane doe',
        amountCents: 3000,
        reason: 'financial_hardship',
        dateOfService: '2026-11-02',
      },
    ],
    // unchanged: no service words.
    [
      '/writeoff courtesy 50 tom baker',
      { intent: 'write_off', patient: 'tom baker', amountCents: 5000, reason: 'professional_courtesy' },
    ],
    // Guards: slot text with no reason asks nothing; "reverse the charge" is no undo.
    ['lab fee 8.50 lee chen', { patient: 'lee chen' }],
    ['reverse the charge for jane roe', { patient: 'jane roe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. thanks for an action done ask nothing', () => {
  it.each<Case>([
    ['thx for the help with the refund for Jane Doe', { patient: 'Jane Doe' }],
    ['thanks for doing the write off on Bob Smith yesterday', { patient: 'Bob Smith' }],
    ['appreciate you cancelling that dup for Tom Baker', { patient: 'Tom Baker' }],
    // Variants of the family.
    ["thank you for reversing Jane Doe's write-off last week", { patient: 'Jane Doe' }],
    ['ty for getting the refund out to Maria Garcia', { patient: 'Maria Garcia' }],
    ['thanks so much for handling the write-off for Lee Chen', { patient: 'Lee Chen' }],
    // unchanged: a request after the thanks, thanks in advance, a conditional "appreciate".
    [
      'thanks! can you write off $20 for Bob Smith, courtesy',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2000, reason: 'professional_courtesy' },
    ],
    [
      'thanks for the refund, can you also write off $10 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1000 },
    ],
    [
      'thanks for your help, please refund $15 to Lee Chen',
      { intent: 'refund_payment', patient: 'Lee Chen', amountCents: 1500 },
    ],
    [
      'thanks in advance for writing off $20 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
    [
      "I'd appreciate you writing off $20 for Jane Doe",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. all but an amount: neither the part nor all of it, and the amount is asked', () => {
  it.each<Case>([
    ['write it all off except $10 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
    [
      "write off everything but $15 on Bob Smith's 11/2 visit",
      { intent: 'write_off', patient: 'Bob Smith', dateOfService: '2026-11-02' },
    ],
    ['leave $5, write off the rest for Tom Baker', { intent: 'write_off', patient: 'Tom Baker' }],
    // Variants of the family.
    [
      "leave $10 on Bob Smith's account and write off the remaining balance, small bal",
      { intent: 'write_off', patient: 'Bob Smith', reason: 'small_balance' },
    ],
    ['keep $20 and w/o whatever is left for Lee Chen', { intent: 'write_off', patient: 'Lee Chen' }],
    ['refund everything minus $5 to Lee Chen', { intent: 'refund_payment', patient: 'Lee Chen' }],
  ])('%s', (text, expected) => {
    expectFrame(text, expected);
    const parsed = parseRequest(text, { today: TODAY });
    expect(parsed.amountProblem).toMatch(
      /^All but \$\d+ is asked, which is not worked out for you\. Say how much to /,
    );
  });

  it('names the part kept and the action in the problem', () => {
    expect(parseRequest('write it all off except $10 for Jane Doe', { today: TODAY }).amountProblem).toBe(
      'All but $10 is asked, which is not worked out for you. Say how much to write off: the balance less $10.',
    );
    expect(parseRequest('refund everything minus $5 to Lee Chen', { today: TODAY }).amountProblem).toBe(
      'All but $5 is asked, which is not worked out for you. Say how much to refund: the payment less $5.',
    );
  });

  // unchanged: both amounts written, an amount left beside the one asked, the rest with nothing kept.
  it.each<Case>([
    [
      'refund her $50 payment less the $5 fee, Jane Doe',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 4500 },
    ],
    [
      "write off $30 of Jane Doe's $130 balance, leave the other $100",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
    // (A part kept with no amount, "keep the copay, w/o whatever's left", is no longer all of it: the
    // amount is asked, batch 33.)
    ['write off the rest for Tom Baker', { intent: 'write_off', patient: 'Tom Baker', amountAll: true }],
  ])('%s', (text, expected) => {
    expectFrame(text, expected);
    expect(parseRequest(text, { today: TODAY }).amountProblem).toBeNull();
  });
});
