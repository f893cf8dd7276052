/**
 * Probe 14, items 1 and 2. With AUDIT_CHANNEL set, every undo confirmed in Slack is posted there
 * like the other changes (initials and amount, never the name): the Undo button of a write-off,
 * App Home's Undo, the undo form, and "Undo the batch" (the count and the total, no patient). An
 * undo refused because someone else made the write-off names that person as a mention.
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
  undoFromHome,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const AUDIT = 'CAUDIT0014';
const SLOW_MS = 20_000;
const h = useHarness({ env: { AUDIT_CHANNEL: AUDIT } });

/** A write-off confirmed through the form; returns the confirmation message with its Undo button. */
async function writeOffThroughForm(userId: string, text: string, chargeId: number): Promise<StoredMessage> {
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
      (m) => m.text?.includes('Wrote off') && JSON.stringify(m.blocks).includes(UNDO_ACTION),
    ),
  );
}

function undoValueOf(message: StoredMessage, blockId: string): string {
  const block = (message.blocks as { block_id?: string; elements?: { value?: string }[] }[]).find(
    (b) => b.block_id === blockId,
  );
  return block?.elements?.[0]?.value ?? '';
}

/** The ids of a charge's write-off and its reversal, as the audit channel names them. */
async function idsOn(chargeId: number): Promise<{ writeOff?: number; reversal?: number }> {
  const { entries } = await ledgerOf(h.db, chargeId);
  return {
    writeOff: entries.find((e) => e.kind === 'write_off')?.id,
    reversal: entries.find((e) => e.kind === 'write_off_reversal')?.id,
  };
}

/** The audit channel's posts that contain `text`, once there is one. */
function auditPostWith(text: string): Promise<StoredMessage> {
  return waitFor(() => botMessages(h, AUDIT).find((m) => m.text?.includes(text)), SLOW_MS);
}

describe('undoing a write-off is posted to the audit channel', () => {
  it('with the Undo button of the confirmation', async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Ursula',
      lastName: 'Buttonwood',
      assessedCents: 6_000,
    });
    const done = await writeOffThroughForm(BILLER, '$15 Ursula Buttonwood small balance', chargeId);
    await h.client.blockAction({
      userId: BILLER,
      message: done,
      actions: [{ action_id: UNDO_ACTION, block_id: UNDO_BLOCK, value: undoValueOf(done, UNDO_BLOCK) }],
    });
    await waitFor(async () => (await ledgerOf(h.db, chargeId)).count('write_off_reversal') === 1);

    const post = await auditPostWith('Write-off undone: $15.00');
    const ids = await idsOn(chargeId);
    expect(post.text).toBe(
      `Write-off undone: $15.00 · by <@${BILLER}> · entry ${ids.reversal} · undoes entry ${ids.writeOff} · charge ${chargeId}`,
    );
    expect(JSON.stringify(post)).not.toMatch(/Ursula|Buttonwood/);
  });

  it("with App Home's Undo, which opens the undo form", async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Hector',
      lastName: 'Homely',
      assessedCents: 5_000,
    });
    await writeOffThroughForm(BILLER, '$7 Hector Homely small balance', chargeId);
    const writeOff = (await ledgerOf(h.db, chargeId)).entries.find((e) => e.kind === 'write_off');
    await undoFromHome(h, BILLER, writeOff?.id);
    await waitFor(async () => (await ledgerOf(h.db, chargeId)).count('write_off_reversal') === 1);

    const post = await auditPostWith('Write-off undone: $7.00');
    const ids = await idsOn(chargeId);
    expect(post.text).toBe(
      `Write-off undone: $7.00 · by <@${BILLER}> · entry ${ids.reversal} · undoes entry ${ids.writeOff} · charge ${chargeId}`,
    );
    expect(post.text).not.toMatch(/H\. H\.|patient/);
    expect(JSON.stringify(post)).not.toMatch(/Hector|Homely/);
  });
});

/** A manager's small-balance batch of two charges through Slack; returns its result message. */
async function runBatch(under: string, total: string): Promise<StoredMessage> {
  await h.client.slashCommand({
    command: '/billing',
    text: `small-balances under ${under}`,
    userId: MANAGER,
    channelId: GENERAL,
  });
  const preview = await waitForModal(h, MANAGER, BATCH_CALLBACK, (v) => v.view.private_metadata !== '');
  await h.client.fillAndSubmit(MANAGER, preview.id, {});
  const result = await waitFor(
    () =>
      botMessages(h, dmChannelOf(h, MANAGER)).find((m) =>
        (m.text ?? '').includes(`Wrote off 2 small balances of at most ${under}, ${total}`),
      ),
    SLOW_MS,
  );
  await auditPostWith(`Small balances written off: ${total} · 2 charges`);
  return result;
}

