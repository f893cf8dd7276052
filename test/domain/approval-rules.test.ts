/** The limit over 24 hours and the rules for deciding an approval request (DOMAIN.md sections 3-4). */
import { describe, expect, it } from 'vitest';
import {
  type ActorFacts,
  APPROVAL_TTL_MS,
  type ApprovalFacts,
  type ChargeFacts,
  checkApprovalDecision,
  checkWriteOff,
  totalsFromSums,
  validateCents,
} from '../../src/domain/index.ts';

const biller: ActorFacts = { userId: 'UBILLER01', role: 'biller', limitCents: 10_000 };
const manager: ActorFacts = { userId: 'UMANAGER1', role: 'billing_manager', limitCents: null };
const viewer: ActorFacts = { userId: 'UVIEWER01', role: 'viewer', limitCents: null };

const open: ChargeFacts = {
  prSource: 'remittance',
  totals: totalsFromSums({
    assessedCents: 100_000,
    paymentsCents: 0,
    refundsCents: 0,
    writeOffsCents: 0,
    reversalsCents: 0,
    cancelledCents: 0,
  }),
  lastWriteOff: null,
};

function limitCodes(amountCents: number, recentWriteOffCents: number, charge = open) {
  const check = { amount: validateCents(amountCents), reason: 'small_balance' as const, recentWriteOffCents };
  return checkWriteOff(charge, check, biller).map((b) => b.code);
}

describe('the limit counts the last 24 hours for the patient', () => {
  it.each([
    [10_000, 0, []],
    [10_001, 0, ['OVER_LIMIT']],
    [4_000, 6_000, []],
    [4_001, 6_000, ['OVER_LIMIT']],
    [100, 10_000, ['OVER_LIMIT']],
  ])('%i cents after %i cents today: %j', (amount, recent, expected) => {
    expect(limitCodes(amount, recent)).toEqual(expected);
  });

  it('says what was already written off, and that it goes for approval', () => {
    const check = {
      amount: validateCents(5_000),
      reason: 'small_balance' as const,
      recentWriteOffCents: 6_000,
    };
    const [b] = checkWriteOff(open, check, biller);
    // The total is over, not the $50.00 alone: the sentence says so.
    expect(b?.message).toBe(
      'With the $60.00 you wrote off for this patient in the last 24 hours, this $50.00 makes $110.00, above your write-off limit of $100.00 per patient per 24 hours.',
    );
    expect(b?.nextAction).toBe('request_approval');
  });

  it('a spread above the limit cannot go for approval and says to write off one charge at a time', () => {
    const [b] = checkWriteOff(
      { ...open, chargeCount: 3 },
      { amount: validateCents(20_000), reason: 'small_balance' },
      biller,
    );
    expect(b?.code).toBe('OVER_LIMIT');
    expect(b?.nextStep).toContain('one charge at a time');
  });
});

describe('checkApprovalDecision', () => {
  const now = new Date('2026-11-10T12:00:00Z');
  const pending: ApprovalFacts = {
    requestedBy: biller.userId,
    status: 'pending',
    createdAt: new Date(now.getTime() - 60_000),
    decidedBy: null,
  };
  const codes = (approval: ApprovalFacts, decider: ActorFacts) =>
    checkApprovalDecision(approval, decider, now).map((b) => b.code);

  it('a billing manager other than the requester may decide a pending request', () => {
    expect(codes(pending, manager)).toEqual([]);
  });

  it('SELF_APPROVAL for the requester, even one who may approve', () => {
    expect(codes({ ...pending, requestedBy: manager.userId }, manager)).toEqual(['SELF_APPROVAL']);
    expect(codes(pending, biller)).toEqual(['SELF_APPROVAL']);
  });

  it('NOT_AUTHORIZED for someone without the approve permission', () => {
    expect(codes(pending, viewer)).toEqual(['NOT_AUTHORIZED']);
  });

  it('APPROVAL_EXPIRED from exactly 7 days', () => {
    const at = (ms: number) => ({ ...pending, createdAt: new Date(now.getTime() - ms) });
    expect(codes(at(APPROVAL_TTL_MS - 1), manager)).toEqual([]);
    expect(codes(at(APPROVAL_TTL_MS), manager)).toEqual(['APPROVAL_EXPIRED']);
  });

  it('APPROVAL_DECIDED once approved or rejected, naming who decided', () => {
    const decided = { ...pending, status: 'approved' as const, decidedBy: 'UADMIN01' };
    const [b] = checkApprovalDecision(decided, manager, now);
    expect(b?.code).toBe('APPROVAL_DECIDED');
    // The domain names the person as stored; Slack renders the id as a mention.
    expect(b?.message).toContain('already approved by UADMIN01');
    expect(b?.actor).toBe('UADMIN01');
    expect(codes({ ...pending, status: 'rejected', decidedBy: 'UADMIN01' }, manager)).toEqual([
      'APPROVAL_DECIDED',
    ]);
  });
});
