/**
 * Probe 17. (1) Undoing a write-off spread over several charges says what is outstanding on all
 * the charges it touched, together (as the write-off's own confirmation does), not the first
 * charge's figure: from the Undo button and from App Home's Undo form. (2) Two quick clicks on
 * "Undo the batch" reverse the batch once and the message ends undone: the click that lost the
 * race never puts back the written-off batch with its Undo button. The single Undo button too.
 */
import { describe, expect, it } from 'vitest';
import { BATCH_UNDO_ACTION, BATCH_UNDO_BLOCK } from '../../src/slack/messages/batch-message-builder.ts';
import { UNDO_ACTION, UNDO_BLOCK } from '../../src/slack/messages/done-message-builder.ts';
import { CHARGE_BLOCK, EFFECT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { BATCH_CALLBACK } from '../../src/slack/views/small-balance-batch-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredMessage } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import { dmChannelOf } from './support/approvals.ts';
import {
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  textOf,
  undoFromHome,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const SLOW_MS = 20_000;
const h = useHarness();

function undoValueOf(message: StoredMessage, blockId: string): string {
  const block = (message.blocks as { block_id?: string; elements?: { value?: string }[] }[]).find(
    (b) => b.block_id === blockId,
  );
  return block?.elements?.[0]?.value ?? '';
}

/** A patient with two open charges: $60.00 (the older) and $107.00. */
async function twoCharges(lastName: string) {
  const older = await createCharge(h.db, {
    firstName: 'Jane',
    lastName,
    dateOfService: '2026-03-01',
    assessedCents: 6_000,
  });
  const newer = await createCharge(h.db, {
    patientId: older.patientId,
    dateOfService: '2026-04-01',
    assessedCents: 10_700,
  });
  return { older: older.chargeId, newer: newer.chargeId };
}

/** $100.00 spread over the patient's open charges, oldest first; its confirmation with Undo. */
async function spreadWriteOff(lastName: string, charges: { older: number; newer: number }) {
  await h.client.slashCommand({
    command: '/writeoff',
    text: `$100 Jane ${lastName} small balance`,
    userId: MANAGER,
    channelId: GENERAL,
  });
  const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) => !!blockById(v, CHARGE_BLOCK));
  await h.client.changeInput(MANAGER, modal.id, { [CHARGE_BLOCK]: 'spread' });
  const spread = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) =>
    textOf([blockById(v, EFFECT_BLOCK)]).includes('across'),
  );
  await h.client.fillAndSubmit(MANAGER, spread.id, {});
  await waitFor(async () => (await ledgerOf(h.db, charges.newer)).count('write_off') === 1);
  expect((await ledgerOf(h.db, charges.older)).outstandingCents).toBe(0);
  expect((await ledgerOf(h.db, charges.newer)).outstandingCents).toBe(6_700);
  return waitFor(() =>
    botMessages(h, GENERAL, MANAGER).findLast(
      (m) => m.text?.includes(`Jane ${lastName}`) && JSON.stringify(m.blocks).includes(UNDO_ACTION),
    ),
  );
}

describe('undoing a write-off spread over two charges', () => {
  it('the Undo button says what is outstanding on both charges together', async () => {
    const charges = await twoCharges('Spreadundo');
    const done = await spreadWriteOff('Spreadundo', charges);
    expect(done.text).toContain('Outstanding now *$67.00*');
    await h.client.blockAction({
      userId: MANAGER,
      message: done,
      actions: [{ action_id: UNDO_ACTION, block_id: UNDO_BLOCK, value: undoValueOf(done, UNDO_BLOCK) }],
    });
    const undone = await waitFor(() => {
      const m = h.emulator.messages.find(done.channel, done.ts);
      return m?.text?.includes('Undone') ? m : undefined;
    });
    expect((await ledgerOf(h.db, charges.older)).outstandingCents).toBe(6_000);
    expect((await ledgerOf(h.db, charges.newer)).outstandingCents).toBe(10_700);
    expect(undone.text).toContain('Undone: the *$100.00* write-off on Jane Spreadundo · 2 charges');
    expect(undone.text).toContain('Outstanding now *$167.00*');
  });

  it("App Home's Undo form says the same", async () => {
    const charges = await twoCharges('Homespread');
    await spreadWriteOff('Homespread', charges);
    const writeOff = (await ledgerOf(h.db, charges.newer)).entries.find((e) => e.kind === 'write_off');
    await undoFromHome(h, MANAGER, writeOff?.id);
    await waitFor(async () => (await ledgerOf(h.db, charges.older)).count('write_off_reversal') === 1);
    const done = await waitFor(() =>
      botMessages(h, dmChannelOf(h, MANAGER)).find((m) => m.text?.includes('on Jane Homespread · 2 charges')),
    );
    expect(done.text).toContain('Undone: the *$100.00* write-off');
    expect(done.text).toContain('Outstanding now *$167.00*');
    expect((await ledgerOf(h.db, charges.newer)).outstandingCents).toBe(10_700);
  });
});

