/**
 * Every blocker of DOMAIN.md section 3, reached through the ledger on a real database: the code,
 * a message and next step a biller can act on, and nothing written.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../../src/db/client.ts';
import { isoDay } from '../../src/domain/index.ts';
import {
  cancelPr,
  grantRole,
  type LedgerResult,
  recordPayment,
  refundPayment,
  undoWriteOff,
  type WriteOffParams,
  whyNot,
  writeOff,
} from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { entryCount, snapshot } from './ledger-state.ts';

const ADMIN = 'cli:admin';
const MANAGER = 'UMANAGER01';
const BILLER = 'UBILLER001';
const OTHER_BILLER = 'UBILLER002';
const VIEWER = 'UVIEWER001';
const NO_ROLE = 'UNOROLE001';

const key = () => randomUUID();

function writeOffBy(
  db: Database,
  chargeId: number,
  actor: string,
  amountCents: WriteOffParams['amountCents'],
  more: Partial<WriteOffParams> = {},
) {
  return writeOff(db, {
    chargeId,
    amountCents,
    reason: 'small_balance',
    actor,
    source: 'slash_command',
    idempotencyKey: key(),
    ...more,
  });
}

interface BlockerCase {
  readonly name: string;
  /** Builds the charge, then returns it with the request that must be refused. */
  readonly arrange: (
    db: Database,
  ) => Promise<{ chargeId: number; act: () => Promise<LedgerResult<unknown>> }>;
  readonly code: string;
  readonly message: RegExp;
  readonly nextStep: RegExp;
  /** The person the sentence names, carried as data (Slack renders it as a mention, the CLI as is). */
  readonly actor?: string;
}

const today = () => isoDay(new Date());

