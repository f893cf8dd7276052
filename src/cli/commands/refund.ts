import { formatCents } from '../../domain/money.ts';
import { REFUND_REOPENS_PR } from '../../domain/rules/refund.ts';
import { refundPayment } from '../../ledger/index.ts';
import { parseAmountFlag } from '../amount-arg.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliCommand } from '../command.ts';
import { parseId } from '../id-arg.ts';
import { MUTATION_OPTIONS, mutationBasics } from '../mutation-args.ts';
import { reportMutation } from '../mutation-output.ts';

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
    const paymentEntryId = parseId(values.payment, '--payment', 'payment');
    const amountCents = values.amount === undefined ? 'all' : parseAmountFlag(values.amount);
    const basics = mutationBasics(values, ctx.actor);

    const result = await refundPayment(await ctx.db(), {
      paymentEntryId,
      amountCents,
      ...basics,
    });
    return reportMutation(ctx.io, result, {
      json: values.json ?? false,
      extraJson: { notice: REFUND_REOPENS_PR },
      describe: (v, replayed) =>
        `Refunded ${formatCents(v.amountCents)} of payment ${v.paymentEntryId} on charge ${v.chargeId} ` +
        `(entry ${v.entryId})${replayed}; ${formatCents(v.outstandingCents)} is now outstanding.\n${REFUND_REOPENS_PR}`,
    });
  },
};
