/**
 * What an approval card and the audit channel say, built without Slack: the note typed with a
 * request shows on a card sent by DM and never on one posted where a channel reads it; the audit
 * channel tells a rejection as a rejection, and names no patient (not even by initials) but the
 * ledger ids to look the change up by.
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
    ledgerRef: {
      entryIds: status === 'approved' ? [77] : [],
      chargeIds: [20],
      approvalId: card.approvalId,
    },
  });

  it('an approval is a write-off approved, with who asked, who decided and the ledger ids; no initials', () => {
    const { text } = buildAuditPost(decided('approved'));
    expect(text).toBe(
      `Write-off approved: $150.00 · Bad debt – uncollectible · asked by <@UBILLER> · by <@UADMIN> · entry 77 · charge 20 · approval ${card.approvalId}`,
    );
    expect(text).not.toMatch(/T\. B\.|Tom|Baker|patient|2026-07-29|Colonoscopy/);
  });

  it('a rejection says nothing was written off', () => {
    const { text } = buildAuditPost(decided('rejected'));
    expect(text).toMatch(/^Write-off request rejected, nothing written off: \$150\.00/);
    expect(text).not.toContain('approved');
    expect(text).not.toMatch(/Tom|T\. B\./);
    // Nothing was written: the charge and the request, no entry.
    expect(text).toContain(`charge 20 · approval ${card.approvalId}`);
    expect(text).not.toContain('entry');
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
    ledgerRef: { entryIds: [203], chargeIds: [3] },
  };

  it('escapes &, < and > in the reason; the confirmer stays a mention; the patient is not named', () => {
    expect(buildAuditPost(hostile).text).toBe(
      'Write-off: $40.00 · Other: R&amp;D &gt; &lt;!here&gt; · by <@UBILLER> · entry 203 · charge 3',
    );
  });

  it('escapes the charge label of a summary that spans many patients', () => {
    const many = {
      ...hostile,
      kind: 'undo_write_off' as const,
      patientInitials: '',
      chargeLabel: '3 charges <x>',
      ledgerRef: { entryIds: [], chargeIds: [], batchId: 'smallbal-<1>' },
    };
    expect(buildAuditPost(many).text).toBe(
      'Small-balance batch undone: $40.00 · 3 charges &lt;x&gt; · Other: R&amp;D &gt; &lt;!here&gt; · by <@UBILLER> · batch smallbal-&lt;1&gt;',
    );
  });
});

describe('the audit channel line of each kind of change names no patient', () => {
  const base: DoneSummary = {
    kind: 'write_off',
    amountCents: 4_000,
    outstandingCents: 3_000,
    patientName: 'Jane Doe',
    patientInitials: 'J. D.',
    chargeLabel: 'Office visit 99213 (2026-06-03)',
    reasonLabel: 'Financial hardship / charity care',
    undoPendingId: null,
    origin: { via: 'command', channelId: 'CGENERAL', threadTs: null, requesterId: 'UBILLER' },
    askedFor: { requesterId: 'UBILLER', kind: 'write_off' },
    requestedBy: 'UBILLER',
    confirmedBy: 'UBILLER',
    ledgerRef: { entryIds: [203], chargeIds: [3] },
  };
  const lines: [string, DoneSummary, string][] = [
    [
      'write-off',
      base,
      'Write-off: $40.00 · Financial hardship / charity care · by <@UBILLER> · entry 203 · charge 3',
    ],
    [
      'spread write-off',
      { ...base, ledgerRef: { entryIds: [203, 204], chargeIds: [3, 4] } },
      'Write-off: $40.00 · Financial hardship / charity care · by <@UBILLER> · entries 203, 204 · charges 3, 4',
    ],
    [
      'undo',
      {
        ...base,
        kind: 'undo_write_off',
        reasonLabel: null,
        ledgerRef: { entryIds: [205], chargeIds: [3], reversedEntryIds: [203] },
      },
      'Write-off undone: $40.00 · by <@UBILLER> · entry 205 · undoes entry 203 · charge 3',
    ],
    [
      'cancel',
      {
        ...base,
        kind: 'cancel_pr',
        amountCents: 5_000,
        reasonLabel: 'Entered in error',
        ledgerRef: { entryIds: [206], chargeIds: [7] },
      },
      'PR cancelled: $50.00 · Entered in error · by <@UBILLER> · entry 206 · charge 7',
    ],
    [
      'refund',
      {
        ...base,
        kind: 'refund_payment',
        amountCents: 2_000,
        reasonLabel: null,
        confirmedBy: 'UMGR',
        ledgerRef: { entryIds: [207], chargeIds: [3], paymentEntryId: 150 },
      },
      'Payment refunded: $20.00 · by <@UMGR> · entry 207 · charge 3 · payment 150',
    ],
  ];

  it.each(lines)('%s: action, amount, reason, who and ids only', (_name, summary, expected) => {
    const { text } = buildAuditPost(summary);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/J\. D\.|Jane|Doe|patient|2026-06-03|Office visit/);
  });

  it('a long list of ids says how many more', () => {
    const ids = Array.from({ length: 14 }, (_, i) => 300 + i);
    const { text } = buildAuditPost({ ...base, ledgerRef: { entryIds: ids, chargeIds: [3] } });
    expect(text).toContain('entries 300, 301, 302, 303, 304, 305, 306, 307, 308, 309 and 4 more · charge 3');
  });
});
