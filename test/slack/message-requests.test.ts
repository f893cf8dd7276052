/** Requests written as messages: mentions, direct messages, the requests channel, balance questions. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AMOUNT_BLOCK,
  NOTE_BLOCK,
  REASON_BLOCK,
  REPEAT_AGAIN_VALUE,
  REPEAT_BLOCK,
  REPEAT_NOTICE_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  ADMIN,
  BILLER,
  blockById,
  botMessages,
  FRONT_DESK,
  GENERAL,
  ledgerOf,
  NOBODY,
  pressReview,
  REQUESTS,
  textOf,
  useHarness,
  VIEWER,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
let jane: { chargeId: number };
let bot: string;
const DM = 'DBILLER001';

beforeAll(async () => {
  bot = `<@${h.emulator.workspace.botUserId}>`;
  jane = await createCharge(h.db, { firstName: 'Jane', lastName: 'Doe', assessedCents: 20_000 });
  await createCharge(h.db, { firstName: 'Jane', lastName: 'Roe', assessedCents: 9_000 });
});

describe('a mention in a channel', () => {
  it('"@app write off $40 for Jane Doe, hardship" -> Review & confirm -> modal -> confirm -> one entry', async () => {
    const { message } = await h.client.userMessage({
      userId: BILLER,
      channelId: GENERAL,
      text: `${bot} write off $40 for Jane Doe, hardship`,
    });
    const reply = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find((m) => m.text?.startsWith('I understood')),
    );
    expect(reply.ephemeralTo).toBe(BILLER);
    expect(reply.text).toContain('a write-off of $40.00 for Jane Doe, Financial hardship / charity care');

    // The same mention delivered again (a retry) gets no second reply.
    await h.client.event(
      { type: 'app_mention', user: BILLER, text: message.text ?? '', ts: message.ts, channel: GENERAL },
      { retryNum: 1, retryReason: 'http_timeout' },
    );
    await new Promise((r) => setTimeout(r, 150));
    expect(botMessages(h, GENERAL, BILLER).filter((m) => m.text?.startsWith('I understood'))).toHaveLength(1);

    await pressReview(h, BILLER, reply);
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('40.00');
    expect(blockById(modal, REASON_BLOCK)?.element?.initial_option).toMatchObject({
      value: 'financial_hardship',
    });
    const result = await h.client.fillAndSubmit(BILLER, modal.id, {
      [NOTE_BLOCK]: 'Sliding-scale application approved',
    });
    expect(result.status).toBe(200);
    const ledger = await ledgerOf(h.db, jane.chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.entries.find((e) => e.kind === 'write_off')?.source).toBe('message');
    expect(ledger.outstandingCents).toBe(16_000);
    const done = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes('Wrote off')),
    );
    expect(done.ephemeralTo).toBe(BILLER);
    // A top-level mention is answered at the top level, where the biller is looking.
    expect(done.threadTs).toBeUndefined();
  });

  it('in a thread: the confirmation is shown in that thread, to the confirmer only', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Odile',
      lastName: 'Quennell',
      assessedCents: 7_000,
    });
    const { message: parent } = await h.client.userMessage({
      userId: BILLER,
      channelId: GENERAL,
      text: 'Odile Quennell called about her statement again',
    });
    await h.client.userMessage({
      userId: BILLER,
      channelId: GENERAL,
      text: `${bot} write off $15 for Odile Quennell, small balance`,
      threadTs: parent.ts,
    });
    const reply = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes('$15.00 for Odile Quennell')),
    );
    expect(reply.threadTs).toBe(parent.ts);
    await pressReview(h, BILLER, reply);
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    await h.client.fillAndSubmit(BILLER, modal.id, {});
    const done = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find(
        (m) => m.text?.includes('Wrote off') && m.text.includes('Quennell'),
      ),
    );
    expect(done.ephemeralTo).toBe(BILLER);
    expect(done.threadTs).toBe(parent.ts);
    expect((await ledgerOf(h.db, charge.chargeId)).outstandingCents).toBe(5_500);
  });

  it('a balance question is answered directly, to the asker only', async () => {
    await h.client.userMessage({
      userId: VIEWER,
      channelId: GENERAL,
      text: `${bot} what does Jane Doe owe?`,
    });
    const answer = await waitFor(() => botMessages(h, GENERAL, VIEWER).find((m) => m.text?.includes('owes')));
    expect(answer.ephemeralTo).toBe(VIEWER);
    expect(answer.text).toContain('*$160.00*');
  });

  it('someone without a role gets no balance, and is told who can grant access', async () => {
    await h.client.userMessage({ userId: NOBODY, channelId: GENERAL, text: `${bot} balance Jane Doe` });
    const answer = await waitFor(() => botMessages(h, GENERAL, NOBODY).at(-1));
    expect(answer.ephemeralTo).toBe(NOBODY);
    // A look-up: the least role that is enough (a viewer), and no "nothing was changed".
    expect(answer.text).toContain(`Ask an admin: <@${ADMIN}> (they can run /billing role @you viewer).`);
    expect(answer.text).toContain('A viewer role is enough for that.');
    expect(answer.text).not.toContain('nothing was changed');
    expect(answer.text).not.toContain('$');
  });
});

describe('a direct message to the app', () => {
  it('is answered in the thread, and the confirmation is a normal message in the DM', async () => {
    const { message } = await h.client.userMessage({
      userId: BILLER,
      channelId: DM,
      text: 'write off $10 for Jane Doe small balance',
    });
    const reply = await waitFor(() => botMessages(h, DM).find((m) => m.threadTs === message.ts));
    expect(reply.ephemeralTo).toBeUndefined();
    await pressReview(h, BILLER, reply);
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    await h.client.fillAndSubmit(BILLER, modal.id, {});
    const done = await waitFor(() => botMessages(h, DM).find((m) => m.text?.includes('Wrote off')));
    expect(done.ephemeralTo).toBeUndefined();
    expect(done.text).toContain('Outstanding now *$150.00*');
    expect((await ledgerOf(h.db, jane.chargeId)).outstandingCents).toBe(15_000);
  });
});

describe('the requests channel', () => {
  it('takes every message as a request; anyone with a write-off role confirms; the requester is told in the thread', async () => {
    const { message } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'please write off $40 for Jane Doe, hardship',
    });
    const card = await waitFor(() => botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts));
    expect(card.ephemeralTo).toBeUndefined();
    expect(card.text).toContain(`<@${FRONT_DESK}> asked for a write-off`);

    await pressReview(h, FRONT_DESK, card);
    const refused = await waitFor(() =>
      botMessages(h, REQUESTS, FRONT_DESK).find((m) => m.ephemeralTo === FRONT_DESK),
    );
    expect(refused.text).toContain('You do not have a role that may write off');
    expect(h.emulator.views.top(FRONT_DESK)).toBeUndefined();

    await pressReview(h, BILLER, card);
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    // The biller wrote off this same $40 on this charge minutes ago (above): the form says so
    // and asks before doing it again (repeat-request.test.ts covers that rule).
    expect(textOf([blockById(modal, REPEAT_NOTICE_BLOCK)])).toContain('You wrote off $40.00');
    await h.client.fillAndSubmit(BILLER, modal.id, {
      [NOTE_BLOCK]: 'Charity care form on file',
      [REPEAT_BLOCK]: [REPEAT_AGAIN_VALUE],
    });
    const ledger = await ledgerOf(h.db, jane.chargeId);
    expect(ledger.count('write_off')).toBe(3);
    expect(ledger.outstandingCents).toBe(11_000);
    const told = await waitFor(() =>
      botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('done')),
    );
    expect(told.text).toBe(`<@${FRONT_DESK}> done: <@${BILLER}> completed a write-off you asked for.`);
    const details = await waitFor(() =>
      botMessages(h, REQUESTS, BILLER).find((m) => m.ephemeralTo === BILLER && m.text?.includes('Wrote off')),
    );
    expect(details.text).toContain('Jane Doe');

    // Pressed again after it is done: nothing more is written.
    await pressReview(h, BILLER, card);
    await waitFor(() => botMessages(h, REQUESTS, BILLER).find((m) => m.text?.includes('already completed')));
    expect((await ledgerOf(h.db, jane.chargeId)).count('write_off')).toBe(3);
  });

  it('ignores bot messages and edits; a request in a thread with no request is answered there', async () => {
    const before = botMessages(h, REQUESTS).length;
    await h.client.event({
      type: 'message',
      subtype: 'message_changed',
      channel: REQUESTS,
      channel_type: 'channel',
      ts: '1.000001',
      hidden: true,
    });
    await h.client.event({
      type: 'message',
      bot_id: 'BOTHER',
      user: 'UOTHERBOT1',
      channel: REQUESTS,
      channel_type: 'channel',
      text: 'write off $5 for Jane Doe',
      ts: '1.000002',
    });
    await h.client.event({
      type: 'message',
      user: FRONT_DESK,
      channel: REQUESTS,
      channel_type: 'channel',
      text: 'write off $5 for Jane Doe',
      ts: '1.000004',
      thread_ts: '1.000003',
    });
    // A real request sent last is the positive signal: once its card is there, the app has handled
    // the events before it too, so "nothing else" below is a real check, not a race.
    await h.client.event({
      type: 'message',
      user: FRONT_DESK,
      channel: REQUESTS,
      channel_type: 'channel',
      text: 'write off $5 for Jane Doe',
      ts: '1.000005',
    });
    await waitFor(() => botMessages(h, REQUESTS).find((m) => m.threadTs === '1.000005'));
    await waitFor(() => botMessages(h, REQUESTS).find((m) => m.threadTs === '1.000003'));
    const added = botMessages(h, REQUESTS).slice(before);
    expect(added.map((m) => m.threadTs).sort()).toEqual(['1.000003', '1.000005']);
  });
});

describe('privacy', () => {
  it('no message the whole channel sees carries a patient name or a dollar amount', () => {
    const publicBotMessages = h.emulator.messages
      .all()
      .filter(
        (m) => m.user === h.emulator.workspace.botUserId && !m.ephemeralTo && !m.channel.startsWith('D'),
      );
    expect(publicBotMessages.length).toBeGreaterThan(0);
    for (const m of publicBotMessages) {
      const content = `${m.text ?? ''} ${JSON.stringify(m.blocks ?? [])}`;
      expect(content).not.toMatch(/Jane|Doe|Roe|\$\d/);
    }
  });
});
