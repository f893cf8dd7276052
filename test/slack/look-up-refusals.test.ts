/**
 * Probe D7: someone with no role asking a read-only question (a balance, a question about a named
 * patient, the report) is refused without "so nothing was changed" (a look-up changes nothing)
 * and told the least role that is enough (a viewer for balances) and who grants it (an admin).
 * A change asked without a role keeps "nothing was changed" and the biller role.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCharge } from '../support/fixtures.ts';
import { ADMIN, botMessages, GENERAL, NOBODY, useHarness, waitFor } from './support/harness.ts';
import { askDm } from './support/help-asking.ts';

const h = useHarness();

beforeAll(async () => {
  await createCharge(h.db, { firstName: 'Bob', lastName: 'Lookwell', assessedCents: 5_000 });
});

/** The refusal: in the ack itself, or (for /billing, which acks first) the private reply after it. */
async function billing(text: string, command = '/billing'): Promise<string> {
  const before = botMessages(h, GENERAL, NOBODY).length;
  const response = await h.client.slashCommand({ command, text, userId: NOBODY, channelId: GENERAL });
  const acked = JSON.stringify(response.body ?? '');
  if (acked.includes('no_entry')) return acked;
  const reply = await waitFor(() => botMessages(h, GENERAL, NOBODY)[before]);
  return reply.text ?? '';
}

const VIEWER_GRANT = `Ask an admin: <@${ADMIN}> (they can run /billing role @you viewer).`;

describe('a look-up without a role', () => {
  it.each(['balance Bob Lookwell', 'what does Bob Lookwell owe?'])(
    '/billing %s: a viewer role is enough, nothing about changes',
    async (text) => {
      const refusal = await billing(text);
      expect(refusal).toContain('You do not have a role that may look up balances');
      expect(refusal).toContain('A viewer role is enough for that.');
      expect(refusal).toContain(VIEWER_GRANT);
      expect(refusal).not.toContain('nothing was changed');
      expect(refusal).not.toContain('role @you biller');
    },
  );

  it('in a DM, the same', async () => {
    const reply = await askDm(h, NOBODY, 'what does Bob Lookwell owe?');
    expect(reply.text).toContain(VIEWER_GRANT);
    expect(reply.text).not.toContain('nothing was changed');
  });

  it('the report: says the billing manager role, not "nothing was changed"', async () => {
    const refusal = await billing('report');
    expect(refusal).toContain('see the write-off report');
    expect(refusal).toContain('role @you billing_manager');
    expect(refusal).not.toContain('nothing was changed');
  });

  it('a question about a named patient: nothing about changes', async () => {
    const refusal = await billing("why can't I write off Bob Lookwell?");
    expect(refusal).not.toContain('nothing was changed');
  });

  it('a change asked without a role still says nothing was changed, and the biller role', async () => {
    const refusal = await billing('$20 Bob Lookwell small balance', '/writeoff');
    expect(refusal).toContain('nothing was changed');
    expect(refusal).toContain('role @you biller');
  });
});
