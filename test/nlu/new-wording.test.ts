import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/domain/money.ts';
import { TENS_WORDS, UNIT_WORDS } from '../../src/domain/number-words.ts';
import { normalizeText } from '../../src/nlu/normalize.ts';
import { parseRequest } from '../../src/nlu/parse.ts';
import { isProductQuestion } from '../../src/nlu/question.ts';
import { outOfScopeTask } from '../../src/nlu/scope.ts';
import { correctCommandTypos, withinOneEdit } from '../../src/nlu/typos.ts';

const today = '2026-11-27'; // a Friday
const parse = (text: string) => parseRequest(text, { today });

describe('a question about how the product works is help, even with an action verb', () => {
  it.each([
    'can a write-off be taken back afterwards?',
    'help writeoffs',
    'is a refund final',
    'does cancelling PR also remove payments?',
    'if I refund $30 by mistake what happens',
    'which billers may approve write-offs above $500?',
    'refund rules?',
    'what can you do',
  ])('%s -> help', (text) => {
    expect(parse(text).intent).toBe('help');
  });

  it.each([
    ['can you write off $25 for Helen Wu?', 'write_off'],
    ['could you please undo the write-off for Helen Wu', 'undo_write_off'],
    ['would you mind refunding $10 to Helen Wu', 'refund_payment'],
    ['can I see Helen Wu’s balance?', 'balance'],
    ['what’s left on her balance?', 'balance'],
    ['Hey team, could you cancel the PR for Helen Wu? duplicate', 'cancel_pr'],
  ])('a request asked politely stays the request: %s', (text, intent) => {
    expect(parse(text).intent).toBe(intent);
  });

  it('is one decision the help path can ask too', () => {
    const ask = (text: string, hasPatient = false, hasAmount = false) =>
      isProductQuestion(normalizeText(text).lower, { hasPatient, hasAmount });
    expect(ask('are refunds reversible?')).toBe(true);
    expect(ask('can you refund Helen Wu $5', true, true)).toBe(false);
    expect(ask('what is the weather like')).toBe(false);
  });
});

describe('asks the app does not handle are unknown, not the nearest action', () => {
  it.each([
    ['email Helen Wu her statement', 'statements'],
    ['reschedule Helen Wu to Thursday', 'scheduling'],
    ['appeal the denied claim for Helen Wu', 'claims'],
    ['run an eligibility check on Helen Wu', 'eligibility'],
    ['Helen Wu wants a payment plan', 'payment_plans'],
    ['refer Helen Wu to collections', 'collections_referral'],
  ])('%s -> unknown (%s)', (text, task) => {
    expect(parse(text).intent).toBe('unknown');
    expect(outOfScopeTask(normalizeText(text).lower)).toBe(task);
  });

  it('still reads collections as a write-off reason when the text asks for a write-off', () => {
    const parsed = parse('write off the rest for Helen Wu, she went to collections');
    expect(parsed).toMatchObject({ intent: 'write_off', reason: 'collection_agency', amountAll: true });
  });
});

describe('verbs the rules did not know', () => {
  it.each([
    'I wrote off Helen Wu by mistake, add it back',
    'wrote off $20 on Helen Wu in error - reinstate it',
    'restore what I wrote off for Helen Wu',
  ])('undo: %s', (text) => {
    expect(parse(text)).toMatchObject({ intent: 'undo_write_off', patient: 'Helen Wu' });
  });

  it('zero out with a why-it-was-wrong reason cancels; without one it writes off', () => {
    expect(parse('zero out the PR for Helen Wu, it was posted twice')).toMatchObject({
      intent: 'cancel_pr',
      cancelReason: 'duplicate',
    });
    expect(parse('zero out the PR for Helen Wu, bad debt')).toMatchObject({
      intent: 'write_off',
      reason: 'bad_debt',
    });
  });

  it.each([
    ['sweep any balance under $2', 200],
    ['wipe out every balance less than 3 dollars', 300],
    ['clear out accounts below $1.50', 150],
  ])('batch: %s', (text, cents) => {
    expect(parse(text)).toMatchObject({ intent: 'small_balance_batch', amountCents: cents });
  });
});

