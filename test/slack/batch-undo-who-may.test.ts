/**
 * A small-balance batch's Undo pressed by someone who may not undo it. A viewer was told to ask an
 * admin for a biller role, but a biller may undo only their own write-offs, never a manager's
 * batch. The refusal now says who can undo the batch (whoever applied it, or another billing
 * manager or admin), what the person can do instead, and the message and ledger stay as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BATCH_UNDO_ACTION, BATCH_UNDO_BLOCK } from '../../src/slack/messages/batch-message-builder.ts';
import { BATCH_CALLBACK } from '../../src/slack/views/small-balance-batch-modal-builder.ts';
import type { StoredMessage } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import { dmChannelOf } from './support/approvals.ts';
import {
  ADMIN,
  BILLER,
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  NOBODY,
  useHarness,
  VIEWER,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const SLOW_MS = 20_000;
const OLD = '2026-03-02';
const h = useHarness();
let chargeId: number;
let result: StoredMessage;

beforeAll(async () => {
  chargeId = (
    await createCharge(h.db, {
      firstName: 'Bea',
      lastName: 'Batchly',
      assessedCents: 300,
      dateOfService: OLD,
    })
  ).chargeId;
  await h.client.slashCommand({
    command: '/billing',
    text: 'small-balances under $5',
    userId: MANAGER,
    channelId: GENERAL,
  });
  const preview = await waitForModal(h, MANAGER, BATCH_CALLBACK, (v) => v.view.private_metadata !== '');
  await h.client.fillAndSubmit(MANAGER, preview.id, {});
  result = await waitFor(
    () =>
      botMessages(h, dmChannelOf(h, MANAGER)).find((m) =>
        (m.text ?? '').includes('Wrote off 1 small balance'),
      ),
    SLOW_MS,
  );
}, 60_000);

/** `userId` presses the batch's Undo; the private answer they get, as text. */
async function pressUndo(userId: string): Promise<string> {
  const block = (result.blocks as { block_id?: string; elements?: { value?: string }[] }[]).find(
    (b) => b.block_id === BATCH_UNDO_BLOCK,
  );
  const before = h.emulator.responseUrlPosts.length;
  await h.client.blockAction({
    userId,
    message: result,
    actions: [
      { action_id: BATCH_UNDO_ACTION, block_id: BATCH_UNDO_BLOCK, value: block?.elements?.[0]?.value ?? '' },
    ],
  });
  const post = await waitFor(() => h.emulator.responseUrlPosts.slice(before)[0], SLOW_MS);
  expect(post.body.response_type).toBe('ephemeral');
  return String(post.body.text);
}

async function expectNothingUndone(): Promise<void> {
  expect((await ledgerOf(h.db, chargeId)).count('write_off_reversal')).toBe(0);
  const message = h.emulator.messages.find(result.channel, result.ts);
  expect(JSON.stringify(message?.blocks)).toContain(BATCH_UNDO_ACTION);
}

describe("the manager's batch Undo pressed by someone who may not undo it", () => {
  it('a viewer is told who can undo it, that a biller role would not help, and what they can do', async () => {
    const text = await pressUndo(VIEWER);
    expect(text).toContain('You may not undo this small-balance batch');
    expect(text).toContain(
      `only <@${MANAGER}>, who applied it, or another billing manager or admin can undo it`,
    );
    expect(text).toContain('A biller role would not change that.');
    expect(text).toContain(
      `Ask <@${MANAGER}>, who applied it, or another billing manager or admin to undo it`,
    );
    expect(text).toContain('You can still look up balances');
    expect(text).not.toContain('/billing role @you biller');
    expect(text).not.toContain('Bea');
    await expectNothingUndone();
  }, 30_000);

  it('a biller is told the same people, and that they can still undo their own write-offs', async () => {
    const text = await pressUndo(BILLER);
    expect(text).toContain(`only <@${MANAGER}>, who applied it, or another billing manager or admin`);
    expect(text).toContain('undo your own write-offs');
    expect(text).not.toContain('A biller role');
    await expectNothingUndone();
  }, 30_000);

  it('someone with no role is told who can undo it, and that anything else needs a role', async () => {
    const text = await pressUndo(NOBODY);
    expect(text).toContain('You may not undo this small-balance batch');
    expect(text).toContain('billing manager or admin');
    expect(text).toContain('needs a role in the billing app');
    await expectNothingUndone();
  }, 30_000);

  it('once the manager who applied it is made a viewer, only a billing manager or admin is named', async () => {
    const before = h.emulator.responseUrlPosts.length;
    await h.client.slashCommand({
      command: '/billing',
      text: `role <@${MANAGER}> viewer`,
      userId: ADMIN,
      channelId: GENERAL,
    });
    await waitFor(() => h.emulator.responseUrlPosts.length > before || undefined, SLOW_MS);
    const text = await pressUndo(VIEWER);
    expect(text).toContain('only a billing manager or admin can undo it');
    expect(text).not.toContain(`<@${MANAGER}>`);
    await expectNothingUndone();
  }, 30_000);

  it('what it says is true: an admin, not the one who applied it, undoes the whole batch', async () => {
    const block = (result.blocks as { block_id?: string; elements?: { value?: string }[] }[]).find(
      (b) => b.block_id === BATCH_UNDO_BLOCK,
    );
    await h.client.blockAction({
      userId: ADMIN,
      message: result,
      actions: [
        {
          action_id: BATCH_UNDO_ACTION,
          block_id: BATCH_UNDO_BLOCK,
          value: block?.elements?.[0]?.value ?? '',
        },
      ],
    });
    await waitFor(
      () => (h.emulator.messages.find(result.channel, result.ts)?.text ?? '').includes('Undone'),
      SLOW_MS,
    );
    expect((await ledgerOf(h.db, chargeId)).count('write_off_reversal')).toBe(1);
    expect((await ledgerOf(h.db, chargeId)).outstandingCents).toBe(300);
  }, 30_000);
});
