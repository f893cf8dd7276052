/**
 * A request made in a requests channel and corrected in its thread by whoever made it ("actually
 * make it $25"): the form then opens with the new amount or reason, the asker is told privately
 * what changed, the thread is told that it changed (no amount, no name), and the ledger is
 * untouched until someone confirms. Other people's replies, and talk, change nothing.
 */
import { describe, expect, it } from 'vitest';
import { AMOUNT_BLOCK, REASON_BLOCK } from '../../src/slack/views/shared-blocks.ts';
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

/** A request in the channel by the front desk, and the card the app answers it with in its thread. */
async function request(text: string) {
  const { message } = await h.client.userMessage({ userId: FRONT_DESK, channelId: REQUESTS, text });
  const card = await waitFor(() =>
    botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
  );
  return { message, card };
}

function reply(userId: string, threadTs: string, text: string) {
  return h.client.userMessage({ userId, channelId: REQUESTS, text, threadTs });
}

describe('a request corrected in its thread', () => {
  it('by its asker: the form opens with the new amount, the thread says it changed, nothing is written', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Corra',
      lastName: 'Rection',
      assessedCents: 6_000,
    });
    const { message, card } = await request('please write off $15 for Corra Rection, service recovery');
    await reply(FRONT_DESK, message.ts, 'actually make it $25');

    const told = await waitFor(() =>
      botMessages(h, REQUESTS, FRONT_DESK).find((m) => m.text?.includes('Changed: the form now opens with')),
    );
    expect(told.ephemeralTo).toBe(FRONT_DESK);
    expect(told.text).toContain('*$25.00*');
    const notice = await waitFor(() =>
      botMessages(h, REQUESTS).find(
        (m) => m.threadTs === message.ts && m.text?.includes('changed this request'),
      ),
    );
    expect(notice.ephemeralTo).toBeUndefined();
    expect(notice.text).not.toContain('25');
    expect(notice.text).not.toContain('Rection');
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);

    await pressReview(h, BILLER, card);
    const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      JSON.stringify(v).includes('Rection'),
    );
    expect(JSON.stringify(blockById(form, AMOUNT_BLOCK))).toContain('"initial_value":"25.00"');
  });

  it('a reason alone changes the reason; "not $15" takes the other amount', async () => {
    await createCharge(h.db, { firstName: 'Reaso', lastName: 'Nable', assessedCents: 6_000 });
    const { message, card } = await request('please write off $15 for Reaso Nable, service recovery');
    await reply(FRONT_DESK, message.ts, 'sorry, $20 not $15');
    await waitFor(() =>
      botMessages(h, REQUESTS, FRONT_DESK).find(
        (m) => m.threadTs === message.ts && m.text?.includes('*$20.00*'),
      ),
    );
    await reply(FRONT_DESK, message.ts, 'small balance please');
    await waitFor(() =>
      botMessages(h, REQUESTS, FRONT_DESK).find(
        (m) => m.threadTs === message.ts && m.text?.includes('the reason _Small balance_'),
      ),
    );
    await pressReview(h, BILLER, card);
    const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      JSON.stringify(v).includes('Nable'),
    );
    expect(JSON.stringify(blockById(form, AMOUNT_BLOCK))).toContain('"initial_value":"20.00"');
    expect(JSON.stringify(blockById(form, REASON_BLOCK))).toContain('small_balance');
  });

  it("someone else's reply, and talk, change nothing and get no answer", async () => {
    await createCharge(h.db, { firstName: 'Otho', lastName: 'Therperson', assessedCents: 6_000 });
    const { message, card } = await request('please write off $15 for Otho Therperson, service recovery');
    await reply(BILLER, message.ts, 'actually make it $40');
    await reply(FRONT_DESK, message.ts, 'she paid $15 at the desk yesterday, fyi');
    await reply(FRONT_DESK, message.ts, 'thanks!');
    await pressReview(h, BILLER, card);
    const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      JSON.stringify(v).includes('Therperson'),
    );
    expect(JSON.stringify(blockById(form, AMOUNT_BLOCK))).toContain('"initial_value":"15.00"');
    const inThread = botMessages(h, REQUESTS).filter((m) => m.threadTs === message.ts);
    expect(inThread.filter((m) => m.text?.includes('changed') || m.text?.includes('Changed'))).toEqual([]);
  });

  it('once confirmed, a correction changes nothing and its asker is told so', async () => {
    const charge = await createCharge(h.db, { firstName: 'Lata', lastName: 'Fixer', assessedCents: 6_000 });
    const { message, card } = await request('please write off $15 for Lata Fixer, small balance');
    await pressReview(h, BILLER, card);
    const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      JSON.stringify(v).includes('Fixer'),
    );
    await h.client.fillAndSubmit(BILLER, form.id, {});
    expect((await ledgerOf(h.db, charge.chargeId)).outstandingCents).toBe(4_500);
    await reply(FRONT_DESK, message.ts, 'actually make it $25');
    await waitFor(() =>
      botMessages(h, REQUESTS, FRONT_DESK).find(
        (m) => m.threadTs === message.ts && m.text?.includes('already dealt with, so nothing changed'),
      ),
    );
    expect((await ledgerOf(h.db, charge.chargeId)).outstandingCents).toBe(4_500);
  });
});

describe('once someone has opened the form', () => {
  it('a correction is refused, so the form already open cannot confirm more than was asked', async () => {
    const charge = await createCharge(h.db, { firstName: 'Inre', lastName: 'Viewing', assessedCents: 6_000 });
    const { message, card } = await request('please write off $15 for Inre Viewing, small balance');
    await pressReview(h, BILLER, card);
    const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      JSON.stringify(v).includes('Viewing'),
    );
    await reply(FRONT_DESK, message.ts, 'actually make it $10');
    await waitFor(() =>
      botMessages(h, REQUESTS, FRONT_DESK).find(
        (m) => m.threadTs === message.ts && m.text?.includes('Someone has already opened this request'),
      ),
    );
    // The form confirms what it showed, and the request was not changed underneath it.
    await h.client.fillAndSubmit(BILLER, form.id, {});
    expect((await ledgerOf(h.db, charge.chargeId)).outstandingCents).toBe(4_500);
    expect(
      botMessages(h, REQUESTS).filter(
        (m) => m.threadTs === message.ts && m.text?.includes('changed this request'),
      ),
    ).toEqual([]);
  });
});

describe('other replies in threads', () => {
  it('the asker naming another patient is told a thread changes only the amount or reason', async () => {
    await createCharge(h.db, { firstName: 'Anne', lastName: 'Thread', assessedCents: 6_000 });
    const { message } = await request('please write off $15 for Anne Thread, small balance');
    await reply(FRONT_DESK, message.ts, "it's for Jane Roe, not Anne");
    await waitFor(() =>
      botMessages(h, REQUESTS, FRONT_DESK).find(
        (m) =>
          m.threadTs === message.ts &&
          m.text?.includes('Only the amount or the reason of a request can be changed'),
      ),
    );
  });

  it('a request written in the thread of a message that is no request is answered in that thread', async () => {
    await createCharge(h.db, { firstName: 'Tessa', lastName: 'Threadreq', assessedCents: 6_000 });
    const { message: chatter } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'morning all, quick question for the billing folks',
    });
    await reply(FRONT_DESK, chatter.ts, 'can you write off $20 for Tessa Threadreq, small balance');
    const card = await waitFor(() =>
      botMessages(h, REQUESTS).find((m) => m.threadTs === chatter.ts && m.text?.includes('asked for')),
    );
    expect(card.text).not.toContain('Threadreq');
  });
});
