/**
 * Buttons that cannot do what they show must say so, never nothing: an Undo (on the message or
 * on App Home) pressed after the write-off was undone says it was already undone, by whom and
 * when (ALREADY_REVERSED, as the README promises); an Undo, Review or Approve whose value names
 * nothing the app knows says the action is no longer available. The ledger is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '../../src/domain/index.ts';
import { APPROVE_ACTION } from '../../src/slack/messages/approval-message-builder.ts';
import { UNDO_ACTION, UNDO_BLOCK } from '../../src/slack/messages/done-message-builder.ts';
import { REVIEW_ACTION, REVIEW_BLOCK } from '../../src/slack/messages/request-message-builder.ts';
import { HOME_UNDO_ACTION } from '../../src/slack/views/home-builder.ts';
import { NOTICE_CALLBACK } from '../../src/slack/views/notice-modal-builder.ts';
import { CHARGE_BLOCK, EFFECT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredMessage } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  type Harness,
  ledgerOf,
  pressHomeUndo,
  startHarness,
  textOf,
  waitFor,
  waitForModal,
} from './support/harness.ts';

let h: Harness;
let chargeId: number;
let done: StoredMessage;
let undoValue: string;

beforeAll(async () => {
  h = await startHarness();
  ({ chargeId } = await createCharge(h.db, {
    firstName: 'Ulla',
    lastName: 'Undergrove',
    assessedCents: 6_000,
  }));
  // A write-off through the form, so that its confirmation carries the Undo button.
  await h.client.slashCommand({
    command: '/writeoff',
    text: '$15 Ulla Undergrove small balance',
    userId: BILLER,
    channelId: GENERAL,
  });
  const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => !!blockById(v, CHARGE_BLOCK));
  await h.client.changeInput(BILLER, modal.id, { [CHARGE_BLOCK]: String(chargeId) });
  const ready = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => !!blockById(v, EFFECT_BLOCK));
  await h.client.fillAndSubmit(BILLER, ready.id, {});
  done = await waitFor(() => botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes('Wrote off')));
  const undoBlock = (done.blocks as { block_id?: string; elements?: { value: string }[] }[]).find(
    (b) => b.block_id === UNDO_BLOCK,
  );
  undoValue = undoBlock?.elements?.[0]?.value ?? '';
  expect(undoValue).not.toBe('');
});
afterAll(async () => h?.stop());

const pressUndo = (value: string) =>
  h.client.blockAction({
    userId: BILLER,
    message: done,
    actions: [{ action_id: UNDO_ACTION, block_id: UNDO_BLOCK, value }],
  });

/** The newest private message to the biller in the channel that contains `text`. */
const privateReply = (text: string) =>
  waitFor(() =>
    botMessages(h, GENERAL, BILLER)
      .filter((m) => m.ephemeralTo === BILLER)
      .findLast((m) => m.text?.includes(text)),
  );

describe('Undo pressed after the write-off was undone', () => {
  it('the message button says who undid it and when; nothing more is written', async () => {
    await pressUndo(undoValue);
    await waitFor(async () => (await ledgerOf(h.db, chargeId)).count('write_off_reversal') === 1);
    const undoneOn = isoDay(new Date());

    const response = await pressUndo(undoValue);
    expect(response.status).toBe(200);
    const reply = await privateReply('already undone');
    expect(reply.text).toContain(`already undone by <@${BILLER}> on ${undoneOn}`);
    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off_reversal')).toBe(1);
    expect(ledger.outstandingCents).toBe(6_000);
  });

  it('App Home Undo says the same in a modal, and starts nothing', async () => {
    const writeOff = (await ledgerOf(h.db, chargeId)).entries.find((e) => e.kind === 'write_off');
    await pressHomeUndo(h, BILLER, writeOff?.id);
    const notice = await waitForModal(h, BILLER, NOTICE_CALLBACK, (v) =>
      textOf(v.view.blocks as unknown[]).includes('already undone'),
    );
    expect(textOf(notice.view.blocks as unknown[])).toContain(`<@${BILLER}>`);
    expect((await ledgerOf(h.db, chargeId)).count('write_off_reversal')).toBe(1);
  });
});

describe('a button whose value names nothing the app knows', () => {
  it.each([['not-a-uuid'], [''], ['00000000-0000-0000-0000-000000000000'], ['abc']])(
    'Undo with %j: "no longer available", privately',
    async (value) => {
      const before = botMessages(h, GENERAL, BILLER).length;
      expect((await pressUndo(value)).status).toBe(200);
      await waitFor(() => botMessages(h, GENERAL, BILLER).length > before);
      const reply = await privateReply('no longer available');
      expect(reply.ephemeralTo).toBe(BILLER);
    },
  );

  it.each([
    ['Review & confirm', REVIEW_ACTION, REVIEW_BLOCK],
    ['Approve', APPROVE_ACTION, 'approval'],
  ])('%s with an unknown value: "no longer available"', async (_, actionId, blockId) => {
    const before = botMessages(h, GENERAL, BILLER).length;
    await h.client.blockAction({
      userId: BILLER,
      message: done,
      actions: [{ action_id: actionId, block_id: blockId, value: 'abc' }],
    });
    await waitFor(() => botMessages(h, GENERAL, BILLER).length > before);
    expect((await privateReply('no longer available')).ephemeralTo).toBe(BILLER);
  });

  it('App Home Undo with an unknown value: a modal says it is no longer available', async () => {
    await h.client.blockAction({
      userId: BILLER,
      actions: [{ action_id: HOME_UNDO_ACTION, block_id: 'recent_x', value: 'abc' }],
    });
    await waitForModal(h, BILLER, NOTICE_CALLBACK, (v) =>
      textOf(v.view.blocks as unknown[]).includes('no longer available'),
    );
  });
});
