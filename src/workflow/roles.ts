/** `/billing role @user <role> [limit]`: admins grant roles (or `none`) and, optionally, a limit. */
import type { Database } from '../db/client.ts';
import {
  can,
  DEFAULT_BILLER_LIMIT_CENTS,
  formatCents,
  isRoleChoice,
  parseAmount,
  ROLE_CHOICES,
  ROLE_LABELS,
  type Role,
  type RoleChoice,
  roleFromChoice,
} from '../domain/index.ts';
import { grantRole, listRoles } from '../ledger/index.ts';

export type RoleCommandResult =
  | {
      readonly ok: true;
      readonly message: string;
      /** Whose role or limit changed, when one did: their App Home shows what the role allows. */
      readonly changedUserId?: string;
    }
  | { readonly ok: false; readonly message: string };

const USAGE = `Use: /billing role @someone <${ROLE_CHOICES.join('|')}> [limit, e.g. $250]`;

export interface RoleCommand {
  readonly userId: string;
  readonly role: string;
  /** The limit text as typed ("$250"), or null when none was given. */
  readonly limitText: string | null;
}

/** A role as typed, in any case: one word, or "billing manager" written as two. */
const ROLE_WORDS = '([A-Za-z_]+(?:[\\s-]+(?:manager|Manager|MANAGER))?)';

/**
 * Text after "role": a user mention as Slack escapes it (<@U123|name>) or a bare id, a role, then
 * an optional amount. The amount is only cut out here; money.ts decides whether it is one.
 */
export function parseRoleCommand(text: string): RoleCommand | null {
  const match =
    new RegExp(`^\\s*<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>\\s+${ROLE_WORDS}(?:\\s+(.+?))?\\s*$`, 'i').exec(text) ??
    new RegExp(`^\\s*([UW][A-Z0-9]+)\\s+${ROLE_WORDS}(?:\\s+(.+?))?\\s*$`).exec(text);
  if (!match?.[1] || !match[2]) return null;
  // "Billing Manager", "billing-manager": the role as its label is written, in any case.
  const role = match[2].toLowerCase().replace(/[\s-]+/g, '_');
  return { userId: match[1], role, limitText: match[3] ?? null };
}

export type LimitCheck = { ok: true; limitCents: number | null | undefined } | { ok: false; message: string };

/** Ways of writing "no limit", compared in lower case with spaces collapsed. */
const NO_LIMIT_WORDS = new Set(['none', 'no limit', 'no-limit', 'nolimit', 'unlimited']);

/** Whether a limit typed with a role asks for none ("none", "no limit", "unlimited"); `cli role` reads it too. */
export function saysNoLimit(limitText: string): boolean {
  return NO_LIMIT_WORDS.has(limitText.trim().toLowerCase().replace(/\s+/g, ' '));
}

/**
 * The limit given with a role: undefined when none was typed (the one already set is kept), null
 * for "no limit" on a role that has none unless one is set. Shared with `cli role` so both refuse
 * the same things with the same words.
 */
export function checkRoleLimit(choice: RoleChoice, limitText: string | null): LimitCheck {
  if (limitText === null) return { ok: true, limitCents: undefined };
  const role = roleFromChoice(choice);
  // A limit on a role that cannot write off would be silently meaningless: say so instead.
  if (role === null || !can(role, 'write_off')) {
    const label = role === null ? 'user without a role' : ROLE_LABELS[role];
    return { ok: false, message: `A ${label} cannot write off, so a limit does not apply.` };
  }
  if (saysNoLimit(limitText)) {
    // Read as an amount, "no limit" would be "not a number": the real answer is about billers.
    if (role === 'biller') {
      return {
        ok: false,
        message: `A biller always has a write-off limit: ${formatCents(DEFAULT_BILLER_LIMIT_CENTS)} unless another is set. Give an amount, for example $250, or make them billing manager, which has no limit.`,
      };
    }
    return { ok: true, limitCents: null };
  }
  const amount = parseAmount(limitText);
  if (!amount.ok) {
    return {
      ok: false,
      message: `The limit "${limitText}": ${amount.message} Give it in dollars, for example $250, or leave it out to keep the one set.`,
    };
  }
  return { ok: true, limitCents: amount.cents };
}

