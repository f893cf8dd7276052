/**
 * A button press that arrives without the message it sat on (no container, message or
 * response_url: Slack never sends one, a forged or replayed payload may). Undo still does what
 * it shows, and the person hears of it privately (an ephemeral in the channel, else a DM) and
 * #audit gets its post; a refusal reaches them the same way. "Undo the batch", which shows its
 * progress on its message, undoes nothing and says so. No press ends in a listener error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../../src/ledger/index.ts';
import { BATCH_UNDO_ACTION, BATCH_UNDO_BLOCK } from '../../src/slack/messages/batch-message-builder.ts';
import { UNDO_ACTION, UNDO_BLOCK } from '../../src/slack/messages/done-message-builder.ts';
import { REVIEW_ACTION, REVIEW_BLOCK } from '../../src/slack/messages/request-message-builder.ts';
import { CHARGE_BLOCK, EFFECT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { BATCH_CALLBACK } from '../../src/slack/views/small-balance-batch-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredMessage } from '../../src/slack-emulator/index.ts';
import { createCharge, startPendingWriteOff } from '../support/fixtures.ts';
import { dmChannelOf } from './support/approvals.ts';
import {
  ADMIN,
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  useHarness,
  VIEWER,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const AUDIT = 'CAUDITNOMSG';
const OTHER_BILLER = 'UBILLER002';
const SLOW_MS = 20_000;
const h = useHarness({ env: { AUDIT_CHANNEL: AUDIT } });

beforeAll(async () => {
  await grantRole(h.db, { grantedBy: ADMIN, userId: OTHER_BILLER, role: 'biller' });
});

/** A write-off confirmed through the form; returns its confirmation (which names `patient`) with Undo. */
async function writeOffThroughForm(
  userId: string,
  text: string,
  chargeId: number,
  patient: string,
): Promise<StoredMessage> {
  await h.client.slashCommand({ command: '/writeoff', text, userId, channelId: GENERAL });
  let modal = await waitForModal(h, userId, WRITE_OFF_CALLBACK);
  if (!blockById(modal, EFFECT_BLOCK)) {
    await h.client.changeInput(userId, modal.id, { [CHARGE_BLOCK]: String(chargeId) });
    modal = await waitForModal(h, userId, WRITE_OFF_CALLBACK, (v) => !!blockById(v, EFFECT_BLOCK));
  }
  await h.client.fillAndSubmit(userId, modal.id, {});
  await waitFor(async () => (await ledgerOf(h.db, chargeId)).count('write_off') === 1);
  return waitFor(() =>
    botMessages(h, GENERAL, userId).findLast(
      (m) =>
        m.text?.includes('Wrote off') &&
        m.text.includes(patient) &&
        JSON.stringify(m.blocks).includes(UNDO_ACTION),
    ),
  );
}

function buttonValue(message: StoredMessage, blockId: string): string {
  const block = (message.blocks as { block_id?: string; elements?: { value?: string }[] }[]).find(
    (b) => b.block_id === blockId,
  );
  return block?.elements?.[0]?.value ?? '';
}

/** The press as a bare payload: the user, the button and at most a channel. */
function pressBare(userId: string, actionId: string, blockId: string, value: string, channelId?: string) {
  return h.client.blockAction({
    userId,
    ...(channelId ? { channelId } : {}),
    actions: [{ action_id: actionId, block_id: blockId, value }],
  });
}

const ephemeralTo = (userId: string, text: string) =>
  waitFor(() =>
    botMessages(h, GENERAL, userId)
      .filter((m) => m.ephemeralTo === userId)
      .findLast((m) => m.text?.includes(text)),
  );

const dmWith = (userId: string, text: string) =>
  waitFor(() => botMessages(h, dmChannelOf(h, userId)).findLast((m) => m.text?.includes(text)), SLOW_MS);

const listenerFailures = () =>
  h.logs.filter((l) => l.includes('listener failed') || l.includes('UnknownError'));

