/** Pure builders: values in, Block Kit out. No mocks, no Slack. */

import { describe, expect, it } from 'vitest';
import { buildBalanceMessage } from '../../src/slack/messages/balance-message-builder.ts';
import { buildBatchResultMessage } from '../../src/slack/messages/batch-message-builder.ts';
import {
  buildDoneMessage,
  inDirectMessage,
  UNDO_ACTION,
} from '../../src/slack/messages/done-message-builder.ts';
import {
  buildChannelRequestMessage,
  buildNotAllowedMessage,
  buildRequestDoneNotice,
} from '../../src/slack/messages/request-message-builder.ts';
import { buildUsageMessage } from '../../src/slack/messages/usage-message-builder.ts';
import { buildHomeView, HOME_UNDO_ACTION } from '../../src/slack/views/home-builder.ts';
import {
  AMOUNT_BLOCK,
  BLOCKER_BLOCK,
  blockerBlocks,
  CHARGE_BLOCK,
  NEXT_STEP_ACTION,
  NOTE_BLOCK,
  noteInput,
  PATIENT_NOTE_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { buildLateTryAgainModal } from '../../src/slack/views/working-modal-builder.ts';
import {
  buildWriteOffModal,
  noteLabel,
  SPREAD_LABEL,
  WRITE_OFF_SUBMIT,
} from '../../src/slack/views/write-off-modal-builder.ts';
import { messageBlocksProblems, viewProblems } from '../../src/slack-emulator/index.ts';
import type { DoneSummary, WriteOffModel } from '../../src/workflow/index.ts';

const jane = { id: 7, fullName: 'Jane Doe', dateOfBirth: '1980-01-01', mrn: 'MRN-1' };

const model: WriteOffModel = {
  pendingId: 'p-1',
  patient: { match: 'found', selected: jane, note: null, candidates: [] },
  charges: [
    {
      value: '1',
      dateOfService: '2026-09-01',
      description: 'Office visit 99213',
      amount: '$30.00',
      outstandingCents: 3_000,
    },
    {
      value: '2',
      dateOfService: '2026-10-01',
      description: 'Office visit 99214',
      amount: '$120.00',
      outstandingCents: 12_000,
    },
  ],
  allowSpread: true,
  openCount: 2,
  spreadCount: 2,
  selectedCharge: '2',
  amountText: '40.00',
  reason: 'financial_hardship',
  note: '',
  effect: 'Outstanding $120.00 → $80.00',
  blocker: null,
};

const find = (blocks: unknown[], id: string) =>
  (blocks as { block_id?: string }[]).find((b) => b.block_id === id);

describe('write-off modal builder', () => {
  it('carries only the pending id, says "Confirm write-off", and passes Slack\'s limits', () => {
    const view = buildWriteOffModal(model);
    expect(view.private_metadata).toBe('p-1');
    expect(view.submit?.text).toBe(WRITE_OFF_SUBMIT);
    expect(viewProblems(view, 'modal')).toEqual([]);
    const json = JSON.stringify(view);
    expect(json).toContain(SPREAD_LABEL);
    expect(json).toContain('Outstanding $120.00 → $80.00');
    expect(find(view.blocks, CHARGE_BLOCK)).toMatchObject({
      dispatch_action: true,
      element: { initial_option: { value: '2' } },
    });
    expect(find(view.blocks, AMOUNT_BLOCK)).toMatchObject({ element: { initial_value: '40.00' } });
    expect(find(view.blocks, NOTE_BLOCK)).toMatchObject({
      label: { text: 'Note (required: how financial need was established)' },
    });
  });

  it('offers no spread for one charge, lists look-alike patients with DOB and MRN, and shows a blocker with its next step', () => {
    const view = buildWriteOffModal({
      ...model,
      allowSpread: false,
      patient: {
        match: 'ambiguous',
        selected: null,
        note: 'Several patients match "Jane": choose one.',
        candidates: [jane, { ...jane, id: 8, fullName: 'Jane Roe', mrn: 'MRN-2' }],
      },
      blocker: {
        message: 'This PR is already paid ($80.00 received), so nothing is outstanding.',
        nextStep: 'Refund the payment first.',
        nextAction: 'refund_payment',
        chargeId: 2,
        actor: null,
        nextStepByOthers: false,
      },
    });
    const json = JSON.stringify(view);
    expect(json).not.toContain(SPREAD_LABEL);
    expect(JSON.stringify(find(view.blocks, PATIENT_NOTE_BLOCK))).toContain(
      'Jane Roe · DOB 1980-01-01 · MRN MRN-2',
    );
    expect(JSON.stringify(find(view.blocks, BLOCKER_BLOCK))).toContain('already paid');
    expect(json).toContain(`"action_id":"${NEXT_STEP_ACTION}"`);
    expect(json).toContain('"value":"refund_payment:2"');
  });

  it('a balance refused for want of a role does not say that nothing was changed: a look-up changes nothing', () => {
    const { text } = buildBalanceMessage({ kind: 'not_allowed' }, ['UADMIN']);
    expect(text).toContain(
      'You do not have a role that may look up balances. A viewer role is enough for that. Ask an admin: <@UADMIN> (they can run /billing role @you viewer).',
    );
    expect(text).not.toContain('changed');
  });

  it('the usage card names every kind of request, and how to take access away', () => {
    const card = buildUsageMessage().text;
    for (const command of [
      '/writeoff',
      'undo',
      'cancel',
      'refund',
      'balance',
      'small-balances',
      'report',
      'role',
    ]) {
      expect(card).toContain(command);
    }
    expect(card).toContain('none takes access away');
  });

  it('marks the note optional for reasons that need none', () => {
    // Optional: Slack adds "(optional)" to the label itself.
    expect(noteLabel('small_balance')).toBe('Note');
    expect(noteLabel(null)).toBe('Note');
    // Every other form's note: optional, and the label leaves "(optional)" to Slack.
    expect(noteInput({ note: '' })).toMatchObject({ optional: true, label: { text: 'Note' } });
  });

  it.each([
    ['financial_hardship', false],
    ['small_balance', true],
    [null, true],
  ] as const)('with reason %s the note input is optional: %s', (reason, optional) => {
    const view = buildWriteOffModal({ ...model, reason });
    expect(find(view.blocks, NOTE_BLOCK)).toMatchObject({ optional });
  });
});

describe('message builders', () => {
  const summary: DoneSummary = {
    kind: 'write_off',
    amountCents: 4_000,
    outstandingCents: 8_000,
    patientName: 'Jane Doe',
    patientInitials: 'J. D.',
    chargeLabel: 'Office visit 99213 (2026-10-01)',
    reasonLabel: 'Financial hardship / charity care',
    undoPendingId: 'u-1',
    origin: { via: 'command', channelId: 'C1', threadTs: null, requesterId: 'U1' },
    askedFor: { requesterId: 'U1', kind: 'write_off' },
    requestedBy: 'U1',
    confirmedBy: 'U1',
    ledgerRef: { entryIds: [1], chargeIds: [1] },
  };

  it('the confirmation says what was done, the new outstanding, and has Undo with a confirm dialog', () => {
    const message = buildDoneMessage(summary);
    expect(message.text).toContain('Wrote off *$40.00*');
    expect(message.text).toContain('Outstanding now *$80.00*');
    expect(messageBlocksProblems(message.blocks)).toEqual([]);
    const json = JSON.stringify(message.blocks);
    expect(json).toContain(`"action_id":"${UNDO_ACTION}"`);
    expect(json).toContain('"confirm":{"title"');
  });

  it('channel-visible request messages carry no patient name and no amount', () => {
    const card = buildChannelRequestMessage('write_off', 'UFRONT', 'msg-C-1');
    const done = buildRequestDoneNotice({ requesterId: 'UFRONT', kind: 'write_off' }, 'write_off', 'UBILLER');
    for (const m of [card, done]) expect(JSON.stringify(m)).not.toMatch(/\$\d|Jane/);
  });

  it('a notice about a next step names the requester and says what was asked for was not done', () => {
    const asked = { requesterId: 'UFRONT', kind: 'write_off' } as const;
    expect(buildRequestDoneNotice(asked, 'refund_payment', 'UMANAGER').text).toBe(
      '<@UFRONT> update: <@UMANAGER> completed a refund instead. What you asked for, a write-off, was not done.',
    );
  });

  it('a message sent by DM instead says why it arrives there, and keeps its blocks', () => {
    const dm = inDirectMessage(buildDoneMessage(summary));
    expect(dm.text).toMatch(/^:information_source: I could not post in the conversation/);
    expect(dm.text).toContain('Wrote off *$40.00*');
    expect(messageBlocksProblems(dm.blocks)).toEqual([]);
    expect(JSON.stringify(dm.blocks)).toContain(`"action_id":"${UNDO_ACTION}"`);
  });
});

describe('App Home builder', () => {
  it('lists recent actions and offers Undo only where allowed', () => {
    const view = buildHomeView({
      roleLabel: 'Biller',
      mayWriteOff: true,
      approvals: [],
      waiting: [],
      actions: [
        {
          entryId: 1,
          kind: 'write_off',
          amountCents: 4_000,
          createdAt: new Date('2026-11-01T10:00:00Z'),
          patientName: 'Jane Doe',
          chargeLabel: 'Office visit',
          undoable: true,
        },
        {
          entryId: 2,
          kind: 'write_off_reversal',
          amountCents: 4_000,
          createdAt: new Date('2026-11-02T10:00:00Z'),
          patientName: 'Jane Doe',
          chargeLabel: 'Office visit',
          undoable: false,
        },
      ],
    });
    expect(viewProblems(view, 'home')).toEqual([]);
    const json = JSON.stringify(view);
    expect(json.match(new RegExp(HOME_UNDO_ACTION, 'g'))).toHaveLength(1);
    expect(json).toContain('Write-off undone');
  });
});

describe('refusal for someone without a role', () => {
  it('names the configured admins as mentions, or stays generic when there are none', () => {
    const named = buildNotAllowedMessage('write off', ['U123', 'U456']).text;
    expect(named).toContain('Ask an admin: <@U123>, <@U456> (they can run /billing role @you biller).');
    expect(buildNotAllowedMessage('write off').text).toContain('Ask an admin of the billing app');
  });
});

describe('a blocker naming a person', () => {
  const shown = (actor: string) => ({
    message: `This PR was already written off by ${actor} on 2026-10-01, so nothing is outstanding.`,
    nextStep: 'To change it, undo that write-off first.',
    nextAction: 'undo_write_off' as const,
    chargeId: 3,
    actor,
    nextStepByOthers: false,
  });
  const text = (actor: string) => JSON.stringify(blockerBlocks(shown(actor)));

  it('shows a Slack user as a mention, a command-line user as such, and a system actor in a word', () => {
    expect(text('UBILLER001')).toContain('written off by <@UBILLER001> on 2026-10-01');
    expect(text('cli:ana')).toContain('written off by ana (command line) on 2026-10-01');
    expect(text('cli:ana')).not.toContain('<@');
    expect(text('cli:ana')).not.toContain('cli:');
    expect(text('import')).toContain('written off by the import on 2026-10-01');
  });
});

describe('a confirm that gave up after "Working…"', () => {
  it('says what to press on the view it is shown on (Back to the form), not Submit', () => {
    const view = buildLateTryAgainModal('Write off', 'pending-1');
    expect(viewProblems(view, 'modal')).toEqual([]);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Press *Back to the form* and confirm again');
    expect(text).not.toContain('press Submit');
    expect(text).toContain('"text":"Back to the form"');
  });
});

describe('a batch result with charges left out', () => {
  it('says which changed and which were past the manager’s own limit, apart', () => {
    const message = buildBatchResultMessage(
      {
        batchId: 'batch-1',
        count: 1,
        totalCents: 300,
        previewedCount: 3,
        underCents: 600,
        skipped: [
          { chargeId: 7, previewedCents: 600, outstandingCents: 500, reason: 'changed' },
          {
            chargeId: 8,
            previewedCents: 600,
            outstandingCents: 600,
            reason: 'over_limit',
            where: 'Jane Doe · Office visit 99213 (2026-06-03)',
          },
        ],
      },
      null,
    );
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('Skipped 1 that changed since the preview');
    expect(text).toContain('charge 7: $6.00 in the preview, $5.00 now');
    expect(text).toContain('Skipped 1 that would take you past your own write-off limit for the patient');
    expect(text).toContain('Jane Doe · Office visit 99213 (2026-06-03): $6.00');
    expect(messageBlocksProblems(message.blocks)).toEqual([]);
  });
});
