import { formatCents } from '../../domain/money.ts';
import { isWriteOffReason, WRITE_OFF_REASON_CODES, type WriteOffReason } from '../../domain/reasons.ts';
import { writeOff } from '../../ledger/index.ts';
import { parseAmountFlag } from '../amount-arg.ts';
import { parseCommandArgs, parseId, requireFlag } from '../args.ts';
import { reportBlockers } from '../blocker-output.ts';
import { BadInputError, type CliCommand, EXIT_OK } from '../command.ts';
import { idempotencyKeyFrom, MUTATION_OPTIONS, noteFrom, replayedNotice } from '../mutation-args.ts';
import { toJson } from '../output.ts';

export const writeoffCommand: CliCommand = {
  name: 'writeoff',
  usage: 'writeoff --charge ID --amount TEXT|all --reason CODE [--note TEXT] [--key KEY] [--json]',
  summary: 'Write off patient responsibility on one charge.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      ...MUTATION_OPTIONS,
      charge: { type: 'string' },
      amount: { type: 'string' },
      reason: { type: 'string' },
    });
    // Everything is checked before the database opens: bad input writes nothing and costs nothing.
    const chargeId = parseId(values.charge, '--charge');
    const amountCents = parseAmountFlag(requireFlag(values.amount, '--amount'));
    const reason = writeOffReasonFrom(requireFlag(values.reason, '--reason'));
    const note = noteFrom(values.note);
    const idempotencyKey = idempotencyKeyFrom(values.key);

    const result = await writeOff(await ctx.db(), {
      chargeId,
      amountCents,
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
      `Wrote off ${formatCents(value.amountCents)} on charge ${value.chargeId} (entry ${value.entryId}); ` +
        `${formatCents(value.outstandingCents)} still outstanding${replayedNotice(result.replayed)}.\n`,
    );
    return EXIT_OK;
  },
};

function writeOffReasonFrom(text: string): WriteOffReason {
  if (isWriteOffReason(text)) return text;
  throw new BadInputError(`Unknown reason "${text}". Use one of: ${WRITE_OFF_REASON_CODES.join(', ')}.`);
}