export async function runRoleCommand(
  db: Database,
  params: {
    grantedBy: string;
    text: string;
    /** The app's own user id in the workspace, when known: it is no person to give a role to. */
    appUserId?: string | undefined;
    /**
     * Why this user cannot be given a role (a bot, a deactivated account, nobody in the
     * workspace), or null; asked only when a role is given, never when one is taken away.
     */
    whyNotAPerson?: (userId: string) => Promise<string | null>;
  },
): Promise<RoleCommandResult> {
  const parsed = parseRoleCommand(params.text);
  if (!parsed) return { ok: false, message: USAGE };
  if (!isRoleChoice(parsed.role)) return { ok: false, message: `"${parsed.role}" is not a role. ${USAGE}` };
  const limit = checkRoleLimit(parsed.role, parsed.limitText);
  if (!limit.ok) return limit;
  const grants = roleFromChoice(parsed.role) !== null;
  if (grants && parsed.userId === params.appUserId) {
    return { ok: false, message: `<@${parsed.userId}> is this app: roles are for the people who use it.` };
  }
  const notAPerson = grants ? await params.whyNotAPerson?.(parsed.userId) : null;
  if (notAPerson) return { ok: false, message: notAPerson };
  if (await wouldLeaveNoAdmin(db, params.grantedBy, parsed.userId, roleFromChoice(parsed.role))) {
    return {
      ok: false,
      message: `<@${parsed.userId}> is the only admin: make someone else an admin first, or nobody could manage roles in Slack any more.`,
    };
  }
  const result = await grantRole(db, {
    grantedBy: params.grantedBy,
    userId: parsed.userId,
    role: roleFromChoice(parsed.role),
    limitCents: limit.limitCents,
  });
  if (!result.ok) return { ok: false, message: `${result.message} ${await askAnAdmin(db)}` };
  if (result.role === null && result.unchanged) {
    return {
      ok: true,
      message: `<@${parsed.userId}> had no role in the billing app: nothing changed. Check that this is the person you meant.`,
    };
  }
  if (result.role === null) {
    return {
      ok: true,
      message: `<@${parsed.userId}> no longer has access to the billing app.`,
      changedUserId: parsed.userId,
    };
  }
  const limitNote =
    result.limitCents === null ? '' : `, with a write-off limit of ${formatCents(result.limitCents)}`;
  if (result.unchanged) {
    return {
      ok: true,
      message: `<@${parsed.userId}> already is ${ROLE_LABELS[result.role]}${limitNote}: nothing changed.`,
    };
  }
  return {
    ok: true,
    message: `<@${parsed.userId}> is now ${ROLE_LABELS[result.role]}${limitNote}.`,
    changedUserId: parsed.userId,
  };
}

/**
 * Taking the admin role from the only admin would leave roles unmanageable from Slack until a
 * restart with BILLING_ADMINS, so Slack refuses it; the command line, run by whoever runs the
 * app, may still do it.
 */
async function wouldLeaveNoAdmin(
  db: Database,
  grantedBy: string,
  userId: string,
  role: Role | null,
): Promise<boolean> {
  // Only the admin themself can do it; anyone else is refused by grantRole as not an admin.
  if (role === 'admin' || grantedBy !== userId) return false;
  const admins = (await listRoles(db)).filter((holder) => holder.role === 'admin');
  return admins.length === 1 && admins[0]?.userId === userId;
}

/** At most this many admins are named to someone who may not grant roles. */
const ADMINS_NAMED = 5;

/** Whom to ask instead: the admins by mention, who can run the same command. */
async function askAnAdmin(db: Database): Promise<string> {
  const admins = (await listRoles(db)).filter((holder) => holder.role === 'admin').slice(0, ADMINS_NAMED);
  if (admins.length === 0) return 'Ask whoever runs the billing app to make someone an admin.';
  return `Ask an admin to run it for you: ${admins.map((admin) => `<@${admin.userId}>`).join(', ')}.`;
}
