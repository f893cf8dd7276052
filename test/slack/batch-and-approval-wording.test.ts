/**
 * Sentences a user reads, as the outside tester found them slipping: a batch of one balance said
 * "Wrote off 1 small balances" and "1 charges"; a threshold of $0, $-5 or $1000001 only said
 * "Say the largest balance…" without what was wrong; "Sent for approval: … charge of 2026-07-29
 * is above your write-off limit" had no subject for its verb.
 */
import { describe, expect, it } from 'vitest';
import { formatCents, MAX_AMOUNT_CENTS } from '../../src/domain/index.ts';
import { BATCH_UNDO_BLOCK } from '../../src/slack/messages/batch-message-builder.ts';
import { BATCH_CALLBACK } from '../../src/slack/views/small-balance-batch-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { dmChannelOf, submitWriteOff } from './support/approvals.ts';
import {
  BILLER,
  botMessages,
  GENERAL,
  MANAGER,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const AUDIT = 'CAUDIT0001';
const SLOW_MS = 20_000;
const h = useHarness({ env: { AUDIT_CHANNEL: AUDIT } });

async function preview(text: string) {
  const before = h.emulator.views.top(MANAGER)?.id;
  await h.client.slashCommand({ command: '/billing', text, userId: MANAGER, channelId: GENERAL });
  return waitForModal(h, MANAGER, BATCH_CALLBACK, (v) => v.id !== before && v.view.private_metadata !== '');
}

const shown = (view: { view: { blocks?: unknown } }) => textOf((view.view.blocks as unknown[]) ?? []);

describe('a small-balance batch of exactly one balance', () => {
  it('says "1 small balance", "1 charge" and "1 balance" everywhere it is counted', async () => {
    await createCharge(h.db, {
      firstName: 'Una',
      lastName: 'Single',
      assessedCents: 300,
      dateOfService: '2026-03-02',
    });
    const modal = await preview('small-balances under $5');
    expect(shown(modal)).toContain('*1* balance of at most *$5.00*');

    const file = await waitFor(() => h.emulator.files.all().find((f) => f.name.startsWith('small-balances')));
    const listPost = await waitFor(() =>
      botMessages(h, dmChannelOf(h, MANAGER)).find((m) => (m.files ?? []).some((f) => f.id === file.id)),
    );
    expect(listPost.text).toContain('The 1 balance in your small-balance preview.');

    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    const result = await waitFor(
      () => botMessages(h, dmChannelOf(h, MANAGER)).find((m) => (m.text ?? '').includes('Wrote off')),
      SLOW_MS,
    );
    expect(result.text).toContain('Wrote off 1 small balance of at most $5.00, $3.00 in all');
    const undo = (result.blocks ?? []).find(
      (b) => (b as { block_id?: string }).block_id === BATCH_UNDO_BLOCK,
    );
    expect(JSON.stringify(undo)).toContain('Reversals put $3.00 back on 1 charge, all at once.');
    const auditPost = await waitFor(() => botMessages(h, AUDIT)[0], SLOW_MS);
    expect(auditPost.text).toContain('Small balances written off: $3.00 · 1 charge ·');
    for (const text of [result.text, JSON.stringify(undo), auditPost.text, listPost.text]) {
      expect(text).not.toMatch(/\b1 (charges|balances|small balances)\b/);
    }
  }, 60_000);
});

describe('/billing small-balances with a threshold out of range', () => {
  const range = `A small-balance threshold must be more than $0.00 and at most ${formatCents(MAX_AMOUNT_CENTS)}.`;

  it.each([
    ['under $0', 'The amount must be more than $0.00.'],
    ['under $-5', 'The amount cannot be negative.'],
    ['under $1000001', 'The amount is over the $1,000,000.00 limit.'],
  ])('%s: says what is wrong and the range, and selects nothing', async (threshold, problem) => {
    const modal = await preview(`small-balances ${threshold}`);
    const text = shown(modal);
    expect(text).toContain(`${problem} ${range}`);
    expect(text).toContain('Say the largest balance to write off');
    expect(modal.view.submit).toBeUndefined();
  });
});

describe('a write-off sent for approval', () => {
  it('tells the requester in one sentence with a subject: "your write-off of … is above your limit"', async () => {
    await createCharge(h.db, {
      firstName: 'Tom',
      lastName: 'Bakerly',
      assessedCents: 50_000,
      dateOfService: '2026-07-29',
    });
    const { response } = await submitWriteOff(h, BILLER, '$250 Tom Bakerly small balance');
    expect(JSON.stringify(response.body)).toContain(
      'Sent for approval: your write-off of *$250.00* (Small balance) for T. B., charge of 2026-07-29, is above your write-off limit, so nothing is written off yet.',
    );
  });
});