describe('taking an amount off, giving a payment back', () => {
  it.each([
    ['knock $25 off Helen Wu, small balance', 2_500],
    ['please take 12 bucks off for Helen Wu, courtesy', 1_200],
    ['knock off $15 on Helen Wu’s bill, small bal', 1_500],
    ['write $40 off for Helen Wu, hardship', 4_000],
    ['wo $35 Helen Wu hardship', 3_500],
    ['can we eat the $12 for Helen Wu? small bal', 1_200],
    ['let the $9 go for Helen Wu, too small to bill', 900],
    ['discount Helen Wu’s bill by $30, paid up front', 3_000],
  ])('write-off of part: %s', (text, cents) => {
    expect(parse(text)).toMatchObject({ intent: 'write_off', patient: 'Helen Wu', amountCents: cents });
  });

  it('without an amount, taking off or dropping the PR with a why-it-was-wrong reason cancels it', () => {
    expect(parse('take off the PR for Helen Wu, entered in error').intent).toBe('cancel_pr');
    expect(parse('drop the charge for Helen Wu, it was posted twice')).toMatchObject({
      intent: 'cancel_pr',
      cancelReason: 'duplicate',
    });
  });

  it.each([
    'give back the $20 payment for Helen Wu',
    'return $20 to Helen Wu, she overpaid',
    'return the $20 copay to Helen Wu',
  ])('refund: %s', (text) => {
    expect(parse(text)).toMatchObject({ intent: 'refund_payment', patient: 'Helen Wu', amountCents: 2_000 });
  });

  it('does not take "let me go ahead" for letting a balance go', () => {
    expect(parse('let me go ahead and check Helen Wu’s balance').intent).toBe('balance');
  });

  it('does not take paying back over time, or returned mail, for a refund', () => {
    expect(parse('Helen Wu wants to pay back over time').intent).not.toBe('refund_payment');
    expect(parse('write off $20 for Helen Wu, returned mail').intent).toBe('write_off');
  });

  it('undoes with slang only when the write-off is its object', () => {
    expect(parse('scratch the write off I just did on Helen Wu').intent).toBe('undo_write_off');
    expect(parse('nix that $20 writeoff on Helen Wu')).toMatchObject({
      intent: 'undo_write_off',
      amountCents: 2_000,
    });
    expect(parse('ditch the remaining $7 on Helen Wu’s account, write it off').intent).toBe('write_off');
  });

  it('takes a look-up verb with only a name for a balance look-up', () => {
    expect(parse('pull up Helen Wu')).toMatchObject({ intent: 'balance', patient: 'Helen Wu' });
    expect(parse('pull up the appointment for Helen Wu').intent).toBe('unknown');
  });

  it('reads a rough patch as hardship', () => {
    expect(parse('knock 25 bucks off Helen Wu, she is going through a rough time').reason).toBe(
      'financial_hardship',
    );
  });
});

describe('a patient named by number', () => {
  it.each([
    ["what's the balance on MRN 10023", '10023'],
    ['mrn: QZ-40917 balance?', 'QZ-40917'],
    ['write off $25 for patient #4411, small balance', '4411'],
    ['refund acct no. 5521 $20', '5521'],
  ])('%s', (text, patient) => {
    expect(parse(text).patient).toBe(patient);
  });

  it('prefers a name when both are given, and never takes an amount or a count for a number', () => {
    expect(parse('write off $10 for Helen Wu MRN QZ-40917, small balance').patient).toBe('Helen Wu');
    expect(parse('write off 3 visits for patient 12, small balance').patient).toBeNull();
    expect(parse('write off $25 for patient 250 dollars').patient).toBeNull();
  });
});

