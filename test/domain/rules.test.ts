/** The rule functions on pure facts: no database, just what a charge and a user look like. */
import { describe, expect, it } from 'vitest';
import {
  type ActorFacts,
  addEntry,
  type Blocker,
  type ChargeFacts,
  checkCancel,
  checkRefund,
  checkUndo,
  checkWriteOff,
  type EntryKind,
  isHardStop,
  isoDay,
  type PrSource,
  parseAmount,
  totalsFromSums,
  ZERO_SUMS,
} from '../../src/domain/index.ts';

const admin: ActorFacts = { userId: 'UADMIN01', role: 'admin', limitCents: null };
const manager: ActorFacts = { userId: 'UMANAGER1', role: 'billing_manager', limitCents: null };
const biller: ActorFacts = { userId: 'UBILLER01', role: 'biller', limitCents: 10_000 };
const viewer: ActorFacts = { userId: 'UVIEWER01', role: 'viewer', limitCents: null };
const nobody: ActorFacts = { userId: 'UNOBODY01', role: null, limitCents: null };

function charge(
  entries: [EntryKind, number][],
  prSource: PrSource = 'remittance',
  lastWriteOff: ChargeFacts['lastWriteOff'] = null,
): ChargeFacts {
  const sums = entries.reduce((s, [kind, cents]) => addEntry(s, kind, cents), ZERO_SUMS);
  return { prSource, totals: totalsFromSums(sums), lastWriteOff };
}

const codes = (blockers: readonly Blocker[]) => blockers.map((b) => b.code);
const amount = (text: string) => parseAmount(text);

describe('totalsFromSums', () => {
  it.each<[string, [EntryKind, number][], string, number]>([
    ['assessed only', [['pr_assessed', 10_000]], 'outstanding', 10_000],
    [
      'paid in full',
      [
        ['pr_assessed', 10_000],
        ['payment', 10_000],
      ],
      'paid',
      0,
    ],
    [
      'written off after a payment',
      [
        ['pr_assessed', 10_000],
        ['payment', 4_000],
        ['write_off', 6_000],
      ],
      'written_off',
      0,
    ],
    [
      'cancelled',
      [
        ['pr_assessed', 10_000],
        ['cancellation', 10_000],
      ],
      'cancelled',
      0,
    ],
    [
      'refund re-opens',
      [
        ['pr_assessed', 10_000],
        ['payment', 10_000],
        ['refund', 2_500],
      ],
      'outstanding',
      2_500,
    ],
    [
      'undo re-opens',
      [
        ['pr_assessed', 10_000],
        ['write_off', 10_000],
        ['write_off_reversal', 10_000],
      ],
      'outstanding',
      10_000,
    ],
  ])('%s', (_, entries, status, outstandingCents) => {
    expect(charge(entries).totals).toMatchObject({ status, outstandingCents });
  });

  it('refuses totals that go below zero', () => {
    expect(() =>
      charge([
        ['pr_assessed', 100],
        ['payment', 200],
      ]),
    ).toThrow(/below zero/);
  });
});

