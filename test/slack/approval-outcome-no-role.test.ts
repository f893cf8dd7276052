/**
 * A biller asked for a write-off over their limit; an admin then set their role to `none`. When
 * the request was rejected or expired, their DM still showed the patient's initials, the charge
 * date and the amount, although anything that shows a patient's data needs a role (DOMAIN.md
 * section 4). Every outcome DM now reads the requester's role at the time: without one it names
 * the request by when it was sent and its id, and says their access was removed; with a role
 * (viewer or above) the DM is as before.
 */
import { webApi } from '@slack/bolt';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Blocker, isoDay } from '../../src/domain/index.ts';
import { grantRole, loadActor } from '../../src/ledger/index.ts';
import { slackApiUrl } from '../../src/slack/app.ts';
import { deliverRefusalNotices } from '../../src/slack/approval-announce.ts';
import type { SlackDeps } from '../../src/slack/deps.ts';
import { NO_ACCESS_SENTENCE } from '../../src/slack/messages/approval-message-builder.ts';
import { NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { ExpiredApprovalsFeed, loadApprovalCard, runMaintenance } from '../../src/workflow/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  approvalById,
  cardIn,
  dmTexts,
  latestApproval,
  press,
  submitWriteOff,
  writeOffsOn,
} from './support/approvals.ts';
import { ADMIN, GENERAL, MANAGER, useHarness, waitFor } from './support/harness.ts';

const APPROVALS = 'CAPPROVALS';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Billers of this file only: their roles change here. */
const REVOKED = 'UREVOKED01';
const EXPIRES = 'UEXPIRES01';
const KEEPS = 'UKEEPSROLE';
const BLOCKED = 'UBLOCKED01';
const DEMOTED = 'UDEMOTED01';

const expiredApprovals = new ExpiredApprovalsFeed();
const h = useHarness({ env: { APPROVALS_CHANNEL: APPROVALS }, app: { expiredApprovals } });

beforeAll(async () => {
  for (const userId of [REVOKED, EXPIRES, KEEPS, DEMOTED, BLOCKED]) {
    const granted = await grantRole(h.db, { grantedBy: ADMIN, userId, role: 'biller' });
    expect(granted.ok).toBe(true);
  }
});

/** `userId` asks for $150 on a new patient's charge of `dateOfService`: above the $100 limit. */
async function requestAbove(userId: string, firstName: string, lastName: string, dateOfService: string) {
  const charge = await createCharge(h.db, { firstName, lastName, dateOfService, assessedCents: 50_000 });
  await submitWriteOff(h, userId, `$150 ${firstName} ${lastName} small balance`);
  const approval = await latestApproval(h, userId);
  if (approval?.chargeId !== charge.chargeId) throw new Error('not sent for approval');
  return { charge, approval, card: await cardIn(h, APPROVALS, approval.id) };
}

/** An admin sets the role with `/billing role`, as they would in Slack; `none` takes access away. */
async function setRole(userId: string, role: 'none' | 'viewer') {
  await h.client.slashCommand({
    command: '/billing',
    text: `role <@${userId}> ${role}`,
    userId: ADMIN,
    channelId: GENERAL,
  });
  const expected = role === 'none' ? null : role;
  await waitFor(async () => ((await loadActor(h.db, userId)).role === expected ? true : undefined));
}

async function reject(card: Parameters<typeof press>[2], note: string) {
  const form = await press(h, MANAGER, card, 'reject');
  await h.client.fillAndSubmit(MANAGER, form.id, { [NOTE_BLOCK]: note });
}

/** Nothing of the patient or the charge: no name, initials, charge date, amount or reason. */
function expectNoPatientData(text: string, patient: { first: string; last: string; date: string }) {
  expect(text).not.toContain(patient.first);
  expect(text).not.toContain(patient.last);
  expect(text).not.toContain(`${patient.first[0]}. ${patient.last[0]}.`);
  expect(text).not.toContain(patient.date);
  expect(text).not.toContain('$150');
  expect(text).not.toMatch(/small balance/i);
}