/** The bot's private replies to `userId` in the channel that contain `text`. */
const privateReplies = (channel: string, userId: string, text: string) =>
  botMessages(h, channel, userId).filter((m) => m.ephemeralTo === userId && m.text?.includes(text));

function expectUndone(message: StoredMessage | undefined) {
  expect(message?.text).toContain(
    'Undone: the small-balance write-offs on 2 charges were reversed, $1.00 back',
  );
  expect(message?.text).not.toContain('Wrote off');
  expect(JSON.stringify(message?.blocks)).not.toContain(BATCH_UNDO_ACTION);
}

describe('two quick clicks on Undo', () => {
  it('"Undo the batch": one reversal, and the message stays undone', async () => {
    const old = { dateOfService: '2026-02-02' };
    const first = await createCharge(h.db, {
      firstName: 'Quin',
      lastName: 'Quickclick',
      assessedCents: 70,
      ...old,
    });
    const second = await createCharge(h.db, {
      firstName: 'Rae',
      lastName: 'Quickclick',
      assessedCents: 30,
      ...old,
    });
    await h.client.slashCommand({
      command: '/billing',
      text: 'small-balances under $0.80',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const preview = await waitForModal(h, MANAGER, BATCH_CALLBACK, (v) => v.view.private_metadata !== '');
    await h.client.fillAndSubmit(MANAGER, preview.id, {});
    const dm = dmChannelOf(h, MANAGER);
    const result = await waitFor(
      () =>
        botMessages(h, dm).find((m) =>
          (m.text ?? '').includes('Wrote off 2 small balances of at most $0.80, $1.00'),
        ),
      SLOW_MS,
    );
    // The message as the manager's Slack shows it when the button is pressed (the store's copy changes).
    const shown = structuredClone(result);
    const value = undoValueOf(shown, BATCH_UNDO_BLOCK);
    const press = () =>
      h.client.blockAction({
        userId: MANAGER,
        message: shown,
        actions: [
          {
            action_id: BATCH_UNDO_ACTION,
            block_id: BATCH_UNDO_BLOCK,
            value,
          },
        ],
      });
    await Promise.all([press(), press()]);
    // The losing click says so privately once it has done all it does.
    await waitFor(() => privateReplies(dm, MANAGER, 'already undone').length > 0, SLOW_MS);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expectUndone(h.emulator.messages.find(result.channel, result.ts));
    // The same race, its losing click handled once the winning one has updated the message (as
    // Slack may deliver it): the message stays undone, it never goes back to the batch.
    await press();
    await waitFor(() => privateReplies(dm, MANAGER, 'already undone').length > 1, SLOW_MS);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expectUndone(h.emulator.messages.find(result.channel, result.ts));

    expect((await ledgerOf(h.db, first.chargeId)).count('write_off_reversal')).toBe(1);
    expect((await ledgerOf(h.db, second.chargeId)).count('write_off_reversal')).toBe(1);
    expect((await ledgerOf(h.db, first.chargeId)).outstandingCents).toBe(70);
    const message = h.emulator.messages.find(result.channel, result.ts);
    expect(message?.text).toContain(
      'Undone: the small-balance write-offs on 2 charges were reversed, $1.00 back',
    );
    expect(message?.text).not.toContain('Wrote off');
    expect(JSON.stringify(message?.blocks)).not.toContain(BATCH_UNDO_ACTION);
  }, 60_000);

  it('the Undo of one write-off: one reversal, and the message stays undone', async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Sol',
      lastName: 'Doubletap',
      assessedCents: 5_000,
    });
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$12 Sol Doubletap small balance',
      userId: BILLER,
      channelId: GENERAL,
    });
    let modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    if (!blockById(modal, EFFECT_BLOCK)) {
      await h.client.changeInput(BILLER, modal.id, { [CHARGE_BLOCK]: String(chargeId) });
      modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => !!blockById(v, EFFECT_BLOCK));
    }
    await h.client.fillAndSubmit(BILLER, modal.id, {});
    const done = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).findLast(
        (m) => m.text?.includes('Sol Doubletap') && JSON.stringify(m.blocks).includes(UNDO_ACTION),
      ),
    );
    const shown = structuredClone(done);
    const value = undoValueOf(shown, UNDO_BLOCK);
    const press = () =>
      h.client.blockAction({
        userId: BILLER,
        message: shown,
        actions: [{ action_id: UNDO_ACTION, block_id: UNDO_BLOCK, value }],
      });
    await Promise.all([press(), press()]);
    await waitFor(() => privateReplies(GENERAL, BILLER, 'already undone').length > 0, SLOW_MS);
    // And a losing click handled after the winning one's update.
    await press();
    await waitFor(() => privateReplies(GENERAL, BILLER, 'already undone').length > 1, SLOW_MS);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off_reversal')).toBe(1);
    expect(ledger.outstandingCents).toBe(5_000);
    const message = h.emulator.messages.find(done.channel, done.ts);
    expect(message?.text).toContain('Undone: the *$12.00* write-off on Sol Doubletap');
    expect(JSON.stringify(message?.blocks)).not.toContain(UNDO_ACTION);
  }, 30_000);
});
