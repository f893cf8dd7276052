/**
 * What people are told about approvals, built without Slack (issue 14): where a card went when
 * not everyone could be reached, and the write-off rules found at approval time in the words of
 * the approver and of the requester.
 */
import { describe, expect, it } from 'vitest';
import { type ChargeFacts, checkApprovedWriteOff } from '../../src/domain/index.ts';
import { deliveryText } from '../../src/slack/approval-announce.ts';
import { buildApprovalBlockedMessage } from '../../src/slack/messages/approval-message-builder.ts';
import type { ApprovalCard } from '../../src/workflow/index.ts';

const card: ApprovalCard = {
  approvalId: '0b8f7c4e-2a51-4c1e-9a7d-5f1b2c3d4e5f',
  patientInitials: 'T. B.',
  dateOfService: '2026-07-29',
  amountCents: 15_000,
  reasonLabel: 'Small balance',
  note: null,
  requestedBy: 'UBILLER',
  status: 'pending',
  decidedBy: null,
  decisionNote: null,
  expiresAt: new Date('2026-12-10T12:00:00Z'),
};

describe('where the card went, as the requester reads it', () => {
  it('names who got it by DM and who could not be reached', () => {
    const text = deliveryText({ kind: 'direct', reached: ['UMGR'], missed: ['UADM'], refused: null });
    expect(text).toBe('It was sent to <@UMGR>. It could not be sent to <@UADM>.');
  });

  it('reaching nobody points to App Home rather than claiming it was sent', () => {
    const refused = { channel: 'CAPPR', code: 'channel_not_found' };
    const text = deliveryText({ kind: 'direct', reached: [], missed: ['UMGR'], refused });
    expect(text).toContain('could not be posted in <#CAPPR>');
    expect(text).toContain('nor sent by DM to <@UMGR>');
    expect(text).toContain('App Home');
    expect(text).not.toMatch(/was sent|was posted/);
  });

  it('a refused channel and nobody to DM says who can fix it', () => {
    const refused = { channel: 'CAPPR', code: 'not_in_channel' };
    const text = deliveryText({ kind: 'direct', reached: [], missed: [], refused });
    expect(text).toContain('the app is not a member of that channel');
    expect(text).toContain('ask an admin to give someone that role');
  });
});

describe('write-off rules found when approving', () => {
  const paid: ChargeFacts = {
    prSource: 'remittance',
    totals: {
      assessedCents: 30_000,
      paidCents: 30_000,
      writtenOffCents: 0,
      cancelledCents: 0,
      outstandingCents: 0,
      status: 'paid',
    },
    lastWriteOff: null,
  };
  const request = { amountCents: 15_000, reason: 'small_balance' as const, note: null };
  const biller = { userId: 'UBILLER', role: 'biller' as const, limitCents: 10_000 };

  it('the limit is lifted: only the rules about the charge remain, with a step for each of them', () => {
    const [blocker, ...rest] = checkApprovedWriteOff(paid, request, biller);
    expect(rest).toHaveLength(0);
    expect(blocker?.code).toBe('PR_PAID');
    expect(blocker?.nextStep).toBe('Reject it: nothing is left to write off.');
    const told = buildApprovalBlockedMessage(card, blocker ? [blocker] : []).text;
    expect(told).toContain('already paid');
    expect(told).toContain('Your request stays open until a billing manager or admin decides it.');
    expect(told).not.toContain('Reject it');
  });

  it('a requester without a role: the refusal speaks of the requester, not of whoever reads it', () => {
    const [blocker] = checkApprovedWriteOff(paid, request, { ...biller, role: null });
    expect(blocker?.code).toBe('NOT_AUTHORIZED');
    expect(blocker?.message).toContain('The requester no longer has a role');
    expect(blocker?.nextStep).toContain('Reject it, or ask an admin to restore their role');
  });
});
