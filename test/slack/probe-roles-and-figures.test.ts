/**
 * An outside probe's findings on roles, figures and odd events:
 * - a refund request corrected in its requests-channel thread is answered in a refund's words,
 *   naming who may confirm a refund (not "nothing is written off");
 * - a next step the reader's role cannot take (a biller told to refund the payment first) has no
 *   button, and the form says who can take it;
 * - a confirm refused because the figures moved while the form was open brings the form back
 *   with the figures as they are now, the refusal shown in it, and what was typed kept;
 * - a balance asked for a name that fits several patients quotes the name as it was typed;
 * - a mention or message whose fields are not text is logged and ignored, never a failed listener;
 * - a biller pressing Approve is told approvals need a billing manager or admin, and their role.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole, recordPayment, refundPayment } from '../../src/ledger/index.ts';
import { NOTICE_CALLBACK } from '../../src/slack/views/notice-modal-builder.ts';
import { REFUND_CALLBACK } from '../../src/slack/views/refund-modal-builder.ts';
import {
  AMOUNT_BLOCK,
  BLOCKER_BLOCK,
  CHARGE_BLOCK,
  EFFECT_BLOCK,
  NEXT_STEP_BLOCK,
  PAYMENT_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredView } from '../../src/slack-emulator/index.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { cardIn, latestApproval, press, submitWriteOff } from './support/approvals.ts';
import {
  BILLER,
  blockById,
  botMessages,
  FRONT_DESK,
  GENERAL,
  ledgerOf,
  MANAGER,
  REQUESTS,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const APPROVALS = 'CAPPROVAL9';
const REQUESTER = 'UBILLER002';
const SECOND_BILLER = 'UBILLER003';
const h = useHarness({ env: { APPROVALS_CHANNEL: APPROVALS } });

beforeAll(async () => {
  for (const userId of [REQUESTER, SECOND_BILLER]) {
    const granted = await grantRole(h.db, { userId, role: 'biller', grantedBy: 'cli:admin' });
    if (!granted.ok) throw new Error(`could not make ${userId} a biller`);
  }
});

function viewText(view: StoredView | undefined): string {
  return textOf((view?.view.blocks as unknown[] | undefined) ?? []);
}

describe('a refund request corrected in its requests-channel thread', () => {
  it("says nothing is refunded until a billing manager or admin confirms it, in the card and the asker's reply", async () => {
    await createCharge(h.db, {
      firstName: 'Roberta',
      lastName: 'Refundson',
      assessedCents: 300_000,
      paidCents: 300_000,
    });
    const { message } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'please refund Roberta Refundson $20',
    });
    const card = await waitFor(() =>
      botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
    );
    expect(card.text).toContain('A billing manager or admin can review the details and confirm.');
    expect(card.text).not.toContain('Anyone with a billing role');

    await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'actually make it $2,500',
      threadTs: message.ts,
    });
    const told = await waitFor(() =>
      botMessages(h, REQUESTS, FRONT_DESK).find((m) => m.text?.includes('Changed: the form now opens with')),
    );
    expect(told.text).toContain('*$2,500.00*');
    expect(told.text).toContain('Nothing is refunded until a billing manager or admin confirms it.');
    expect(told.text).not.toContain('written off');
    expect(told.text).not.toContain('someone with a billing role');
  });
});

describe('a next step the reader may not take', () => {
  async function openPaidWriteOff(userId: string, lastName: string): Promise<StoredView> {
    await createCharge(h.db, { firstName: 'Paula', lastName, assessedCents: 4_000, paidCents: 4_000 });
    await h.client.slashCommand({
      command: '/writeoff',
      text: `$10 Paula ${lastName} small balance`,
      userId,
      channelId: GENERAL,
    });
    return waitForModal(h, userId, WRITE_OFF_CALLBACK, (v) => blockById(v, BLOCKER_BLOCK) !== undefined);
  }

  it('a biller told the PR is paid gets no Refund button, and is told who can refund it', async () => {
    const modal = await openPaidWriteOff(BILLER, 'Paidbiller');
    const why = textOf([blockById(modal, BLOCKER_BLOCK)]);
    expect(why).toContain('This PR is already paid');
    expect(why).toContain('a billing manager or admin can refund it');
    expect(blockById(modal, NEXT_STEP_BLOCK)).toBeUndefined();
    expect(viewText(modal)).not.toContain('Refund payment');
  });

  it('a billing manager still gets the Refund payment button', async () => {
    const modal = await openPaidWriteOff(MANAGER, 'Paidmanager');
    expect(textOf([blockById(modal, NEXT_STEP_BLOCK)])).toContain('Refund payment');
    expect(textOf([blockById(modal, BLOCKER_BLOCK)])).not.toContain('can refund it');
  });
});

describe('a confirm refused because the figures moved while the form was open', () => {
  it('a refund above what is now left of the payment: the form shows the new figures and the refusal', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Reggie',
      lastName: 'Refigured',
      assessedCents: 2_500,
      paidCents: 2_500,
    });
    await h.client.slashCommand({
      command: '/billing',
      text: 'refund Reggie Refigured $25',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, MANAGER, REFUND_CALLBACK, (v) => !!blockById(v, EFFECT_BLOCK));
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('$0.00 → $25.00');
    // A colleague refunds $3.00 of the payment while the form is open.
    await expectOk(
      refundPayment(h.db, {
        paymentEntryId: charge.paymentEntryId ?? 0,
        amountCents: 300,
        actor: 'import',
        source: 'import',
        idempotencyKey: randomUUID(),
      }),
    );

    const response = await h.client.fillAndSubmit(MANAGER, modal.id, { [AMOUNT_BLOCK]: '25' });
    expect(response.body).toMatchObject({ response_action: 'update' });
    const shown = h.emulator.views.get(modal.id);
    const text = viewText(shown);
    expect(text).toContain('Nothing was changed');
    expect(text).toContain('At most $22.00 of this payment can be refunded');
    // The payment list and the effect line show the refund made meanwhile, not the old figures.
    expect(textOf([blockById(shown as StoredView, PAYMENT_BLOCK)])).toContain('$3.00 refunded');
    expect(textOf([blockById(shown as StoredView, EFFECT_BLOCK)])).toContain('Outstanding $3.00');
    expect(textOf([blockById(shown as StoredView, EFFECT_BLOCK)])).not.toContain('$0.00 → $25.00');
    // What was typed stays.
    expect(blockById(shown as StoredView, AMOUNT_BLOCK)?.element?.initial_value).toBe('25');
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.entries.filter((e) => e.kind === 'refund').map((e) => e.amountCents)).toEqual([300]);

    // Confirming the figure now shown goes through.
    await h.client.fillAndSubmit(MANAGER, modal.id, { [AMOUNT_BLOCK]: '22' });
    const after = await ledgerOf(h.db, charge.chargeId);
    expect(after.entries.filter((e) => e.kind === 'refund').map((e) => e.amountCents)).toEqual([300, 2_200]);
  });

  it('"all" on a charge paid down meanwhile: the charge list and effect line show the new balance', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Bella',
      lastName: 'Balmoved',
      assessedCents: 2_500,
    });
    await h.client.slashCommand({
      command: '/writeoff',
      text: 'all Bella Balmoved small balance',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) => !!blockById(v, EFFECT_BLOCK));
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('Outstanding $25.00 → $0.00');
    await expectOk(
      recordPayment(h.db, {
        chargeId: charge.chargeId,
        amountCents: 1_000,
        actor: 'import',
        source: 'import',
        idempotencyKey: randomUUID(),
      }),
    );

    const response = await h.client.fillAndSubmit(MANAGER, modal.id, {});
    expect(response.body).toMatchObject({ response_action: 'update' });
    const shown = h.emulator.views.get(modal.id) as StoredView;
    expect(viewText(shown)).toContain('is now $15.00, not the $25.00 shown');
    expect(JSON.stringify(blockById(shown, CHARGE_BLOCK))).toContain('$15.00');
    expect(JSON.stringify(blockById(shown, CHARGE_BLOCK))).not.toContain('$25.00');
    expect(textOf([blockById(shown, EFFECT_BLOCK)])).toContain('Outstanding $15.00 → $0.00');
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);

    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.entries.filter((e) => e.kind === 'write_off').map((e) => e.amountCents)).toEqual([1_500]);
  });

  it('an amount simply above the balance, with nothing moved, keeps the error under the field', async () => {
    await createCharge(h.db, { firstName: 'Tyra', lastName: 'Typo', assessedCents: 2_500 });
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$10 Tyra Typo small balance',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) => !!blockById(v, EFFECT_BLOCK));
    const response = await h.client.fillAndSubmit(MANAGER, modal.id, { [AMOUNT_BLOCK]: '30' });
    expect(response.body).toMatchObject({ response_action: 'errors' });
    expect(h.emulator.views.get(modal.id)?.errors[AMOUNT_BLOCK]).toContain('$25.00');
  });
});

describe('a balance asked for a name that fits several patients', () => {
  it('quotes the name as it was typed, not the part that was looked up', async () => {
    await createCharge(h.db, { firstName: 'Janet', lastName: 'Dorrance', assessedCents: 1_000 });
    await createCharge(h.db, { firstName: 'Jonah', lastName: 'Dorrance', assessedCents: 1_000 });
    await h.client.slashCommand({
      command: '/billing',
      text: 'balance Jan Dorrance',
      userId: BILLER,
      channelId: GENERAL,
    });
    const answer = await waitFor(() =>
      h.emulator.responseUrlPosts.find((p) => String(p.body.text).includes('Several patients match')),
    );
    expect(String(answer.body.text)).toContain('Several patients match "Jan Dorrance"');
  });
});

describe('events whose fields are not text', () => {
  it.each([
    ['a mention whose text is a number', { type: 'app_mention', text: 42 }],
    ['a mention whose user is an object', { type: 'app_mention', user: { id: BILLER }, text: 'balance' }],
    ['a direct message whose text is a list', { type: 'message', channel_type: 'im', text: ['x'] }],
    ['a thread reply whose thread_ts is a number', { type: 'message', text: 'hi', thread_ts: 5 }],
  ])('%s: logged by field name and ignored, no listener failure', async (_, fields) => {
    h.logs.length = 0;
    const response = await h.client.event({
      user: BILLER,
      channel: 'channel_type' in fields ? 'D0BILLER01' : REQUESTS,
      ts: `${Math.floor(Date.now() / 1000)}.000100`,
      ...fields,
    } as unknown as Parameters<typeof h.client.event>[0]);
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.logs.filter((l) => l.includes('listener failed') || l.includes('UnknownError'))).toEqual([]);
    expect(h.logs.some((l) => l.includes('event ignored: fields of the wrong type'))).toBe(true);
  });

  it('a well-formed mention is still answered afterwards', async () => {
    const before = botMessages(h, GENERAL, BILLER).length;
    await h.client.userMessage({
      userId: BILLER,
      channelId: GENERAL,
      text: `<@${h.emulator.workspace.botUserId}> help`,
    });
    await waitFor(() => botMessages(h, GENERAL, BILLER).length > before);
  });
});

describe('a biller pressing Approve on an approval card', () => {
  it('is told approvals need a billing manager or admin, and that their role is biller', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Abe',
      lastName: 'Approvee',
      assessedCents: 50_000,
    });
    await submitWriteOff(h, REQUESTER, '$150 Abe Approvee small balance');
    const approval = await latestApproval(h, REQUESTER);
    expect(approval?.chargeId).toBe(charge.chargeId);
    const card = await cardIn(h, APPROVALS, approval?.id ?? '');

    await press(h, SECOND_BILLER, card, 'approve');
    const notice = await waitForModal(h, SECOND_BILLER, NOTICE_CALLBACK, (v) =>
      viewText(v).includes('billing manager'),
    );
    const text = viewText(notice);
    expect(text).toContain('Approvals need a billing manager or admin');
    expect(text).toContain('Your role is biller');
    expect(text).not.toContain('role @you biller');
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);
  });
});
