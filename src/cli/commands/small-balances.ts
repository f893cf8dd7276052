/**
 * `cli small-balances --under AMOUNT [--min-age-days N] [--json]` previews the selection;
 * with `--apply --key KEY` it applies exactly that selection as one batch (DOMAIN section 6).
 */
import { isoDay } from '../../domain/calendar-day.ts';
import { counted } from '../../domain/counted.ts';
import { formatCents, parseAmount } from '../../domain/money.ts';
import {
  applySmallBalanceBatch,
  chargesOfBatch,
  groupUndoPreview,
  type SmallBalanceSelection,
  selectSmallBalances,
  smallBalanceBatchByKey,
} from '../../ledger/index.ts';
import { parseCommandArgs, requireFlag } from '../args.ts';
import { dayArg } from '../calendar-args.ts';
import { BadInputError, type CliCommand, type CliContext, EXIT_OK } from '../command.ts';
import { idempotencyKeyFrom } from '../mutation-args.ts';
import { reportMutation } from '../mutation-output.ts';
import { toJson, toTable } from '../output.ts';

export const smallBalancesCommand: CliCommand = {
  name: 'small-balances',
  usage:
    'small-balances --under AMOUNT [--min-age-days N] [--today YYYY-MM-DD] [--apply --key KEY] [--json] | small-balances --status --key KEY [--json]',
  summary: 'Preview (or with --apply, write off as one batch) every balance at or under AMOUNT.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      under: { type: 'string' },
      'min-age-days': { type: 'string' },
      today: { type: 'string' },
      apply: { type: 'boolean' },
      status: { type: 'boolean' },
      key: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.status) {
      // Nothing typed is dropped silently: a status is looked up by its key alone.
      const stray = (['under', 'min-age-days', 'today', 'apply'] as const).filter(
        (flag) => values[flag] !== undefined,
      );
      if (stray.length > 0)
        throw new BadInputError(
          `--status takes only --key (and --json), not ${stray.map((f) => `--${f}`).join(', ')}.`,
        );
      return printStatus(ctx, idempotencyKeyFrom(requireFlag(values.key, '--key')), values.json);
    }
    // A key is what an apply is written under; on a preview it would be dropped unread.
    if (values.key !== undefined && !values.apply)
      throw new BadInputError(
        '--key is used with --apply (or --status): add --apply to write the batch off, or leave out --key to preview it.',
      );
    const underCents = thresholdArg(requireFlag(values.under, '--under'));
    const minAgeDays = await minAgeArg(values['min-age-days']);
    const today = todayArg(values.today);
    // An apply needs a key, so that a retried script cannot write the batch off twice.
    const key = values.apply ? idempotencyKeyFrom(requireFlag(values.key, '--key')) : null;
    const json = values.json ?? false;
    const db = await ctx.db();
    const selection = await selectSmallBalances(db, { underCents, minAgeDays, today });
    if (key === null) {
      ctx.io.stdout(json ? toJson(selection) : previewText(selection, underCents));
      return EXIT_OK;
    }
    const result = await applySmallBalanceBatch(db, {
      selection: selection.charges.map((c) => ({ chargeId: c.id, outstandingCents: c.outstandingCents })),
      underCents,
      minAgeDays,
      actor: ctx.actor,
      source: 'cli',
      idempotencyKey: key,
    });
    // Which charges the batch took, in the preview's shape, to compare with the preview.
    const charges = result.ok && json ? await chargesOfBatch(db, result.value.batchId) : [];
    return reportMutation(ctx.io, result, {
      json,
      extraJson: { charges },
      describe: (v, replayed) =>
        `Batch ${v.batchId ?? '(none)'}: wrote off ${counted(v.count, 'balance')}, ${formatCents(v.totalCents)}${replayed}` +
        skippedText(v.skipped),
    });
  },
};

/**
 * Whether the batch with this key was applied: all of it or none (one transaction), so after a
 * crash this says which, and writes nothing.
 */
