/**
 * The sixth batch of wording (today 2026-11-27): a name written first in lower case, small talk
 * that gave a patient, a month with words before its visit, slips in long reason words, amounts
 * written the European way, and a day with no month. Each is tested as written, with variants of
 * our own, and with wordings that must not change, so the fix is a rule for the family.
 */
import { describe, expect, it } from 'vitest';
import { monthOfVisit } from '../../src/nlu/date.ts';
import { parseRequest } from '../../src/nlu/parse.ts';
import { correctCommandTypos } from '../../src/nlu/typos.ts';
import { expectFrame, type Frame, frameOf } from './support/frame.ts';

const today = '2026-11-27';

describe('1. a name written first in lower case, before the request', () => {
  it.each<[string, Partial<Frame>]>([
    [
      'jane doe w/o $40 hardship',
      { intent: 'write_off', patient: 'jane doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    ['bob smith refund $20', { intent: 'refund_payment', patient: 'bob smith', amountCents: 2000 }],
    [
      'lee chen - cancel the PR, duplicate',
      { intent: 'cancel_pr', patient: 'lee chen', amountAll: true, cancelReason: 'duplicate' },
    ],
    ['theodore quackenbush balance', { intent: 'balance', patient: 'theodore quackenbush' }],
    [
      "maria garcia's copay refund $15",
      { intent: 'refund_payment', patient: 'maria garcia', amountCents: 1500 },
    ],
    // Variants: a colon, a comma, "please", a third name word, particles, an honorific, "wo".
    ['lee chen: please refund $20', { intent: 'refund_payment', patient: 'lee chen', amountCents: 2000 }],
    ['jose de la cruz, w/o $15', { intent: 'write_off', patient: 'jose de la cruz', amountCents: 1500 }],
    [
      'ana maria lopez write off $12 small bal',
      { intent: 'write_off', patient: 'ana maria lopez', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'jane doe write-off $40 bad debt',
      { intent: 'write_off', patient: 'jane doe', amountCents: 4000, reason: 'bad_debt' },
    ],
    ['dr lee chen refund $20', { intent: 'refund_payment', patient: 'lee chen', amountCents: 2000 }],
    ['kim lau wo $35', { intent: 'write_off', patient: 'kim lau', amountCents: 3500 }],
    ['priya patel bal', { intent: 'balance', patient: 'priya patel' }],
    [
      'sam oneil undo the $20 write-off',
      { intent: 'undo_write_off', patient: 'sam oneil', amountCents: 2000 },
    ],
    // Of two requests the first is read, with the name that opens it.
    [
      'jane doe w/o $40 and refund $20 to Bob Smith',
      { intent: 'write_off', patient: 'jane doe', amountCents: 4000 },
    ],
    // A verb of ours that opens the text is no part of the name after it.
    ["nix jane doe's write-off", { intent: 'write_off', patient: 'jane doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<[string, Partial<Frame>]>([
    ['good morning team', {}],
    ['thanks so much', {}],
    ['quick question - can I undo a write-off?', { intent: 'help' }],
    // A question or small talk opens with words that are no name, even before a word of ours.
    ['happy holidays - refund policy question', { intent: 'help' }],
    [
      'hey there, can you write off $40 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'good morning, refund $20 to Bob Smith',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
    // A name the text cues beats words that open it.
    [
      'big favor - refund $20 to Jane Doe',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 2000 },
    ],
    ['morning all - w/o $40 for lee chen', { intent: 'write_off', patient: 'lee chen', amountCents: 4000 }],
    // A greeting before the words: they are whom it greets, not the patient.
    ['hi jane doe refund $20', { intent: 'refund_payment', amountCents: 2000 }],
  ])('not a name: %s', (text, expected) => expectFrame(text, expected));
});

describe('2. a lone lower-case word after "is", "to", "on": small talk names nobody', () => {
  it.each<[string, Partial<Frame>]>([
    ['the weather is nice', {}],
    ['the weather is really nice', {}],
    ['the printer on the second floor is jammed', {}],
    ['can you remind me to call the clearinghouse', {}],
    ['what do I do if the write off button is gray', { intent: 'help' }],
    ['when do i cancel vs write off', { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<[string, Partial<Frame>]>([
    ['write off $40 for jane', { intent: 'write_off', patient: 'jane', amountCents: 4000 }],
    ['refund bob $20', { intent: 'refund_payment', patient: 'bob', amountCents: 2000 }],
    // A preposition after an amount or a word of ours introduces the name.
    ['refund $20 to bob', { intent: 'refund_payment', patient: 'bob', amountCents: 2000 }],
    ["what's the balance on jane", { intent: 'balance', patient: 'jane' }],
    // "is" and "does" that open a question introduce it too.
    ['is jane paid up?', { intent: 'balance', patient: 'jane' }],
    ['does jane have a balance?', { intent: 'balance', patient: 'jane' }],
    ['how much does jane owe', { intent: 'balance', patient: 'jane' }],
  ])('still a name: %s', (text, expected) => expectFrame(text, expected));
});

describe('3. the month of a visit with words between them (monthOfVisit)', () => {
  it.each<[string, number]>([
    ["bob smith's feb office visit", 2],
    ['feb office visit', 2],
    ["why can't I write off jane doe feb office visit?", 2],
    ['write off the feb office visit for Jane Doe', 2],
    ['her march lab visit', 3],
    ['march labs', 3],
    ['oct follow-up visit', 10],
    ['jan annual physical exam', 1],
    ["Jane's April visit", 4],
  ])('%s: month %i', (text, month) => expect(monthOfVisit(text.toLowerCase())).toBe(month));

  it.each([
    'may I write off her visit',
    'may we see the visit',
    'she may need another visit',
    'how do I write off a visit',
    // A day is written: the date of service says which visit, not the month alone.
    'the oct 3 labs',
  ])('%s: no month', (text) => expect(monthOfVisit(text.toLowerCase())).toBeNull());
});

describe('4. slips in long reason words', () => {
  const withReason = (reason: string) => ({
    intent: 'write_off',
    patient: 'Jane Doe',
    amountCents: 4000,
    reason,
  });

  it.each<[string, string]>([
    ['write off $40 for Jane Doe, profesional curtesy', 'professional_courtesy'],
    ['write off $40 for Jane Doe, finacial hardshp', 'financial_hardship'],
    ['write off $40 for Jane Doe, bankrupcy', 'bankruptcy'],
    ['write off $40 for Jane Doe, decesed', 'deceased'],
    ['writ off $40 for Jane Doe, hardshp', 'financial_hardship'],
    // A swap, a letter changed, two slips in a word of 12 letters or more.
    ['write off $40 for Jane Doe, hardhsip', 'financial_hardship'],
    ['write off $40 for Jane Doe, bankruptsy', 'bankruptcy'],
    ['write off $40 for Jane Doe, proffesionl courtesy', 'professional_courtesy'],
    ['write off $40 for Jane Doe, adminstrativ', 'administrative'],
    ['write off $40 for Jane Doe, uncolectible', 'bad_debt'],
  ])('%s', (text, reason) => expectFrame(text, withReason(reason)));

  it('cancel reasons too: "duplcate"', () =>
    expectFrame('cancel the PR for Jane Doe, duplcate', {
      intent: 'cancel_pr',
      patient: 'Jane Doe',
      amountAll: true,
      cancelReason: 'duplicate',
    }));

  it.each([
    // Real words as close to a reason word as a slip is.
    'write off $40 for Jane Doe, her balance decreased',
    'write off $40 for Jane Doe, administration approved',
    // Short words stay exact: "clarity" is not "charity".
    'write off $40 for Jane Doe, for clarity',
  ])('%s: no reason', (text) =>
    expectFrame(text, { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }),
  );

  it('leaves a capitalised name alone', () => {
    expect(correctCommandTypos('write off $40 for Tom Hardsip')).toBe('write off $40 for Tom Hardsip');
    expect(correctCommandTypos('w/o $40, finacial hardshp')).toBe('w/o $40, financial hardship');
  });
});

describe('5. amounts written the European way', () => {
  it.each<[string, Partial<Frame>]>([
    ['w/o $1.250,00 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 125000 }],
    [
      'refund 1.250,00 dollars to Jane Doe',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 125000 },
    ],
    [
      'refund $12.500,50 to Jane Doe',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 1250050 },
    ],
    // Unchanged: the thousands separator and the decimal point as written in the US.
    ['w/o $1,250 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 125000 }],
    ['w/o $1,250.00 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 125000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each([
    // Over the limit: refused with its message, never read as something smaller.
    ['w/o $1.250.000,00 for Jane Doe', 'limit'],
    // "40,50" alone may be two numbers; parse.test.ts keeps "12,34" unread, and so it stays.
    ['w/o 40,50 for Jane Doe', 'not a number'],
    ['w/o $1.250,5 for Jane Doe', 'not a number'],
  ])('%s: no amount, and the problem is named', (text, problem) => {
    const parsed = parseRequest(text, { today });
    expect(parsed).toMatchObject({ intent: 'write_off', patient: 'Jane Doe', amountCents: null });
    expect(parsed.amountProblem).toContain(problem);
  });
});

describe('6. a day with no month: the latest such day not after today', () => {
  const onDay = (dateOfService: string | null) => ({
    intent: 'write_off',
    patient: 'Jane Doe',
    amountCents: 2000,
    dateOfService,
  });

  it.each<[string, string | null]>([
    ['write off $20 for Jane Doe from the 14th', '2026-11-14'],
    ['write off $20 for Jane Doe from the 30th', '2026-10-30'],
    ['write off $20 for Jane Doe on the 27th', '2026-11-27'],
    ['write off $20 for Jane Doe on the 31st', '2026-10-31'],
    ['write off $20 for Jane Doe, visit on the 3rd', '2026-11-03'],
    // Unchanged: a month given, days ago, no "the", no such day.
    ['write off $20 for Jane Doe, the 14th of march', '2026-03-14'],
    ['write off $20 for Jane Doe 14 days ago', '2026-11-13'],
    ['write off $20 for Jane Doe 14th', null],
    ['write off $20 for Jane Doe on the 45th', null],
  ])('%s', (text, date) => expectFrame(text, onDay(date)));

  it('a day of death is no date of service: "she died on the 14th"', () =>
    expectFrame('write off $20 for Jane Doe, she died on the 14th', { ...onDay(null), reason: 'deceased' }));

  it('goes back over the new year and over months without that day', () => {
    expect(frameOf('write off $20 for Jane Doe from the 14th', '2026-01-05').dateOfService).toBe(
      '2025-12-14',
    );
    expect(frameOf('write off $20 for Jane Doe on the 31st', '2026-03-05').dateOfService).toBe('2026-01-31');
  });

  it.each<[string, Partial<Frame>]>([
    ['write off $14 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 1400 }],
    // "the 2nd charge", "the 3rd visit": which one, counted, not a day.
    ['write off the 2nd charge for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
    [
      'write off the 3rd visit for Nora Quist, small balance',
      { intent: 'write_off', patient: 'Nora Quist', reason: 'small_balance' },
    ],
  ])('no day: %s', (text, expected) => expectFrame(text, expected));
});
