/**
 * "how do I give our new front desk person access so she can only look up balances?", "how do I
 * make my coworker a viewer?", "add a new user to the app": a role to give someone. Only an admin
 * gives roles (DOMAIN section 4); the limits article's section on giving a role says how. Read by
 * its words ("look up balances"), the first went to the look-up article, and the second, with no
 * word of the articles' vocabulary but "viewer", to no article at all.
 */

import { formatCents } from '../domain/money.ts';
import { DEFAULT_BILLER_LIMIT_CENTS } from '../domain/roles.ts';

const ROLE_NAME = String.raw`(?:viewer|biller|billing[\s_-]?manager|manager|admin|administrator)`;

// Access or a role handed to someone: "give her access", "grant viewer access", "assign the biller role".
const GIVE_ACCESS = new RegExp(
  String.raw`\b(?:give|giving|grant\w*|assign\w*|set\s+(?:\S+\s+){0,3}?up\s+with|provision\w*)\b[^.?!]{0,50}?\b(?:access|permissions?|roles?|logins?|accounts? (?:in|on|for) (?:the )?(?:app|bot)|${ROLE_NAME}s?)\b`,
  'i',
);
// Someone made a role: "make my coworker a viewer", "change her to a biller", "promote Sam to admin".
const MAKE_ROLE = new RegExp(
  String.raw`\b(?:make|making|made|set|setting|change|changing|switch\w*|turn|turning|promote\w*|demote\w*|move|moving|upgrade\w*|downgrade\w*)\s+(?:(?!writ|w\/o|write|refund|cancel|undo)\S+\s+){1,5}?(?:(?:into|to|as)\s+)?(?:an?\s+|the\s+)?${ROLE_NAME}s?\b(?!['’]s)(?!\s+(?:write|w\/o|limit))`,
  'i',
);
// A person added to the app: "add a new user", "add our new hire to the billing app".
const ADD_PERSON =
  /\b(?:add|adding|invite|inviting|onboard\w*|set up|setting up)\s+(?:a\s+|an\s+|our\s+|my\s+|the\s+)?(?:new\s+)?(?:users?|staff(?: members?)?|employees?|hires?|coworkers?|co-workers?|colleagues?|team members?|people|person|someone|somebody|front desk(?: person| staff)?)\b/i;
// Only some of the app: "so she can only look up balances", "just see balances", "read-only".
const ONLY_LOOK =
  /\b(?:only|just)\s+(?:be able to\s+)?(?:look\s*up|see|view|check|read)\b|\bread[\s-]?only\b|\bview[\s-]?only\b/i;
// The asker's own action named ("make a write-off as a biller") is not a role given.
const OWN_ACTION = /\bwrit\w*[\s-]*off|\bw\/o\b|\bwriteoff|\brefund|\bcancel|\bundo\b|\bapprov/i;

/** Whether the question asks how to give someone a role or access to the app. */
export function asksToGiveRole(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  if (GIVE_ACCESS.test(text) || ADD_PERSON.test(text)) return !OWN_ACTION.test(text) || ONLY_LOOK.test(text);
  return MAKE_ROLE.test(text) && !OWN_ACTION.test(text);
}

/** Who gives the role asked, and with what command, to lead the answer. */
export function roleGivenLead(question: string): string | undefined {
  if (!asksToGiveRole(question)) return undefined;
  const text = question.toLowerCase();
  if (/\bviewer\b/.test(text) || ONLY_LOOK.test(text))
    return (
      'An admin gives that access: the _viewer_ role, with `/billing role @user viewer`. A viewer can look up ' +
      'balances and read the help, and can change nothing.'
    );
  if (/\bbiller\b/.test(text))
    return (
      'An admin gives the _biller_ role with `/billing role @user biller`; a biller may write off up to ' +
      `${formatCents(DEFAULT_BILLER_LIMIT_CENTS)} per patient unless an amount is added to set another limit.`
    );
  return (
    'Only an admin gives roles, with `/billing role @user <role>`: _viewer_ (balances and help only), _biller_, ' +
    '_billing_manager_ or _admin_.'
  );
}
