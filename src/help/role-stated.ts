/**
 * "I'm a biller, why can't I write off $150 for Tom Baker?": the asker says which role they have.
 * The command line acts as an admin with no limit, so its answer would never speak of the limit a
 * biller meets; when the operator states a role, the situation is answered as it would be for
 * someone of that role with that role's default limit (DOMAIN section 4), or with the limit the
 * question states ("with a $10 limit", "my limit is $250"). A person in Slack has a real role and
 * limit in the users table, and what they write never changes them.
 */
import {
  ACTION_PERMISSION,
  type ActorFacts,
  can,
  effectiveLimitCents,
  ROLE_LABELS,
  type Role,
} from '../domain/index.ts';
import { formatCents, parseAmount } from '../domain/money.ts';
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

// "biller here, …", "viewer here:": who writes, said as a signature.
const ROLE_HERE = new RegExp(`(?:^|[.,;:!?-]\\s*)${ROLE}\\s+here\\b`);
// "can a biller write off Bob Smith's MRI?", "could a viewer refund …": the question asks what
// someone of that role may do, which the operator's answer is then given as.
const CAN_ROLE = new RegExp(
  `\\b(?:can|could|may|would|will|does|is) (?:an? |the )?${ROLE} (?:be (?:able|allowed) to |still )?(?:write|w/o|writeoff|refund|cancel|undo|reverse|approve|do)\\b(?!(?:\\s+off)?\\s+(?:as much|as many|the same|more than|less than|as high))`,
);

/**
 * The role a question about a patient's charge is to be answered for: the asker's own, stated
 * ("I'm a biller", "biller here"), or the one it asks about ("can a viewer write off Jane Roe's
 * balance?"). Only for the operator's answer about a charge (actorAsStated): general help keeps
 * to roleStated.
 */
export function roleToAnswerFor(question: string): Role | null {
  const stated = roleStated(question);
  if (stated) return stated;
  const lower = question.toLowerCase().replace(/[’‘]/g, "'");
  const word = (ROLE_HERE.exec(lower) ?? CAN_ROLE.exec(lower))?.[1];
  return word ? (ROLE_WORDS[word] ?? null) : null;
}

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

// An amount as a limit is written: "$10", "250", "$1,500.00", "$1k".
const LIMIT_AMOUNT = String.raw`(\$?\d(?:[\d,]*\d)?(?:\.\d+)?k?)`;
// The asker's write-off limit, stated: "with a $10 limit", "I have a $50 write-off limit", "my $250
// limit", "my limit is $250", "my limit's set to $75", "a limit of $50". Not a rule's ("over the
// $1,000,000 limit", "the limit of $1,000,000"), which is no one's limit.
const LIMIT_STATED = [
  new RegExp(String.raw`\b(?:an?|my) ${LIMIT_AMOUNT} (?:write[\s-]?off )?limit\b`),
  new RegExp(
    String.raw`(?<!\bthe (?:write[\s-]?off )?)\b(?:write[\s-]?off )?limit(?:'s| is| of| at)(?: only| just)?(?: set)?(?: at| to)? ${LIMIT_AMOUNT}(?![\d,.]*\d)`,
  ),
];

function limitMatch(question: string): { readonly text: string; readonly cents: number } | undefined {
  const lower = question.toLowerCase().replace(/[’‘]/g, "'");
  for (const pattern of LIMIT_STATED) {
    const found = pattern.exec(lower);
    const read = found?.[1] ? parseAmount(found[1]) : undefined;
    if (found && read?.ok) return { text: found[0], cents: read.cents };
  }
  return undefined;
}

/** The write-off limit the question says its asker has ("with a $10 limit"), in cents. */
export function limitStated(question: string): number | undefined {
  return limitMatch(question)?.cents;
}

/**
 * The question without the limit it states: "$10" in "with a $10 limit" is not the amount asked
 * about. Lower case where the limit was taken out; the question as it is otherwise.
 */
export function withoutLimitStated(question: string): string {
  const found = limitMatch(question);
  if (!found) return question;
  const lower = question.toLowerCase().replace(/[’‘]/g, "'");
  const at = lower.indexOf(found.text);
  return `${question.slice(0, at)} ${question.slice(at + found.text.length)}`;
}

/**
 * The facts of a role or limit stated in the question: always a role (the operator's own, admin,
 * when only a limit is stated, and then `roleUnsaid`).
 */
export type StatedActor = ActorFacts & { readonly role: Role; readonly roleUnsaid?: true };

/**
 * The facts to answer the question as, when the asker is the operator: the role it states, with
 * the limit it states or else that role's default limit; undefined (the asker's own role and
 * limit) otherwise, or when it states neither.
 */
export function actorAsStated(actor: string, question: string): StatedActor | undefined {
  if (!isOperatorActor(actor)) return undefined;
  const role = roleToAnswerFor(question);
  const limit = limitStated(question);
  if (limit !== undefined) {
    return role
      ? { userId: actor, role, limitCents: limit }
      : { userId: actor, role: 'admin', limitCents: limit, roleUnsaid: true };
  }
  return role ? { userId: actor, role, limitCents: effectiveLimitCents(role, null) } : undefined;
}

/** "Answered for a biller, with a write-off limit of $100.00 per patient per 24 hours, as the question says." */
export function askedAsLine(actor: StatedActor, action: BlockedAction = 'write_off'): string | undefined {
  // Only a limit stated: it is said of a write-off, and of nothing else.
  if (actor.roleUnsaid) {
    return action === 'write_off' && actor.limitCents !== null
      ? `Answered with a write-off limit of ${formatCents(actor.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours, as the question says.`
      : undefined;
  }
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
