/**
 * A request written to the app in a DM, or as a mention in a channel, then edited by its asker
 * (probe D3): the edit corrects the amount or the reason the form opens with, and says so to the
 * asker alone; an edit that asks for another patient withdraws it, and so does deleting the
 * message while the form is unopened. Nothing is posted where others read it.
 */
import { describe, expect, it } from 'vitest';
import { AMOUNT_BLOCK, REASON_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { dmChannelOf } from './support/approvals.ts';
import {
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  pressReview,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();

function edit(
  userId: string,
  channelId: string,
  message: { ts: string; text?: string; threadTs?: string },
  text: string,
  channelType: 'im' | 'channel',
) {
  const thread = message.threadTs ? { thread_ts: message.threadTs } : {};
  return h.client.event({
    type: 'message',
    subtype: 'message_changed',
    channel: channelId,
    channel_type: channelType,
    ts: `${message.ts}7`,
    hidden: true,
    message: { type: 'message', user: userId, text, ts: message.ts, edited: { user: userId }, ...thread },
    previous_message: { type: 'message', user: userId, text: message.text, ts: message.ts, ...thread },
  });
}

function deleteMessage(
  channelId: string,
  message: { ts: string; text?: string },
  channelType: 'im' | 'channel',
) {
  return h.client.event({
    type: 'message',
    subtype: 'message_deleted',
    channel: channelId,
    channel_type: channelType,
    ts: `${message.ts}9`,
    deleted_ts: message.ts,
    hidden: true,
    previous_message: { type: 'message', text: message.text, ts: message.ts },
  });
}

/** A DM to the app and its "I understood" reply. */
async function dm(userId: string, text: string) {
  const channelId = dmChannelOf(h, userId);
  const before = botMessages(h, channelId).length;
  const { message } = await h.client.userMessage({ userId, channelId, text });
  const reply = await waitFor(() =>
    botMessages(h, channelId)
      .slice(before)
      .find((m) => m.text?.startsWith('I understood')),
  );
  return { channelId, message, reply };
}

function dmSays(channelId: string, words: string) {
  return waitFor(() => botMessages(h, channelId).find((m) => m.text?.includes(words)));
}

/** The form of this patient, once it is filled in (not an earlier test's form, not "Loading…"). */
function named(lastName: string) {
  return (v: unknown) => JSON.stringify(v).includes(lastName);
}

/** What anyone in the channel could read: the bot's messages there that are not ephemeral. */
function publicIn(channelId: string) {
  return botMessages(h, channelId).filter((m) => !m.ephemeralTo);
}

describe('a request sent by DM, edited before its form is opened', () => {
  it('a new amount: the asker is told in the DM, and Review & confirm opens the form with it', async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Tomas',
      lastName: 'Editwell',
      assessedCents: 30_000,
    });
    const { channelId, message, reply } = await dm(
      MANAGER,
      'write off $30 for Tomas Editwell, small balance',
    );
    expect(reply.text).toContain('$30.00');

    await edit(MANAGER, channelId, message, 'write off $35 for Tomas Editwell, small balance', 'im');
    const told = await dmSays(channelId, 'Changed: the form now opens with *$35.00*');
    expect(told.text).toContain('until you confirm it');
    expect(told.threadTs).toBe(message.ts);

    await pressReview(h, MANAGER, reply);
    const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, named('Editwell'));
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('35.00');
    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(26_500);
  });

  it('a new reason: the form opens with it', async () => {
    await createCharge(h.db, { firstName: 'Rhea', lastName: 'Reasonedit', assessedCents: 9_000 });
    const { channelId, message, reply } = await dm(
      MANAGER,
      'write off $20 for Rhea Reasonedit, small balance',
    );
    await edit(MANAGER, channelId, message, 'write off $20 for Rhea Reasonedit, prompt pay discount', 'im');
    await dmSays(channelId, 'the reason _Prompt');
    await pressReview(h, MANAGER, reply);
    const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, named('Reasonedit'));
    expect(blockById(modal, REASON_BLOCK)?.element?.initial_option).toMatchObject({
      value: 'prompt_pay_discount',
    });
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('20.00');
  });

  it('another patient: the request is withdrawn, and Review & confirm no longer opens it', async () => {
    await createCharge(h.db, { firstName: 'Wanda', lastName: 'Withdrawn', assessedCents: 9_000 });
    await createCharge(h.db, { firstName: 'Otto', lastName: 'Otherone', assessedCents: 9_000 });
    const { channelId, message, reply } = await dm(
      MANAGER,
      'write off $20 for Wanda Withdrawn, small balance',
    );
    await edit(MANAGER, channelId, message, 'write off $20 for Otto Otherone, small balance', 'im');
    await dmSays(channelId, 'Your edit asks for another patient');

    const before = h.emulator.responseUrlPosts.length;
    await pressReview(h, MANAGER, reply);
    await waitFor(() =>
      h.emulator.responseUrlPosts.slice(before).find((p) => String(p.body.text).includes('withdrawn')),
    );
    expect(JSON.stringify(h.emulator.views.top(MANAGER)?.view ?? {})).not.toMatch(/Wanda|Otto/);
  });

  it('an edit that changes nothing the request holds says so', async () => {
    await createCharge(h.db, { firstName: 'Nell', lastName: 'Nochange', assessedCents: 9_000 });
    const { channelId, message } = await dm(MANAGER, 'write off $20 for Nell Nochange, small balance');
    await edit(MANAGER, channelId, message, 'write off $20 for Nell Nochange, small balance!', 'im');
    const told = await dmSays(channelId, 'Your edit did not change this request');
    expect(told.text).toContain('send a new message');
  });

  it('after the asker opened the form, the edit does not change it and they are told to change it there', async () => {
    await createCharge(h.db, { firstName: 'Olive', lastName: 'Openedform', assessedCents: 9_000 });
    const { channelId, message, reply } = await dm(
      MANAGER,
      'write off $20 for Olive Openedform, small balance',
    );
    await pressReview(h, MANAGER, reply);
    await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, named('Openedform'));
    await edit(MANAGER, channelId, message, 'write off $25 for Olive Openedform, small balance', 'im');
    await dmSays(channelId, 'You have already opened the form for this request');
  });
});

