import { formatCents } from '../../domain/money.ts';
import { refundPayment } from '../../ledger/index.ts';
import { parseAmountFlag } from '../amount-arg.ts';
import { parseCommandArgs, parseId } from '../args.ts';
import { reportBlockers } from '../blocker-output.ts';
import { type CliCommand, EXIT_OK } from '../command.ts';
import { idempotencyKeyFrom, MUTATION_OPTIONS, noteFrom, replayedNotice } from '../mutation-args.ts';
import { toJson } from '../output.ts';

const REOPENS_PR =
  'The refund re-opens the PR: it does not remove it. Write it off or cancel it separately if it should not be collected.';

export const refundCommand: CliCommand = {
  name: 'refund',
  usage: 'refund --payment ENTRY_ID [--amount TEXT|all] [--note TEXT] [--key KEY] [--json]',
  summary: 'Refund a payment in full (default) or in part; the PR it paid re-opens.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      ...MUTATION_OPTIONS,
      payment: { type: 'string' },
      amount: { type: 'string' },
    });
    const paymentEntryId = parseId(values.payment, '--payment');
    const amountCents = values.amount === undefined ? 'all' : parseAmountFlag(values.amount);
    const note = noteFrom(values.note);
    const idempotencyKey = idempotencyKeyFrom(values.key);

    const result = await refundPayment(await ctx.db(), {
      paymentEntryId,
      amountCents,
      note,
      actor: ctx.actor,
      source: 'cli',
      idempotencyKey,
    });
    if (!result.ok) return reportBlockers(ctx.io, result.blockers, values.json ?? false);
    const { value } = result;
    if (values.json) {
      ctx.io.stdout(toJson({ ...value, replayed: result.replayed, notice: REOPENS_PR }));
      return EXIT_OK;
    }
    ctx.io.stdout(
      `Refunded ${formatCents(value.amountCents)} of payment ${value.paymentEntryId} on charge ${value.chargeId} ` +
        `(entry ${value.entryId})${replayedNotice(result.replayed)}; ` +
        `${formatCents(value.outstandingCents)} is now outstanding.\n${REOPENS_PR}\n`,
    );
    return EXIT_OK;
  },
};
