import { formatCents } from '../../domain/money.ts';
import { CANCEL_REASON_CODES, type CancelReason, isCancelReason } from '../../domain/reasons.ts';
import { cancelPr } from '../../ledger/index.ts';
import { parseCommandArgs, requireFlag } from '../args.ts';
import { BadInputError, type CliCommand } from '../command.ts';
import { parseId } from '../id-arg.ts';
import { MUTATION_OPTIONS, mutationBasics } from '../mutation-args.ts';
import { reportMutation } from '../mutation-output.ts';

export const cancelCommand: CliCommand = {
  name: 'cancel',
  usage:
    'cancel --charge ID --reason entered_in_error|duplicate|wrong_amount [--note TEXT] [--key KEY] [--json]',
  summary: 'Cancel PR that should never have existed (self-pay, placeholder or custom PR only).',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      ...MUTATION_OPTIONS,
      charge: { type: 'string' },
      reason: { type: 'string' },
    });
    const chargeId = parseId(values.charge, '--charge', 'charge');
    const reason = cancelReasonFrom(requireFlag(values.reason, '--reason'));
    const basics = mutationBasics(values, ctx.actor);

    const result = await cancelPr(await ctx.db(), {
      chargeId,
      reason,
      ...basics,
    });
    return reportMutation(ctx.io, result, {
      json: values.json ?? false,
      describe: (v, replayed) =>
        `Cancelled ${formatCents(v.amountCents)} of PR on charge ${v.chargeId} (entry ${v.entryId})${replayed}.`,
    });
  },
};

function cancelReasonFrom(text: string): CancelReason {
  if (isCancelReason(text)) return text;
  throw new BadInputError(`Unknown cancel reason "${text}". Use one of: ${CANCEL_REASON_CODES.join(', ')}.`);
}
