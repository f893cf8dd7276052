/**
 * "I'm a biller, why can't I write off $150 for Tom Baker?": the asker says which role they have.
 * The command line acts as an admin with no limit, so its answer would never speak of the limit a
 * biller meets; when the operator states a role, the situation is answered as it would be for
 * someone of that role with that role's default limit (DOMAIN section 4). A person in Slack has a
 * real role in the users table, and what they write never changes it.
 */
import {
  ACTION_PERMISSION,
  type ActorFacts,
  can,
  effectiveLimitCents,
  ROLE_LABELS,
  type Role,
} from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { isOperatorActor } from '../ledger/actors.ts';
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';
import type { BlockedAction } from './blocker-topics.ts';

// The role names as billers write them.
const ROLE_WORDS: Readonly<Record<string, Role>> = {
  'billing manager': 'billing_manager',
  'billing mgr': 'billing_manager',
  administrator: 'admin',
  admin: 'admin',
  biller: 'biller',
  viewer: 'viewer',
};

// Longest first, so that "billing manager" is not read as a shorter name.
const ROLE = `(${Object.keys(ROLE_WORDS).join('|')})`;

// Who the asker says they are: "I'm a biller", "I am just a viewer", "my role is biller". A
// negation ("I'm not a biller") states no role, nor does someone else's ("I'm a biller's assistant").
const I_AM = new RegExp(
  `\\b(?:i'?m|i am|my role is|i have the role|i'?ve got the role)(?: (?:only|just|merely|now|still))? (?:an? |the )?${ROLE}\\b(?!'s)`,
);
// "as a biller, can I …": but not a comparison ("as much as a billing manager", "same as an admin").
const AS_ROLE = new RegExp(
  `(?<!\\b(?:much|many|same|well|such|far|long|soon|as) )\\bas (?:an? |the )?${ROLE}\\b(?!'s)`,
);

/** The role the question says its asker has, if it says one. */
export function roleStated(question: string): Role | null {
  const lower = question.toLowerCase().replace(/[’‘]/g, "'");
  const word = (I_AM.exec(lower) ?? AS_ROLE.exec(lower))?.[1];
  return word ? (ROLE_WORDS[word] ?? null) : null;
}

// A role's name anywhere: "can an admin …" names who, which the reason reader would take for an
// administrative error.
const ROLE_ANYWHERE = new RegExp(`\\b${ROLE}s?\\b`, 'g');

/** The question with the roles' names taken out (lower case): who asks is no write-off reason. */
export function withoutRoleWords(lower: string): string {
  return lower.replace(ROLE_ANYWHERE, ' ');
}

/** The facts of a role stated in the question: always a role. */
export type StatedActor = ActorFacts & { readonly role: Role };

/**
 * The facts to answer the question as: the role it states, with that role's default limit, when
 * the asker is the operator; undefined (the asker's own role) otherwise.
 */
export function actorAsStated(actor: string, question: string): StatedActor | undefined {
  if (!isOperatorActor(actor)) return undefined;
  const role = roleStated(question);
  return role ? { userId: actor, role, limitCents: effectiveLimitCents(role, null) } : undefined;
}

/** "Answered for a biller, with a write-off limit of $100.00 per patient per 24 hours, as the question says." */
export function askedAsLine(actor: StatedActor, action: BlockedAction = 'write_off'): string {
  const label = ROLE_LABELS[actor.role].toLowerCase();
  const who = `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
  // What the role may not do is said of the action asked about: a viewer asking about a refund is
  // told they may not refund payments, not that they may not write off.
  if (!can(actor.role, ACTION_PERMISSION[action])) {
    return `Answered for ${who}, who may not ${ACTION_VERBS[action]}, as the question says.`;
  }
  if (action !== 'write_off') return `Answered for ${who}, as the question says.`;
  const limit =
    actor.limitCents === null
      ? 'with no write-off limit'
      : `with a write-off limit of ${formatCents(actor.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours`;
  return `Answered for ${who}, ${limit}, as the question says.`;
}

const ACTION_VERBS: Record<BlockedAction, string> = {
  write_off: 'write off',
  cancel_pr: 'cancel PR',
  refund_payment: 'refund payments',
  undo_write_off: 'undo write-offs',
};
