import { WHY_ACTIONS, type WhyAction } from '../../domain/index.ts';
import { whyNot } from '../../ledger/index.ts';
import { parseCommandArgs } from '../args.ts';
import { publicBlocker } from '../blocker-output.ts';
import { BadInputError, type CliCommand, EXIT_OK } from '../command.ts';
import { parseId } from '../id-arg.ts';
import { toJson } from '../output.ts';

export const whyCommand: CliCommand = {
  name: 'why',
  usage: 'why --charge ID [--action write_off|cancel_pr|refund_payment] [--json]',
  summary: 'Say whether an action is allowed on a charge and, if not, why and what to do.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      charge: { type: 'string' },
      action: { type: 'string' },
    });
    const chargeId = parseId(values.charge, '--charge', 'charge');
    const action = whyActionFrom(values.action ?? 'write_off');
    const answer = await whyNot(await ctx.db(), { chargeId, action, actor: ctx.actor });
    const blockers = answer.blockers.map(publicBlocker);
    if (values.json) {
      ctx.io.stdout(toJson({ allowed: answer.allowed, blockers }));
      return EXIT_OK;
    }
    if (answer.allowed) {
      ctx.io.stdout(`Nothing stands in the way: ${action} is allowed on charge ${chargeId}.\n`);
      return EXIT_OK;
    }
    const lines = blockers.map((b) => `${b.code}: ${b.message}\n  Next step: ${b.nextStep}`);
    ctx.io.stdout(`${action} is not possible on charge ${chargeId}:\n${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};

function whyActionFrom(text: string): WhyAction {
  const action = WHY_ACTIONS.find((a) => a === text);
  if (action) return action;
  throw new BadInputError(`Unknown action "${text}". Use one of: ${WHY_ACTIONS.join(', ')}.`);
}
