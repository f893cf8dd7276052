/** Refusals and repeats: field errors, blockers with next steps, duplicate deliveries, signatures, roles. */
import { beforeAll, describe, expect, it } from 'vitest';
import { REFUND_CALLBACK } from '../../src/slack/views/refund-modal-builder.ts';
import {
  AMOUNT_BLOCK,
  BLOCKER_BLOCK,
  NEXT_STEP_ACTION,
  NEXT_STEP_BLOCK,
  NOTE_BLOCK,
  nextStepValue,
  PAYMENT_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { buildStateValues } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  ADMIN,
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  NOBODY,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
let open: { chargeId: number };
let paid: { chargeId: number; paymentEntryId: number | null };
let paidToo: { chargeId: number };

beforeAll(async () => {
  open = await createCharge(h.db, { firstName: 'Pat', lastName: 'Amount', assessedCents: 5_000 });
  paid = await createCharge(h.db, {
    firstName: 'Paid',
    lastName: 'Person',
    assessedCents: 8_000,
    paidCents: 8_000,
  });
  paidToo = await createCharge(h.db, {
    firstName: 'Fully',
    lastName: 'Paid',
    assessedCents: 2_000,
    paidCents: 2_000,
  });
});

async function openWriteOff(userId: string, text: string) {
  const before = h.emulator.callsTo('views.update').length;
  await h.client.slashCommand({ command: '/writeoff', text, userId, channelId: GENERAL });
  await waitFor(() => h.emulator.callsTo('views.update').length > before);
  return waitForModal(h, userId, WRITE_OFF_CALLBACK);
}

describe('invalid input comes back on the field, and nothing is written', () => {
  it('amount above the outstanding and hardship without a note', async () => {
    const modal = await openWriteOff(BILLER, '$90 Pat Amount hardship');
    // Hardship needs a note, so Slack's own client refuses the empty field first.
    const inClient = await h.client.fillAndSubmit(BILLER, modal.id, {});
    expect(inClient.sent).toBe(false);
    expect(Object.keys(inClient.clientErrors)).toEqual([NOTE_BLOCK]);
    // A submission that skips the client (an old form, a forged request) meets the same rule.
    const result = await h.client.fillAndSubmit(BILLER, modal.id, {}, { skipClientValidation: true });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ response_action: 'errors' });
    const errors = h.emulator.views.get(modal.id)?.errors ?? {};
    expect(errors[AMOUNT_BLOCK]).toBe(
      'At most $50.00 can be written off on this charge. Next: Enter $50.00 or less, or "all" for everything outstanding.',
    );
    expect(errors[NOTE_BLOCK]).toContain('needs a note');
    expect(errors[NOTE_BLOCK]).toContain('Next: Add a note with how financial need was established');
    expect((await ledgerOf(h.db, open.chargeId)).count('write_off')).toBe(0);
  });

  it('amount "abc"', async () => {
    const modal = await openWriteOff(BILLER, '$10 Pat Amount small balance');
    await h.client.fillAndSubmit(BILLER, modal.id, { [AMOUNT_BLOCK]: 'abc' });
    const errors = h.emulator.views.get(modal.id)?.errors ?? {};
    expect(errors[AMOUNT_BLOCK]).toContain('not a number');
    expect(Object.keys(errors)).toEqual([AMOUNT_BLOCK]);
    expect((await ledgerOf(h.db, open.chargeId)).count('write_off')).toBe(0);
    expect(h.emulator.violations).toEqual([]);
  });
});

describe('a paid PR', () => {
  it('explains in one sentence and offers the refund, which opens the refund modal', async () => {
    const modal = await openWriteOff(MANAGER, 'Paid Person');
    const why = textOf([blockById(modal, BLOCKER_BLOCK)]);
    expect(why).toContain('This PR is already paid ($80.00 received)');
    const button = (
      blockById(modal, NEXT_STEP_BLOCK)?.elements as { text: { text: string }; value: string }[] | undefined
    )?.[0];
    expect(button?.text.text).toBe('Refund payment');

    await h.client.blockAction({
      userId: MANAGER,
      view: modal.id,
      actions: [{ action_id: NEXT_STEP_ACTION, block_id: NEXT_STEP_BLOCK, value: button?.value ?? '' }],
    });
    const refund = await waitForModal(h, MANAGER, REFUND_CALLBACK);
    expect(h.emulator.views.stack(MANAGER)).toHaveLength(2);
    expect(blockById(refund, PAYMENT_BLOCK)?.element?.initial_option).toMatchObject({
      value: String(paid.paymentEntryId),
    });
    expect(textOf(refund.view.blocks as unknown[])).toContain('Outstanding $0.00 → $80.00');
    expect(textOf(refund.view.blocks as unknown[])).toContain('The refund does not remove the PR');

    await h.client.fillAndSubmit(MANAGER, refund.id, { [AMOUNT_BLOCK]: '30' });
    const ledger = await ledgerOf(h.db, paid.chargeId);
    expect(ledger.count('refund')).toBe(1);
    expect(ledger.outstandingCents).toBe(3_000);
    await waitFor(() => botMessages(h, GENERAL, MANAGER).find((m) => m.text?.includes('Refunded')));

    // Back on the write-off form beneath: it shows the charge as it now is, $30.00 outstanding and
    // no longer "already paid", so it can be confirmed without closing it and starting again.
    const beneath = await waitForModal(
      h,
      MANAGER,
      WRITE_OFF_CALLBACK,
      (v) => v.id === modal.id && !textOf(v.view.blocks as unknown[]).includes('already paid'),
    );
    expect(JSON.stringify(beneath.view.blocks)).toContain('$30.00');
    expect(blockById(beneath, BLOCKER_BLOCK)).toBeUndefined();
  });

  it('a biller is offered no "Refund payment"; pressing one anyway is refused and nothing is written', async () => {
    const modal = await openWriteOff(BILLER, 'Fully Paid');
    // A refund is no biller's to make: the form says who can, and offers no button for it.
    expect(blockById(modal, NEXT_STEP_BLOCK)).toBeUndefined();
    expect(textOf([blockById(modal, BLOCKER_BLOCK)])).toContain('a billing manager or admin can refund it');
    // A press crafted from an old form (or another person's) is still refused.
    await h.client.blockAction({
      userId: BILLER,
      view: modal.id,
      actions: [
        {
          action_id: NEXT_STEP_ACTION,
          block_id: NEXT_STEP_BLOCK,
          value: nextStepValue('refund_payment', paidToo.chargeId),
        },
      ],
    });
    const refusal = await waitForModal(h, BILLER, 'notice_modal');
    expect(textOf(refusal.view.blocks as unknown[])).toContain(
      'You do not have a role that may refund payments',
    );
    expect((await ledgerOf(h.db, paidToo.chargeId)).count('refund')).toBe(0);
  });
});

