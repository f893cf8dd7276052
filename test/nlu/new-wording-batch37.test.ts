/**
 * Wording families fixed in batch 37, each asserted with variants and near wordings that must not
 * change:
 *
 * 1. Amounts said aloud: "forty five fifty" ($45.50), "fifteen hundred" ($1,500), "a buck fifty",
 *    "a dollar and a quarter"; what is not understood whole ("ten bucks and change", "twelve fifty")
 *    is refused, never read in part (amount-spoken.ts, amount.ts, number-words.ts).
 * 2. A month word opening a capitalised two-word name that owns a balance is a given name ("what's
 *    April May's balance") (given-names.ts).
 * 3. A product question inside a statement ("nobody told me what reason to pick …", "…, does it
 *    expire?") is help (question-embedded.ts).
 * 4. Surnames joined by Portuguese "e" or Spanish "y" are one name (surnames-joined.ts).
 * 5. A date tied to an approval or a talk is no date of service (date-of-approval.ts).
 * 6. A failed attempt told, then "what now?", is help (failed-attempt.ts).
 * 7. A reminder asked for the writer's own later work is unknown (self-reminder.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame, TODAY } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. amounts said aloud', () => {
  it.each<Case>([
    [
      'write off forty five fifty for tom hendricks small balance',
      { intent: 'write_off', patient: 'tom hendricks', amountCents: 4550, reason: 'small_balance' },
    ],
    [
      'write off thirty two seventy five for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3275 },
    ],
    [
      'write off fifteen hundred dollars for walter price deceased',
      { intent: 'write_off', patient: 'walter price', amountCents: 150000, reason: 'deceased' },
    ],
    [
      'write off twelve hundred fifty dollars for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 125000 },
    ],
    [
      'write off two thousand five hundred dollars for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 250000 },
    ],
    [
      'refund twenty-five hundred to Bob Smith',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 250000 },
    ],
    [
      'write off a buck fifty for Jane Doe small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 150, reason: 'small_balance' },
    ],
    ['write off a dollar fifty for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 150 }],
    [
      'write off a buck twenty five for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 125 },
    ],
    [
      'write off a dollar and a quarter for zed pollard small balance',
      { intent: 'write_off', patient: 'zed pollard', amountCents: 125, reason: 'small_balance' },
    ],
    [
      'write off two dollars and a quarter for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 225 },
    ],
    [
      'write off a buck and a half for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 150 },
    ],
    [
      'write off a dollar and fifty cents for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 150 },
    ],
    // unchanged: a dollar alone, a threshold, dollars in words.
    ['write off a dollar for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 100 }],
    ['write off forty dollars for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    [
      'run the small balance batch for anything under a dollar',
      { intent: 'small_balance_batch', amountCents: 100, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each([
    'write off ten bucks and change for Jane Doe',
    'write off a dollar and change for Jane Doe',
    'write off twelve fifty for Jane Doe',
    'write off five fifty for Jane Doe',
  ])('%s is refused, not read in part', (text) => {
    const parsed = parseRequest(text, { today: TODAY });
    expect(parsed.amountCents).toBeNull();
    expect(parsed.amountProblem).not.toBeNull();
  });
});

describe('2. a month word that opens a name owning a balance', () => {
  it.each<Case>([
    ["what's April May's balance", { intent: 'balance', patient: 'April May' }],
    ["whats June May's bal", { intent: 'balance', patient: 'June May' }],
    ['April May balance?', { intent: 'balance', patient: 'April May' }],
    ["how much is April May's balance", { intent: 'balance', patient: 'April May' }],
    // unchanged: a month with its day, a month's balance, the name asked otherwise.
    [
      'write off the April 3 visit for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', dateOfService: '2026-04-03' },
    ],
    [
      'Jane Doe April 3 visit w/o $20',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-04-03' },
    ],
    ['what does April May owe', { intent: 'balance', patient: 'April May' }],
    ["what's May's balance", { intent: 'balance', patient: 'May' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. a product question inside a statement', () => {
  it.each<Case>([
    ['nobody told me what reason to pick when a patient dies, which one is it', { intent: 'help' }],
    ['not sure which code to use for a bankruptcy write-off', { intent: 'help' }],
    ['I never learned which reason I should pick for charity care', { intent: 'help' }],
    ['remind me what reason to use when a patient dies', { intent: 'help' }],
    ['my approval request has been sitting there for a week, does it expire?', { intent: 'help' }],
    ['the batch I ran this morning had a mistake, can it be undone?', { intent: 'help' }],
    ["my manager hasn't approved my write-off yet, how long does it take?", { intent: 'help' }],
    // unchanged: the request with an amount, an action asked first.
    [
      'write off $40 for Jane Doe, not sure which reason to use',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    ['undo the last batch, is that possible?', { intent: 'undo_write_off' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. surnames joined by "e" or "y"', () => {
  it.each<Case>([
    [
      'write off $30 for Ana de Souza e Silva, hardship',
      {
        intent: 'write_off',
        patient: 'Ana de Souza e Silva',
        amountCents: 3000,
        reason: 'financial_hardship',
      },
    ],
    [
      'write off $30 for Juan Garcia y Lopez, hardship',
      {
        intent: 'write_off',
        patient: 'Juan Garcia y Lopez',
        amountCents: 3000,
        reason: 'financial_hardship',
      },
    ],
    ["what's Ana de Souza e Silva's balance", { intent: 'balance', patient: 'Ana de Souza e Silva' }],
    [
      'write off $30 for Maria dos Santos e Costa small balance',
      {
        intent: 'write_off',
        patient: 'Maria dos Santos e Costa',
        amountCents: 3000,
        reason: 'small_balance',
      },
    ],
    // unchanged: a given name alone before "e", two people joined.
    ['refund $10 to Ana e Silva', { intent: 'refund_payment', patient: 'Ana', amountCents: 1000 }],
    [
      'write off $30 for Jane Doe y Tom Baker',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('5. a date tied to an approval or a talk', () => {
  it.each<Case>([
    [
      'Per Linda (billing manager) approval on 11/20, write off $400 for Petra Olsen, hardship.',
      { intent: 'write_off', patient: 'Petra Olsen', amountCents: 40000, reason: 'financial_hardship' },
    ],
    [
      'Write off $25 for Ken Obi. Approved by Dr. Marsh on 11/21 after the patient complained about the wait.',
      { intent: 'write_off', patient: 'Ken Obi', amountCents: 2500, reason: 'service_recovery' },
    ],
    [
      "write off $40 for Jane Doe, ok'd by Dana on 11/19",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'spoke with her son on 11/18, write off $60 for Tom Baker deceased',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 6000, reason: 'deceased' },
    ],
    [
      'Dana authorized it 11/22 - w/o $50 for Lee Chen courtesy',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 5000, reason: 'professional_courtesy' },
    ],
    // unchanged: the visit's date beside the approval's, or alone.
    [
      'approved by Dana 11/20 - write off $40 for Jane Doe 11/3',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, dateOfService: '2026-11-03' },
    ],
    [
      'write off $30 for Bob Smith 11/3 visit, approved by Linda on 11/20',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 3000, dateOfService: '2026-11-03' },
    ],
    [
      'Approved. Write off $20 for Jane Doe 11/3',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-11-03' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('6. a failed attempt, then what now', () => {
  it.each<Case>([
    [
      'Tried to write off $500 for Lorna Bell and it said over my limit. What now?',
      { intent: 'help', patient: 'Lorna Bell' },
    ],
    [
      'I tried refunding Bob Smith $20 but got an error, what do I do?',
      { intent: 'help', patient: 'Bob Smith' },
    ],
    [
      "tried to undo Jane Doe's write-off and it wouldn't let me - now what?",
      { intent: 'help', patient: 'Jane Doe' },
    ],
    [
      'attempted to cancel the PR for Lee Chen, it said HAS_PAYMENTS. what should I do',
      { intent: 'help', patient: 'Lee Chen' },
    ],
    // unchanged: no question asked after the failure, or none told.
    [
      "write off $500 for Lorna Bell, it's over my limit so it needs approval",
      { intent: 'write_off', patient: 'Lorna Bell', amountCents: 50000 },
    ],
    [
      'tried to write off $500 for Lorna Bell and it said over my limit, please send it for approval',
      { intent: 'write_off', patient: 'Lorna Bell', amountCents: 50000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('7. a reminder to self', () => {
  it.each<Case>([
    ["Remind me to write off Gail Ross's balance on Monday", { patient: 'Gail Ross' }],
    ['remind me on Friday to refund Bob Smith $20', { patient: 'Bob Smith' }],
    ['can you remind me tomorrow to write off $40 for Jane Doe', { patient: 'Jane Doe' }],
    ['set a reminder to cancel the PR for Lee Chen next week', { patient: 'Lee Chen' }],
    ["don't let me forget to w/o Tom Baker's $15 small balance", { patient: 'Tom Baker' }],
    ["note to self: write off Priya Patel's balance after the estate calls", { patient: 'Priya Patel' }],
    // unchanged: the day said first, how asked, a coworker's reminder passed on.
    [
      "on Monday write off Gail Ross's balance",
      { intent: 'write_off', patient: 'Gail Ross', amountAll: true },
    ],
    ['remind me how to undo a write-off', { intent: 'help' }],
    [
      'Dana reminded me to write off $20 for Jane Doe, small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
