/**
 * /billing routes plain text to the right place without a model: a balance answered privately,
 * a write-off opened pre-filled and confirmed; "the remaining balance" fills in the outstanding.
 * And the app builds in Socket Mode from the same listeners.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config.ts';
import { createSlackApp } from '../../src/slack/app.ts';
import { AMOUNT_BLOCK, CHARGE_BLOCK, NOTE_BLOCK, REASON_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  NOBODY,
  useHarness,
  VIEWER,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
let carmen: { chargeId: number };
let dmitri: { chargeId: number };

beforeAll(async () => {
  carmen = await createCharge(h.db, { firstName: 'Carmen', lastName: 'Ortiz', assessedCents: 12_345 });
  dmitri = await createCharge(h.db, {
    firstName: 'Dmitri',
    lastName: 'Volkov',
    assessedCents: 6_780,
    paidCents: 1_000,
  });
});

describe('/billing without a model', () => {
  it('balance <patient>: answered to the asker only, with the outstanding', async () => {
    await h.client.slashCommand({
      command: '/billing',
      text: 'balance Carmen Ortiz',
      userId: BILLER,
      channelId: GENERAL,
    });
    const post = await waitFor(() =>
      h.emulator.responseUrlPosts.find((p) => JSON.stringify(p.body).includes('Carmen Ortiz')),
    );
    expect(post.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(post.body)).toContain('$123.45');
    expect(botMessages(h, GENERAL).filter((m) => !m.ephemeralTo)).toHaveLength(0);
  });

  it('write off $40 for <patient>, hardship: the form opens pre-filled and confirming writes one entry', async () => {
    await h.client.slashCommand({
      command: '/billing',
      text: 'write off $40 for Carmen Ortiz, hardship',
      userId: BILLER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(
      h,
      BILLER,
      WRITE_OFF_CALLBACK,
      (v) => blockById(v, CHARGE_BLOCK) !== undefined,
    );
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('40.00');
    expect(blockById(modal, REASON_BLOCK)?.element?.initial_option).toMatchObject({
      value: 'financial_hardship',
    });
    const submitted = await h.client.fillAndSubmit(BILLER, modal.id, {
      [NOTE_BLOCK]: 'Sliding-scale application approved',
    });
    expect(submitted.status).toBe(200);
    const ledger = await waitFor(async () => {
      const state = await ledgerOf(h.db, carmen.chargeId);
      return state.count('write_off') === 1 ? state : undefined;
    });
    expect(ledger.outstandingCents).toBe(8_345);
  });
});

describe('general help is for everyone; a patient needs a role (DOMAIN section 4)', () => {
  it('someone with no role gets the article, privately', async () => {
    const before = h.emulator.responseUrlPosts.length;
    await h.client.slashCommand({
      command: '/billing',
      text: 'help how do I undo a write-off?',
      userId: NOBODY,
      channelId: GENERAL,
    });
    const answer = await waitFor(() => h.emulator.responseUrlPosts.slice(before).at(0));
    expect(JSON.stringify(answer.body)).toContain('(undo-write-off)');
    expect(answer.body.response_type).toBe('ephemeral');
  });

  it("asking about a patient without a role shows none of the patient's data", async () => {
    const before = h.emulator.responseUrlPosts.length;
    await h.client.slashCommand({
      command: '/billing',
      text: "why can't I write off Dmitri Volkov's charge?",
      userId: NOBODY,
      channelId: GENERAL,
    });
    const answer = JSON.stringify(
      (await waitFor(() => h.emulator.responseUrlPosts.slice(before).at(0))).body,
    );
    expect(answer).toContain('(write-off-blocked)');
    expect(answer).not.toMatch(/Volkov|\$67\.80|\$57\.80|MRN/);

    // The same question from a viewer answers about that charge.
    const viewerBefore = h.emulator.responseUrlPosts.length;
    await h.client.slashCommand({
      command: '/billing',
      text: "why can't I write off Dmitri Volkov's charge?",
      userId: VIEWER,
      channelId: GENERAL,
    });
    const viewerAnswer = JSON.stringify(
      (await waitFor(() => h.emulator.responseUrlPosts.slice(viewerBefore).at(0))).body,
    );
    expect(viewerAnswer).toContain('Dmitri Volkov – Office visit');
  });
});

describe('"the remaining balance"', () => {
  it('fills in the whole outstanding, and confirming leaves nothing owed', async () => {
    await h.client.slashCommand({
      command: '/writeoff',
      text: 'the remaining balance for Dmitri Volkov, small balance',
      userId: BILLER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(
      h,
      BILLER,
      WRITE_OFF_CALLBACK,
      (v) => blockById(v, CHARGE_BLOCK) !== undefined,
    );
    expect(String(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value)).toMatch(/^(57\.80|all)$/);
    await h.client.fillAndSubmit(BILLER, modal.id, {});
    const ledger = await waitFor(async () => {
      const state = await ledgerOf(h.db, dmitri.chargeId);
      return state.count('write_off') === 1 ? state : undefined;
    });
    expect(ledger.entries.find((e) => e.kind === 'write_off')?.amountCents).toBe(5_780);
    expect(ledger.outstandingCents).toBe(0);
  });
});

describe('Socket Mode', () => {
  it('builds the app from the same listeners when SLACK_APP_TOKEN is set, without connecting', async () => {
    const config = ConfigSchema.parse({
      SLACK_BOT_TOKEN: h.emulator.botToken,
      SLACK_APP_TOKEN: 'xapp-1-test',
      // Bolt checks the token when it is built: against the emulator, not slack.com.
      SLACK_API_URL: h.emulator.url,
    });
    const checksBefore = h.emulator.callsTo('auth.test').length;
    const app = createSlackApp({ config, db: h.db, apiRetries: 0 });
    // That check must be answered before the emulator stops after this file.
    await expect.poll(() => h.emulator.callsTo('auth.test').length).toBe(checksBefore + 1);
    const receiver = (app as unknown as { receiver: { constructor: { name: string } } }).receiver;
    expect(receiver.constructor.name).toBe('SocketModeReceiver');
  });
});
