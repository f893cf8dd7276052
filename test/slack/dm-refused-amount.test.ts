/**
 * A request by DM whose amount the rules refuse ("-$40", "$0", "$40.555", "$2,000,000"): the reply
 * says the amount was not taken and why, in the words the form uses, rather than reading as if the
 * request had named no amount. The form still opens with the field empty; nothing is written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_BLOCK } from '../../src/slack/messages/request-message-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, botMessages, ledgerOf, textOf, useHarness, waitFor } from './support/harness.ts';

const DM = 'DBILLERREF';
const h = useHarness();
let chargeId: number;

beforeAll(async () => {
  ({ chargeId } = await createCharge(h.db, {
    firstName: 'Bob',
    lastName: 'Smithers',
    assessedCents: 20_000,
  }));
});

describe('a refused amount in a DM request', () => {
  it.each([
    ['-$40', 'The amount cannot be negative.'],
    ['$0', 'The amount must be more than $0.00.'],
    ['-0', 'The amount must be more than $0.00.'],
    ['$40.555', 'The amount has more than two decimal places'],
    ['$2,000,000', 'The amount is over the $1,000,000.00 limit.'],
    ['$abc', 'The amount is not a number. Use a form like $40 or 40.50.'],
  ])('"write off %s …": the reply says the amount was left out, and why', async (amount, why) => {
    const { message } = await h.client.userMessage({
      userId: BILLER,
      channelId: DM,
      text: `write off ${amount} for Bob Smithers small balance`,
    });
    const reply = await waitFor(() =>
      botMessages(h, DM).find((m) => m.threadTs === message.ts || m.ts > message.ts),
    );
    const said = textOf(reply.blocks as unknown[]);
    expect(said).toContain('I understood: a write-off for Bob Smithers, Small balance.');
    expect(said).toContain(`The amount in your request was left out: ${why}`);
    // The warning sits between what was understood and the button, as the other cautions do.
    const blocks = reply.blocks as { type: string; block_id?: string }[];
    expect(blocks.at(-1)?.block_id).toBe(REVIEW_BLOCK);
    expect((await ledgerOf(h.db, chargeId)).count('write_off')).toBe(0);
  });

  it('an amount that can be taken gets no such warning', async () => {
    const { message } = await h.client.userMessage({
      userId: BILLER,
      channelId: DM,
      text: 'write off $30 for Bob Smithers small balance',
    });
    const reply = await waitFor(() => botMessages(h, DM).find((m) => m.ts > message.ts));
    const said = textOf(reply.blocks as unknown[]);
    expect(said).toContain('I understood: a write-off of $30.00 for Bob Smithers');
    expect(said).not.toContain('left out');
  });
});
