/**
 * What an approval card and the audit channel say, built without Slack: the note typed with a
 * request shows on a card sent by DM and never on one posted where a channel reads it; the audit
 * channel tells a rejection as a rejection.
 */
import { describe, expect, it } from 'vitest';
import {
  buildApprovalClosedCard,
  buildApprovalRequestMessage,
} from '../../src/slack/messages/approval-message-builder.ts';
import { buildAuditPost } from '../../src/slack/messages/audit-post-builder.ts';
import type { ApprovalCard, DoneSummary } from '../../src/workflow/index.ts';
import { textOf } from './support/harness.ts';

const card: ApprovalCard = {
  approvalId: '0b8f7c4e-2a51-4c1e-9a7d-5f1b2c3d4e5f',
  patientInitials: 'T. B.',
  dateOfService: '2026-07-29',
  amountCents: 15_000,
  reasonLabel: 'Bad debt – uncollectible',
  note: 'Tom Baker (DOB 1950-04-02), three statements returned',
  requestedBy: 'UBILLER',
  status: 'pending',
  decidedBy: null,
  decisionNote: null,
  expiresAt: new Date('2026-12-10T12:00:00Z'),
};

describe('the approval card', () => {
  it('in a channel: the amount only, never who, which charge, why or the note', () => {
    const text = textOf(buildApprovalRequestMessage(card, 'channel').blocks);
    expect(text).toContain('$150.00');
    expect(text).not.toMatch(/Tom|Baker|T\. B\.|1950|2026-0|Bad debt|statements returned/);
    expect(text).toContain('The patient, the charge, the reason and any note show when you open it');
  });

  it('closed in a channel: the amount only; closed in a DM: the details', () => {
    const decided = { ...card, status: 'approved' as const, decidedBy: 'UADMIN' };
    expect(buildApprovalClosedCard(decided, 'channel').text).not.toMatch(/T\. B\.|Bad debt/);
    expect(buildApprovalClosedCard(decided, 'channel').text).toContain('$150.00');
    expect(buildApprovalClosedCard(decided, 'private').text).toContain('T. B.');
  });

  it('by DM to one approver: the note as typed', () => {
    const text = textOf(buildApprovalRequestMessage(card, 'direct_message').blocks);
    expect(text).toContain('three statements returned');
    expect(text).toContain('The full name shows when you open it');
  });
});

describe('the audit channel line of a decision', () => {
  const decided = (status: 'approved' | 'rejected'): DoneSummary => ({
    kind: 'approval',
    amountCents: 15_000,
    outstandingCents: 0,
    patientName: 'Tom Baker',
    patientInitials: 'T. B.',
    chargeLabel: 'Colonoscopy 45378 (2026-07-29)',
    reasonLabel: 'Bad debt – uncollectible',
    undoPendingId: null,
    origin: { via: 'modal', channelId: 'CAPPROVALS', threadTs: null, requesterId: 'UADMIN' },
    askedFor: { requesterId: 'UADMIN', kind: 'approval' },
    requestedBy: 'UADMIN',
    confirmedBy: 'UADMIN',
    approval: { ...card, status, decidedBy: 'UADMIN' },
  });

  it('an approval is a write-off approved, with who asked and who decided', () => {
    expect(buildAuditPost(decided('approved')).text).toBe(
      'Write-off approved: $150.00 · patient T. B. · Bad debt – uncollectible · asked by <@UBILLER> · by <@UADMIN>',
    );
  });

  it('a rejection says nothing was written off', () => {
    const { text } = buildAuditPost(decided('rejected'));
    expect(text).toMatch(/^Write-off request rejected, nothing written off: \$150\.00/);
    expect(text).not.toContain('approved');
    expect(text).not.toContain('Tom');
  });
});

describe('the audit channel line of data that looks like Slack markup', () => {
  // A patient imported as "<!channel>" "<@UADMIN>", a custom reason typed with "&" or ">":
  // the channel must read them as text, never as a mention, a link or the start of one.
  const hostile: DoneSummary = {
    kind: 'write_off',
    amountCents: 4_000,
    outstandingCents: 1_000,
    patientName: '<!channel> <@UADMIN>',
    patientInitials: '<. <.',
    chargeLabel: 'Visit <b> & co (2026-07-29)',
    reasonLabel: 'Other: R&D > <!here>',
    undoPendingId: null,
    origin: { via: 'command', channelId: 'CGENERAL', threadTs: null, requesterId: 'UBILLER' },
    askedFor: { requesterId: 'UBILLER', kind: 'write_off' },
    requestedBy: 'UBILLER',
    confirmedBy: 'UBILLER',
  };

  it('escapes &, < and > in the initials and the reason; the confirmer stays a mention', () => {
    expect(buildAuditPost(hostile).text).toBe(
      'Write-off: $40.00 · patient &lt;. &lt;. · Other: R&amp;D &gt; &lt;!here&gt; · by <@UBILLER>',
    );
  });

  it('escapes the charge label of a summary that spans many patients', () => {
    const many = {
      ...hostile,
      kind: 'undo_write_off' as const,
      patientInitials: '',
      chargeLabel: '3 charges <x>',
    };
    expect(buildAuditPost(many).text).toBe(
      'Small-balance batch undone: $40.00 · 3 charges &lt;x&gt; · Other: R&amp;D &gt; &lt;!here&gt; · by <@UBILLER>',
    );
  });
});