describe('amounts and reasons in new places', () => {
  it('reads a bare number right after the name, but not a date or a count there', () => {
    expect(parse('refund Helen Wu 42.50').amountCents).toBe(4250);
    expect(parse('refund Helen Wu 10/2 payment').amountCents).toBeNull();
    expect(parse('write off Helen Wu 3 visits, hardship').amountCents).toBeNull();
  });

  it('takes "other: <text>" as the custom reason with its text as the note', () => {
    const parsed = parse('write off $12 for Helen Wu, other: Moved to Canada.');
    expect(parsed).toMatchObject({ reason: 'other', note: 'Moved to Canada' });
    expect(parse('write off $12 for Helen Wu, hardship').note).toBeNull();
  });

  it('does not take a date of death as the date of service', () => {
    expect(parse('write off the rest for Helen Wu, she passed away Nov 2').dateOfService).toBeNull();
    expect(parse('write off Helen Wu’s Oct 9 visit, died 11/2').dateOfService).toBe('2026-10-09');
  });
});

describe('command words with one slip', () => {
  it.each([
    ['refnud $5 to Helen Wu', 'refund_payment'],
    ['cancle the PR for Helen Wu', 'cancel_pr'],
    ['balanec for Helen Wu', 'balance'],
    ['cxl pr helen wu, duplicate', 'cancel_pr'],
  ])('%s -> %s', (text, intent) => {
    expect(parse(text).intent).toBe(intent);
  });

  it('leaves names and known words alone', () => {
    expect(correctCommandTypos('balance for Ann Cancek')).toBe('balance for Ann Cancek');
    expect(correctCommandTypos('all balances')).toBe('all balances');
    expect(correctCommandTypos('patient has cancer')).toBe('patient has cancer');
  });

  it('one edit means one insertion, deletion, change or swap', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 8 }), fc.nat(), (word, at) => {
        const i = at % (word.length - 1);
        const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        const dropped = word.slice(0, i) + word.slice(i + 1);
        expect(withinOneEdit(word, swapped)).toBe(true);
        expect(withinOneEdit(word, dropped)).toBe(true);
        expect(withinOneEdit(dropped, word)).toBe(true);
      }),
    );
    expect(withinOneEdit('refund', 'rfnd')).toBe(false);
    expect(withinOneEdit('cancel', 'cnacle')).toBe(false);
  });
});

describe('number words come from one list (domain/number-words.ts)', () => {
  it.each(Object.entries({ ...UNIT_WORDS, ...TENS_WORDS }).filter(([, value]) => value > 0))(
    '"write off %s dollars" is %i dollars, for the parser and for money.ts alike',
    (word, value) => {
      expect(parse(`write off ${word} dollars for Helen Wu`).amountCents).toBe(value * 100);
      expect(parseAmount(`${word} dollars`)).toEqual({ ok: true, cents: value * 100 });
    },
  );

  it('counts days and weeks back with the same words', () => {
    expect(parse('write off $5 for Helen Wu, visit twelve days ago').dateOfService).toBe('2026-11-15');
    expect(parse('write off $5 for Helen Wu, visit three weeks ago').dateOfService).toBe('2026-11-06');
  });
});

describe('a first name that is a common word', () => {
  it('is a name on its own right after a name cue, capitalised', () => {
    expect(parse('write off $20 for Bill, small balance').patient).toBe('Bill');
    expect(parse('refund May $10').patient).toBe('May');
  });

  it('a month after a first name is a surname, unless a day follows', () => {
    expect(parse('balance for Jo March').patient).toBe('Jo March');
    expect(parse('cancel the PR for Jo March, duplicate').patient).toBe('Jo March');
    expect(parse('write off $40 for Helen Wu August 3 visit, hardship')).toMatchObject({
      patient: 'Helen Wu',
      dateOfService: '2026-08-03',
    });
  });

  it('is still a month when a day follows, and a word in lower case', () => {
    expect(parse('write off $20 for the visit on May 3')).toMatchObject({
      patient: null,
      dateOfService: '2026-05-03',
    });
    expect(parse('write off $15 for the bill, small balance').patient).toBeNull();
  });
});