const CASES: BlockerCase[] = [
  {
    name: 'writing off a paid PR',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 5_000, paidCents: 5_000 });
      return { chargeId, act: () => writeOffBy(db, chargeId, ADMIN, 1_000) };
    },
    code: 'PR_PAID',
    message: /already paid \(\$50\.00 received\)/,
    nextStep: /Refund the payment first/,
  },
  {
    name: 'writing off a PR that is already written off',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 5_000 });
      await expectOk(writeOffBy(db, chargeId, BILLER, 'all'));
      return { chargeId, act: () => writeOffBy(db, chargeId, MANAGER, 1_000) };
    },
    code: 'NOTHING_OUTSTANDING',
    message: new RegExp(`already written off by ${BILLER} on ${today()}`),
    actor: BILLER,
    nextStep: /undo that write-off/,
  },
  {
    name: 'writing off a cancelled PR',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 5_000, prSource: 'self_pay' });
      await expectOk(cancelIt(db, chargeId, ADMIN));
      return { chargeId, act: () => writeOffBy(db, chargeId, ADMIN, 1_000) };
    },
    code: 'PR_CANCELLED',
    message: /cancelled/,
    nextStep: /cannot be written off/,
  },
  {
    name: 'cancelling a PR twice',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 5_000, prSource: 'placeholder' });
      await expectOk(cancelIt(db, chargeId, ADMIN));
      return { chargeId, act: () => cancelIt(db, chargeId, ADMIN) };
    },
    code: 'PR_CANCELLED',
    message: /already cancelled/,
    nextStep: /Nothing more to do/,
  },
  {
    name: 'writing off more than is outstanding on a partly paid charge',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 10_000, paidCents: 3_000 });
      return { chargeId, act: () => writeOffBy(db, chargeId, ADMIN, 8_000) };
    },
    code: 'AMOUNT_EXCEEDS_OUTSTANDING',
    message: /At most \$70\.00 can be written off.*\$30\.00 of it was already paid/,
    nextStep: /\$70\.00 or less/,
  },
  {
    // The exact boundary on one charge (not a spread): exactly the outstanding is allowed (write-off.happy).
    name: 'writing off one cent more than is outstanding on a single charge',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 10_000, paidCents: 3_000 });
      return { chargeId, act: () => writeOffBy(db, chargeId, ADMIN, 7_001) };
    },
    code: 'AMOUNT_EXCEEDS_OUTSTANDING',
    message: /At most \$70\.00 can be written off/,
    nextStep: /\$70\.00 or less/,
  },
  ...(
    [
      [0, /more than \$0\.00/],
      [-500, /negative/],
      [12.5, /decimal/],
      [100_000_001, /\$1,000,000\.00 limit/],
    ] as const
  ).map(
    ([cents, message]): BlockerCase => ({
      name: `writing off ${cents} cents`,
      arrange: async (db) => {
        const { chargeId } = await createCharge(db, { assessedCents: 10_000 });
        return { chargeId, act: () => writeOffBy(db, chargeId, ADMIN, cents) };
      },
      code: 'AMOUNT_INVALID',
      message,
      nextStep: /Enter an amount/,
    }),
  ),
  {
    name: 'writing off with no reason',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db);
      return { chargeId, act: () => writeOffBy(db, chargeId, ADMIN, 1_000, { reason: null }) };
    },
    code: 'REASON_REQUIRED',
    message: /needs a reason/,
    nextStep: /Choose a reason/,
  },
  {
    name: 'cancelling with no reason',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { prSource: 'custom' });
      return { chargeId, act: () => cancelIt(db, chargeId, ADMIN, null) };
    },
    code: 'REASON_REQUIRED',
    message: /needs a reason/,
    nextStep: /entered in error, duplicate or wrong amount/,
  },
  {
    name: 'a hardship write-off with no note',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db);
      return {
        chargeId,
        act: () => writeOffBy(db, chargeId, ADMIN, 1_000, { reason: 'financial_hardship', note: ' ' }),
      };
    },
    code: 'NOTE_REQUIRED',
    message: /Financial hardship.*needs a note with how financial need was established/,
    nextStep: /Add a note/,
  },
  {
    name: 'a write-off by a Slack user with no role',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db);
      return { chargeId, act: () => writeOffBy(db, chargeId, NO_ROLE, 1_000) };
    },
    code: 'NOT_AUTHORIZED',
    message: /do not have a role that may write off/,
    nextStep: /admin/,
  },
  {
    name: 'a write-off by a viewer',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db);
      return { chargeId, act: () => writeOffBy(db, chargeId, VIEWER, 1_000) };
    },
    code: 'NOT_AUTHORIZED',
    message: /do not have a role that may write off/,
    nextStep: /admin/,
  },
  {
    name: 'a refund by a biller',
    arrange: async (db) => {
      const { chargeId, paymentEntryId } = await createCharge(db, { paidCents: 4_000 });
      return { chargeId, act: () => refundIt(db, paymentEntryId, BILLER, 1_000) };
    },
    code: 'NOT_AUTHORIZED',
    message: /Only billing managers and admins may refund/,
    nextStep: /billing manager/,
  },
  {
    name: "a biller undoing another biller's write-off",
    arrange: async (db) => {
      const { chargeId } = await createCharge(db);
      const done = await expectOk(writeOffBy(db, chargeId, BILLER, 1_000));
      return { chargeId, act: () => undoIt(db, done.entryId, OTHER_BILLER) };
    },
    code: 'NOT_AUTHORIZED',
    message: new RegExp(`may not undo a write-off made by ${BILLER}\\.`),
    actor: BILLER,
    nextStep: /billing manager or the person who made it/,
  },
  {
    name: 'a biller writing off $150 over the default $100 limit',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 20_000 });
      return { chargeId, act: () => writeOffBy(db, chargeId, BILLER, 15_000) };
    },
    code: 'OVER_LIMIT',
    message: /\$150\.00 is above your write-off limit of \$100\.00/,
    nextStep: /^Submitting sends it to a billing manager or admin for approval/,
  },
  {
    // Exactly the limit is allowed (write-off.happy). One cent over: the ledger's plain writeOff
    // refuses it; Slack's submit sends it for approval (test/slack/approvals.test.ts).
    name: 'a biller writing off one cent over the default $100 limit',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 20_000 });
      return { chargeId, act: () => writeOffBy(db, chargeId, BILLER, 10_001) };
    },
    code: 'OVER_LIMIT',
    message: /\$100\.01 is above your write-off limit of \$100\.00/,
    nextStep: /^Submitting sends it to a billing manager or admin for approval/,
  },
  {
    name: 'undoing a write-off twice',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db);
      const done = await expectOk(writeOffBy(db, chargeId, BILLER, 1_000));
      await expectOk(undoIt(db, done.entryId, BILLER));
      return { chargeId, act: () => undoIt(db, done.entryId, MANAGER) };
    },
    code: 'ALREADY_REVERSED',
    message: new RegExp(`already undone by ${BILLER} on ${today()}`),
    actor: BILLER,
    nextStep: /write off again/,
  },
  {
    name: 'cancelling remittance PR',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { prSource: 'remittance' });
      return { chargeId, act: () => cancelIt(db, chargeId, MANAGER) };
    },
    code: 'REMITTANCE_PR',
    message: /insurance remittance/,
    nextStep: /Write it off instead/,
  },
  {
    name: 'cancelling PR with a payment on it',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { prSource: 'self_pay', paidCents: 2_500 });
      return { chargeId, act: () => cancelIt(db, chargeId, BILLER) };
    },
    code: 'HAS_PAYMENTS',
    message: /\$25\.00 has been paid/,
    nextStep: /Refund the payment first/,
  },
  {
    name: 'cancelling PR with a write-off on it',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { prSource: 'custom', writtenOffCents: 1_500 });
      return { chargeId, act: () => cancelIt(db, chargeId, BILLER) };
    },
    code: 'HAS_WRITE_OFFS',
    message: /\$15\.00 of this PR is written off/,
    nextStep: /Undo the write-offs first/,
  },
  {
    name: 'refunding more than the payment',
    arrange: async (db) => {
      const { chargeId, paymentEntryId } = await createCharge(db, { paidCents: 5_000 });
      return { chargeId, act: () => refundIt(db, paymentEntryId, MANAGER, 5_001) };
    },
    code: 'REFUND_EXCEEDS_PAYMENT',
    message: /At most \$50\.00 of this payment can be refunded/,
    nextStep: /\$50\.00 or less/,
  },
  {
    // As `why` answers it (DOMAIN.md section 3): the charge has no payment left to refund.
    name: 'refunding the only payment of a charge, already refunded in full',
    arrange: async (db) => {
      const { chargeId, paymentEntryId } = await createCharge(db, { paidCents: 5_000 });
      await expectOk(refundIt(db, paymentEntryId, MANAGER, 'all'));
      return { chargeId, act: () => refundIt(db, paymentEntryId, MANAGER, 100) };
    },
    code: 'NO_PAYMENT',
    message: /Every payment on this charge has already been refunded in full/,
    nextStep: /other charges/,
  },
  {
    name: 'refunding a payment refunded in full beside another that is not',
    arrange: async (db) => {
      const { chargeId, paymentEntryId } = await createCharge(db, {
        assessedCents: 10_000,
        paidCents: 5_000,
      });
      await expectOk(
        recordPayment(db, {
          chargeId,
          amountCents: 2_000,
          actor: 'import',
          source: 'import',
          idempotencyKey: key(),
        }),
      );
      await expectOk(refundIt(db, paymentEntryId, MANAGER, 'all'));
      return { chargeId, act: () => refundIt(db, paymentEntryId, MANAGER, 100) };
    },
    code: 'REFUND_EXCEEDS_PAYMENT',
    message: /already been refunded in full/,
    nextStep: /another payment/,
  },
];

