import { formatCents } from '../../domain/money.ts';
import { isWriteOffReason, WRITE_OFF_REASON_CODES, type WriteOffReason } from '../../domain/reasons.ts';
import { writeOff } from '../../ledger/index.ts';
import { parseAmountFlag } from '../amount-arg.ts';
import { parseCommandArgs, requireFlag } from '../args.ts';
import { BadInputError, type CliCommand } from '../command.ts';
import { parseId } from '../id-arg.ts';
import { MUTATION_OPTIONS, mutationBasics } from '../mutation-args.ts';
import { reportMutation } from '../mutation-output.ts';

export const writeoffCommand: CliCommand = {
  name: 'writeoff',
  usage: 'writeoff --charge ID --amount TEXT|all [--reason CODE] [--note TEXT] [--key KEY] [--json]',
  summary: 'Write off patient responsibility on one charge.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      ...MUTATION_OPTIONS,
      charge: { type: 'string' },
      amount: { type: 'string' },
      reason: { type: 'string' },
    });
    // Everything is checked before the database opens: bad input writes nothing and costs nothing.
    const chargeId = parseId(values.charge, '--charge', 'charge');
    const amountCents = parseAmountFlag(requireFlag(values.amount, '--amount'));
    const reason = writeOffReasonFrom(values.reason);
    const basics = mutationBasics(values, ctx.actor);

    const result = await writeOff(await ctx.db(), {
      chargeId,
      amountCents,
      reason,
      ...basics,
    });
    return reportMutation(ctx.io, result, {
      json: values.json ?? false,
      describe: (v, replayed) =>
        `Wrote off ${formatCents(v.amountCents)} on charge ${v.chargeId} (entry ${v.entryId}); ` +
        `${formatCents(v.outstandingCents)} still outstanding${replayed}.`,
    });
  },
};

/**
 * No reason is not bad input but a rule (DOMAIN.md section 3): null lets the ledger answer with
 * the REASON_REQUIRED blocker, exit 3, the same refusal the modal gives. A code we do not know is
 * a typing mistake, so it stays bad input (exit 2).
 */
function writeOffReasonFrom(text: string | undefined): WriteOffReason | null {
  if (text === undefined || text.trim() === '') return null;
  if (isWriteOffReason(text)) return text;
  throw new BadInputError(`Unknown reason "${text}". Use one of: ${WRITE_OFF_REASON_CODES.join(', ')}.`);
}
