/**
 * Wording families fixed in batch 33, each asserted with variants and near wordings that must not
 * change:
 *
 * 1. A lower-case name after a short label and a dash ("pt bal - jane doe", "bal – omar haddad"): the
 *    dash after the label cues the name as a colon does (patient-mention.ts). Only a short label of
 *    words at the start: "balance - quick question" names no one.
 * 2. A look-up addressed first to the app by its handle typed as text ("@billing lookup Tom Baker",
 *    "hey @billing, pull up …"), or a Slack mention with a mark after it ("<@U1>: check on …"): the
 *    look-up is read after the address, as every other request is (intent.ts).
 * 3. What the records hold for a patient, asked indirectly ("what do we show for …", "what've we got
 *    on …", "what's on Jane Doe's account"): a balance look-up (account-standing.ts). Not a schedule.
 * 4. "can you …?" about what the app can do, of any such thing and with no patient and no amount
 *    ("can you refund a copay partially?", "could you reverse a small balance batch?"): help
 *    (question.ts). With a patient or an amount, or "that write-off" of a thread, the request.
 * 5. Thanks for an action done, then a request in the next sentence ("thanks for the write-off for
 *    Maria Garcia. can you refund $25 to her too"): the thanks is no first request that cuts the later
 *    one off (first-request.ts, thanked.ts).
 * 6. A part kept with no amount ("keep the deductible and write off the rest"): the rest is the
 *    balance less that part, so neither all of it nor an amount is asked, and the amount is refused
 *    with what to do (amount-kept.ts), as for an amount kept (batch 32).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame, TODAY } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a lower-case name after a short label and a dash', () => {
  it.each<Case>([
    ['pt bal - jane doe', { intent: 'balance', patient: 'jane doe' }],
    ['bal – omar haddad', { intent: 'balance', patient: 'omar haddad' }],
    ['balance — lee chen', { intent: 'balance', patient: 'lee chen' }],
    ['bal check - samuel o’neil', { intent: 'balance', patient: 'samuel o’neil' }],
    ['pt bal - maria garcia pls', { intent: 'balance', patient: 'maria garcia' }],
    // unchanged: capitalised, a colon, and no name after the dash.
    ['pt bal - Tom Baker', { intent: 'balance', patient: 'Tom Baker' }],
    ['balance: bob smith', { intent: 'balance', patient: 'bob smith' }],
    ['balance - quick question', { intent: 'balance' }],
    ['refund - policy question', { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. a look-up addressed to the app first', () => {
  it.each<Case>([
    ['@billing look up Tom Baker', { intent: 'balance', patient: 'Tom Baker' }],
    ['@billing pull up Anne-Marie Dubois', { intent: 'balance', patient: 'Anne-Marie Dubois' }],
    ["hey @billing, lookup samuel o'neil", { intent: 'balance', patient: "samuel o'neil" }],
    ['@Billing: check on Priya Patel', { intent: 'balance', patient: 'Priya Patel' }],
    ['<@U0BOT123>: pull up Lee Chen', { intent: 'balance', patient: 'Lee Chen' }],
    ['@billing bal for Lee Chen?', { intent: 'balance', patient: 'Lee Chen' }],
    // unchanged: the Slack mention, other requests after the handle, a coworker asked.
    ['<@U0BOT123> look up Jane Doe', { intent: 'balance', patient: 'Jane Doe' }],
    ['@billing write off $20 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 }],
    ['@Dana have you refunded her?', { patient: 'Dana' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. what the records hold for a patient, asked indirectly', () => {
  it.each<Case>([
    ['what do we show for Priya Patel', { intent: 'balance', patient: 'Priya Patel' }],
    ["what've we got on Anne-Marie Dubois?", { intent: 'balance', patient: 'Anne-Marie Dubois' }],
    ['what are we showing for Lee Chen', { intent: 'balance', patient: 'Lee Chen' }],
    ["what's on María García's account?", { intent: 'balance', patient: 'María García' }],
    ['what does the system have for Tom Baker', { intent: 'balance', patient: 'Tom Baker' }],
    ['where is Bob Smith at on his bill?', { intent: 'balance', patient: 'Bob Smith' }],
    // unchanged: no patient, a schedule, another thing of ours asked.
    ['what do we have for the staff lunch on Friday', {}],
    ['what do we have for Dr. Patel on Monday', {}],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. "can you …?" about what the app can do, with nothing to act on, is help', () => {
  it.each<Case>([
    ['can you refund a copay partially?', { intent: 'help' }],
    ['could you reverse a small balance batch?', { intent: 'help' }],
    ['can u write off part of a visit?', { intent: 'help' }],
    ['can you cancel an estimate once the remittance comes in?', { intent: 'help' }],
    ['can you undo a write-off from last month?', { intent: 'help' }],
    // unchanged: a patient or an amount named, the one of a thread, no question asked.
    [
      "can you refund Maria Garcia's $15 copay?",
      { intent: 'refund_payment', patient: 'Maria Garcia', amountCents: 1500 },
    ],
    [
      'could you write off $35 for Tom Baker?',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 3500 },
    ],
    ['can you refund a payment for Lee Chen?', { intent: 'refund_payment', patient: 'Lee Chen' }],
    ['can you undo that write-off?', { intent: 'undo_write_off' }],
    ['can you write off the rest?', { intent: 'write_off', amountAll: true }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('5. thanks for an action done, then a request in the next sentence', () => {
  it.each<Case>([
    [
      'thanks for the write-off for Maria Garcia. can you refund $25 to her too',
      { intent: 'refund_payment', patient: 'Maria Garcia', amountCents: 2500 },
    ],
    [
      "thx for handling Tom Baker's refund! could you also w/o $12 for him, small bal",
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'ty for the undo on Lee Chen. please cancel the $30 PR on his 11/3 visit, duplicate',
      {
        intent: 'cancel_pr',
        patient: 'Lee Chen',
        amountCents: 3000,
        dateOfService: '2026-11-03',
        cancelReason: 'duplicate',
      },
    ],
    [
      'thank you for the refund on Bob Smith, can you also write off $10 for him',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1000 },
    ],
    // unchanged: thanks alone, and a request before the thanks.
    ['thanks for the refund for Jane Doe.', { patient: 'Jane Doe' }],
    [
      'write off $15 for Jane Doe. thanks for the help!',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1500 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it('still reads a quoted request as context when the reply only thanks', () => {
    expect(
      parseRequest('> refund $20 to Jane Doe\nthanks for the refund!', { today: TODAY }).intent,
    ).not.toBe('refund_payment');
  });
});

describe('6. a part kept with no amount: neither all of it nor the part, and the amount is asked', () => {
  it.each<[string, Partial<Frame>, string]>([
    [
      'keep the deductible and write off the rest for Bob Smith',
      { intent: 'write_off', patient: 'Bob Smith' },
      'All but the deductible is asked, which is not worked out for you. Say how much to write off: the balance less the deductible.',
    ],
    [
      'apart from the copay, w/o the remainder on Lee Chen, hardship',
      { intent: 'write_off', patient: 'Lee Chen', reason: 'financial_hardship' },
      'All but the copay is asked, which is not worked out for you. Say how much to write off: the balance less the copay.',
    ],
    [
      "leave the copay, zero out whatever's left for Tom Baker",
      { intent: 'write_off', patient: 'Tom Baker' },
      'All but the copay is asked, which is not worked out for you. Say how much to write off: the balance less the copay.',
    ],
    [
      'write off everything but her deductible for Maria Garcia',
      { intent: 'write_off', patient: 'Maria Garcia' },
      'All but her deductible is asked, which is not worked out for you. Say how much to write off: the balance less her deductible.',
    ],
    [
      'refund everything except the fee to Maria Garcia',
      { intent: 'refund_payment', patient: 'Maria Garcia' },
      'All but the fee is asked, which is not worked out for you. Say how much to refund: the payment less the fee.',
    ],
  ])('%s', (text, expected, problem) => {
    expectFrame(text, expected);
    expect(parseRequest(text, { today: TODAY }).amountProblem).toBe(problem);
  });

  // unchanged: the rest with nothing kept, an amount kept (batch 32), an amount asked beside the part.
  it.each<[string, Partial<Frame>, RegExp | null]>([
    [
      'write off the rest for Tom Baker',
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true },
      null,
    ],
    [
      'keep $20 and w/o whatever is left for Lee Chen',
      { intent: 'write_off', patient: 'Lee Chen' },
      /^All but \$20 /,
    ],
    ['write off $40 except the copay for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }, null],
  ])('%s', (text, expected, problem) => {
    expectFrame(text, expected);
    const parsed = parseRequest(text, { today: TODAY });
    if (problem === null) expect(parsed.amountProblem).toBeNull();
    else expect(parsed.amountProblem).toMatch(problem);
  });
});
