/**
 * `/billing report [month]` through the emulator: billing managers and admins get the month's
 * write-offs by reason and by user privately, and the chart (a real PNG) and the CSV in their DM.
 * The totals equal the ledger's own sums, before and after an undo; others are refused and get
 * no files.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.ts';
import { formatCents, formatMonth, monthOf, type WriteOffReason } from '../../src/domain/index.ts';
import { undoWriteOff, writeOff } from '../../src/ledger/index.ts';
import { REPORT_TOTALS_BLOCK } from '../../src/slack/messages/report-message-builder.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { pngSize } from '../support/png.ts';
import { dmChannelOf } from './support/approvals.ts';
import { ADMIN, BILLER, GENERAL, MANAGER, useHarness, VIEWER, waitFor } from './support/harness.ts';

const h = useHarness();
const THIS_MONTH = formatMonth(monthOf(new Date()));
const SLOW_MS = 20_000;

async function writeOffAs(actor: string, amountCents: number, reason: WriteOffReason, note?: string) {
  const { chargeId } = await createCharge(h.db, { assessedCents: 20_000 });
  return expectOk(
    writeOff(h.db, {
      chargeId,
      amountCents,
      reason,
      note,
      actor,
      source: 'slash_command',
      idempotencyKey: randomUUID(),
    }),
  );
}

/** The ledger's own sums: write-offs this month with no reversal, grouped. */
async function ledgerSums(group: 'reason' | 'actor'): Promise<Record<string, number>> {
  const column = sql.raw(group);
  const result = await h.db.execute(sql`
    select w.${column} as key, sum(w.amount_cents)::int as cents
    from ledger_entries w
    where w.kind = 'write_off' and w.created_at >= date_trunc('month', now())
      and not exists (select 1 from ledger_entries r where r.kind = 'write_off_reversal' and r.refers_to_entry_id = w.id)
    group by w.${column}`);
  return Object.fromEntries(rowsOf(result).map((r) => [String(r.key), Number(r.cents)]));
}

function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

/** Asks for the report and waits for the private answer that follows the ack. */
async function askReport(userId: string, text: string) {
  const before = h.emulator.responseUrlPosts.length;
  const filesBefore = h.emulator.files.all().length;
  const ack = await h.client.slashCommand({ command: '/billing', text, userId, channelId: GENERAL });
  const post = await waitFor(() => h.emulator.responseUrlPosts.slice(before)[0], SLOW_MS);
  return { ack, post, newFiles: () => h.emulator.files.all().slice(filesBefore) };
}

beforeAll(async () => {
  await writeOffAs(BILLER, 1_500, 'small_balance');
  await writeOffAs(BILLER, 4_000, 'financial_hardship', 'Sliding-scale application approved');
  await writeOffAs(MANAGER, 2_250, 'bad_debt', 'Three statements and a call, no answer');
});

describe('/billing report', () => {
  it('a billing manager gets the totals privately, equal to the ledger, and the chart and CSV in their DM', async () => {
    const { post, newFiles } = await askReport(MANAGER, 'report');
    expect(post.body.response_type).toBe('ephemeral');
    const byReason = await ledgerSums('reason');
    const byUser = await ledgerSums('actor');
    const total = Object.values(byReason).reduce((a, b) => a + b, 0);
    expect(total).toBe(7_750);
    const body = JSON.stringify(post.body);
    expect(body).toContain(formatCents(total));
    expect(body).toContain('Financial hardship / charity care: $40.00');
    expect(body).toContain(`<@${BILLER}>: $55.00 (2 write-offs)`);
    expect(body).toContain(`<@${MANAGER}>: $22.50 (1 write-off)`);
    // Nothing about it in the channel itself.
    expect(h.emulator.messages.inChannel(GENERAL).filter((m) => !m.ephemeralTo)).toHaveLength(0);

    const files = await waitFor(() => (newFiles().length === 2 ? newFiles() : undefined), SLOW_MS);
    const dm = dmChannelOf(h, MANAGER);
    for (const file of files) expect(file.channel).toBe(dm);
    const png = files.find((f) => f.mimetype === 'image/png');
    const csv = files.find((f) => f.mimetype === 'text/csv');
    expect(png?.bytes && pngSize(new Uint8Array(png.bytes)).width).toBe(800);
    const rows = parseCsv(csv?.bytes?.toString('utf8') ?? '');
    expect(rows[0]).toEqual(['month', 'group', 'key', 'count', 'totalCents']);
    const csvGroup = (group: string) =>
      Object.fromEntries(rows.filter((r) => r[1] === group).map((r) => [r[2], Number(r[4])]));
    expect(csvGroup('reason')).toEqual(byReason);
    expect(csvGroup('user')).toEqual(byUser);
    const reasonCounts = rows.filter((r) => r[1] === 'reason').reduce((n, r) => n + Number(r[3]), 0);
    expect(reasonCounts).toBeGreaterThan(0);
    expect(rows.at(-1)).toEqual([THIS_MONTH, 'total', '', String(reasonCounts), String(total)]);
  });

  it('after an undo, the undone write-off no longer counts, in the message and in the CSV', async () => {
    const undone = await writeOffAs(BILLER, 999, 'small_balance');
    await expectOk(
      undoWriteOff(h.db, {
        writeOffEntryId: undone.entryId,
        actor: MANAGER,
        source: 'button',
        idempotencyKey: randomUUID(),
      }),
    );
    const { post, newFiles } = await askReport(ADMIN, `report for ${THIS_MONTH}`);
    const byReason = await ledgerSums('reason');
    expect(byReason.small_balance).toBe(1_500);
    expect(JSON.stringify(post.body)).toContain('*$77.50* (3 write-offs)');
    const files = await waitFor(() => (newFiles().length === 2 ? newFiles() : undefined), SLOW_MS);
    const csv = files.find((f) => f.mimetype === 'text/csv')?.bytes?.toString('utf8') ?? '';
    expect(csv).toContain(`${THIS_MONTH},reason,small_balance,1,1500`);
    expect(csv).not.toContain('999');
  });

  it('"report for <month name>" reads the month; an empty month says so with no chart', async () => {
    const { post, newFiles } = await askReport(MANAGER, 'report for January 2020');
    expect(JSON.stringify(post.body)).toContain('Nothing is written off in 2020-01');
    const files = await waitFor(() => (newFiles().length === 1 ? newFiles() : undefined), SLOW_MS);
    expect(files.map((f) => f.mimetype)).toEqual(['text/csv']);
    expect(post.body.blocks).toEqual([expect.objectContaining({ block_id: REPORT_TOTALS_BLOCK })]);
  });

  it.each([
    [BILLER, 'a biller'],
    [VIEWER, 'a viewer'],
  ])('%s (%s) is refused with the next step and gets no files', async (userId) => {
    const { post, newFiles } = await askReport(userId, 'november report');
    expect(JSON.stringify(post.body)).toContain(
      'Only billing managers and admins can see the write-off report',
    );
    expect(post.body.response_type).toBe('ephemeral');
    expect(newFiles()).toHaveLength(0);
  });

  it('a month it cannot read is answered at once with how to write one', async () => {
    const posts = h.emulator.responseUrlPosts.length;
    const ack = await h.client.slashCommand({
      command: '/billing',
      text: 'report for Smarch',
      userId: MANAGER,
      channelId: GENERAL,
    });
    expect(JSON.stringify(ack.body)).toContain('I could not tell which month');
    expect(h.emulator.responseUrlPosts).toHaveLength(posts);
  });
});
