/**
 * An outside probe's misses (the twenty-sixth), each rule asserted with variants of our own and
 * with near wordings that must not change (today 2026-11-27, a Friday):
 *
 * A. A polite frame before the ask ("when you get a chance", "when u have a sec", "whenever you can",
 *    "if you could", "at your convenience") asks nothing itself: what follows decides (question.ts).
 * B. A given name that is a month or a word ("June", "April", "Bill") with a surname that is a word
 *    too ("Bad", "Small", "Long"), at a sentence's start before a dash, a comma, a possessive or a
 *    verb, or after "does" in a question, is the patient (word-first-names.ts); "owes 12" is money.
 * C. A parent or guardian named ("mom is Sarah Lee") ranks below the patient; a lower-case role in
 *    the possessive ("her hygienist's", "the Okafor boy's") is no name; "rounding" ends one.
 * D. Of two dates, the one labelled as the visit's wins, and a payment's day loses (date.ts).
 * E. Reasons told as a story: our own error, service done without prior auth, a sliding fee scale,
 *    a wait of minutes, "small" alone after the amount (plain-reasons.ts).
 * F. "reimburse <name>", "give <name> his money back - $45", "check if <name> paid …".
 * G. "whatevers left"; the balance of a named service ("the MRI balance") is all of it.
 * H. A percent on, off or of a stated whole is that share; a percent whose whole is the only amount
 *    written is refused, never read as the whole (amount-fraction.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame, TODAY } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('A. a polite frame before the ask asks nothing of its own', () => {
  it.each<Case>([
    [
      'when you get a chance could you pls write off $42 for Mona Reid? she is a retired nurse, courtesy',
      { intent: 'write_off', patient: 'Mona Reid', amountCents: 4200, reason: 'professional_courtesy' },
    ],
    [
      'hey! when u have a sec can u writeoff 12.75 for tess hall, prof courtesy thx',
      { intent: 'write_off', patient: 'tess hall', amountCents: 1275, reason: 'professional_courtesy' },
    ],
    [
      'if you could write off 40 for jane doe hardship',
      { intent: 'write_off', patient: 'jane doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'whenever you have a minute, refund Tom Baker $30 please',
      { intent: 'refund_payment', patient: 'Tom Baker', amountCents: 3000 },
    ],
    [
      'at your convenience write off the balance for Sam Lee, bad debt',
      { intent: 'write_off', patient: 'Sam Lee', amountAll: true, reason: 'bad_debt' },
    ],
    [
      'if you could, please cancel the PR for Jane Doe, duplicate',
      { intent: 'cancel_pr', patient: 'Jane Doe', amountAll: true, cancelReason: 'duplicate' },
    ],
    // What follows the frame still decides: a question stays help.
    ['when you get a sec, how do I undo a write-off?', { intent: 'help' }],
    ['when you get a chance can you tell me how write-offs work?', { intent: 'help' }],
    ['when can I write off a balance?', { intent: 'help' }],
    ["if you can, what's Bob Smith's balance?", { intent: 'balance', patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('B. a given name that is a word, with a surname that is a word too', () => {
  it.each<Case>([
    [
      'June Bad - write off 30, hardship',
      { intent: 'write_off', patient: 'June Bad', amountCents: 3000, reason: 'financial_hardship' },
    ],
    [
      'April Small owes 12, write it off as courtesy',
      { intent: 'write_off', patient: 'April Small', amountCents: 1200, reason: 'professional_courtesy' },
    ],
    [
      "Bill Small's balance needs to be written off, bad debt",
      { intent: 'write_off', patient: 'Bill Small', amountAll: true, reason: 'bad_debt' },
    ],
    [
      'May Long - write off $18 from 9/9, small balance',
      {
        intent: 'write_off',
        patient: 'May Long',
        amountCents: 1800,
        reason: 'small_balance',
        dateOfService: '2026-09-09',
      },
    ],
    ['does april small have a balance', { intent: 'balance', patient: 'april small' }],
    ['does may lee owe anything?', { intent: 'balance', patient: 'may lee' }],
    ['does june park owe anything', { intent: 'balance', patient: 'june park' }],
    [
      'Mary Green owes 12, write it off as courtesy',
      { intent: 'write_off', patient: 'Mary Green', amountCents: 1200, reason: 'professional_courtesy' },
    ],
    // A month with a day is still a date; a name of ordinary words goes on being read as before.
    [
      'May 3 - write off 30 for Tom Baker, hardship',
      {
        intent: 'write_off',
        patient: 'Tom Baker',
        amountCents: 3000,
        reason: 'financial_hardship',
        dateOfService: '2026-05-03',
      },
    ],
    [
      'June 12 visit, write off $30 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, dateOfService: '2026-06-12' },
    ],
    [
      'Rose Hill - write off $15 small balance',
      { intent: 'write_off', patient: 'Rose Hill', amountCents: 1500, reason: 'small_balance' },
    ],
    // A count owed is no money.
    ['Jane Doe owes 2 visits worth, write it off', { intent: 'write_off', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('C. the patient, not a parent, a role or a word after the name', () => {
  it.each<Case>([
    [
      'write off $20 for Emma (mom is Sarah Lee), hardship',
      { intent: 'write_off', patient: 'Emma', amountCents: 2000, reason: 'financial_hardship' },
    ],
    [
      'write off $25 for Liam (guardian: Rosa Vega) small balance',
      { intent: 'write_off', patient: 'Liam', amountCents: 2500, reason: 'small_balance' },
    ],
    ['refund $15 to Ava, dad is Mark Stone', { intent: 'refund_payment', patient: 'Ava', amountCents: 1500 }],
    // A guardian named alone is still found.
    [
      'mom is Sarah Lee, write off her $20 balance, hardship',
      { intent: 'write_off', patient: 'Sarah Lee', amountCents: 2000, reason: 'financial_hardship' },
    ],
    [
      "Dr Kaur wants us to write off her assistant's son's cleaning, Leo Grant, $80 prof courtesy",
      { intent: 'write_off', patient: 'Leo Grant', amountCents: 8000, reason: 'professional_courtesy' },
    ],
    [
      "the Nguyen girl's copay needs a refund, $15 - Lan Nguyen",
      { intent: 'refund_payment', patient: 'Lan Nguyen', amountCents: 1500 },
    ],
    [
      "our receptionist's daughter Mia Ford - w/o $40 courtesy",
      { intent: 'write_off', patient: 'Mia Ford', amountCents: 4000, reason: 'professional_courtesy' },
    ],
    [
      'wo 1.25 jon reyes rounding small bal',
      { intent: 'write_off', patient: 'jon reyes', amountCents: 125, reason: 'small_balance' },
    ],
    ["refund jane doe's $20", { intent: 'refund_payment', patient: 'jane doe', amountCents: 2000 }],
    ["write off sam's balance", { intent: 'write_off', patient: 'sam', amountAll: true }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('D. the visit’s date beats a payment’s', () => {
  it.each<Case>([
    [
      'refund ana diaz $30, she paid on 11/22 for her 11/2 cleaning',
      { intent: 'refund_payment', patient: 'ana diaz', amountCents: 3000, dateOfService: '2026-11-02' },
    ],
    [
      'refund lou park 55 overpayment from 11/18, DOS 11/4',
      { intent: 'refund_payment', patient: 'lou park', amountCents: 5500, dateOfService: '2026-11-04' },
    ],
    [
      "refund Bo Hart's 11/21 payment of $25 for his 10/28 visit",
      { intent: 'refund_payment', patient: 'Bo Hart', amountCents: 2500, dateOfService: '2026-10-28' },
    ],
    [
      "Cy Dunn's dad paid 11/23; write off the leftover 4.80 small bal from his 11/9 visit",
      {
        intent: 'write_off',
        patient: 'Cy Dunn',
        amountCents: 480,
        reason: 'small_balance',
        dateOfService: '2026-11-09',
      },
    ],
    [
      'refund $20 to Bo Hart, payment on 11/15, visit Oct 29',
      { intent: 'refund_payment', patient: 'Bo Hart', amountCents: 2000, dateOfService: '2026-10-29' },
    ],
    [
      'write off $15 for Kay Moss, seen 10/12, statement sent 11/1',
      { intent: 'write_off', patient: 'Kay Moss', amountCents: 1500, dateOfService: '2026-10-12' },
    ],
    // One date, or none labelled: the first is read as before.
    [
      'refund the payment Jo Lee made 11/20',
      { intent: 'refund_payment', patient: 'Jo Lee', dateOfService: '2026-11-20' },
    ],
    [
      'write off $10 for Al Ruiz 10/3 and 10/9',
      { intent: 'write_off', patient: 'Al Ruiz', amountCents: 1000, dateOfService: '2026-10-03' },
    ],
    ['write off the remaining 12 for Jo Lee', { intent: 'write_off', patient: 'Jo Lee', amountCents: 1200 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('E. reasons told as a story', () => {
  it.each<Case>([
    [
      'wo $22.40 for Nia Cole bridge 11/5 our lab shade error',
      {
        intent: 'write_off',
        patient: 'Nia Cole',
        amountCents: 2240,
        reason: 'administrative',
        dateOfService: '2026-11-05',
      },
    ],
    [
      'write off $60 for Ken Ito, our scheduling mistake',
      { intent: 'write_off', patient: 'Ken Ito', amountCents: 6000, reason: 'administrative' },
    ],
    [
      'write off $210 for Ken Ito CT 10/8, we did it without a prior auth',
      {
        intent: 'write_off',
        patient: 'Ken Ito',
        amountCents: 21000,
        reason: 'administrative',
        dateOfService: '2026-10-08',
      },
    ],
    [
      'write off $90 for Ken Ito, we never got the prior authorization',
      { intent: 'write_off', patient: 'Ken Ito', amountCents: 9000, reason: 'administrative' },
    ],
    [
      "can u w/o the copay for Ivy Roe from yesterday's checkup, she waited 75 minutes",
      { intent: 'write_off', patient: 'Ivy Roe', reason: 'service_recovery', dateOfService: '2026-11-26' },
    ],
    [
      'write off $25 for Ken Ito, he was kept waiting over an hour',
      { intent: 'write_off', patient: 'Ken Ito', amountCents: 2500, reason: 'service_recovery' },
    ],
    [
      'write off 30 dollars for Lia Wu, they are on our sliding fee scale',
      { intent: 'write_off', patient: 'Lia Wu', amountCents: 3000, reason: 'financial_hardship' },
    ],
    [
      'w/o Tad Lim 4.5 small',
      { intent: 'write_off', patient: 'Tad Lim', amountCents: 450, reason: 'small_balance' },
    ],
    [
      'write off $12 for Ken Ito, small',
      { intent: 'write_off', patient: 'Ken Ito', amountCents: 1200, reason: 'small_balance' },
    ],
    // Not ours, not the patient's wait, not the shorthand.
    [
      'write off $60 for Ken Ito, our insurance changed',
      { intent: 'write_off', patient: 'Ken Ito', amountCents: 6000 },
    ],
    [
      'write off $25 for Ken Ito, we waited 40 min on hold with aetna',
      { intent: 'write_off', patient: 'Ken Ito', amountCents: 2500 },
    ],
    [
      'write off $12 for Ken Ito small favor for a friend',
      { intent: 'write_off', patient: 'Ken Ito', amountCents: 1200 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('F. refunds and balance checks in other words', () => {
  it.each<Case>([
    [
      'reimburse lena cho $35, double payment',
      { intent: 'refund_payment', patient: 'lena cho', amountCents: 3500 },
    ],
    [
      'give Omar Bey his money back - $60, insurance paid it',
      { intent: 'refund_payment', patient: 'Omar Bey', amountCents: 6000 },
    ],
    [
      'could you see whether Ann Poe has paid on her 9/2 visit?',
      { intent: 'balance', patient: 'Ann Poe', dateOfService: '2026-09-02' },
    ],
    ['pls check if Dev Shah made any payments', { intent: 'balance', patient: 'Dev Shah' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('G. other ways of saying all of it', () => {
  it.each<Case>([
    [
      "write off whatevers left on Gus Hale's 10/21 visit, small bal",
      {
        intent: 'write_off',
        patient: 'Gus Hale',
        amountAll: true,
        reason: 'small_balance',
        dateOfService: '2026-10-21',
      },
    ],
    [
      'write off the ER balance for Pia Lund, bankruptcy',
      { intent: 'write_off', patient: 'Pia Lund', amountAll: true, reason: 'bankruptcy' },
    ],
    // Named with an amount, or sized, it is not all of it.
    [
      'write off the MRI balance of $40 for Ida Nash',
      { intent: 'write_off', patient: 'Ida Nash', amountCents: 4000 },
    ],
    [
      'write off the small balance for Ida Nash',
      { intent: 'write_off', patient: 'Ida Nash', reason: 'small_balance' },
    ],
    ['what is the MRI balance for Ida Nash', { intent: 'balance', patient: 'Ida Nash' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('H. a percent of a stated whole is the share, never the whole', () => {
  it.each<Case>([
    [
      "prompt pay discount 15% on Ana Ruiz's $300 MRI, she paid at check-in",
      { intent: 'write_off', patient: 'Ana Ruiz', amountCents: 4500, reason: 'prompt_pay_discount' },
    ],
    [
      "10 percent off Ed Walsh's $400 bill, prompt pay",
      { intent: 'write_off', patient: 'Ed Walsh', amountCents: 4000, reason: 'prompt_pay_discount' },
    ],
    [
      'give Ed Walsh a 10% discount of the $400, prompt pay',
      { intent: 'write_off', patient: 'Ed Walsh', amountCents: 4000, reason: 'prompt_pay_discount' },
    ],
    [
      'take 15% off her $200 for Amy Ross, prompt pay',
      { intent: 'write_off', patient: 'Amy Ross', amountCents: 3000, reason: 'prompt_pay_discount' },
    ],
    [
      "write off 10% of Ed Walsh's $400 balance, prompt pay",
      { intent: 'write_off', patient: 'Ed Walsh', amountCents: 4000, reason: 'prompt_pay_discount' },
    ],
    // The discount written in dollars stands.
    [
      'w/o 10% prompt pay disc for Lee Chen, $14',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1400, reason: 'prompt_pay_discount' },
    ],
    [
      'write off $40 for Ed Walsh, 10% prompt pay discount on his $400 bill',
      { intent: 'write_off', patient: 'Ed Walsh', amountCents: 4000, reason: 'prompt_pay_discount' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each([
    ['prompt pay 10% for Ed Walsh - $400 CT', 'write_off'],
    ["apply a 5% courtesy discount to Amy Ross's $250 balance", 'write_off'],
  ])('%s: the whole is refused, with the reason', (text, intent) => {
    const parsed = parseRequest(text, { today: TODAY });
    expect(parsed.intent).toBe(intent);
    expect(parsed.amountCents).toBeNull();
    expect(parsed.amountAll).toBe(false);
    expect(parsed.amountProblem).toMatch(/percentage of \$\d+ is asked/);
  });
});