describe('a mention request edited in a channel', () => {
  it('is corrected, told to the asker only; nothing is posted for the channel to read', async () => {
    await createCharge(h.db, { firstName: 'Mina', lastName: 'Mentionedit', assessedCents: 9_000 });
    const bot = `<@${h.emulator.workspace.botUserId}>`;
    const publicBefore = publicIn(GENERAL).length;
    const { message } = await h.client.userMessage({
      userId: MANAGER,
      channelId: GENERAL,
      text: `${bot} write off $30 for Mina Mentionedit, small balance`,
    });
    const reply = await waitFor(() =>
      botMessages(h, GENERAL, MANAGER).find((m) => m.text?.includes('$30.00 for Mina Mentionedit')),
    );
    await edit(
      MANAGER,
      GENERAL,
      message,
      `${bot} write off $35 for Mina Mentionedit, small balance`,
      'channel',
    );
    const told = await waitFor(() =>
      botMessages(h, GENERAL, MANAGER).find((m) =>
        m.text?.includes('Changed: the form now opens with *$35.00*'),
      ),
    );
    expect(told.ephemeralTo).toBe(MANAGER);
    expect(publicIn(GENERAL)).toHaveLength(publicBefore);

    await pressReview(h, MANAGER, reply);
    const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, named('Mentionedit'));
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('35.00');
  });

  it("someone else's edit event for the message changes nothing", async () => {
    await createCharge(h.db, { firstName: 'Ivo', lastName: 'Impostor', assessedCents: 9_000 });
    const { channelId, message, reply } = await dm(MANAGER, 'write off $20 for Ivo Impostor, small balance');
    const before = botMessages(h, channelId).length;
    await edit('UBILLER001', channelId, message, 'write off $25 for Ivo Impostor, small balance', 'im');
    await new Promise((r) => setTimeout(r, 200));
    expect(botMessages(h, channelId)).toHaveLength(before);
    await pressReview(h, MANAGER, reply);
    const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, named('Impostor'));
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('20.00');
  });
});