describe('Undo pressed without its message', () => {
  it('undoes the write-off, tells the maker in the channel and posts to #audit', async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Nora',
      lastName: 'Nomessage',
      assessedCents: 6_000,
    });
    const done = await writeOffThroughForm(BILLER, '$15 Nora Nomessage small balance', chargeId, 'Nora');

    const response = await pressBare(BILLER, UNDO_ACTION, UNDO_BLOCK, buttonValue(done, UNDO_BLOCK), GENERAL);
    expect(response.status).toBe(200);

    const reply = await ephemeralTo(BILLER, 'Undone');
    expect(reply.text).toContain('the *$15.00* write-off on Nora Nomessage');
    expect(reply.text).toContain('Outstanding now *$60.00*');
    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off_reversal')).toBe(1);
    expect(ledger.outstandingCents).toBe(6_000);
    const post = await waitFor(() =>
      botMessages(h, AUDIT).find((m) => m.text?.includes('Write-off undone: $15.00')),
    );
    const reversal = ledger.entries.find((e) => e.kind === 'write_off_reversal');
    expect(post.text).toContain(
      `Write-off undone: $15.00 · by <@${BILLER}> · entry ${reversal?.id} · undoes entry`,
    );
    expect(post.text).not.toMatch(/N\. N\.|Nora|Nomessage/);
    expect(listenerFailures()).toEqual([]);
  });

  it('with no channel either, the result comes by DM and #audit still hears of it', async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Dmitri',
      lastName: 'Direct',
      assessedCents: 4_000,
    });
    const done = await writeOffThroughForm(BILLER, '$11 Dmitri Direct small balance', chargeId, 'Dmitri');

    await pressBare(BILLER, UNDO_ACTION, UNDO_BLOCK, buttonValue(done, UNDO_BLOCK));

    const dm = await dmWith(BILLER, 'Undone');
    expect(dm.text).toContain('the *$11.00* write-off on Dmitri Direct');
    expect((await ledgerOf(h.db, chargeId)).count('write_off_reversal')).toBe(1);
    await waitFor(() => botMessages(h, AUDIT).find((m) => m.text?.includes('Write-off undone: $11.00')));
    expect(listenerFailures()).toEqual([]);
  });

  it("another biller's press is refused, and the refusal reaches them; nothing is written", async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Otto',
      lastName: 'Otherhand',
      assessedCents: 5_000,
    });
    const done = await writeOffThroughForm(BILLER, '$9 Otto Otherhand small balance', chargeId, 'Otto');

    await pressBare(OTHER_BILLER, UNDO_ACTION, UNDO_BLOCK, buttonValue(done, UNDO_BLOCK), GENERAL);

    const refusal = await ephemeralTo(OTHER_BILLER, 'may not undo');
    expect(refusal.text).toContain(`made by <@${BILLER}>`);
    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off_reversal')).toBe(0);
    expect(ledger.outstandingCents).toBe(4_100);
    expect(botMessages(h, AUDIT).some((m) => m.text?.includes('Write-off undone: $9.00'))).toBe(false);
    expect(listenerFailures()).toEqual([]);
  });
});

describe('Review & confirm pressed without its message', () => {
  it('a refusal (no role that may write off) still reaches the person', async () => {
    const charge = await createCharge(h.db, { firstName: 'Vic', lastName: 'Viewonly', assessedCents: 3_000 });
    const pending = await startPendingWriteOff(h.db, BILLER, charge);

    await pressBare(VIEWER, REVIEW_ACTION, REVIEW_BLOCK, pending.id, GENERAL);

    const refusal = await ephemeralTo(VIEWER, 'role');
    expect(refusal.text).toContain('You do not have a role that may');
    expect(listenerFailures()).toEqual([]);
  });
});

describe('"Undo the batch" pressed without its message', () => {
  it('undoes nothing and says why, privately', async () => {
    const old = { dateOfService: '2026-03-02' };
    const first = await createCharge(h.db, {
      firstName: 'Bel',
      lastName: 'Bareload',
      assessedCents: 120,
      ...old,
    });
    const second = await createCharge(h.db, {
      firstName: 'Bix',
      lastName: 'Bareload',
      assessedCents: 80,
      ...old,
    });
    await h.client.slashCommand({
      command: '/billing',
      text: 'small-balances under $1.50',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const preview = await waitForModal(h, MANAGER, BATCH_CALLBACK, (v) => v.view.private_metadata !== '');
    await h.client.fillAndSubmit(MANAGER, preview.id, {});
    const result = await dmWith(MANAGER, 'Wrote off 2 small balances');
    await waitFor(async () => (await ledgerOf(h.db, second.chargeId)).count('write_off') === 1, SLOW_MS);

    await pressBare(
      MANAGER,
      BATCH_UNDO_ACTION,
      BATCH_UNDO_BLOCK,
      buttonValue(result, BATCH_UNDO_BLOCK),
      GENERAL,
    );

    const reply = await ephemeralTo(MANAGER, 'without the message');
    expect(reply.text).toContain('Nothing was undone.');
    expect((await ledgerOf(h.db, first.chargeId)).count('write_off_reversal')).toBe(0);
    expect((await ledgerOf(h.db, second.chargeId)).outstandingCents).toBe(0);
    expect(listenerFailures()).toEqual([]);
  }, 60_000);
});