describe('a negated action is not asked for', () => {
  it.each([
    'do NOT write off anything for Helen Wu yet, still waiting on the EOB',
    "don't w/o Helen Wu's balance",
    'never mind, don’t cancel the PR for Helen Wu',
    'no need to refund Helen Wu, she called back',
    'hold off on writing off Helen Wu until the appeal comes back',
  ])('%s -> unknown', (text) => {
    expect(parse(text).intent).toBe('unknown');
  });

  it('what the text asks instead decides', () => {
    expect(parse("don't write it off, cancel the PR instead, it was a duplicate")).toMatchObject({
      intent: 'cancel_pr',
      patient: null,
    });
    expect(parse("don't undo the write-off for Helen Wu, refund her $20 instead")).toMatchObject({
      intent: 'refund_payment',
      amountCents: 2000,
    });
  });

  it('"don\'t forget to" is not a negation', () => {
    expect(parse("don't forget to write off $40 for Helen Wu, hardship").intent).toBe('write_off');
  });
});

describe('undoing a write-off, written as one word', () => {
  it.each(['can you un-write-off priya patel', 'unwrite-off Priya Patel', 'please unwriteoff priya patel'])(
    '%s',
    (text) => {
      expect(parse(text)).toMatchObject({
        intent: 'undo_write_off',
        patient: expect.stringMatching(/^priya patel$/i),
      });
    },
  );

  it('a polite "can you undo <name>" is an undo', () => {
    expect(parse('can you undo priya patel')).toMatchObject({
      intent: 'undo_write_off',
      patient: 'priya patel',
    });
  });

  it('a hyphenated "write-off" cues a lower-case name, and the amount after it', () => {
    expect(parse('write-off priya patel 40 hardship')).toMatchObject({
      intent: 'write_off',
      patient: 'priya patel',
      amountCents: 4000,
      reason: 'financial_hardship',
    });
  });
});

describe('questions about who may do what, and what counts as what', () => {
  it.each([
    "can a biller undo someone else's writeoff?",
    'can the front desk refund a copay?',
    'what counts as a small balance for the batch w/o thing?',
    'what is considered bad debt here',
  ])('%s -> help, no patient', (text) => {
    expect(parse(text)).toMatchObject({ intent: 'help', patient: null });
  });

  it('"can we" with a threshold asks the team to run the batch', () => {
    expect(parse('can we w/o all balances under $5 across the board')).toMatchObject({
      intent: 'small_balance_batch',
      amountCents: 500,
    });
    expect(parse('can I write off balances under $5?').intent).toBe('help');
  });
});

describe('a day that says when the biller acted is not the date of service', () => {
  it.each([
    'pls undo the w/o I did on María García yesterday',
    "undo yesterday's small balance batch",
    'undo the write-off from yesterday for Helen Wu',
    'reverse the adjustment I made last Tuesday for Helen Wu',
  ])('%s', (text) => {
    expect(parse(text).dateOfService).toBeNull();
  });

  it('a visit on that day still is', () => {
    expect(parse("write off Helen Wu's copay from yesterday's visit").dateOfService).toBe('2026-11-26');
    expect(parse('write off $20 for Helen Wu, seen yesterday').dateOfService).toBe('2026-11-26');
    expect(parse('refund Helen Wu $20 for her visit 3 days ago').dateOfService).toBe('2026-11-24');
  });
});

