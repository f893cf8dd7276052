/**
 * The small-balance preview: the rule, how many charges and how much, the first rows, and where
 * the full list is. The modal is the manager's own, so the first rows name the patients; the full
 * list goes to their DM with the app as a CSV file. Pure.
 */
import { counted, formatCents, MAX_AMOUNT_CENTS } from '../../domain/index.ts';
import type { BatchPreviewRow, SmallBalanceBatchModel } from '../../workflow/index.ts';
import { smallBalanceBatchSlack } from '../actions/small-balance-batch.ts';
import { context, escapeMrkdwn, type KnownBlock, type ModalView, plain, section } from './block-kit.ts';
import { blockerBlocks } from './shared-blocks.ts';

export const BATCH_CALLBACK = smallBalanceBatchSlack.callbackId;
export const BATCH_STARTED_CALLBACK = 'small_balance_batch_started';
export const BATCH_SUMMARY_BLOCK = 'batch_summary';
export const BATCH_ROWS_BLOCK = 'batch_rows';
export const BATCH_LIST_NOTE_BLOCK = 'batch_list_note';
export const BATCH_OVER_LIMIT_BLOCK = 'batch_over_limit';

/** The rule the preview applied: both are known once a selection was made. */
interface BatchRule {
  readonly underCents: number;
  readonly minAgeDays: number;
}

function summaryText(model: SmallBalanceBatchModel, { underCents, minAgeDays }: BatchRule): string {
  const what = `*${model.count.toLocaleString('en-US')}* ${model.count === 1 ? 'balance' : 'balances'} of at most *${formatCents(underCents)}*, *${formatCents(model.totalCents)}* in all.`;
  const age = `Only charges with a date of service on or before ${model.serviceOnOrBefore} (at least ${counted(minAgeDays, 'day')} ago); placeholder PR is left out.`;
  const how =
    'Confirming writes each of them off at exactly the amount shown here, with the reason _Small balance_, as one batch that can be undone whole. A balance that changes before then is skipped and listed.';
  return `${what}\n${age}\n${how}`;
}

/** Said before confirming, when the runner's own limit will leave charges out. */
function overLimitText(model: SmallBalanceBatchModel): string | null {
  const over = model.overLimit;
  if (!over) return null;
  const kept = model.count - over.count;
  const skipped = `:warning: ${counted(over.count, 'charge')} of these (${formatCents(over.totalCents)}) would take a patient past your write-off limit of ${formatCents(over.limitCents)} over 24 hours, counting what you already wrote off for them, so confirming skips ${over.count === 1 ? 'it' : 'them'} and lists ${over.count === 1 ? 'it' : 'them'} in the result.`;
  const next =
    kept === 0
      ? 'Nothing here can be written off by you: ask a billing manager or admin whose limit covers it to run this batch.'
      : `${counted(kept, 'charge')} ${kept === 1 ? 'is' : 'are'} written off. A billing manager or admin whose limit covers the rest can write them off.`;
  return `${skipped} ${next}`;
}

/** What confirming writes off: the previewed charges less those over the runner's limit. */
function writtenCount(model: SmallBalanceBatchModel): number {
  return model.count - (model.overLimit?.count ?? 0);
}

function rowLine(row: BatchPreviewRow): string {
  const where = `${escapeMrkdwn(row.patientName)} · ${escapeMrkdwn(row.description)} (${row.dateOfService})`;
  return `• ${formatCents(row.outstandingCents)} · ${where}`;
}

function selectionBlocks(model: SmallBalanceBatchModel, rule: BatchRule): KnownBlock[] {
  const blocks = [section(summaryText(model, rule), BATCH_SUMMARY_BLOCK)];
  if (model.count === 0) return blocks;
  const overLimit = overLimitText(model);
  if (overLimit) blocks.push(section(overLimit, BATCH_OVER_LIMIT_BLOCK));
  const more =
    model.count > model.firstRows.length ? `\n…and ${model.count - model.firstRows.length} more.` : '';
  blocks.push(section(`${model.firstRows.map(rowLine).join('\n')}${more}`, BATCH_ROWS_BLOCK));
  blocks.push(
    context(
      'The full list is in your direct messages with this app, as a CSV file (visible to you only).',
      BATCH_LIST_NOTE_BLOCK,
    ),
  );
  return blocks;
}

/**
 * No usable threshold: how to ask, and when one was given but refused (`under $0`, `under $-5`,
 * `under $1000001`), what was wrong with it and the range a threshold must be in.
 */
function askForThreshold(amountProblem: string | null): string {
  const how = 'Say the largest balance to write off, for example `/billing small-balances under $5`.';
  if (!amountProblem) return how;
  const range = `A small-balance threshold must be more than $0.00 and at most ${formatCents(MAX_AMOUNT_CENTS)}.`;
  return `:warning: ${escapeMrkdwn(amountProblem)} ${range} ${how}`;
}

export function buildSmallBalanceBatchModal(model: SmallBalanceBatchModel): ModalView {
  const underCents = model.underCents;
  let blocks: KnownBlock[];
  if (model.blocker) blocks = blockerBlocks(model.blocker);
  else if (underCents === null || model.minAgeDays === null)
    blocks = [section(askForThreshold(model.amountProblem))];
  else blocks = selectionBlocks(model, { underCents, minAgeDays: model.minAgeDays });
  const open = !model.blocker && writtenCount(model) > 0;
  return {
    type: 'modal',
    callback_id: BATCH_CALLBACK,
    private_metadata: model.pendingId,
    title: plain(smallBalanceBatchSlack.title),
    ...(open ? { submit: plain(`Write off ${writtenCount(model).toLocaleString('en-US')}`) } : {}),
    close: plain(open ? 'Cancel' : 'Close'),
    blocks,
  };
}

/**
 * The form once the batch has run, whatever came of it: the DM says what (the written-off total
 * with Undo, or why nothing was written), and the form no longer reads as if the work went on.
 */
export function buildBatchFinishedModal(): ModalView {
  return batchNoticeModal(
    ':white_check_mark: Finished. Your direct messages with this app say what was written off, with Undo, or why nothing was.',
  );
}

/** The form once confirmed: the work goes on, and the DM shows how far it has got. */
export function buildBatchStartedModal(): ModalView {
  return batchNoticeModal(
    ':hourglass_flowing_sand: Writing off the balances you previewed. Your direct messages with this app show the progress and then the result, with Undo.',
  );
}

/**
 * The same preview confirmed again (a double click, Slack's retry): nothing more is written and
 * no second progress message starts; the one already in the DM tells how it went.
 */
export function buildBatchAlreadyConfirmedModal(state: 'running' | 'applied'): ModalView {
  return batchNoticeModal(
    state === 'running'
      ? ':hourglass_flowing_sand: This batch is already being written off. Your direct messages with this app show its progress and then the result, with Undo.'
      : ':white_check_mark: This batch was already applied, once. Your direct messages with this app have its result, with Undo.',
  );
}

/** The confirmed form, saying one thing: only Close is left to press. */
function batchNoticeModal(text: string): ModalView {
  return {
    type: 'modal',
    callback_id: BATCH_STARTED_CALLBACK,
    title: plain(smallBalanceBatchSlack.title),
    close: plain('Close'),
    blocks: [section(text)],
  };
}
