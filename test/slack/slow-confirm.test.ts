/**
 * A confirm slower than Slack's 3 s. Another session holds the charge's row lock (on PGlite,
 * which runs one transaction at a time, an open transaction holds up every query), so the
 * ledger waits. The modal must answer "Working…" in time, then show the result in that view; the
 * ledger gets exactly one entry and the confirmation message still arrives.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AMOUNT_BLOCK, NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import {
  BACK_TO_FORM_ACTION,
  BACK_TO_FORM_BLOCK,
  LATE_RESULT_BLOCK,
  LATE_RESULT_CALLBACK,
  WORKING_CALLBACK,
} from '../../src/slack/views/working-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { holdRowLock } from '../support/row-lock.ts';
import {
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  type Harness,
  ledgerOf,
  startHarness,
  textOf,
  waitFor,
  waitForModal,
} from './support/harness.ts';

/** Longer than Slack waits (3 s), so without the budget Bolt would answer 404. */
const LOCK_HELD_MS = 3_500;
const BUDGET_MS = 300;

describeEachDatabase('a confirm slower than Slack waits', (database) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ database, app: { submitBudgetMs: BUDGET_MS } });
  });

  afterAll(async () => {
    await h?.stop();
  });

  /** Holds the charge's row lock in another transaction for `ms`; resolves once it is held. */
  const holdChargeLock = (chargeId: number, ms: number) =>
    holdRowLock(h.db, sql`select id from charges where id = ${chargeId} for update`, { releaseAfterMs: ms });

  async function openWriteOff(lastName: string, amount: string) {
    await h.client.slashCommand({
      command: '/writeoff',
      text: `${amount} Wanda ${lastName} hardship`,
      userId: BILLER,
      channelId: GENERAL,
    });
    return waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => v.view.submit !== undefined);
  }

  it('answers Working… at once, then shows the result there; one entry, and the message with Undo', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Wanda',
      lastName: 'Slowlock',
      assessedCents: 10_000,
    });
    const modal = await openWriteOff('Slowlock', '$40');
    const lock = await holdChargeLock(charge.chargeId, LOCK_HELD_MS);

    const sentAt = Date.now();
    const submitted = await h.client.fillAndSubmit(BILLER, modal.id, { [NOTE_BLOCK]: 'Income verified' });
    const ackMs = Date.now() - sentAt;
    expect(submitted.status).toBe(200);
    expect(ackMs).toBeLessThan(3_000);
    expect(submitted.body).toMatchObject({ response_action: 'update' });
    const working = h.emulator.views.top(BILLER);
    expect(working?.id).toBe(modal.id);
    expect(working?.view.callback_id).toBe(WORKING_CALLBACK);
    expect(textOf(working?.view.blocks as unknown[])).toContain('Working…');
    expect((await Promise.race([lock.released.then(() => 'released'), 'held'])) as string).toBe('held');

    await lock.released;
    const result = await waitForModal(h, BILLER, LATE_RESULT_CALLBACK);
    expect(result.id).toBe(modal.id);
    expect(textOf([blockById(result, LATE_RESULT_BLOCK)])).toContain('Wrote off *$40.00*');
    expect(textOf([blockById(result, LATE_RESULT_BLOCK)])).toContain('Outstanding now *$60.00*');

    const done = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes('Wanda Slowlock')),
    );
    expect(done.ephemeralTo).toBe(BILLER);
    expect(JSON.stringify(done.blocks)).toContain('"action_id":"undo_write_off"');
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(6_000);
    expect(h.emulator.violations.filter((v) => v.error === 'ack_timeout')).toEqual([]);
    expect(h.logs.filter((l) => l.includes('listener failed'))).toEqual([]);
  });

  it('a refusal that arrives late is shown with why and the next step, and the form comes back', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Wanda',
      lastName: 'Latenope',
      assessedCents: 3_000,
    });
    const modal = await openWriteOff('Latenope', '$30');
    const lock = await holdChargeLock(charge.chargeId, 1_000);
    // More than is outstanding: only the ledger, under the lock, refuses it.
    const submitted = await h.client.fillAndSubmit(BILLER, modal.id, {
      [AMOUNT_BLOCK]: '50',
      [NOTE_BLOCK]: 'Income verified',
    });
    expect(submitted.status).toBe(200);
    expect(h.emulator.views.top(BILLER)?.view.callback_id).toBe(WORKING_CALLBACK);
    await lock.released;

    const result = await waitForModal(h, BILLER, LATE_RESULT_CALLBACK);
    const said = textOf([blockById(result, LATE_RESULT_BLOCK)]);
    expect(said).toContain('Nothing was changed.');
    expect(said).toContain('*Amount*');
    expect(said).toContain('Next:');
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);

    await h.client.blockAction({
      userId: BILLER,
      view: result.id,
      actions: [
        {
          action_id: BACK_TO_FORM_ACTION,
          block_id: BACK_TO_FORM_BLOCK,
          value: String(modal.view.private_metadata),
        },
      ],
    });
    const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => v.view.submit !== undefined);
    expect(form.id).toBe(modal.id);
    const again = await h.client.fillAndSubmit(BILLER, form.id, {
      [AMOUNT_BLOCK]: '30',
      [NOTE_BLOCK]: 'Income verified',
    });
    expect(again.status).toBe(200);
    await waitFor(() => botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes('Wanda Latenope')));
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(0);
  });
});
