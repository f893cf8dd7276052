/**
 * The one message a small-balance batch keeps updating in the manager's DM with the app: progress
 * (done / total), then the result with the skipped charges and Undo, then the undo. Only the
 * skipped charges name a patient, as the manager's own DM lists charges; the rest is counts and
 * amounts. Pure.
 */
import { counted, formatCents } from '../../domain/index.ts';
import type { BatchDone, SkippedShown } from '../../workflow/index.ts';
import { type Button, context, escapeMrkdwn, type KnownBlock, plain, section } from '../views/block-kit.ts';
import type { SlackMessage } from './done-message-builder.ts';

export const BATCH_STATUS_BLOCK = 'batch_status';
export const BATCH_SKIPPED_BLOCK = 'batch_skipped';
export const BATCH_UNDO_BLOCK = 'batch_undo';
export const BATCH_UNDO_ACTION = 'undo_small_balance_batch';

/** Enough to act on; the rest are counted. */
const MAX_SKIPPED_LISTED = 20;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * While the batch runs. The writes happen in one transaction, so "done" is how many charges have
 * been written inside it: nobody sees any of them until all are in, and if it stops, none are.
 */
export function buildBatchProgressMessage(done: number, total: number): SlackMessage {
  const text = `:hourglass_flowing_sand: Writing off small balances: ${count(done)} / ${count(total)}…`;
  return {
    text,
    blocks: [
      section(text, BATCH_STATUS_BLOCK),
      context(
        'They are applied together at the end: until then no balance has changed, and if this stops, none will.',
      ),
    ],
  };
}

function skippedLines(batch: BatchDone): string {
  const overLimit = batch.skipped.filter((s) => s.reason === 'over_limit');
  const changed = batch.skipped.filter((s) => s.reason !== 'over_limit');
  const parts: string[] = [];
  if (changed.length > 0) {
    parts.push(
      listed(
        `Skipped ${count(changed.length)} that changed since the preview (not written off):`,
        changed.map(
          (s) =>
            `• ${skippedName(s)}: ${formatCents(s.previewedCents)} in the preview, ${formatCents(s.outstandingCents)} now`,
        ),
      ),
    );
  }
  if (overLimit.length > 0) {
    parts.push(
      listed(
        `Skipped ${count(overLimit.length)} that would take you past your own write-off limit for the patient (24 hours; not written off). A billing manager or admin without a limit can write them off:`,
        overLimit.map((s) => `• ${skippedName(s)}: ${formatCents(s.previewedCents)}`),
      ),
    );
  }
  return parts.join('\n');
}

/** "Jane Doe · Office visit 99213 (2026-06-03)"; the id only when the charge could not be read. */
function skippedName(s: SkippedShown): string {
  return s.where ? escapeMrkdwn(s.where) : `charge ${s.chargeId}`;
}

function listed(heading: string, lines: readonly string[]): string {
  const more = lines.length > MAX_SKIPPED_LISTED ? [`…and ${lines.length - MAX_SKIPPED_LISTED} more.`] : [];
  return [heading, ...lines.slice(0, MAX_SKIPPED_LISTED), ...more].join('\n');
}

function undoButton(undoPendingId: string, batch: BatchDone): KnownBlock {
  const button: Button = {
    type: 'button',
    action_id: BATCH_UNDO_ACTION,
    text: plain('Undo the batch'),
    value: undoPendingId,
    confirm: {
      title: plain('Undo the whole batch?'),
      text: plain(
        `Reversals put ${formatCents(batch.totalCents)} back on ${counted(batch.count, 'charge')}, all at once.`,
      ),
      confirm: plain('Undo'),
      deny: plain('Keep it'),
    },
  };
  return { type: 'actions', block_id: BATCH_UNDO_BLOCK, elements: [button] };
}

export function buildBatchResultMessage(batch: BatchDone, undoPendingId: string | null): SlackMessage {
  const text =
    batch.count > 0
      ? `:white_check_mark: Wrote off ${counted(batch.count, 'small balance')} of at most ${formatCents(batch.underCents)}, ${formatCents(batch.totalCents)} in all (reason Small balance, batch \`${batch.batchId}\`).`
      : `:warning: Nothing was written off: ${nothingWrittenBecause(batch)}`;
  const blocks: KnownBlock[] = [section(text, BATCH_STATUS_BLOCK)];
  if (batch.skipped.length > 0 && batch.count > 0)
    blocks.push(section(skippedLines(batch), BATCH_SKIPPED_BLOCK));
  if (undoPendingId && batch.count > 0) blocks.push(undoButton(undoPendingId, batch));
  return { text, blocks };
}

/** Why a batch wrote nothing: every previewed balance changed, or some would pass the limit too. */
function nothingWrittenBecause(batch: BatchDone): string {
  const one = batch.previewedCount === 1;
  const overLimit = batch.skipped.some((s) => s.reason === 'over_limit');
  if (overLimit) {
    return one
      ? 'the previewed balance changed since the preview or would take you past your own write-off limit for its patient.'
      : `each of the ${count(batch.previewedCount)} previewed balances changed since the preview or would take you past your own write-off limit for its patient.`;
  }
  return one
    ? 'the previewed balance changed since the preview.'
    : `all ${count(batch.previewedCount)} previewed balances changed since the preview.`;
}

/** A retry, or a second confirm, found the batch already applied. */
export function buildBatchAlreadyAppliedMessage(batch: BatchDone | null): SlackMessage {
  const what = batch
    ? ` ${counted(batch.count, 'balance')}, ${formatCents(batch.totalCents)}, batch \`${batch.batchId}\`.`
    : '';
  const text = `:white_check_mark: This batch was already applied, once; nothing more was written.${what}`;
  return { text, blocks: [section(text, BATCH_STATUS_BLOCK)] };
}

/** The ledger refused the batch (a role taken away meanwhile, nothing left to write off). */
export function buildBatchRefusedMessage(reason: string): SlackMessage {
  const text = `:no_entry: Nothing was written off. ${reason}`;
  return { text, blocks: [section(text, BATCH_STATUS_BLOCK)] };
}

/** The database went away mid-batch: the transaction rolled back whole. */
export function buildBatchTryAgainMessage(): SlackMessage {
  const text =
    ':warning: The database did not answer, so the batch was not applied: no balance changed. Ask again (for example `/billing small-balances under $5`) to preview and confirm it anew.';
  return { text, blocks: [section(text, BATCH_STATUS_BLOCK)] };
}

export function buildBatchUndoingMessage(): SlackMessage {
  const text =
    ':hourglass_flowing_sand: Undoing the batch; the balances come back all at once when every write-off is reversed…';
  return { text, blocks: [section(text, BATCH_STATUS_BLOCK)] };
}

/** `where`: "3,000 charges", as the undo's summary names them. */
export function buildBatchUndoneMessage(where: string, amountCents: number): SlackMessage {
  const text = `:leftwards_arrow_with_hook: Undone: the small-balance write-offs on ${where} were reversed, ${formatCents(amountCents)} back on the balances.`;
  return { text, blocks: [section(text, BATCH_STATUS_BLOCK)] };
}

/** Undone already, by an undo whose figures are not at hand (App Home's, say). */
export function buildBatchUndoneElsewhereMessage(): SlackMessage {
  const text =
    ':leftwards_arrow_with_hook: Undone: the small-balance write-offs of this batch were reversed, their amounts back on the balances.';
  return { text, blocks: [section(text, BATCH_STATUS_BLOCK)] };
}