describe('checkWriteOff', () => {
  const open = charge([['pr_assessed', 20_000]]);

  it('allows a valid write-off within the limit', () => {
    expect(checkWriteOff(open, { amount: amount('$40'), reason: 'small_balance' }, biller)).toEqual([]);
  });

  it.each([
    ['no role', nobody],
    ['a viewer', viewer],
  ])('refuses %s with NOT_AUTHORIZED and says who to ask', (_, actor) => {
    const [b, ...rest] = checkWriteOff(open, { amount: amount('40'), reason: 'small_balance' }, actor);
    expect(rest).toEqual([]);
    expect(b).toMatchObject({ code: 'NOT_AUTHORIZED', nextAction: 'ask_admin' });
    expect(b?.nextStep).toMatch(/admin/);
  });

  it('PR_PAID when payments cover the PR, saying how much was received', () => {
    const paid = charge([
      ['pr_assessed', 5_000],
      ['payment', 5_000],
    ]);
    const [b] = checkWriteOff(paid, { amount: amount('10'), reason: 'small_balance' }, admin);
    expect(b).toMatchObject({ code: 'PR_PAID', nextAction: 'refund_payment' });
    expect(b?.message).toContain('$50.00');
    expect(b?.nextStep).toMatch(/[Rr]efund/);
  });

  it('NOTHING_OUTSTANDING after a write-off, naming who and when', () => {
    const done = charge(
      [
        ['pr_assessed', 5_000],
        ['write_off', 5_000],
      ],
      'remittance',
      {
        actor: 'UBILLER01',
        createdAt: new Date('2026-03-04T10:00:00Z'),
      },
    );
    const [b] = checkWriteOff(done, { amount: amount('10'), reason: 'small_balance' }, admin);
    expect(b).toMatchObject({ code: 'NOTHING_OUTSTANDING', nextAction: 'undo_write_off' });
    // The actor as data; the sentence names the id plainly (Slack renders the mention).
    expect(b?.actor).toBe('UBILLER01');
    expect(b?.message).toMatch(/\bUBILLER01\b/);
    expect(b?.message).not.toContain('<@');
    expect(b?.message).toContain('2026-03-04');
  });

  it('PR_CANCELLED on a cancelled PR', () => {
    const cancelled = charge(
      [
        ['pr_assessed', 5_000],
        ['cancellation', 5_000],
      ],
      'self_pay',
    );
    expect(codes(checkWriteOff(cancelled, { amount: amount('10') }, admin))).toEqual(['PR_CANCELLED']);
  });

  it('AMOUNT_EXCEEDS_OUTSTANDING says the most and how much was paid', () => {
    const partly = charge([
      ['pr_assessed', 10_000],
      ['payment', 3_000],
    ]);
    const [b] = checkWriteOff(partly, { amount: amount('80'), reason: 'small_balance' }, admin);
    expect(b?.code).toBe('AMOUNT_EXCEEDS_OUTSTANDING');
    expect(b?.message).toContain('$70.00');
    expect(b?.message).toContain('$30.00');
  });

  it('AMOUNT_EXCEEDS_OUTSTANDING counts earlier write-offs too, so the most adds up', () => {
    const paidAndWrittenOff = charge([
      ['pr_assessed', 22_000],
      ['payment', 10_000],
      ['write_off', 500],
    ]);
    const [both] = checkWriteOff(
      paidAndWrittenOff,
      { amount: amount('200'), reason: 'small_balance' },
      admin,
    );
    expect(both?.message).toContain(
      'At most $115.00 can be written off on this charge ($100.00 of it was already paid and $5.00 was already written off).',
    );
    const writtenOff = charge([
      ['pr_assessed', 18_500],
      ['write_off', 5_050],
    ]);
    const [only] = checkWriteOff(writtenOff, { amount: amount('185'), reason: 'small_balance' }, admin);
    expect(only?.message).toContain('($50.50 of it was already written off)');
  });

  it('AMOUNT_INVALID carries the amount problem', () => {
    const [b] = checkWriteOff(open, { amount: amount('1.005'), reason: 'small_balance' }, admin);
    expect(b).toMatchObject({ code: 'AMOUNT_INVALID', field: 'amount' });
    expect(b?.message).toMatch(/decimal/);
  });

  it('REASON_REQUIRED when no reason is given', () => {
    expect(codes(checkWriteOff(open, { amount: amount('10'), reason: null }, admin))).toEqual([
      'REASON_REQUIRED',
    ]);
  });

  it.each([
    ['financial_hardship', /how financial need was established/],
    ['bad_debt', /collection attempts/],
    ['deceased', /date of death/],
    ['bankruptcy', /case number/],
    ['professional_courtesy', /courtesy/],
    ['other', /custom reason/],
  ] as const)('NOTE_REQUIRED for %s names the note it needs', (reason, hint) => {
    const [b, ...rest] = checkWriteOff(open, { amount: amount('10'), reason, note: '  ' }, admin);
    expect(rest).toEqual([]);
    expect(b?.code).toBe('NOTE_REQUIRED');
    expect(b?.message).toMatch(hint);
    expect(checkWriteOff(open, { amount: amount('10'), reason, note: 'documented' }, admin)).toEqual([]);
  });

  it.each(['.', '-', '?!', 'x', ' \u0000 . '])(
    'NOTE_REQUIRED when the required note says nothing: %j',
    (note) => {
      const reason = 'financial_hardship';
      const blockers = checkWriteOff(open, { amount: amount('10'), reason, note }, admin);
      expect(codes(blockers)).toEqual(['NOTE_REQUIRED']);
      // The note was there: the refusal says it is too short, not that it is missing.
      expect(blockers[0]?.message).toContain('the note given is too short');
    },
  );

  it('NOTE_REQUIRED for a missing note does not call it short', () => {
    const [b] = checkWriteOff(open, { amount: amount('10'), reason: 'bad_debt', note: '  ' }, admin);
    expect(b?.message).not.toContain('too short');
  });

  it('a required note of two letters or digits is a note', () => {
    const reason = 'bankruptcy';
    expect(checkWriteOff(open, { amount: amount('10'), reason, note: '13' }, admin)).toEqual([]);
    expect(checkWriteOff(open, { amount: amount('10'), reason: 'small_balance', note: '.' }, admin)).toEqual(
      [],
    );
  });

  it('OVER_LIMIT for a biller above the limit, and it is not a hard stop', () => {
    const [b, ...rest] = checkWriteOff(open, { amount: amount('150'), reason: 'small_balance' }, biller);
    expect(rest).toEqual([]);
    expect(b?.code).toBe('OVER_LIMIT');
    expect(b?.message).toContain('$100.00');
    expect(b && isHardStop(b)).toBe(false);
    expect(checkWriteOff(open, { amount: amount('150'), reason: 'small_balance' }, manager)).toEqual([]);
  });

  it('reports amount and reason problems together', () => {
    expect(codes(checkWriteOff(open, { amount: amount('abc'), reason: null }, admin))).toEqual([
      'AMOUNT_INVALID',
      'REASON_REQUIRED',
    ]);
  });

  it('with no amount or reason (a "why" question) only the state counts', () => {
    expect(checkWriteOff(open, {}, biller)).toEqual([]);
  });
});