describe('names as practice systems and people write them', () => {
  it.each([
    ['DOE, JANE - w/o $18.40 small bal', 'DOE, JANE'],
    ['void the duplicate PR for VAN DYKE, PIETER DOS 10/14', 'VAN DYKE, PIETER'],
    ['please return the overpayment to McALLISTER, CONNOR', 'McALLISTER, CONNOR'],
    ['w/o $15.75 small balance for ST. CLAIR, ROSE', 'ST. CLAIR, ROSE'],
    ['Mary St. James — please w/o $75, our mistake', 'Mary St. James'],
    ['write off $35.00 for Ethan St. Pierre dos 10/14/26', 'Ethan St. Pierre'],
    ['w/o $22 for J. Doe DOS 10/14, prompt pay', 'J. Doe'],
    ['balance for Jane Q. Public', 'Jane Q. Public'],
  ])('%s -> %s', (text, patient) => {
    expect(parse(text).patient).toBe(patient);
  });

  it('a comma after a name in ordinary case still ends it: "Jane, Bob says" is two people', () => {
    expect(parse('write off $20 for Jane, Bob says ok').patient).toBe('Jane');
    expect(parse('write off $20 for JANE DOE, HARDSHIP')).toMatchObject({
      patient: 'JANE DOE',
      reason: 'financial_hardship',
    });
    expect(parse('write off $5 for Jane. Thanks').patient).toBe('Jane');
  });
});

describe('what a person already did, or asks a coworker about, is not a request', () => {
  it.each([
    'I already wrote off $40 for Helen Wu yesterday, just fyi',
    "@Dana did you already write off Helen Wu's balance?",
    'have you refunded Helen Wu yet?',
  ])('%s -> not an action', (text) => {
    expect(parse(text).intent).toBe('unknown');
  });

  it('what is asked after the report decides', () => {
    expect(parse('I wrote off $40 for Helen Wu by mistake, can you undo it?').intent).toBe('undo_write_off');
    expect(parse('I wrote off Helen Wu by mistake, add it back').intent).toBe('undo_write_off');
    expect(parse('we wrote off her balance last week but she just paid, can you undo it').intent).toBe(
      'undo_write_off',
    );
  });
});

describe('a lead-in before a dash or colon does not decide', () => {
  it.each([
    ["I'm new here - what can a biller do vs a billing manager?", 'help'],
    ['Before I call her back — does Helen Wu have anything outstanding from the 9/2 visit?', 'balance'],
    [
      'Quick q before I do this: if a pt no-shows and we charged a fee, do I write it off or cancel it?',
      'help',
    ],
  ])('%s -> %s', (text, intent) => {
    expect(parse(text).intent).toBe(intent);
  });
});

describe('more ways to ask for a write-off, a batch, an undo, a cancel', () => {
  it('"take care of the $35" with a stated reason; a label beats the story around it', () => {
    expect(
      parse(
        'Pt called today upset about the bill. Can we take care of the $35 on Helen Wu’s account? Financial hardship.',
      ),
    ).toMatchObject({
      intent: 'write_off',
      patient: 'Helen Wu',
      amountCents: 3500,
      reason: 'financial_hardship',
    });
  });

  it('thresholds in words: "under a dollar", "cutoff 10 dollars"', () => {
    expect(parse("let's sweep the pennies — anything under a dollar gets written off")).toMatchObject({
      intent: 'small_balance_batch',
      amountCents: 100,
    });
    expect(parse('run the small balance write-offs, cutoff 10 dollars')).toMatchObject({
      intent: 'small_balance_batch',
      amountCents: 1000,
    });
  });

  it('a batch rolled back is undone', () => {
    expect(
      parse('The small balance batch this morning caught some accounts it shouldn’t have — roll it back pls')
        .intent,
    ).toBe('undo_write_off');
  });

  it('"scratch" with the reason the PR was wrong is a cancel', () => {
    expect(parse('scratch the PR on Helen Wu’s 9/2 visit — entered in error').intent).toBe('cancel_pr');
  });

  it('amounts: dollars and cents in words, and "whatever is still open"', () => {
    expect(parse('write off 12 dollars and 40 cents for Helen Wu, small balance').amountCents).toBe(1240);
    expect(parse('Can you write off whatever is still open for Helen Wu? She passed away.')).toMatchObject({
      amountAll: true,
      reason: 'deceased',
    });
  });

  it('reasons told as a story', () => {
    expect(parse('write off $30 for Helen Wu, we kept her waiting an hour').reason).toBe('service_recovery');
    expect(parse('write off $80 for Dr. Kofi Mensah — he’s one of our own physicians').reason).toBe(
      'professional_courtesy',
    );
    expect(parse('Please write off $9 for Helen Wu. She’s 82 and on a fixed income.').reason).toBe(
      'financial_hardship',
    );
  });
});

