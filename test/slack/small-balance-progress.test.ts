/**
 * A large small-balance batch through Slack (issue 10 item 2): the submission is acknowledged at
 * once, one DM message shows done / total as the batch is written (chat.update), and the same
 * message ends with the result. 5,000 charges keep the test short on PGlite and still take several
 * progress updates (the ledger writes 500 a statement); the same code runs
 * 10,000 (scripts/bench-batch.ts measures that).
 */
import { beforeAll, expect, it } from 'vitest';
import { BATCH_CALLBACK } from '../../src/slack/views/small-balance-batch-modal-builder.ts';
import { seededChargeIds, seedSmallBalances } from '../support/small-balance-seed.ts';
import { dmChannelOf } from './support/approvals.ts';
import {
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const CHARGES = 5_000;
const h = useHarness();

beforeAll(async () => {
  await seedSmallBalances(h.db, {
    count: CHARGES,
    cents: 250,
    dateOfService: '2026-02-01',
    label: 'PROGRESS',
  });
});

it('acknowledges at once, updates one message with done / total, and ends with the result', async () => {
  await h.client.slashCommand({
    command: '/billing',
    text: 'small-balances under $3',
    userId: MANAGER,
    channelId: GENERAL,
  });
  const modal = await waitForModal(h, MANAGER, BATCH_CALLBACK, (v) => v.view.private_metadata !== '');
  expect(JSON.stringify(modal.view.blocks)).toContain(
    '*5,000* balances of at most *$3.00*, *$12,500.00* in all',
  );

  const startedAt = performance.now();
  const submitted = await h.client.fillAndSubmit(MANAGER, modal.id, {});
  const ackMs = performance.now() - startedAt;
  expect(submitted.body).toMatchObject({ response_action: 'update' });
  // Acknowledged long before the batch is written (Slack allows 3 s).
  expect(ackMs).toBeLessThan(3_000);

  const dm = dmChannelOf(h, MANAGER);
  const status = await waitFor(() =>
    botMessages(h, dm).find((m) => (m.text ?? '').includes('Writing off small balances')),
  );
  const done = await waitFor(() => {
    const now = h.emulator.messages.find(dm, status.ts);
    return (now?.text ?? '').includes('Wrote off') ? now : undefined;
  }, 60_000);
  expect(done?.text).toContain('Wrote off 5,000 small balances of at most $3.00, $12,500.00 in all');

  const updates = h.emulator
    .callsTo('chat.update')
    .filter((call) => call.body.channel === dm && call.body.ts === status.ts)
    .map((call) => String(call.body.text ?? ''));
  const progress = updates.filter((text) => /Writing off small balances: [\d,]+ \/ 5,000/.test(text));
  expect(progress.length).toBeGreaterThan(1);
  const counts = progress.map((text) => Number(text.match(/: ([\d,]+) \//)?.[1]?.replaceAll(',', '')));
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  expect(counts.every((n) => n > 0 && n < CHARGES)).toBe(true);
  expect(updates.at(-1)).toContain('Wrote off 5,000');

  const ids = await seededChargeIds(h.db, 'PROGRESS');
  for (const id of [ids[0], ids[2499], ids.at(-1)])
    expect((await ledgerOf(h.db, id ?? 0)).outstandingCents).toBe(0);
}, 90_000);