describe('checkCancel', () => {
  it.each(['self_pay', 'placeholder', 'custom'] as const)('allows cancelling untouched %s PR', (source) => {
    expect(checkCancel(charge([['pr_assessed', 5_000]], source), 'entered_in_error', biller)).toEqual([]);
  });

  it('REMITTANCE_PR for insurance PR, pointing to a write-off', () => {
    const [b] = checkCancel(charge([['pr_assessed', 5_000]], 'remittance'), 'duplicate', admin);
    expect(b).toMatchObject({ code: 'REMITTANCE_PR', nextAction: 'write_off' });
  });

  it('HAS_PAYMENTS and HAS_WRITE_OFFS together, each with its next step', () => {
    const touched = charge(
      [
        ['pr_assessed', 10_000],
        ['payment', 2_000],
        ['write_off', 1_000],
      ],
      'self_pay',
    );
    const blockers = checkCancel(touched, 'wrong_amount', admin);
    expect(codes(blockers)).toEqual(['HAS_PAYMENTS', 'HAS_WRITE_OFFS']);
    expect(blockers[0]?.message).toContain('$20.00');
    expect(blockers[0]?.nextStep).toMatch(/[Rr]efund/);
    expect(blockers[1]?.nextStep).toMatch(/[Uu]ndo/);
  });

  it('a refunded payment and an undone write-off no longer block', () => {
    const undone = charge(
      [
        ['pr_assessed', 10_000],
        ['payment', 2_000],
        ['refund', 2_000],
        ['write_off', 1_000],
        ['write_off_reversal', 1_000],
      ],
      'custom',
    );
    expect(checkCancel(undone, 'entered_in_error', admin)).toEqual([]);
  });

  it('PR_CANCELLED when already cancelled, REASON_REQUIRED without a reason', () => {
    expect(
      codes(
        checkCancel(
          charge(
            [
              ['pr_assessed', 1],
              ['cancellation', 1],
            ],
            'self_pay',
          ),
          'duplicate',
          admin,
        ),
      ),
    ).toEqual(['PR_CANCELLED']);
    expect(codes(checkCancel(charge([['pr_assessed', 1]], 'self_pay'), null, admin))).toEqual([
      'REASON_REQUIRED',
    ]);
  });

  it('NOT_AUTHORIZED for a viewer', () => {
    expect(codes(checkCancel(charge([['pr_assessed', 1]], 'self_pay'), 'duplicate', viewer))).toEqual([
      'NOT_AUTHORIZED',
    ]);
  });
});