describe('a requester whose role was set to none', () => {
  it('hears the rejection without the patient, the charge, the amount or the note', async () => {
    const patient = { first: 'Rhoda', last: 'Revoked', date: '2026-09-17' };
    const { charge, approval, card } = await requestAbove(REVOKED, patient.first, patient.last, patient.date);
    await setRole(REVOKED, 'none');

    await reject(card, 'Rhoda Revoked: $150 on 2026-09-17 is not small balance');

    const told = await waitFor(() => dmTexts(h, REVOKED).find((t) => t.includes('was rejected')));
    expect(told).toContain(approval.id);
    expect(told).toContain(`sent on ${isoDay(approval.createdAt)}`);
    expect(told).toContain('You no longer have access to the billing app');
    expect(told).toContain('ask an admin');
    expectNoPatientData(told, patient);
    // No DM to them, before or after, shows the patient: the request's window was the modal.
    const outcomes = dmTexts(h, REVOKED).filter((t) => t.includes(approval.id));
    for (const text of outcomes) expectNoPatientData(text, patient);
    expect((await approvalById(h, approval.id))?.status).toBe('rejected');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(0);
  });

  it('hears that the request expired without the patient, the charge or the amount', async () => {
    const patient = { first: 'Edna', last: 'Expiring', date: '2026-08-05' };
    const { approval } = await requestAbove(EXPIRES, patient.first, patient.last, patient.date);
    await setRole(EXPIRES, 'none');

    const { expiredApprovalIds } = await runMaintenance(h.db, new Date(Date.now() + 8 * DAY_MS));
    expect(expiredApprovalIds).toContain(approval.id);
    expiredApprovals.publish(expiredApprovalIds);

    const told = await waitFor(() => dmTexts(h, EXPIRES).find((t) => t.includes('expired')));
    expect(told).toContain(approval.id);
    expect(told).toContain('Nothing was written off');
    expect(told).toContain(NO_ACCESS_SENTENCE);
    expectNoPatientData(told, patient);
  });
});

describe('a refusal at approval told after the role was taken away', () => {
  it('says only that the request could not be approved, not why in figures', async () => {
    const patient = { first: 'Bella', last: 'Blocked', date: '2026-05-12' };
    const { approval } = await requestAbove(BLOCKED, patient.first, patient.last, patient.date);
    const card = await loadApprovalCard(h.db, approval.id, new Date());
    if (!card) throw new Error('no card');
    // A rule blocked the approval and the notice was claimed; the role went before it was sent.
    const blocker: Blocker = {
      code: 'AMOUNT_EXCEEDS_OUTSTANDING',
      message: 'Only $50.00 is outstanding on this charge now, less than the $150.00 requested.',
      nextStep: 'Reject it.',
      requesterNextStep: 'Ask again for at most $50.00.',
      nextAction: 'none',
      field: 'amount',
    };
    await setRole(BLOCKED, 'none');
    const deps = { db: h.db, logger: console } as unknown as SlackDeps;
    const client = new webApi.WebClient(h.emulator.botToken, { slackApiUrl: slackApiUrl(h.emulator.url) });

    await deliverRefusalNotices(deps, client, [{ kind: 'approval_blocked', card, blockers: [blocker] }]);

    const told = await waitFor(() => dmTexts(h, BLOCKED).find((t) => t.includes('could not be approved')));
    expect(told).toContain(approval.id);
    expect(told).toContain(NO_ACCESS_SENTENCE);
    expect(told).not.toContain('$50.00');
    expectNoPatientData(told, patient);
  });
});

describe('a requester who still has a role', () => {
  it('a biller hears the approval with the initials, the charge date and the amount', async () => {
    const { charge, card } = await requestAbove(KEEPS, 'Kara', 'Kept', '2026-07-21');
    const form = await press(h, MANAGER, card, 'approve');
    await h.client.fillAndSubmit(MANAGER, form.id, {});

    const told = await waitFor(() => dmTexts(h, KEEPS).find((t) => t.includes('approved your write-off')));
    expect(told).toContain('K. K.');
    expect(told).toContain('2026-07-21');
    expect(told).toContain('$150.00');
    expect(told).not.toContain('no longer have access');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(1);
  });

  it('a viewer (may see balances) hears the rejection in full, as before', async () => {
    const { card } = await requestAbove(DEMOTED, 'Vera', 'Viewed', '2026-06-30');
    await setRole(DEMOTED, 'viewer');

    await reject(card, 'Not hardship');

    const told = await waitFor(() => dmTexts(h, DEMOTED).find((t) => t.includes('rejected your write-off')));
    expect(told).toContain('V. V.');
    expect(told).toContain('2026-06-30');
    expect(told).toContain('$150.00');
    expect(told).toContain('Not hardship');
    expect(told).not.toContain('no longer have access');
  });
});
