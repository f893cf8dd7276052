/**
 * An approval request nobody decides within 7 days expires in the hourly upkeep. Its card then
 * says so, with its buttons gone, and the requester is told by DM, so no approver presses a
 * button only to learn that it is too late. Nothing is written off.
 */
import { expect, it } from 'vitest';
import { ExpiredApprovalsFeed, runMaintenance } from '../../src/workflow/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  cardIn,
  closedCardText,
  dmTexts,
  latestApproval,
  submitWriteOff,
  writeOffsOn,
} from './support/approvals.ts';
import { BILLER, useHarness, waitFor } from './support/harness.ts';

const APPROVALS = 'CAPPROVALS';
const DAY_MS = 24 * 60 * 60 * 1000;
const expiredApprovals = new ExpiredApprovalsFeed();
const h = useHarness({ env: { APPROVALS_CHANNEL: APPROVALS }, app: { expiredApprovals } });

it('closes the card of an expired request and tells the requester; nothing is written off', async () => {
  const charge = await createCharge(h.db, { firstName: 'Otto', lastName: 'Overdue', assessedCents: 50_000 });
  await submitWriteOff(h, BILLER, '$150 Otto Overdue small balance');
  const approval = await latestApproval(h, BILLER);
  expect(approval?.chargeId).toBe(charge.chargeId);
  const card = await cardIn(h, APPROVALS, approval?.id ?? '');
  expect(JSON.stringify(card.blocks)).toMatch(/"type":"button"/);

  const { expiredApprovalIds } = await runMaintenance(h.db, new Date(Date.now() + 8 * DAY_MS));
  expect(expiredApprovalIds).toContain(approval?.id);
  expiredApprovals.publish(expiredApprovalIds);

  expect(await closedCardText(h, card)).toContain('Expired');
  const told = await waitFor(() => dmTexts(h, BILLER).find((t) => t.includes('expired')));
  expect(told).toContain('Nothing was written off');
  expect(told).not.toMatch(/Otto|Overdue/);
  expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(0);
});

it('a feed with nothing expired tells nobody', () => {
  let heard = 0;
  const feed = new ExpiredApprovalsFeed();
  const unsubscribe = feed.subscribe(() => heard++);
  feed.publish([]);
  expect(heard).toBe(0);
  feed.publish(['A1']);
  unsubscribe();
  feed.publish(['A2']);
  expect(heard).toBe(1);
});