describe('the same view_submission delivered more than once', () => {
  it('twice, and again with X-Slack-Retry-Num, writes one entry and one message', async () => {
    const modal = await openWriteOff(MANAGER, '$10 Pat Amount small balance');
    const values = buildStateValues(modal.view, {});
    const first = await h.client.viewSubmission({ userId: MANAGER, view: modal.id, values });
    const retry = await h.client.viewSubmission(
      { userId: MANAGER, view: modal.id, values },
      { retryNum: 1, retryReason: 'http_timeout' },
    );
    // Last, because the emulator re-sends the stored view, which this answer replaces.
    const second = await h.client.viewSubmission({ userId: MANAGER, view: modal.id, values });
    expect([first.status, second.status, retry.status]).toEqual([200, 200, 200]);
    // A retry repeats our own delivery and stays silent; a second submission is told it is done.
    expect(retry.body).toBeFalsy();
    expect(second.body).toMatchObject({ response_action: 'update' });
    const ledger = await ledgerOf(h.db, open.chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(4_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(
      botMessages(h, GENERAL, MANAGER).filter(
        (m) => m.text?.includes('Wrote off $10.00') || m.text?.includes('*$10.00*'),
      ),
    ).toHaveLength(1);
  });

  it('two submissions at the same time write one entry', async () => {
    const modal = await openWriteOff(MANAGER, '$5 Pat Amount small balance');
    const values = buildStateValues(modal.view, {});
    const results = await Promise.all(
      [1, 2, 3].map(() => h.client.viewSubmission({ userId: MANAGER, view: modal.id, values })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const ledger = await ledgerOf(h.db, open.chargeId);
    expect(ledger.count('write_off')).toBe(2);
    expect(ledger.outstandingCents).toBe(3_500);
  });
});

describe('signatures', () => {
  it('a forged or stale signature gets 401 and changes nothing', async () => {
    const modal = await openWriteOff(MANAGER, '$1 Pat Amount small balance');
    const before = await ledgerOf(h.db, open.chargeId);
    const opens = h.emulator.callsTo('views.open').length;
    const values = buildStateValues(modal.view, {});
    const forged = await h.client.viewSubmission(
      { userId: MANAGER, view: modal.id, values },
      { forgeSignature: true },
    );
    const stale = await h.client.viewSubmission(
      { userId: MANAGER, view: modal.id, values },
      { staleTimestamp: true },
    );
    const forgedCommand = await h.client.slashCommand(
      { command: '/writeoff', text: '$1 Pat Amount small balance', userId: MANAGER, channelId: GENERAL },
      { forgeSignature: true },
    );
    expect([forged.status, stale.status, forgedCommand.status]).toEqual([401, 401, 401]);
    await new Promise((r) => setTimeout(r, 100));
    expect((await ledgerOf(h.db, open.chargeId)).entries).toHaveLength(before.entries.length);
    expect(h.emulator.callsTo('views.open')).toHaveLength(opens);
  });
});

describe('a user without a role', () => {
  it('is refused with who can grant access; no modal, nothing written', async () => {
    const opens = h.emulator.callsTo('views.open').length;
    const before = await ledgerOf(h.db, open.chargeId);
    const response = await h.client.slashCommand({
      command: '/writeoff',
      text: '$10 Pat Amount small balance',
      userId: NOBODY,
      channelId: GENERAL,
    });
    expect(response.status).toBe(200);
    const text = (response.body as { text: string }).text;
    expect(text).toContain('You do not have a role that may write off');
    // The configured admins (BILLING_ADMINS) are named, so the user knows whom to ask.
    expect(text).toContain(`Ask an admin: <@${ADMIN}>`);
    expect(text).toContain('/billing role @you biller');
    expect(h.emulator.callsTo('views.open')).toHaveLength(opens);
    expect((await ledgerOf(h.db, open.chargeId)).entries).toHaveLength(before.entries.length);
  });

  it('a biller may not refund: /billing refund is refused', async () => {
    const response = await h.client.slashCommand({
      command: '/billing',
      text: 'refund Paid Person $10',
      userId: BILLER,
      channelId: GENERAL,
    });
    expect((response.body as { text: string }).text).toContain(
      'You do not have a role that may refund payments',
    );
  });

  it('logs carry ids, not patient names or balances', () => {
    const joined = h.logs.join('\n');
    expect(joined).not.toMatch(/Pat Amount|Paid Person|Fully Paid|\$\d/);
  });
});