describe('a request sent by DM or by a mention, its message deleted', () => {
  it('in a DM, before the form is opened: withdrawn, told in the DM, and Review & confirm no longer opens it', async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Della',
      lastName: 'Deletedm',
      assessedCents: 9_000,
    });
    const { channelId, message, reply } = await dm(
      MANAGER,
      'write off $20 for Della Deletedm, small balance',
    );
    await deleteMessage(channelId, message, 'im');
    const told = await dmSays(channelId, 'Your request message was deleted, so the request was withdrawn');
    expect(told.threadTs).toBeUndefined();

    const before = h.emulator.responseUrlPosts.length;
    await pressReview(h, MANAGER, reply);
    await waitFor(() =>
      h.emulator.responseUrlPosts.slice(before).find((p) => String(p.body.text).includes('withdrawn')),
    );
    expect(JSON.stringify(h.emulator.views.top(MANAGER)?.view ?? {})).not.toContain('Deletedm');
    expect((await ledgerOf(h.db, chargeId)).count('write_off')).toBe(0);
  });

  it('in a DM, after the form was opened: not withdrawn, and the asker is told the form still confirms', async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Opal',
      lastName: 'Openeddelete',
      assessedCents: 9_000,
    });
    const { channelId, message, reply } = await dm(
      MANAGER,
      'write off $20 for Opal Openeddelete, small balance',
    );
    await pressReview(h, MANAGER, reply);
    const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, named('Openeddelete'));
    await deleteMessage(channelId, message, 'im');
    await dmSays(channelId, 'its form was already opened, so the request was not withdrawn');
    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(7_000);
  });

  it('a mention: withdrawn, told to the asker only; nothing is posted for the channel to read', async () => {
    await createCharge(h.db, { firstName: 'Mave', lastName: 'Mentiondelete', assessedCents: 9_000 });
    const bot = `<@${h.emulator.workspace.botUserId}>`;
    const publicBefore = publicIn(GENERAL).length;
    const { message } = await h.client.userMessage({
      userId: MANAGER,
      channelId: GENERAL,
      text: `${bot} write off $30 for Mave Mentiondelete, small balance`,
    });
    const reply = await waitFor(() =>
      botMessages(h, GENERAL, MANAGER).find((m) => m.text?.includes('$30.00 for Mave Mentiondelete')),
    );
    await deleteMessage(GENERAL, message, 'channel');
    const told = await waitFor(() =>
      botMessages(h, GENERAL, MANAGER).find((m) => m.text?.includes('so the request was withdrawn')),
    );
    expect(told.ephemeralTo).toBe(MANAGER);
    expect(publicIn(GENERAL)).toHaveLength(publicBefore);

    const before = h.emulator.responseUrlPosts.length;
    await pressReview(h, MANAGER, reply);
    await waitFor(() =>
      h.emulator.responseUrlPosts.slice(before).find((p) => String(p.body.text).includes('withdrawn')),
    );
  });

  it('a deleted message that made no request changes nothing and is not answered', async () => {
    const channelId = dmChannelOf(h, MANAGER);
    const { message } = await h.client.userMessage({ userId: MANAGER, channelId, text: 'thanks!' });
    await new Promise((r) => setTimeout(r, 100));
    const before = botMessages(h, channelId).length;
    await deleteMessage(channelId, message, 'im');
    await new Promise((r) => setTimeout(r, 200));
    expect(botMessages(h, channelId)).toHaveLength(before);
  });
});
