import { formatCents } from '../../domain/money.ts';
import { CANCEL_REASON_CODES, type CancelReason, isCancelReason } from '../../domain/reasons.ts';
import { cancelPr } from '../../ledger/index.ts';
import { parseCommandArgs, parseId, requireFlag } from '../args.ts';
import { reportBlockers } from '../blocker-output.ts';
import { BadInputError, type CliCommand, EXIT_OK } from '../command.ts';
import { idempotencyKeyFrom, MUTATION_OPTIONS, noteFrom, replayedNotice } from '../mutation-args.ts';
import { toJson } from '../output.ts';

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
    const chargeId = parseId(values.charge, '--charge');
    const reason = cancelReasonFrom(requireFlag(values.reason, '--reason'));
    const note = noteFrom(values.note);
    const idempotencyKey = idempotencyKeyFrom(values.key);

    const result = await cancelPr(await ctx.db(), {
      chargeId,
      reason,
      note,
      actor: ctx.actor,
      source: 'cli',
      idempotencyKey,
    });
    if (!result.ok) return reportBlockers(ctx.io, result.blockers, values.json ?? false);
    const { value } = result;
    if (values.json) {
      ctx.io.stdout(toJson({ ...value, replayed: result.replayed }));
      return EXIT_OK;
    }
    ctx.io.stdout(
      `Cancelled ${formatCents(value.amountCents)} of PR on charge ${value.chargeId} ` +
        `(entry ${value.entryId})${replayedNotice(result.replayed)}.\n`,
    );
    return EXIT_OK;
  },
};

function cancelReasonFrom(text: string): CancelReason {
  if (isCancelReason(text)) return text;
  throw new BadInputError(`Unknown cancel reason "${text}". Use one of: ${CANCEL_REASON_CODES.join(', ')}.`);
}