const OLD = { dateOfService: '2026-03-02' };

describe('undoing a small-balance batch is posted to the audit channel', () => {
  it('as the count and the total, with no patient', async () => {
    const old = OLD;
    const first = await createCharge(h.db, {
      firstName: 'Bea',
      lastName: 'Batchley',
      assessedCents: 200,
      ...old,
    });
    const second = await createCharge(h.db, {
      firstName: 'Bo',
      lastName: 'Batchford',
      assessedCents: 150,
      ...old,
    });
    const result = await runBatch('$2.50', '$3.50');

    await h.client.blockAction({
      userId: MANAGER,
      message: result,
      actions: [
        {
          action_id: BATCH_UNDO_ACTION,
          block_id: BATCH_UNDO_BLOCK,
          value: undoValueOf(result, BATCH_UNDO_BLOCK),
        },
      ],
    });
    await waitFor(
      async () => (await ledgerOf(h.db, second.chargeId)).count('write_off_reversal') === 1,
      SLOW_MS,
    );
    expect((await ledgerOf(h.db, first.chargeId)).outstandingCents).toBe(200);

    const post = await auditPostWith('batch undone');
    expect(post.text).toMatch(
      new RegExp(`^Small-balance batch undone: \\$3\\.50 · 2 charges · by <@${MANAGER}> · batch \\S+$`),
    );
    expect(JSON.stringify(post)).not.toMatch(/Bea|Bo |Batchley|Batchford|patient/);
  }, 60_000);

  it("from App Home's Undo of one of its write-offs, which undoes the whole batch", async () => {
    const first = await createCharge(h.db, {
      firstName: 'Cy',
      lastName: 'Homebatch',
      assessedCents: 60,
      ...OLD,
    });
    const second = await createCharge(h.db, {
      firstName: 'Di',
      lastName: 'Homebatch',
      assessedCents: 40,
      ...OLD,
    });
    await runBatch('$0.75', '$1.00');
    const writeOff = (await ledgerOf(h.db, second.chargeId)).entries.find((e) => e.kind === 'write_off');
    await undoFromHome(h, MANAGER, writeOff?.id);
    await waitFor(async () => (await ledgerOf(h.db, first.chargeId)).count('write_off_reversal') === 1);

    const post = await auditPostWith('batch undone: $1.00');
    expect(post.text).toMatch(
      new RegExp(`^Small-balance batch undone: \\$1\\.00 · 2 charges · by <@${MANAGER}> · batch \\S+$`),
    );
    expect(JSON.stringify(post)).not.toMatch(/Cy|Di |Homebatch|patient/);
    // The manager's own message says what was undone: the batch, not one of its patients.
    const done = await waitFor(() =>
      botMessages(h, dmChannelOf(h, MANAGER)).find((m) => m.text?.includes('Undone: the *$1.00*')),
    );
    expect(done.text).toContain('a small-balance batch · 2 charges');
    expect(done.text).toContain('Outstanding now *$1.00*');
    expect(done.text).not.toMatch(/Homebatch/);
  }, 60_000);
});

describe("an undo refused because the write-off is someone else's", () => {
  it('names who made it as a mention, never as a raw id; nothing is reversed or posted', async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Olga',
      lastName: 'Otherly',
      assessedCents: 4_000,
    });
    const done = await writeOffThroughForm(MANAGER, '$9 Olga Otherly small balance', chargeId);
    await auditPostWith('Write-off: $9.00');
    const postsBefore = botMessages(h, AUDIT).length;
    await h.client.blockAction({
      userId: BILLER,
      message: done,
      actions: [{ action_id: UNDO_ACTION, block_id: UNDO_BLOCK, value: undoValueOf(done, UNDO_BLOCK) }],
    });
    const refusal = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find(
        (m) => m.ephemeralTo === BILLER && m.text?.includes('may not undo'),
      ),
    );
    expect(refusal.text).toContain(`You may not undo a write-off made by <@${MANAGER}>.`);
    expect(JSON.stringify(refusal.blocks)).toContain(`<@${MANAGER}>`);
    expect(JSON.stringify(refusal)).not.toMatch(new RegExp(`(?<!<@)${MANAGER}`));
    expect((await ledgerOf(h.db, chargeId)).count('write_off_reversal')).toBe(0);
    expect(botMessages(h, AUDIT)).toHaveLength(postsBefore);
  });
});
