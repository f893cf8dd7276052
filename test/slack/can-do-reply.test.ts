/**
 * Issue 13 in Slack: a message the app does not understand, or that asks for something it does
 * not do, gets one line of what it does and a button per action; a question about how something
 * works gets an answer and never a form; a polite request is still the request.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pendingActions } from '../../src/db/schema/index.ts';
import {
  CAN_DO_ACTIONS_BLOCK,
  CAN_DO_LINE,
  START_LABELS,
} from '../../src/slack/messages/usage-message-builder.ts';
import { NOTICE_CALLBACK } from '../../src/slack/views/notice-modal-builder.ts';
import { REFUND_CALLBACK } from '../../src/slack/views/refund-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredMessage } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  GENERAL,
  type Harness,
  ledgerOf,
  useHarness,
  VIEWER,
  waitFor,
  waitForModal,
} from './support/harness.ts';
import { askDm, readable } from './support/help-asking.ts';

const h = useHarness();
let jane: { chargeId: number };

beforeAll(async () => {
  jane = await createCharge(h.db, { firstName: 'Jane', lastName: 'Doe', assessedCents: 20_000 });
});

const listPendingActions = (db: Harness['db']) => db.select().from(pendingActions);

type ActionsBlock = {
  block_id?: string;
  elements?: { action_id: string; value: string; text: { text: string } }[];
};

function canDoButtons(blocks: unknown[] | undefined) {
  const block = ((blocks ?? []) as ActionsBlock[]).find((b) => b.block_id === CAN_DO_ACTIONS_BLOCK);
  return block?.elements ?? [];
}

function pressCanDo(userId: string, message: StoredMessage, label: string) {
  const button = canDoButtons(message.blocks as unknown[]).find((b) => b.text.text === label);
  if (!button) throw new Error(`no "${label}" button`);
  return h.client.blockAction({
    userId,
    message,
    actions: [{ action_id: button.action_id, block_id: CAN_DO_ACTIONS_BLOCK, value: button.value }],
  });
}

/** `/writeoff <text>`: what comes back through the response_url, to the asker only. */
async function writeOffCommand(userId: string, text: string): Promise<StoredMessage> {
  await h.client.slashCommand({ command: '/writeoff', text, userId, channelId: GENERAL });
  return waitFor(() =>
    h.emulator.messages.inChannel(GENERAL, userId).find((m) => m.ephemeralTo === userId && m.user !== userId),
  );
}

describe('an ask the app does not handle', () => {
  it.each(['send a statement to Jane Doe', 'put Jane Doe on a payment plan', 'flibber the jabberwock'])(
    'DM %j: one line of what it does, a button per action, nothing started',
    async (text) => {
      const reply = await askDm(h, BILLER, text);
      expect(reply.text).toBe(CAN_DO_LINE);
      expect(canDoButtons(reply.blocks as unknown[]).map((b) => b.text.text)).toEqual(
        Object.values(START_LABELS),
      );
      expect(await listPendingActions(h.db)).toEqual([]);
      expect(h.emulator.callsTo('views.open')).toHaveLength(0);
      // A statement is not a balance look-up: the reply names no patient and no amount.
      expect(readable(reply)).not.toContain('Jane');
      expect(readable(reply)).not.toContain('$');
    },
  );

  it('/billing with text it cannot use: the same reply, only to the asker', async () => {
    const response = await h.client.slashCommand({
      command: '/billing',
      text: 'check eligibility for Jane Doe',
      userId: BILLER,
      channelId: GENERAL,
    });
    const body = response.body as { text: string; response_type: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toBe(CAN_DO_LINE);
    expect(canDoButtons(body.blocks)).toHaveLength(4);
  });

  it('a button opens that form, empty, and nothing is written until it is confirmed', async () => {
    const reply = await askDm(h, BILLER, 'resubmit the claim for Jane Doe');
    await pressCanDo(BILLER, reply, 'Write off');
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    expect(modal.view.title).toMatchObject({ text: expect.stringMatching(/write/i) });
    expect((await ledgerOf(h.db, jane.chargeId)).count('write_off')).toBe(0);
  });

  it('a button for an action the role does not allow says so instead of opening the form', async () => {
    const reply = await askDm(h, VIEWER, 'schedule Jane Doe for a follow-up');
    await pressCanDo(VIEWER, reply, 'Refund a payment');
    const notice = await waitForModal(h, VIEWER, NOTICE_CALLBACK);
    expect(JSON.stringify(notice.view.blocks)).toContain('You do not have a role that may refund payments');
    expect(h.emulator.views.top(VIEWER)?.view.callback_id).not.toBe(REFUND_CALLBACK);
  });
});

describe('a question about how something works', () => {
  it('DM "can write-offs be reversed?" is answered from the undo article; no form, no pending action', async () => {
    const opened = h.emulator.callsTo('views.open').length;
    const pending = (await listPendingActions(h.db)).length;
    const answer = await askDm(h, BILLER, 'can write-offs be reversed?');
    expect(readable(answer)).toContain('Undo a write-off');
    expect(h.logs.some((l) => l.includes('help answered') && l.includes('undo-write-off'))).toBe(true);
    expect(h.emulator.callsTo('views.open')).toHaveLength(opened);
    expect(await listPendingActions(h.db)).toHaveLength(pending);
  });

  it('/writeoff with a question answers it instead of opening the write-off form', async () => {
    const opened = h.emulator.callsTo('views.open').length;
    const answer = await writeOffCommand(BILLER, 'which reasons need a note?');
    expect(readable(answer)).toContain('Write-off reasons and notes');
    expect(h.emulator.callsTo('views.open')).toHaveLength(opened);
  });

  it('a request asked politely is still the request: "can you write off $40 for Jane Doe?"', async () => {
    await askDm(h, BILLER, 'can you write off $40 for Jane Doe? hardship');
    const reply = await waitFor(() =>
      h.emulator.messages
        .all()
        .find((m) => m.text?.startsWith('I understood: a write-off of $40.00 for Jane Doe')),
    );
    expect(reply.text).toContain('Financial hardship');
  });
});
