/**
 * Every reply of a request's asker in its thread gets an answer: a correction sent "also to the
 * channel" counts, another action is refused, a refused amount is said, "never mind" withdraws the
 * request, and anything else is told what a thread can change. The request message edited corrects
 * it; deleted, withdraws it. A form Slack did not show leaves the request open to corrections.
 */
import { describe, expect, it } from 'vitest';
import { AMOUNT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  botMessages,
  FRONT_DESK,
  ledgerOf,
  pressReview,
  REQUESTS,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();

async function request(lastName: string, text = `please write off $15 for Rep ${lastName}, small balance`) {
  const charge = await createCharge(h.db, { firstName: 'Rep', lastName, assessedCents: 6_000 });
  const { message } = await h.client.userMessage({ userId: FRONT_DESK, channelId: REQUESTS, text });
  const card = await waitFor(() =>
    botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
  );
  return { charge, message, card };
}

function reply(threadTs: string, text: string) {
  return h.client.userMessage({ userId: FRONT_DESK, channelId: REQUESTS, text, threadTs });
}

/** The answer only the asker sees in the thread, containing these words. */
function toldAsker(threadTs: string, words: string) {
  return waitFor(() =>
    botMessages(h, REQUESTS, FRONT_DESK).find(
      (m) => m.threadTs === threadTs && m.ephemeralTo === FRONT_DESK && m.text?.includes(words),
    ),
  );
}

async function formAmount(lastName: string, card: Parameters<typeof pressReview>[2]) {
  await pressReview(h, BILLER, card);
  const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => JSON.stringify(v).includes(lastName));
  return JSON.stringify(blockById(form, AMOUNT_BLOCK));
}

describe('replies in the thread', () => {
  it('a correction also sent to the channel (thread_broadcast) changes the request', async () => {
    const { message, card } = await request('Broadcast');
    await h.client.event({
      type: 'message',
      subtype: 'thread_broadcast',
      user: FRONT_DESK,
      channel: REQUESTS,
      channel_type: 'channel',
      text: 'actually make it $25',
      ts: `${message.ts}1`,
      thread_ts: message.ts,
    });
    await toldAsker(message.ts, 'Changed: the form now opens with');
    expect(await formAmount('Broadcast', card)).toContain('"initial_value":"25.00"');
  });

  it('another action is refused, and the amount stays', async () => {
    const { message, card } = await request('Otheraction');
    await reply(message.ts, 'actually refund her $10 instead');
    const told = await toldAsker(message.ts, 'Only the amount or the reason');
    expect(told.text).toContain('post a new request');
    expect(await formAmount('Otheraction', card)).toContain('"initial_value":"15.00"');
  });

  it('a refused amount is said; anything else is told what can change; thanks gets nothing', async () => {
    const { message } = await request('Badamount');
    await reply(message.ts, 'actually make it $0');
    await toldAsker(message.ts, 'must be more than $0.00');
    await reply(message.ts, '$-5');
    await toldAsker(message.ts, 'cannot be negative');
    await reply(message.ts, 'it is for the office visit on 10/9');
    await toldAsker(message.ts, 'Only the amount or the reason');
    await reply(message.ts, 'thanks!');
    await reply(message.ts, 'make it $20');
    await toldAsker(message.ts, 'Changed');
    const answers = botMessages(h, REQUESTS, FRONT_DESK).filter((m) => m.threadTs === message.ts);
    // Four answers for the five replies above that say something: thanks gets none.
    expect(answers.filter((m) => m.ephemeralTo === FRONT_DESK)).toHaveLength(4);
  });

  it('"never mind" withdraws the request; Review then says so and nothing is written', async () => {
    const { charge, message, card } = await request('Nevermind');
    await reply(message.ts, 'never mind, please ignore this request');
    const notice = await waitFor(() =>
      botMessages(h, REQUESTS).find(
        (m) => m.threadTs === message.ts && m.text?.includes('withdrew this request'),
      ),
    );
    expect(notice.ephemeralTo).toBeUndefined();
    await pressReview(h, BILLER, card);
    await waitFor(() =>
      h.emulator.responseUrlPosts.find((p) => String(p.body.text).includes('was withdrawn')),
    );
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);
  });

  it('"never mind" once the form is open: not withdrawn, and the asker is told; corrections say what the form shows', async () => {
    const { message, card } = await request('Openedalready');
    await formAmount('Openedalready', card);
    await reply(message.ts, 'never mind');
    await toldAsker(message.ts, 'so it was not withdrawn');
    await reply(message.ts, 'actually make it $25');
    const told = await toldAsker(message.ts, 'so it was not changed');
    expect(told.text).toContain('as it stood when they opened it');
    expect(told.text).not.toContain('first asked');
  });
});

describe('the request message edited or deleted', () => {
  it('an edit changes the amount; an edit that changes nothing is answered', async () => {
    const { message, card } = await request('Edited');
    const edit = (text: string, n: number) =>
      h.client.event({
        type: 'message',
        subtype: 'message_changed',
        channel: REQUESTS,
        channel_type: 'channel',
        ts: `${message.ts}${n}`,
        hidden: true,
        message: { type: 'message', user: FRONT_DESK, text, ts: message.ts, edited: { user: FRONT_DESK } },
        previous_message: { type: 'message', user: FRONT_DESK, text: message.text, ts: message.ts },
      });
    await edit('please write off $25 for Rep Edited, small balance', 1);
    await toldAsker(message.ts, '*$25.00*');
    await edit('pls write off $25 for Rep Edited, small balance', 2);
    await toldAsker(message.ts, 'Your edit did not change this request');
    expect(await formAmount('Edited', card)).toContain('"initial_value":"25.00"');
  });

  it('a deletion withdraws the request', async () => {
    const { message, card } = await request('Deleted');
    await h.client.event({
      type: 'message',
      subtype: 'message_deleted',
      channel: REQUESTS,
      channel_type: 'channel',
      ts: `${message.ts}9`,
      deleted_ts: message.ts,
      hidden: true,
      previous_message: { type: 'message', user: FRONT_DESK, text: message.text, ts: message.ts },
    });
    await waitFor(() =>
      botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('was withdrawn')),
    );
    await pressReview(h, BILLER, card);
    await waitFor(() =>
      h.emulator.responseUrlPosts.find((p) => String(p.body.text).includes('was withdrawn by')),
    );
  });
});

it('a form Slack did not show (views.update refused) leaves the request open to corrections', async () => {
  const { message, card } = await request('Notshown');
  h.emulator.failNext('views.update', 'invalid_auth');
  await pressReview(h, BILLER, card);
  const notShown = (text: unknown) => String(text).includes('The form could not be opened');
  await waitFor(
    () =>
      h.emulator.responseUrlPosts.find((p) => notShown(p.body.text)) ??
      botMessages(h, REQUESTS, BILLER).find((m) => notShown(m.text)),
  );
  await reply(message.ts, 'actually make it $25');
  await toldAsker(message.ts, 'Changed: the form now opens with');
});
