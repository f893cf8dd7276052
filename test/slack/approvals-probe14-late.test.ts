/**
 * A write-off above the limit whose confirm is slower than the submit budget ("Working…"), with an
 * approvals channel the app is not in (issue 14): the card still reaches the approvers by DM, and
 * the late result says where it went, not that it was posted in the channel.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { LATE_RESULT_CALLBACK, WORKING_CALLBACK } from '../../src/slack/views/working-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { holdRowLock } from '../support/row-lock.ts';
import { cardIn, dmChannelOf, latestApproval } from './support/approvals.ts';
import {
  ADMIN,
  BILLER,
  GENERAL,
  MANAGER,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const APPROVALS = 'CAPPROVALS';
const h = useHarness({
  env: { APPROVALS_CHANNEL: APPROVALS },
  emulator: { channels: [{ id: APPROVALS, name: 'billing-approvals', botMember: false }] },
  app: { submitBudgetMs: 300 },
});

it('the late result says the card went by DM because the channel refused it', async () => {
  const charge = await createCharge(h.db, { firstName: 'Lou', lastName: 'Latecard', assessedCents: 50_000 });
  await h.client.slashCommand({
    command: '/writeoff',
    text: '$160 Lou Latecard small balance',
    userId: BILLER,
    channelId: GENERAL,
  });
  const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => v.view.private_metadata !== '');
  const lock = await holdRowLock(h.db, sql`select id from charges where id = ${charge.chargeId} for update`, {
    releaseAfterMs: 1_000,
  });

  await h.client.fillAndSubmit(BILLER, form.id, {});
  expect(h.emulator.views.top(BILLER)?.view.callback_id).toBe(WORKING_CALLBACK);
  await lock.released;
  const result = await waitFor(() => {
    const top = h.emulator.views.top(BILLER);
    return top?.view.callback_id !== WORKING_CALLBACK && top?.view.callback_id !== LATE_RESULT_CALLBACK
      ? top
      : undefined;
  }, 15_000);
  const shown = textOf((result.view.blocks as unknown[]) ?? []);
  expect(shown).toContain('Sent for approval');
  expect(shown).toContain(`could not be posted in <#${APPROVALS}>`);
  expect(shown).toContain(`sent by DM to <@${ADMIN}>, <@${MANAGER}>`);

  const approval = await latestApproval(h, BILLER);
  expect(approval?.chargeId).toBe(charge.chargeId);
  for (const approver of [MANAGER, ADMIN]) {
    expect(textOf((await cardIn(h, dmChannelOf(h, approver), approval?.id ?? '')).blocks ?? [])).toContain(
      'L. L.',
    );
  }
});
