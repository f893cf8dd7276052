/**
 * Write-offs in a month, by reason and by user, net of undone write-offs (DOMAIN section 6,
 * `cli report`). A write-off belongs to the month it was made in; once it is undone, whenever
 * that happens, it no longer counts: the report says what stays written off.
 */
import { and, count, eq, gte, isNull, lt, sum } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { ledgerEntries } from '../../db/schema/index.ts';
import { formatMonth, type Month, monthBounds } from '../../domain/month.ts';

export interface ReportLine {
  readonly count: number;
  readonly totalCents: number;
}

export interface WriteOffReport {
  readonly month: string;
  readonly totalCents: number;
  readonly byReason: readonly (ReportLine & { readonly reason: string })[];
  readonly byUser: readonly (ReportLine & { readonly actor: string })[];
}

export async function writeOffReport(db: Executor, params: { month: Month }): Promise<WriteOffReport> {
  const { from, to } = monthBounds(params.month);
  const reversal = alias(ledgerEntries, 'reversal');
  const standing = and(
    eq(ledgerEntries.kind, 'write_off'),
    gte(ledgerEntries.createdAt, from),
    lt(ledgerEntries.createdAt, to),
    isNull(reversal.id),
  );
  const grouped = <K extends typeof ledgerEntries.reason | typeof ledgerEntries.actor>(key: K) =>
    db
      .select({
        key,
        count: count(),
        totalCents: sum(ledgerEntries.amountCents).mapWith(Number),
      })
      .from(ledgerEntries)
      .leftJoin(
        reversal,
        and(eq(reversal.refersToEntryId, ledgerEntries.id), eq(reversal.kind, 'write_off_reversal')),
      )
      .where(standing)
      .groupBy(key)
      .orderBy(key);
  const [reasons, users] = await Promise.all([grouped(ledgerEntries.reason), grouped(ledgerEntries.actor)]);
  const byReason = reasons.map((r) => ({
    reason: r.key ?? 'none',
    count: r.count,
    totalCents: r.totalCents,
  }));
  const byUser = users.map((u) => ({ actor: u.key ?? 'unknown', count: u.count, totalCents: u.totalCents }));
  const totalCents = byReason.reduce((total, line) => total + line.totalCents, 0);
  return { month: formatMonth(params.month), totalCents, byReason, byUser };
}
