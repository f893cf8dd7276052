/**
 * APPROVALS_CHANNEL set, but the app cannot post there (not a member: `not_in_channel`). The card
 * then goes by DM to the billing managers and admins, as when no channel is set, and the
 * requester is told truthfully where it went (issue 14). A card sent by DM carries the 24-hour
 * figures behind the limit.
 */
import { expect, it } from 'vitest';
import { createCharge } from '../support/fixtures.ts';
import {
  cardIn,
  closedCardText,
  dmChannelOf,
  latestApproval,
  press,
  submitWriteOff,
  writeOffsOn,
} from './support/approvals.ts';
import { ADMIN, BILLER, MANAGER, textOf, useHarness } from './support/harness.ts';

const APPROVALS = 'CAPPROVALS';
const h = useHarness({
  env: { APPROVALS_CHANNEL: APPROVALS },
  emulator: { channels: [{ id: APPROVALS, name: 'billing-approvals', botMember: false }] },
});

it('a card the approvals channel refuses goes to each approver by DM, and the requester is told so', async () => {
  const charge = await createCharge(h.db, { firstName: 'Fern', lastName: 'Fallback', assessedCents: 50_000 });
  const { response } = await submitWriteOff(h, BILLER, '$175 Fern Fallback small balance');
  const approval = await latestApproval(h, BILLER);
  expect(approval?.chargeId).toBe(charge.chargeId);
  const id = approval?.id ?? '';

  const shown = JSON.stringify(response.body);
  expect(shown).toContain('Sent for approval');
  expect(shown).not.toContain(`It was posted in <#${APPROVALS}>`);
  expect(shown).toContain(`could not be posted in <#${APPROVALS}>`);
  expect(shown).toContain(`sent by DM to <@${ADMIN}>, <@${MANAGER}>`);
  expect(h.emulator.messages.inChannel(APPROVALS)).toHaveLength(0);

  const cards = [];
  for (const approver of [MANAGER, ADMIN]) {
    const card = await cardIn(h, dmChannelOf(h, approver), id);
    const text = textOf(card.blocks ?? []);
    expect(text).toContain('F. F.');
    expect(text).toContain(`<#${APPROVALS}>`);
    cards.push(card);
  }

  // Decided from a DM card: every card sent is closed, as when no channel is set.
  const [managerCard] = cards;
  if (!managerCard) throw new Error('no card for the manager');
  const modal = await press(h, MANAGER, managerCard, 'approve');
  await h.client.fillAndSubmit(MANAGER, modal.id, {});
  expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(1);
  for (const card of cards) expect(await closedCardText(h, card)).toContain(`Approved by <@${MANAGER}>`);
});

it('a card sent by DM shows the 24-hour figures: $60 already written off plus this $50 is $110', async () => {
  const charge = await createCharge(h.db, { firstName: 'Dora', lastName: 'Daylimit', assessedCents: 50_000 });
  await submitWriteOff(h, BILLER, '$60 Dora Daylimit small balance');
  await submitWriteOff(h, BILLER, '$50 Dora Daylimit small balance');
  const approval = await latestApproval(h, BILLER);
  expect(approval).toMatchObject({ chargeId: charge.chargeId, amountCents: 5_000 });

  const card = await cardIn(h, dmChannelOf(h, MANAGER), approval?.id ?? '');
  expect(textOf(card.blocks ?? [])).toContain(
    '$60.00 already written off for this patient in the last 24 hours plus this $50.00 is $110.00, over their $100.00 limit',
  );
});