describe('words that only look like a name where a name may sit', () => {
  it.each([
    "our manager says never 'cancel' legit PR, only write it off. Why?",
    "can a biller undo someone else's writeoff?",
    "don't write it off, cancel the PR instead, it was a duplicate",
  ])('%s -> no patient', (text) => {
    expect(parse(text).patient).toBeNull();
  });
});

describe('text as Slack delivers it', () => {
  it('mentions, links, emoji and emphasis are read as the words they mark', () => {
    expect(parse('*write off* $60 for *Helen Wu* — _hardship_, she lost her job')).toMatchObject({
      intent: 'write_off',
      patient: 'Helen Wu',
      amountCents: 6000,
      reason: 'financial_hardship',
    });
    expect(
      parse('see <https://emr.example.com/pt/4411|chart> and w/o $20 for Helen Wu small bal :pray:'),
    ).toMatchObject({ patient: 'Helen Wu', amountCents: 2000, reason: 'small_balance' });
    expect(parse("<@U02DANA8XY> did you already write off Helen Wu's lipid panel?").intent).toBe('unknown');
  });

  it('struck-out text was taken back', () => {
    expect(parse('~w/o $40 for Helen Wu~ nvm, she paid at the desk').intent).not.toBe('write_off');
  });

  it('reason codes as written: "reason: bad_debt", "small_balance", "code SB", "reason code: other"', () => {
    expect(parse('w/o `$35` on `Helen Wu` reason `small_balance`').reason).toBe('small_balance');
    expect(parse('w/o $45 Helen Wu reason: bad_debt, 3 statements').reason).toBe('bad_debt');
    expect(parse('w/o $55 for Helen Wu, rsn: collection_agency').reason).toBe('collection_agency');
    expect(parse('write off $8 for Helen Wu code SB')).toMatchObject({
      patient: 'Helen Wu',
      reason: 'small_balance',
    });
    expect(parse('w/o $12 Helen Wu, reason code: other (moved abroad)').reason).toBe('other');
  });

  it('a pasted blocker code is never a name', () => {
    expect(parse('msg says `BALANCE_CHANGED` after I clicked confirm').patient).toBeNull();
  });
});

describe('terse shorthand', () => {
  it.each([
    [
      'wo 25 kim lau sb',
      { intent: 'write_off', patient: 'kim lau', amountCents: 2500, reason: 'small_balance' },
    ],
    ['wo rest priya patel hardship', { intent: 'write_off', patient: 'priya patel', amountAll: true }],
    ['w/o all priya patel', { intent: 'write_off', patient: 'priya patel', amountAll: true }],
    ['bal?? samuel oneil', { intent: 'balance', patient: 'samuel oneil' }],
    ['refund full pmt maria garcia 6/16', { intent: 'refund_payment', patient: 'maria garcia' }],
    ['rev wo tom baker 7/29', { intent: 'undo_write_off', patient: 'tom baker' }],
    ['reverse wo tom baker', { intent: 'undo_write_off', patient: 'tom baker' }],
    ['udno the writeoff on Helen Wu', { intent: 'undo_write_off', patient: 'Helen Wu' }],
    ['wo 40 anne-marie dubois coll agency', { patient: 'anne-marie dubois', reason: 'collection_agency' }],
    ['refund Ms. de la Cruz $30, she paid twice', { intent: 'refund_payment', patient: 'de la Cruz' }],
    ['w/o USD 40 for Helen Wu small balance', { amountCents: 4000 }],
  ])('%s', (text, frame) => {
    expect(parse(text)).toMatchObject(frame);
  });
});

