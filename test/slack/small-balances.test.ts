/**
 * Bulk small-balance write-offs are not built yet: asking for one gets a private, truthful answer
 * with what to do today, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCharge } from '../support/fixtures.ts';
import {
  botMessages,
  GENERAL,
  type Harness,
  ledgerOf,
  MANAGER,
  REQUESTS,
  startHarness,
  waitFor,
} from './support/harness.ts';

let h: Harness;
let tiny: { chargeId: number };

beforeAll(async () => {
  h = await startHarness();
  tiny = await createCharge(h.db, { firstName: 'Tina', lastName: 'Tiny', assessedCents: 300 });
});

afterAll(async () => {
  await h?.stop();
});

function expectTodayAnswer(text: string) {
  expect(text).toContain('Writing off all small balances under $5.00 in one go is not available yet');
  expect(text).toContain('nothing was changed');
  expect(text).toContain('`/writeoff`');
  expect(text).toContain('_Small balance_');
  expect(text).toContain('Billers (up to their write-off limit), billing managers and admins');
  expect(text).not.toContain('did not understand');
}

describe('write off every balance under $5', () => {
  it('/billing: answered privately with how to do it today; nothing is written', async () => {
    const response = await h.client.slashCommand({
      command: '/billing',
      text: 'write off every balance under $5',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const body = response.body as { text: string; response_type: string };
    expect(body.response_type).toBe('ephemeral');
    expectTodayAnswer(body.text);
    expect(h.emulator.callsTo('views.open')).toHaveLength(0);
    expect((await ledgerOf(h.db, tiny.chargeId)).count('write_off')).toBe(0);
  });

  it('in a requests channel: only the asker sees the answer', async () => {
    await h.client.userMessage({
      userId: MANAGER,
      channelId: REQUESTS,
      text: 'write off every balance under $5',
    });
    const answer = await waitFor(() => botMessages(h, REQUESTS, MANAGER).at(-1));
    expect(answer.ephemeralTo).toBe(MANAGER);
    expectTodayAnswer(answer.text ?? '');
    expect((await ledgerOf(h.db, tiny.chargeId)).count('write_off')).toBe(0);
  });
});