function cancelIt(
  db: Database,
  chargeId: number,
  actor: string,
  reason: 'entered_in_error' | null = 'entered_in_error',
) {
  return cancelPr(db, { chargeId, reason, actor, source: 'button', idempotencyKey: key() });
}

function refundIt(db: Database, paymentEntryId: number | null, actor: string, amountCents: number | 'all') {
  if (paymentEntryId === null) throw new Error('fixture has no payment');
  return refundPayment(db, { paymentEntryId, amountCents, actor, source: 'button', idempotencyKey: key() });
}

function undoIt(db: Database, writeOffEntryId: number, actor: string) {
  return undoWriteOff(db, { writeOffEntryId, actor, source: 'button', idempotencyKey: key() });
}

describeEachDatabase('ledger blockers', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    const roles = [
      [MANAGER, 'billing_manager'],
      [BILLER, 'biller'],
      [OTHER_BILLER, 'biller'],
      [VIEWER, 'viewer'],
    ] as const;
    for (const [userId, role] of roles) {
      await expect(grantRole(handle.db, { grantedBy: ADMIN, userId, role })).resolves.toMatchObject({
        ok: true,
        userId,
        role,
      });
    }
  });
  afterAll(async () => handle?.close());

  it.each(CASES)(
    '$name: $code, and nothing is written',
    async ({ arrange, code, message, nextStep, actor }) => {
      const { chargeId, act } = await arrange(handle.db);
      const before = await snapshot(handle.db, chargeId);
      const entriesBefore = await entryCount(handle.db);

      const result = await act();

      expect(result.ok).toBe(false);
      if (result.ok) throw new Error('unreachable');
      const [first] = result.blockers;
      expect(first?.code).toBe(code);
      expect(first?.message).toMatch(message);
      expect(first?.nextStep).toMatch(nextStep);
      expect(first?.actor).toBe(actor);
      // The domain writes no front end's markup: no Slack mention in the sentence itself.
      expect(first?.message).not.toContain('<@');
      expect(await snapshot(handle.db, chargeId)).toEqual(before);
      expect(await entryCount(handle.db)).toBe(entriesBefore);
    },
  );

  it('a user without a role cannot grant roles', async () => {
    const result = await grantRole(handle.db, { grantedBy: BILLER, userId: NO_ROLE, role: 'admin' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/Only an admin/) });
    const after = await writeOffBy(handle.db, (await createCharge(handle.db)).chargeId, NO_ROLE, 100);
    expect(after.ok).toBe(false);
  });

  describe('whyNot answers with the same blockers', () => {
    it('write_off: allowed on open PR, PR_PAID on paid PR', async () => {
      const open = await createCharge(handle.db);
      expect(
        await whyNot(handle.db, { chargeId: open.chargeId, action: 'write_off', actor: BILLER }),
      ).toEqual({
        allowed: true,
        blockers: [],
      });
      const paid = await createCharge(handle.db, { assessedCents: 2_000, paidCents: 2_000 });
      const answer = await whyNot(handle.db, { chargeId: paid.chargeId, action: 'write_off', actor: BILLER });
      expect(answer.allowed).toBe(false);
      expect(answer.blockers.map((b) => b.code)).toEqual(['PR_PAID']);
      expect(answer.blockers[0]?.nextStep).toMatch(/Refund/);
    });

    it('write_off: NOT_AUTHORIZED for a viewer', async () => {
      const { chargeId } = await createCharge(handle.db);
      const answer = await whyNot(handle.db, { chargeId, action: 'write_off', actor: VIEWER });
      expect(answer.blockers.map((b) => b.code)).toEqual(['NOT_AUTHORIZED']);
    });

    it('cancel_pr: REMITTANCE_PR, HAS_PAYMENTS, allowed', async () => {
      const remittance = await createCharge(handle.db, { prSource: 'remittance' });
      const paid = await createCharge(handle.db, { prSource: 'self_pay', paidCents: 1_000 });
      const open = await createCharge(handle.db, { prSource: 'placeholder' });
      const ask = (chargeId: number) => whyNot(handle.db, { chargeId, action: 'cancel_pr', actor: BILLER });
      expect((await ask(remittance.chargeId)).blockers.map((b) => b.code)).toEqual(['REMITTANCE_PR']);
      expect((await ask(paid.chargeId)).blockers.map((b) => b.code)).toEqual(['HAS_PAYMENTS']);
      expect(await ask(open.chargeId)).toEqual({ allowed: true, blockers: [] });
    });

    it('refund_payment: no payment, a biller, a manager', async () => {
      const unpaid = await createCharge(handle.db);
      const paid = await createCharge(handle.db, { paidCents: 3_000 });
      const ask = (chargeId: number, actor: string) =>
        whyNot(handle.db, { chargeId, action: 'refund_payment', actor });
      const none = await ask(unpaid.chargeId, MANAGER);
      expect(none.blockers.map((b) => b.code)).toEqual(['NO_PAYMENT']);
      expect(none.blockers[0]?.message).toMatch(/no payment/);
      expect((await ask(paid.chargeId, BILLER)).blockers.map((b) => b.code)).toEqual(['NOT_AUTHORIZED']);
      expect(await ask(paid.chargeId, MANAGER)).toEqual({ allowed: true, blockers: [] });
      // No payment and no right to refund: who may refund comes first, as the refund checks it.
      expect((await ask(unpaid.chargeId, VIEWER)).blockers.map((b) => b.code)).toEqual([
        'NOT_AUTHORIZED',
        'NO_PAYMENT',
      ]);
    });
  });
});