describe('checkRefund', () => {
  const payment = { amountCents: 5_000, refundedCents: 2_000 };

  it('allows a manager to refund up to what is left', () => {
    expect(checkRefund(payment, amount('30'), manager)).toEqual([]);
  });

  it('REFUND_EXCEEDS_PAYMENT says what is left', () => {
    const [b] = checkRefund(payment, amount('30.01'), admin);
    expect(b?.code).toBe('REFUND_EXCEEDS_PAYMENT');
    expect(b?.message).toContain('$30.00');
  });

  it('REFUND_EXCEEDS_PAYMENT when already refunded in full', () => {
    const [b] = checkRefund({ amountCents: 5_000, refundedCents: 5_000 }, undefined, admin);
    expect(b?.code).toBe('REFUND_EXCEEDS_PAYMENT');
    expect(b?.message).toMatch(/refunded in full/);
  });

  it.each([
    ['a biller', biller],
    ['a viewer', viewer],
    ['no role', nobody],
  ])('NOT_AUTHORIZED for %s', (_, actor) => {
    const [b] = checkRefund(payment, amount('10'), actor);
    expect(b?.code).toBe('NOT_AUTHORIZED');
    expect(b?.message).toMatch(/billing managers and admins/);
  });

  it('AMOUNT_INVALID for a negative amount', () => {
    expect(codes(checkRefund(payment, amount('-5'), admin))).toEqual(['AMOUNT_INVALID']);
  });
});

describe('checkUndo', () => {
  const fresh = { writtenOffBy: 'UBILLER01', reversal: null };

  it.each([
    ['the biller who made it', biller],
    ['a billing manager', manager],
    ['an admin', admin],
  ])('allows %s', (_, actor) => {
    expect(checkUndo(fresh, actor)).toEqual([]);
  });

  it('NOT_AUTHORIZED for another biller, naming who made it', () => {
    const [b] = checkUndo(fresh, { ...biller, userId: 'UOTHER001' });
    expect(b?.code).toBe('NOT_AUTHORIZED');
    // The actor as data; the sentence names the id plainly (Slack renders the mention).
    expect(b?.actor).toBe('UBILLER01');
    expect(b?.message).toMatch(/\bUBILLER01\b/);
    expect(b?.message).not.toContain('<@');
    expect(b?.nextStep).toMatch(/billing manager/);
  });

  it('ALREADY_REVERSED says by whom and when', () => {
    const [b] = checkUndo(
      { ...fresh, reversal: { actor: 'UMANAGER1', createdAt: new Date('2026-05-06T12:00:00Z') } },
      manager,
    );
    expect(b?.code).toBe('ALREADY_REVERSED');
    // The actor as data; the sentence names the id plainly (Slack renders the mention).
    expect(b?.actor).toBe('UMANAGER1');
    expect(b?.message).toMatch(/\bUMANAGER1\b/);
    expect(b?.message).not.toContain('<@');
    expect(b?.message).toContain('2026-05-06');
  });
});

describe('dates shown to billers', () => {
  it('are calendar days in the practice time zone (TZ), not UTC', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      // 7 pm in California on 27 November is already 28 November in UTC.
      expect(isoDay(new Date('2026-11-28T03:00:00Z'))).toBe('2026-11-27');
      process.env.TZ = 'UTC';
      expect(isoDay(new Date('2026-11-28T03:00:00Z'))).toBe('2026-11-28');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