async function printStatus(ctx: CliContext, key: string, json = false): Promise<number> {
  const db = await ctx.db();
  const result = await smallBalanceBatchByKey(db, key);
  // Applied stays true after an undo (it was applied); `undone` says the undo took it all back.
  const undone =
    result?.batchId != null &&
    result.count > 0 &&
    (await groupUndoPreview(db, result.batchId)).chargeCount === 0;
  const status = result
    ? {
        key,
        applied: true,
        undone,
        batchId: result.batchId,
        count: result.count,
        totalCents: result.totalCents,
      }
    : { key, applied: false, undone: false, batchId: null, count: 0, totalCents: 0 };
  ctx.io.stdout(
    json
      ? toJson(status)
      : result
        ? `Batch ${result.batchId ?? '(none)'} with key ${key} was applied: ${counted(result.count, 'balance')}, ${formatCents(result.totalCents)}${undone ? '; it has since been undone whole' : ''}.\n`
        : `No batch with key ${key} was applied: nothing was written under it.\n`,
  );
  return EXIT_OK;
}

function thresholdArg(text: string): number {
  const parsed = parseAmount(text);
  if (!parsed.ok) throw new BadInputError(`--under "${text}" (${parsed.problem}): ${parsed.message}`);
  return parsed.cents;
}

/**
 * The same bound as the SMALL_BALANCE_MIN_AGE_DAYS setting (config.ts): ten years. Counted back
 * from --today (year 1900 at the earliest) it keeps the cutoff a date PostgreSQL takes.
 */
const MAX_MIN_AGE_DAYS = 3_650;

/** The flag, else SMALL_BALANCE_MIN_AGE_DAYS; the config is imported only here (start-up time). */
async function minAgeArg(text: string | undefined): Promise<number> {
  if (text === undefined) {
    const { loadConfig } = await import('../../config.ts');
    return loadConfig().SMALL_BALANCE_MIN_AGE_DAYS;
  }
  const days = text.trim();
  if (!/^\d+$/.test(days)) {
    throw new BadInputError(`--min-age-days must be a whole number of days, got "${text}".`);
  }
  if (Number(days) > MAX_MIN_AGE_DAYS) {
    throw new BadInputError(
      `--min-age-days ${days} is too large: give at most ${MAX_MIN_AGE_DAYS} days (ten years).`,
    );
  }
  return Number(days);
}

/** A real day in the years the app handles: the age cutoff is counted back from it in SQL. */
function todayArg(text: string | undefined): string {
  return text === undefined ? isoDay(new Date()) : dayArg(text, '--today').text;
}

const PREVIEW_ROWS = 20;

function previewText(selection: SmallBalanceSelection, underCents: number): string {
  const heading = `${counted(selection.count, 'balance')} of at most ${formatCents(underCents)}, ${formatCents(selection.totalCents)} in all`;
  if (selection.count === 0) return `${heading}\n`;
  const table = toTable(
    ['Charge', 'Patient', 'Date of service', 'Description', 'Outstanding'],
    selection.charges
      .slice(0, PREVIEW_ROWS)
      .map((c) => [c.id, c.patientId, c.dateOfService, c.description, formatCents(c.outstandingCents)]),
  );
  const more =
    selection.count > PREVIEW_ROWS ? `(and ${selection.count - PREVIEW_ROWS} more; --json lists all)\n` : '';
  return `${heading}\n${table}${more}Apply with --apply --key KEY.\n`;
}

/** "; skipped 2 that changed since the preview and 1 over your write-off limit for its patient". */
function skippedText(skipped: readonly { readonly reason?: string }[]): string {
  const overLimit = skipped.filter((s) => s.reason === 'over_limit').length;
  const changed = skipped.length - overLimit;
  const parts = [
    changed > 0 ? `${changed} that changed since the preview` : null,
    overLimit > 0 ? `${overLimit} over your write-off limit for its patient` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? `; skipped ${parts.join(' and ')}` : '';
}
