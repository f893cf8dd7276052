/**
 * "I'm a viewer, why can't I write off anything?", "as a biller, how do I refund a payment?": a
 * role stated that may not do the action asked. The answer is the refusal that role meets
 * (NOT_AUTHORIZED) and who to ask, not the commonest refusal of a charge ("Already paid"), which
 * no charge was asked about.
 */
import type { BlockerCode } from '../domain/blockers.ts';
import { ACTION_PERMISSION, can, ROLE_LABELS, type Role } from '../domain/index.ts';
import { actionAsked, asksToAct } from './action-asked.ts';
import { asksWhyRefused } from './refusal-asked.ts';
import { roleStated } from './role-stated.ts';

const ACTION_WORDS: Readonly<Record<string, string>> = {
  write_off: 'write off',
  undo_write_off: 'undo a write-off',
  cancel_pr: 'cancel PR',
  refund_payment: 'refund a payment',
};

/**
 * The refusal a role meets for the action the question asks, when it meets one: the role the
 * question states, else the asker's own (`askerRole`: null for someone with no role, undefined
 * when not known, as for the command line).
 */
export function roleRefusal(
  question: string,
  askerRole?: Role | null,
): { readonly code: BlockerCode; readonly lead: string } | undefined {
  if (!(asksWhyRefused(question) || asksToAct(question))) return undefined;
  const action = actionAsked(question);
  const role = roleStated(question) ?? askerRole;
  if (role === null)
    return {
      code: 'NOT_AUTHORIZED',
      lead: `You have no role in the billing app, so you may not ${ACTION_WORDS[action] ?? 'do that'}: the help is open to everyone, but looking up or changing a patient's balance needs a role. Ask an admin of the billing app for one.`,
    };
  if (!role || can(role, ACTION_PERMISSION[action])) return undefined;
  const label = ROLE_LABELS[role].toLowerCase();
  const who = `${/^[aeiou]/.test(label) ? 'An' : 'A'} ${label}`;
  const scope = role === 'viewer' ? ': a viewer can look up balances and read the help, nothing more' : '';
  return {
    code: 'NOT_AUTHORIZED',
    lead: `${who} may not ${ACTION_WORDS[action] ?? 'do that'}${scope}. Ask an admin of the billing app for a role that may, or ask someone who has one to do it.`,
  };
}
