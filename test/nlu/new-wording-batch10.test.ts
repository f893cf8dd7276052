/**
 * The tenth batch of fresh wording (today 2026-11-27). Each misreading is tested with the
 * sentence as written and with variants of our own, and with counter-examples that must keep
 * their reading, so that each fix is a rule for the family of wordings, not for one sentence.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

describe('1. money told in a story before the request is not the amount the request names', () => {
  it.each<[string, Partial<Frame>]>([
    [
      'she paid $50 today at the front desk, pls w/o the remaining $15 for Grace Liu as small bal',
      { intent: 'write_off', patient: 'Grace Liu', amountCents: 1500, reason: 'small_balance' },
    ],
    // Variants: paid, charged, billed, covered by insurance, the name first, an amount in words.
    [
      'pt paid $100 at checkout, please write off the last $12 for Tom Baker as small balance',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'Jane Doe was charged $80 for the visit, can you w/o the leftover $20, courtesy',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'professional_courtesy' },
    ],
    [
      'Grace Liu paid $50 today, w/o the remaining $15 small bal',
      { intent: 'write_off', patient: 'Grace Liu', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'he owed $200, insurance covered $150, w/o the last $50 for Tom Baker bad debt',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 5000, reason: 'bad_debt' },
    ],
    [
      'pt paid us $20 cash, can you writeoff the leftover 8 dollars for Bob Smith',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 800 },
    ],
    [
      'she paid $50, please w/o her remaining balance of $15 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1500 },
    ],
    // Money paid is never what is written off: with no amount asked, "the rest" is all of it.
    [
      'she paid $50 today, write off the rest for Grace Liu',
      { intent: 'write_off', patient: 'Grace Liu', amountAll: true },
    ],
    [
      'she paid $25 copay, write off the remaining balance for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    // "refund nothing" asks nothing: the write-off after it is the request.
    [
      'she paid $50 on a $65 bill, refund nothing, just w/o the $15 for Grace Liu',
      { intent: 'write_off', patient: 'Grace Liu', amountCents: 1500 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a story whose difference is asked, a refund of what was paid, one amount.
  it.each<[string, Partial<Frame>]>([
    [
      'she paid $80 but only owed $50, refund the difference to Jane Doe',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 3000 },
    ],
    [
      'Jane Doe paid $60 by mistake, refund it',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 6000 },
    ],
    [
      'Jane paid $40 on her $100 balance, refund it',
      { intent: 'refund_payment', patient: 'Jane', amountCents: 4000 },
    ],
    [
      'refund $30 to Jane Doe, she paid $80 on a $50 bill',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 3000 },
    ],
    [
      'her copay was $40 and she paid $25, write off the other $15 for Bob Smith small bal',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      // The day of a payment is not the date of service (known-misses-25).
      'Bob Smith paid $30 yesterday, refund $10 of it',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 1000, dateOfService: null },
    ],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe('2. a verb inside "before I …" / "until I …", or done to "anything", is not the request', () => {
  it.each<[string, Partial<Frame>]>([
    [
      "before I write anything off, what's Kwame Mensah's current balance?",
      { intent: 'balance', patient: 'Kwame Mensah' },
    ],
    // Variants: other verbs, "we", "until", "anything" without the clause, the clause last.
    ['before I refund her, what does Jane Doe owe?', { intent: 'balance', patient: 'Jane Doe' }],
    ["before I cancel the PR, what's on Jane Doe's ledger?", { intent: 'balance', patient: 'Jane Doe' }],
    [
      "before we refund anything, can you pull up Lee Chen's charges?",
      { intent: 'balance', patient: 'Lee Chen' },
    ],
    ["until we refund her, what's Jane Doe's balance?", { intent: 'balance', patient: 'Jane Doe' }],
    ['not writing anything off yet, what does Bob Smith owe?', { intent: 'balance', patient: 'Bob Smith' }],
    [
      "I don't want to write anything off, what's Tom Baker's balance?",
      { intent: 'balance', patient: 'Tom Baker' },
    ],
    ["check Jane Doe's balance before I write it off", { intent: 'balance', patient: 'Jane Doe' }],
    // A product question after such a clause is still help.
    ['before you write it off, how do I add a note?', { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: the request outside the clause stands; "anything under $5" is a batch.
  it.each<[string, Partial<Frame>]>([
    [
      'write off $40 for Jane Doe before I forget',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      "write off Jane Doe's $40 before I leave today, hardship",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'refund $20 to Bob Smith until I say otherwise',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
    ['w/o anything under $5', { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' }],
    [
      'write off everything for Jane Doe, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'write off the balance for Jane Doe before the end of the month',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe('3. with a part left, the amount right after the write-off verb is the amount', () => {
  it.each<[string, Partial<Frame>]>([
    [
      "write off $30 of Priya Patel's $130 balance, hardship. leave the other $100 on her account",
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 3000, reason: 'financial_hardship' },
    ],
    // Variants: "keep", "leaving", a refund, the part left in its own sentence.
    [
      "w/o $25 of Tom Baker's $75 balance, bad debt, keep the other $50",
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 2500, reason: 'bad_debt' },
    ],
    [
      'w/o $25 for Bob Smith and keep $10 on his account',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2500 },
    ],
    [
      "refund $15 of Jane Doe's $40 payment and keep the remaining $25 on file",
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 1500 },
    ],
    [
      'write off $60 for Lee Chen, courtesy. leave the last $20 for him to pay',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 6000, reason: 'professional_courtesy' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: the part left is never the amount; with none asked, the form asks.
  it.each<[string, Partial<Frame>]>([
    ["write off all but $10 of Jane Doe's balance", { intent: 'write_off', patient: 'Jane Doe' }],
    ["w/o Jane Doe's balance but leave $10 on the account", { intent: 'write_off', patient: 'Jane Doe' }],
    ['write off $40 for Jane Doe except the copay', { intent: 'write_off', patient: 'Jane Doe' }],
    [
      'write off $40 for Jane Doe, keep in mind $10 is insurance',
      { intent: 'write_off', patient: 'Jane Doe' },
    ],
    [
      'refund $20 minus the $5 fee to Bob Smith',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 1500 },
    ],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe('4. "whatever he still owes", "whatever is left" is all of it', () => {
  it.each<[string, Partial<Frame>]>([
    [
      "Tom Baker's wife let us know he died on 11/15 :( please w/o whatever he still owes",
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true, reason: 'deceased' },
    ],
    // Variants: she, they, the patient, the name, "whatever is left", "whatever's still owed".
    [
      'please w/o whatever she still owes for Jane Doe, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'zero out whatever they still owe, Lee Chen went bankrupt',
      { intent: 'write_off', patient: 'Lee Chen', amountAll: true, reason: 'bankruptcy' },
    ],
    [
      'write off whatever the patient still owes for Tom Baker, deceased',
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true, reason: 'deceased' },
    ],
    [
      'w/o whatever Tom Baker still owes, he passed',
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true, reason: 'deceased' },
    ],
    ['w/o whatever is left for Bob Smith', { intent: 'write_off', patient: 'Bob Smith', amountAll: true }],
    [
      "write off whatever's still owed on Bob Smith, deceased",
      { intent: 'write_off', patient: 'Bob Smith', amountAll: true, reason: 'deceased' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a balance question, an amount of what is owed, an overpayment.
  it.each<[string, Partial<Frame>]>([
    ['what does Jane Doe still owe', { intent: 'balance', patient: 'Jane Doe' }],
    [
      'write off $20 of whatever she still owes for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
    ['refund whatever she overpaid to Jane Doe', { intent: 'refund_payment', patient: 'Jane Doe' }],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe('5. a name written "Lastname, Firstname" is the whole name', () => {
  it.each<[string, Partial<Frame>]>([
    [
      'pls wo $12.50 for Garcia, María - small balance :pray:',
      { intent: 'write_off', patient: 'Garcia, María', amountCents: 1250, reason: 'small_balance' },
    ],
    [
      'w/o the remaining bal on Chen, Lee - bad debt',
      { intent: 'write_off', patient: 'Chen, Lee', amountAll: true, reason: 'bad_debt' },
    ],
    ['how much is outstanding for Dubois, Anne-Marie', { intent: 'balance', patient: 'Dubois, Anne-Marie' }],
    ['how much is outstanding for Nakamura, Hiroshi', { intent: 'balance', patient: 'Nakamura, Hiroshi' }],
    // Variants: a verb, a possessive, a reason or "please" after the given name, two surnames.
    ['what does Nguyen, Minh owe', { intent: 'balance', patient: 'Nguyen, Minh' }],
    ["Garcia, María's balance?", { intent: 'balance', patient: 'Garcia, María' }],
    [
      'w/o $5 Garcia, María small bal',
      { intent: 'write_off', patient: 'Garcia, María', amountCents: 500, reason: 'small_balance' },
    ],
    ['for Doe, Jane please write off $20', { intent: 'write_off', patient: 'Doe, Jane', amountCents: 2000 }],
    [
      'refund $15 to Van Dyke, Pieter',
      { intent: 'refund_payment', patient: 'Van Dyke, Pieter', amountCents: 1500 },
    ],
    [
      "write off the balance for O'Neil, Samuel - small balance",
      { intent: 'write_off', patient: "O'Neil, Samuel", amountAll: true, reason: 'small_balance' },
    ],
    ['write off $40 for DOE, JANE', { intent: 'write_off', patient: 'DOE, JANE', amountCents: 4000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a reason or a known word after the comma, a second person, a date.
  it.each<[string, Partial<Frame>]>([
    [
      'write off $40 for Jane Doe, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'write off $40 for Bob Smith, small balance',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 4000, reason: 'small_balance' },
    ],
    [
      'write off $40 for Jane, Hardship',
      { intent: 'write_off', patient: 'Jane', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'refund $20 for Jane, Bob says it is fine',
      { intent: 'refund_payment', patient: 'Jane', amountCents: 2000 },
    ],
    ['refund Jane Doe, Bob Smith said so', { intent: 'refund_payment', patient: 'Jane Doe' }],
    [
      'w/o $20 for Jane, May 3 visit',
      { intent: 'write_off', patient: 'Jane', amountCents: 2000, dateOfService: '2026-05-03' },
    ],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe("6. checking a patient's account is a balance look-up", () => {
  it.each<[string, Partial<Frame>]>([
    [
      "can someone check Priya Patel's acct before I call her back :telephone_receiver:",
      { intent: 'balance', patient: 'Priya Patel' },
    ],
    [
      "Janet Doe says she already paid, what's still showing on her account?",
      { intent: 'balance', patient: 'Janet Doe' },
    ],
    // Variants: pull, look at, peek at, what the account shows, what sits on it.
    ["can you pull Tom Baker's account before I call him back", { intent: 'balance', patient: 'Tom Baker' }],
    ["can you look at Bob Smith's account real quick", { intent: 'balance', patient: 'Bob Smith' }],
    ["someone peek at Tom Baker's acct before I call him back", { intent: 'balance', patient: 'Tom Baker' }],
    ["quick look at Jane Doe's account pls", { intent: 'balance', patient: 'Jane Doe' }],
    ['Jane Doe swears she paid, what does her account show?', { intent: 'balance', patient: 'Jane Doe' }],
    ["what's sitting on Lee Chen's account?", { intent: 'balance', patient: 'Lee Chen' }],
    ["Lee Chen called, what's showing on his acct?", { intent: 'balance', patient: 'Lee Chen' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: an account named without asking it, a call asked for, a write-off.
  it.each<[string, Partial<Frame>]>([
    ['I left a note on her account', {}],
    ['remind me to call Jane Doe back before I leave', { patient: 'Jane Doe' }],
    ['can you reschedule Jane Doe before I call her back', { patient: 'Jane Doe' }],
    [
      "write off $20 on Jane Doe's account, small balance",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'small_balance' },
    ],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe('7. a lone feeling or a plural abbreviation in capitals is no patient', () => {
  it.each<[string, Partial<Frame>]>([
    ['when do I cancel PR vs write it off? confused :thinking_face:', { intent: 'help' }],
    ["The clearinghouse is down again, ERAs won't load", {}],
    // Variants: other feelings and endings, first or last, other abbreviations.
    ['which reason for a dead patient? unsure', { intent: 'help' }],
    ['how do I refund a copay? confusing', { intent: 'help' }],
    ['Frustrated. can billers undo their own write-offs?', { intent: 'help' }],
    ['Stumped. which reason do I use for a bankruptcy?', { intent: 'help' }],
    ['is it normal that ERAs take 3 days to load?', {}],
    ['the EOBs never came through for last week, annoyed', {}],
    ['NPIs need updating, who do I ask?', {}],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: one-word names, in either case, and names that end like a participle.
  it.each<[string, Partial<Frame>]>([
    [
      'write off $40 for Jane, hardship',
      { intent: 'write_off', patient: 'Jane', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'write off $15 for mo, hardship',
      { intent: 'write_off', patient: 'mo', amountCents: 1500, reason: 'financial_hardship' },
    ],
    ['what does Ahmed owe?', { intent: 'balance', patient: 'Ahmed' }],
    ['refund $20 to javed', { intent: 'refund_payment', patient: 'javed', amountCents: 2000 }],
    ['refund $20 to Irving please', { intent: 'refund_payment', patient: 'Irving', amountCents: 2000 }],
    [
      'w/o $10 for Ted small bal',
      { intent: 'write_off', patient: 'Ted', amountCents: 1000, reason: 'small_balance' },
    ],
    ["what's Hope's balance", { intent: 'balance', patient: 'Hope' }],
    ['refund $20 to Ty', { intent: 'refund_payment', patient: 'Ty', amountCents: 2000 }],
    ["The EOBs for Jane Doe haven't posted", { patient: 'Jane Doe' }],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});
