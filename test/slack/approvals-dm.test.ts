/**
 * Without APPROVALS_CHANNEL a request goes by DM to each billing manager and admin (never to the
 * requester), with initials only; App Home lists it, with its buttons, to those who can decide it.
 * Once decided, each DM card says so; one whose approver has since lost their role says it without
 * the request's details.
 */
import { expect, it } from 'vitest';
import { loadActor } from '../../src/ledger/index.ts';
import { APPROVE_ACTION } from '../../src/slack/messages/approval-message-builder.ts';
import { APPROVAL_CALLBACK } from '../../src/slack/views/approval-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  cardIn,
  closedCardText,
  dmChannelOf,
  dmTexts,
  latestApproval,
  press,
  submitWriteOff,
} from './support/approvals.ts';
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

const h = useHarness();

async function homeOf(userId: string): Promise<string> {
  const before = JSON.stringify(h.emulator.views.home(userId)?.view ?? null);
  await h.client.event({
    type: 'app_home_opened',
    user: userId,
    tab: 'home',
    channel: dmChannelOf(h, userId),
  });
  const home = await waitFor(() => {
    const now = h.emulator.views.home(userId);
    return now && JSON.stringify(now.view) !== before ? now : undefined;
  }, 15_000);
  return textOf((home.view.blocks as unknown[]) ?? []);
}

it('DMs the approvers, lists the request on their App Home, and opens the decision from there', async () => {
  const charge = await createCharge(h.db, { firstName: 'Dmitri', lastName: 'Direct', assessedCents: 40_000 });
  const { response } = await submitWriteOff(h, BILLER, '$175 Dmitri Direct small balance');
  expect(JSON.stringify(response.body)).toContain(`It was sent to <@${ADMIN}>, <@${MANAGER}>.`);
  const approval = await latestApproval(h, BILLER);
  expect(approval?.chargeId).toBe(charge.chargeId);
  const id = approval?.id ?? '';

  const cards = [];
  for (const approver of [MANAGER, ADMIN]) {
    const card = await cardIn(h, dmChannelOf(h, approver), id);
    cards.push(card);
    expect(textOf(card.blocks ?? [])).toContain('D. D.');
    expect(textOf(card.blocks ?? [])).not.toMatch(/Dmitri|Direct/);
  }
  expect(dmTexts(h, BILLER).some((t) => t.includes(id))).toBe(false);

  const managerHome = await homeOf(MANAGER);
  expect(managerHome).toContain('Waiting for your approval');
  expect(managerHome).toContain(id);
  expect(managerHome).not.toMatch(/Dmitri|Direct/);
  // The requester sees their own request waiting, without the approver's buttons.
  const billerHome = await homeOf(BILLER);
  expect(billerHome).toContain('Your requests waiting for approval');
  expect(billerHome).not.toContain('Waiting for your approval');
  const billerBlocks = JSON.stringify(h.emulator.views.home(BILLER)?.view.blocks ?? []);
  expect(billerBlocks).not.toContain(APPROVE_ACTION);

  const home = h.emulator.views.home(MANAGER);
  if (!home) throw new Error('no App Home for the manager');
  await h.client.blockAction({
    userId: MANAGER,
    view: home.id,
    actions: [{ action_id: APPROVE_ACTION, block_id: `approval_buttons_${id}`, value: id }],
  });
  const modal = await waitForModal(h, MANAGER, APPROVAL_CALLBACK);
  expect(modal.view.callback_id).toBe(APPROVAL_CALLBACK);
  expect(textOf((modal.view.blocks as unknown[]) ?? [])).toContain('Dmitri Direct');

  // Approved from App Home: the card in each approver's DM says who decided, with no buttons.
  await h.client.fillAndSubmit(MANAGER, modal.id, {});
  for (const card of cards) {
    expect(await closedCardText(h, card)).toContain(`Approved by <@${MANAGER}>`);
  }
});

it("closes the DM card of an approver whose role was removed without the request's details", async () => {
  await createCharge(h.db, { firstName: 'Rosa', lastName: 'Revoked', assessedCents: 40_000 });
  await submitWriteOff(h, BILLER, '$180 Rosa Revoked small balance');
  const id = (await latestApproval(h, BILLER))?.id ?? '';
  const managerCard = await cardIn(h, dmChannelOf(h, MANAGER), id);
  const adminCard = await cardIn(h, dmChannelOf(h, ADMIN), id);
  expect(textOf(managerCard.blocks ?? [])).toContain('R. R.');

  await h.client.slashCommand({
    command: '/billing',
    text: `role <@${MANAGER}> none`,
    userId: ADMIN,
    channelId: GENERAL,
  });
  await waitFor(async () => ((await loadActor(h.db, MANAGER)).role === null ? true : undefined));
  const form = await press(h, ADMIN, adminCard, 'approve');
  await h.client.fillAndSubmit(ADMIN, form.id, {});

  const revoked = await closedCardText(h, managerCard);
  expect(revoked).toContain(`Approved by <@${ADMIN}>`);
  expect(revoked).toContain('$180.00');
  expect(revoked).not.toMatch(/R\. R\.|Small balance|charge of/);
  const kept = await closedCardText(h, adminCard);
  expect(kept).toContain('R. R.');
  expect(kept).toContain('charge of');
});