describe('two requests in one message: the first is read, whole', () => {
  it('nothing of the second leaks into the first', () => {
    expect(parse('write off $40 for Jane Doe (small bal) and refund $20 to Bob Smith')).toMatchObject({
      intent: 'write_off',
      patient: 'Jane Doe',
      amountCents: 4000,
      reason: 'small_balance',
    });
    expect(parse("write off $40 for Jane Doe and cancel Bob Smith's PR")).toMatchObject({
      intent: 'write_off',
      patient: 'Jane Doe',
    });
    expect(parse('Jane Doe: w/o $10 small bal\nJane Roe: w/o $12 small bal')).toMatchObject({
      patient: 'Jane Doe',
      amountCents: 1000,
    });
    expect(parse("check Helen Wu's balance and if it's under $5 write it off").intent).toBe('balance');
  });

  it('a later part without its own target belongs to the first', () => {
    expect(parse('write off $40 for Jane, and write it off as hardship').reason).toBe('financial_hardship');
    expect(parse('refund the $20 and write off the rest for Jane')).toMatchObject({
      intent: 'refund_payment',
      patient: 'Jane',
      amountCents: 2000,
    });
    expect(
      parse(
        'Can you issue Helen Wu a refund? She was charged $1.5k at check-in but the procedure got cancelled',
      ),
    ).toMatchObject({ intent: 'refund_payment', amountCents: 150_000 });
  });

  it('a correction is the request, with the first part’s patient', () => {
    expect(parse('write off $30 for Tom Baker. Actually no, refund him $30 instead')).toMatchObject({
      intent: 'refund_payment',
      patient: 'Tom Baker',
      amountCents: 3000,
    });
    expect(
      parse(
        "cancel the PR for Janet Doe — wait, it's from the remit, so write it off as small balance instead",
      ),
    ).toMatchObject({ intent: 'write_off', patient: 'Janet Doe', reason: 'small_balance' });
  });
});

describe('fourth batch: balances, batches, discounts and questions', () => {
  it.each([
    ['pt on the phone — Helen Wu — is anything still due?', { intent: 'balance', patient: 'Helen Wu' }],
    ["what's Helen Wu's total patient responsibility right now", { intent: 'balance' }],
    ['is Helen Wu all paid up?', { intent: 'balance' }],
    [
      'run a batch for balances under $6, only ones older than 120 days',
      { intent: 'small_balance_batch', amountCents: 600 },
    ],
    ['back out the whole small balance run from Tuesday', { intent: 'undo_write_off', patient: null }],
    [
      "Helen Wu's husband called — she died over the weekend. Clear the $350.",
      { intent: 'write_off', amountCents: 35_000, reason: 'deceased' },
    ],
    [
      'give Helen Wu the prompt-pay discount, $18.50',
      { intent: 'write_off', amountCents: 1850, reason: 'prompt_pay_discount' },
    ],
    ["write off $60 for Helen Wu — she's uninsured and lives on SSI", { reason: 'financial_hardship' }],
    ["is Helen Wu's June panel refundable, or should I write it off instead?", { intent: 'help' }],
    ["does refunding Helen Wu's payment bring her balance back?", { intent: 'help' }],
  ])('%s', (text, frame) => {
    expect(parse(text)).toMatchObject(frame);
  });
});

describe('amounts in words in a request', () => {
  it('dollars and cents in words are one amount; words that are not one number are none', () => {
    expect(parse('write off twelve dollars and fifty cents for Helen Wu').amountCents).toBe(1250);
    expect(parse('write off twelve fifty for Helen Wu').amountCents).toBeNull();
  });
});
