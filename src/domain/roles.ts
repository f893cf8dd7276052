/** Roles and what each may do (DOMAIN.md section 4). */

export const ROLES = ['admin', 'billing_manager', 'biller', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What an admin can set: a role, or `none` to take access away (DOMAIN section 4). */
export const ROLE_CHOICES = [...ROLES, 'none'] as const;
export type RoleChoice = (typeof ROLE_CHOICES)[number];

export function isRoleChoice(value: unknown): value is RoleChoice {
  return typeof value === 'string' && (ROLE_CHOICES as readonly string[]).includes(value);
}

/** `none` is stored as no role at all: the user's row is removed. */
export function roleFromChoice(choice: RoleChoice): Role | null {
  return choice === 'none' ? null : choice;
}

export type Permission =
  | 'view_balance'
  | 'write_off'
  | 'undo_own_write_off'
  | 'undo_any_write_off'
  | 'cancel_pr'
  | 'refund_payment'
  | 'run_batch'
  | 'approve'
  | 'view_reports'
  | 'manage_roles';

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'view_balance',
    'write_off',
    'undo_own_write_off',
    'undo_any_write_off',
    'cancel_pr',
    'refund_payment',
    'run_batch',
    'approve',
    'view_reports',
    'manage_roles',
  ],
  billing_manager: [
    'view_balance',
    'write_off',
    'undo_own_write_off',
    'undo_any_write_off',
    'cancel_pr',
    'refund_payment',
    'run_batch',
    'approve',
    'view_reports',
  ],
  biller: ['view_balance', 'write_off', 'undo_own_write_off', 'cancel_pr'],
  viewer: ['view_balance'],
};

export function can(role: Role | null, permission: Permission): boolean {
  return role !== null && PERMISSIONS[role].includes(permission);
}

/** A biller's write-off limit unless one is set for them. */
export const DEFAULT_BILLER_LIMIT_CENTS = 10_000;

/**
 * Whether what a limit counts (a write-off with the 24 hours before it, a batch's charges of one
 * patient, a request approved) stays within it; no limit (null) holds everything.
 */
export function withinLimit(limitCents: number | null, countedCents: number): boolean {
  return limitCents === null || countedCents <= limitCents;
}

/**
 * Goes through a batch's charges one at a time (in the order they are written) and says whether
 * each still keeps what the actor wrote off for its patient within their limit, given what they
 * wrote off for each patient in the last 24 hours (`counted`, which it adds to). The preview and
 * the ledger both go through it, so the preview's "skipped as over your limit" is what happens.
 */
export function perPatientLimitKeeper(
  limitCents: number | null,
  counted: Map<number, number>,
): (patientId: number, cents: number) => boolean {
  if (limitCents === null) return () => true;
  return (patientId, cents) => {
    const after = (counted.get(patientId) ?? 0) + cents;
    if (!withinLimit(limitCents, after)) return false;
    counted.set(patientId, after);
    return true;
  };
}

/** The limit that applies: an explicit one, else the role's default (null means no limit). */
export function effectiveLimitCents(role: Role | null, explicitLimitCents: number | null): number | null {
  if (explicitLimitCents !== null) return explicitLimitCents;
  return role === 'biller' ? DEFAULT_BILLER_LIMIT_CENTS : null;
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  billing_manager: 'Billing manager',
  biller: 'Biller',
  viewer: 'Viewer',
};

/**
 * Who can grant what a refused user is missing; shown in NOT_AUTHORIZED blockers. It names both
 * roles: the same words follow refusals of refunds and approvals, which a biller may not do.
 */
export const WHO_GRANTS_ACCESS =
  'an admin of the billing app (they can run /billing role @you biller, or billing_manager for refunds, approvals and batches)';
