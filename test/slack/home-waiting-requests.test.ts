/**
 * A biller's own write-off sent for approval was listed nowhere on their App Home until it was
 * decided. Home now lists it under "Your requests waiting for approval" (what, which patient and
 * amount, when sent, and that a billing manager or admin must decide), and drops it once it is
 * approved, rejected or expired. Someone whose role was taken away sees no patient data.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isoDay } from '../../src/domain/index.ts';
import { NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { ExpiredApprovalsFeed, runMaintenance } from '../../src/workflow/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { cardIn, latestApproval, press, submitWriteOff } from './support/approvals.ts';
import {
  ADMIN,
  BILLER,
  GENERAL,
  type Harness,
  MANAGER,
  startHarness,
  textOf,
  waitFor,
} from './support/harness.ts';
import { homeBlocks, homeText as homeTextOf, openHome as openHomeOf } from './support/home.ts';

const APPROVALS = 'CAPPROVALS';
const DAY_MS = 24 * 60 * 60 * 1000;
const WAITING = 'Your requests waiting for approval';
const expiredApprovals = new ExpiredApprovalsFeed();
let h: Harness;

/** Only the blocks listing the user's own waiting requests. */
const waitingText = (userId: string) =>
  textOf(homeBlocks(h, userId).filter((b) => b.block_id?.startsWith('waiting_')));
const homeText = (userId: string) => homeTextOf(h, userId);
const openHome = (userId: string) => openHomeOf(h, userId);

/** The biller asks for `amount` on a new patient's charge; above their $100 limit, it waits. */
async function requestAbove(firstName: string, lastName: string, amount: string) {
  const charge = await createCharge(h.db, {
    firstName,
    lastName,
    description: 'Office visit 99214',
    assessedCents: 50_000,
  });
  await submitWriteOff(h, BILLER, `${amount} ${firstName} ${lastName} small balance`);
  const approval = await latestApproval(h, BILLER);
  expect(approval?.chargeId).toBe(charge.chargeId);
  return { approvalId: approval?.id ?? '', charge };
}

// The waiting list is the workflow's own query: run with TEST_DATABASE_URL to cover PostgreSQL too.
describeEachDatabase('App Home of a biller with a request waiting for approval', (kind) => {
  beforeAll(async () => {
    h = await startHarness({
      database: kind,
      env: { APPROVALS_CHANNEL: APPROVALS },
      app: { expiredApprovals },
    });
  });
  afterAll(async () => h?.stop());

  it('lists it the moment it is sent, with patient, amount, date sent and who must decide', async () => {
    const empty = await openHome(BILLER);
    expect(empty).not.toContain(WAITING);

    await requestAbove('Wanda', 'Waiting', '$150');
    // The Home they have open is published again after the request is filed.
    const text = await waitFor(() => (homeText(BILLER).includes(WAITING) ? homeText(BILLER) : undefined));
    expect(text).toContain('*Write-off* $150.00 · Wanda Waiting · Office visit 99214');
    expect(text).toContain(`sent ${isoDay(new Date())}`);
    expect(text).toContain('A billing manager or admin must approve or reject it');
    expect(text).toContain('nothing is written off until one of them approves it');
    // Opened afresh, it is still there, and offers no Approve button to its own requester.
    const reopened = await openHome(BILLER);
    expect(reopened).toContain('Wanda Waiting');
    expect(reopened).not.toContain('Waiting for your approval');
  });

  it('is no longer listed once a manager approves it', async () => {
    const { approvalId } = await requestAbove('Abe', 'Approved', '$120');
    expect(await openHome(BILLER)).toContain('Abe Approved');
    const modal = await press(h, MANAGER, await cardIn(h, APPROVALS, approvalId), 'approve');
    await h.client.fillAndSubmit(MANAGER, modal.id, { [NOTE_BLOCK]: 'ok' });
    expect(waitingText(BILLER)).toContain('Abe Approved');
    await waitFor(() => !waitingText(BILLER).includes('Abe Approved'));
    // Gone from the waiting list; the write-off itself is the biller's recent action now.
    const text = homeText(BILLER);
    expect(text).toContain('*Write-off* $120.00 · Abe Approved');
    expect(text.indexOf('Abe Approved')).toBeGreaterThan(text.indexOf('Your recent actions'));
    expect(waitingText(BILLER)).toContain('Wanda Waiting');
  });

  it('is no longer listed once an admin rejects it', async () => {
    const { approvalId } = await requestAbove('Rex', 'Rejected', '$130');
    expect(await openHome(BILLER)).toContain('Rex Rejected');
    const modal = await press(h, ADMIN, await cardIn(h, APPROVALS, approvalId), 'reject');
    await h.client.fillAndSubmit(ADMIN, modal.id, { [NOTE_BLOCK]: 'Collect it' });
    await waitFor(() => !homeText(BILLER).includes('Rex Rejected'));
    expect(waitingText(BILLER)).toContain('Wanda Waiting');
    expect(homeText(BILLER)).not.toContain('$130.00');
  });

  it('is no longer listed once it expires', async () => {
    await requestAbove('Eve', 'Expired', '$140');
    expect(await openHome(BILLER)).toContain('Eve Expired');
    const { expiredApprovalIds } = await runMaintenance(h.db, new Date(Date.now() + 8 * DAY_MS));
    expiredApprovals.publish(expiredApprovalIds);
    const text = await waitFor(() =>
      homeText(BILLER).includes('Eve Expired') ? undefined : homeText(BILLER),
    );
    // The upkeep ran 8 days ahead: every request waiting then expired, so the list is gone.
    expect(text).not.toContain(WAITING);
    expect(text).not.toContain('$140.00');
  });

  it('a requester whose role is taken away sees no patient data, even with a request waiting', async () => {
    await requestAbove('Nora', 'Norole', '$110');
    expect(await openHome(BILLER)).toContain('Nora Norole');
    await h.client.slashCommand({
      command: '/billing',
      text: `role <@${BILLER}> none`,
      userId: ADMIN,
      channelId: GENERAL,
    });
    await waitFor(() => (homeText(BILLER).includes('Nora') ? undefined : true));
    for (const text of [homeText(BILLER), await openHome(BILLER)]) {
      expect(text).toContain('You have no role in the billing app yet.');
      expect(text).not.toContain(WAITING);
      expect(text).not.toContain('Nora');
      expect(text).not.toContain('$110.00');
    }
  });
});
