/**
 * "what does the app do?", "what can you do?", "what can this bot help with", "help": what the
 * assistant is for, asked with no action or charge named. No one article answers it, and the
 * stray word that ranks one ("app" in the refusals article) would answer something else, so the
 * answer says what the app does, every action, and goes on with the write-off how-to, the task
 * billers come for most.
 */
import type { HelpTopicId } from './topics.ts';

// The assistant itself, however it is called.
const ASSISTANT =
  '(?:you|u|ya|it|this|the (?:app|bot|assistant|tool|thing|billing app|billing bot)|' +
  'this (?:app|bot|assistant|tool|thing|billing app|billing bot)|billing(?: bot| app)?)';

const OVERVIEW = [
  // "what can you do?", "what does the app do", "what can this bot help (me) with", "what will it handle"
  new RegExp(
    String.raw`\bwhat (?:all |else |exactly |kind of things |things |sort of things )?(?:can|could|do|does|will|would|are|is) ${ASSISTANT} (?:able to |supposed to |meant to |actually |even |exactly |really )?(?:do|does|help(?: (?:me|us|billers|with))*|handle|offer|support|cover|used for|for|good for)\b`,
    'i',
  ),
  // "how can you help (me)?", "what do you help with", "what are you for?"
  new RegExp(String.raw`\bhow (?:can|could|do|does|will) ${ASSISTANT} help\b`, 'i'),
  // "what can I do here", "what can I do with this bot", "what can I use this for"
  /\bwhat (?:all |else )?(?:can|could) (?:i|we) (?:do|ask|use)\b(?:\s+(?:it|this|the app|the bot))?\s+(?:here|in here|with (?:this|it|the|you)\b|in (?:this|the) (?:app|bot)|for)\b/i,
  // "what is this bot?", "what's this app for", "who are you"
  /\bwhat(?:'s| is) (?:this|the) (?:app|bot|assistant|tool)(?: for)?\s*[?.!]*\s*$/i,
  /^\s*who are (?:you|u)\s*[?.!]*\s*$/i,
  // "what are your features", "what features/commands are there", "list of commands"
  /\b(?:your|the|which|what|list of|all(?: the)?|available) (?:features|commands|capabilities|functions)\b/i,
  // "help", "help me", "help?", "menu", "commands", "options", "?"
  /^\s*(?:help|help me|halp|menu|commands|options|features|usage|\?+)\s*[?.!]*\s*$/i,
];

// An action, a charge or a patient's money named: that question has its own article.
const SOMETHING_NAMED =
  /\bwrit\w*[\s-]*offs?\b|\bwriteoffs?\b|\bw\/o\b|\brefund|\bcancel|\bundo\b|\brevers|\bbatch|\bbalances?\b|\bowe|\bpr\b|\bcharges?\b|\bpayments?\b|\bcopays?\b|\blimits?\b|\bapprov|\breasons?\b|\broles?\b|\bblocked\b|\bgr[ae]y/i;

/** Whether the question asks what the assistant is for, naming nothing it should act on. */
export function asksOverview(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return !SOMETHING_NAMED.test(text) && OVERVIEW.some((p) => p.test(text));
}

/** Every action of the app, in a biller's words, before the how-to the answer goes on with. */
export const OVERVIEW_LEAD =
  'The billing app works on what patients owe (patient responsibility, PR) on their charges, here in Slack:\n' +
  "• Write off a patient's PR, all or part of it, with a reason: `/writeoff` or ask in words.\n" +
  '• Undo a write-off; write off many small balances in one batch (billing managers).\n' +
  '• Cancel PR that was wrong (an estimate, self-pay or custom PR).\n' +
  "• Refund a patient's payment (billing managers and admins).\n" +
  '• Look up what a patient owes, charge by charge, and why an action is blocked: `/billing why <patient>`.\n' +
  "• Send write-offs over a biller's limit for approval; roles, limits and monthly write-off reports.\n" +
  'Ask `/billing help <question>` about any of these.';

/** The article the overview goes on with. */
export const OVERVIEW_TOPIC: HelpTopicId = 'write-off-how';
/** The section of it shown first: how to start. */
export const OVERVIEW_SECTION = 'Start a write-off';
