/**
 * `/billing <text>`: routes by what the text asks; alone, a usage card; `role @user <role>` for
 * admins; `help …` / `why …` answer questions. When the rules are unsure and a model is
 * configured, the text is understood behind a Loading modal (understood-command.ts).
 */

import { parseReportRequest } from '../../../nlu/report-request.ts';
import {
  admitRequest,
  balanceFor,
  needsModel,
  type ParsedRequest,
  pendingKindFor,
  runRoleCommand,
  understandByRules,
  withPatientFromDirectory,
} from '../../../workflow/index.ts';
import { publishHome } from '../../announce.ts';
import { type SlackDeps, understandParams } from '../../deps.ts';
import { buildBalanceMessage } from '../../messages/balance-message-builder.ts';
import { buildGateRefusal } from '../../messages/gate-message-builder.ts';
import { withOtherPatientsOnBalance } from '../../messages/other-patients-note.ts';
import { buildNotUnderstoodMessage } from '../../messages/request-message-builder.ts';
import { buildUsageMessage } from '../../messages/usage-message-builder.ts';
import { roleTargetCheck } from '../../role-target.ts';
import { section } from '../../views/block-kit.ts';
import { answerHelpCommand, HELP_COMMAND, helpQuestion } from './help-command.ts';
import { answerReportCommand } from './report-command.ts';
import { type CommandArgs, startModalFromCommand } from './start-modal.ts';
import { understandBehindLoading } from './understood-command.ts';

const ROLE_COMMAND = /^role\b\s*/i;

export function billingCommand(deps: SlackDeps) {
  return async (args: CommandArgs): Promise<void> => {
    const { ack, command, respond, context, client } = args;
    const text = (command.text ?? '').trim();
    if (text === '' || /^help$/i.test(text)) {
      await ack({ response_type: 'ephemeral', ...buildUsageMessage() });
      return;
    }
    if (ROLE_COMMAND.test(text)) {
      await ack();
      const result = await runRoleCommand(deps.db, {
        grantedBy: command.user_id,
        text: text.replace(ROLE_COMMAND, ''),
        appUserId: context.botUserId,
        whyNotAPerson: roleTargetCheck(client, deps.logger),
      });
      deps.logger.info('role command', { userId: command.user_id, ok: result.ok });
      await respond({ response_type: 'ephemeral', text: result.message, blocks: [section(result.message)] });
      // A Home built for the old role would keep showing it: a revoked user's recent actions name
      // patients they may no longer see. (Only someone who opened the tab here gets it.)
      if (result.ok && result.changedUserId) await publishHome(deps, client, result.changedUserId);
      return;
    }
    const help = HELP_COMMAND.exec(text);
    const params = understandParams(deps);
    // Before any text is read: a role, a bounded length, a bounded number of requests a minute.
    // General help needs no role (DOMAIN section 4), asked with "help …" / "why …" or in words
    // the rules read as a question; what names a patient is checked in the answer.
    const gate = await admitRequest(deps.db, deps.limiter, {
      userId: command.user_id,
      text,
      roleOptional: help !== null,
      helpWithoutRole: params,
    });
    if (gate.kind === 'refused') {
      await ack();
      const what = help ? 'use the billing help' : 'use the billing assistant';
      await respond({
        response_type: 'ephemeral',
        ...buildGateRefusal(gate.reason, what, deps.config.BILLING_ADMINS, gate.asked),
      });
      deps.logger.info('command refused at the gate', { userId: command.user_id, reason: gate.reason });
      return;
    }
    if (help) {
      await answerHelpCommand(deps, args, helpQuestion(help[1] ?? 'help', help[2] ?? ''));
      return;
    }
    if (gate.helpOnly) {
      await answerHelpCommand(deps, args, gate.text);
      return;
    }
    const report = parseReportRequest(gate.text, deps.clock.now());
    if (report) {
      await answerReportCommand(deps, args, report);
      return;
    }
    if (needsModel(gate.text, params)) {
      await understandBehindLoading(deps, args, gate.text);
      return;
    }
    await routeParsed(deps, args, gate.text, understandByRules(gate.text, params));
  };
}

/**
 * The rules' intent decides the route at once (Slack waits 3 s for the ack); the patient is
 * settled after the ack with what the directory knows (an MRN such as DEMO-0001, a name in lower
 * case). No model for this text: the rules were sure of it.
 */
async function routeParsed(deps: SlackDeps, args: CommandArgs, text: string, parsed: ParsedRequest) {
  const { ack, command, respond } = args;
  const withDirectory = () => withPatientFromDirectory(deps.db, text, parsed);
  if (parsed.intent === 'balance') {
    await ack();
    const { patient, otherPatients } = await withDirectory();
    const answer = await balanceFor(deps.db, { actorId: command.user_id, reference: patient, text });
    const reply = buildBalanceMessage(answer, deps.config.BILLING_ADMINS);
    await respond({
      response_type: 'ephemeral',
      ...withOtherPatientsOnBalance(reply, answer, otherPatients),
    });
    return;
  }
  if (parsed.intent === 'help') {
    await answerHelpCommand(deps, args, text);
    return;
  }
  const kind = pendingKindFor(parsed.intent);
  if (!kind) {
    await ack({ response_type: 'ephemeral', ...buildNotUnderstoodMessage() });
    return;
  }
  await startModalFromCommand(deps, args, kind, withDirectory);
}
