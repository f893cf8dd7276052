/**
 * Probe 13 F9.4: a refusal names the role the action needs. A biller refused a refund or a
 * small-balance batch is told it takes a billing manager or admin, not to ask for the biller
 * role they already have.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCharge } from '../support/fixtures.ts';
import {
  ADMIN,
  BILLER,
  botMessages,
  GENERAL,
  NOBODY,
  REQUESTS,
  useHarness,
  waitFor,
} from './support/harness.ts';
import { askDm } from './support/help-asking.ts';

const h = useHarness();

beforeAll(async () => {
  await createCharge(h.db, {
    firstName: 'Cordelia',
    lastName: 'Ashdown',
    assessedCents: 6_000,
    paidCents: 2_000,
  });
});

async function billing(userId: string, text: string): Promise<string> {
  const response = await h.client.slashCommand({ command: '/billing', text, userId, channelId: GENERAL });
  return JSON.stringify(response.body);
}

const MANAGER_ROLE = `Ask an admin: <@${ADMIN}> (they can run /billing role @you billing_manager).`;

describe('a biller refused what only billing managers and admins do', () => {
  it.each([
    ['/billing refund Cordelia Ashdown $20', 'refund Cordelia Ashdown $20'],
    ['/billing small-balances under $5', 'small-balances under $5'],
  ])('%s names the billing manager role', async (_, text) => {
    const refusal = await billing(BILLER, text);
    expect(refusal).toContain('You do not have a role that may');
    expect(refusal).toContain('Only a billing manager or admin may do this');
    expect(refusal).toContain(MANAGER_ROLE);
    expect(refusal).not.toContain('role @you biller');
    expect(h.emulator.views.top(BILLER)).toBeUndefined();
  });

  it('in a DM, the same', async () => {
    const reply = await askDm(h, BILLER, 'refund $20 to Cordelia Ashdown');
    expect(reply.text).toContain(MANAGER_ROLE);
  });

  it('pressing Review & confirm on a refund asked in a requests channel, the same', async () => {
    await h.client.userMessage({
      userId: NOBODY,
      channelId: REQUESTS,
      text: 'please refund Cordelia Ashdown $20',
    });
    const card = await waitFor(() => botMessages(h, REQUESTS).find((m) => m.text?.includes('asked for')));
    const review = (
      card.blocks as { block_id?: string; elements?: { action_id: string; value: string }[] }[]
    ).find((b) => b.elements?.length)?.elements?.[0];
    await h.client.blockAction({
      userId: BILLER,
      message: card,
      actions: [{ action_id: review?.action_id ?? '', block_id: 'review', value: review?.value ?? '' }],
    });
    const refusal = await waitFor(() =>
      h.emulator.messages.all().find((m) => m.ephemeralTo === BILLER && m.text?.includes('refund payments')),
    );
    expect(refusal.text).toContain(MANAGER_ROLE);
  });
});

describe('someone without a role refused a write-off', () => {
  it('is still pointed to the biller role', async () => {
    const response = await h.client.slashCommand({
      command: '/writeoff',
      text: '$10 Cordelia Ashdown small balance',
      userId: NOBODY,
      channelId: GENERAL,
    });
    const text = JSON.stringify(response.body);
    expect(text).toContain(`Ask an admin: <@${ADMIN}> (they can run /billing role @you biller).`);
    expect(text).not.toContain('billing_manager');
  });
});
