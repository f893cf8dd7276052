/**
 * The demo people of the sandbox, one per way the app treats someone: a biller with the default
 * $100 limit, a billing manager, an admin, and front-desk staff with no role. Roles are granted
 * through the ledger (audited) at start, and only when they differ from what is stored.
 */
import type { Database } from '../db/client.ts';
import { ROLE_LABELS, type Role } from '../domain/roles.ts';
import { bootstrapAdmins, grantRole, listRoles, loadActor } from '../ledger/index.ts';
import type { EmulatorUser } from '../slack-emulator/index.ts';

export interface SandboxPerson extends EmulatorUser {
  readonly role: Role | null;
  readonly limitCents: number | null;
  /** What the user switcher says about them at start (their profile title in the emulator). */
  readonly title: string;
  /** Their job when it is not their role ("Front desk"): the page names it before the role. */
  readonly job?: string;
}

export const SANDBOX_ADMIN: SandboxPerson = {
  id: 'U0SBADMIN01',
  name: 'ada',
  realName: 'Ada Admin',
  role: 'admin',
  limitCents: null,
  title: 'Admin',
};

export const SANDBOX_BILLER: SandboxPerson = {
  id: 'U0SBBILLER1',
  name: 'bea',
  realName: 'Bea Biller',
  role: 'biller',
  limitCents: 10_000,
  title: 'Biller, $100 limit',
};

export const SANDBOX_MANAGER: SandboxPerson = {
  id: 'U0SBMANAGER',
  name: 'max',
  realName: 'Max Manager',
  role: 'billing_manager',
  limitCents: null,
  title: 'Billing manager',
};

export const SANDBOX_FRONT_DESK: SandboxPerson = {
  id: 'U0SBFRONTDK',
  name: 'fran',
  realName: 'Fran Front Desk',
  role: null,
  limitCents: null,
  title: 'Front desk, no role',
  job: 'Front desk',
};

export const SANDBOX_PEOPLE: readonly SandboxPerson[] = [
  SANDBOX_BILLER,
  SANDBOX_MANAGER,
  SANDBOX_ADMIN,
  SANDBOX_FRONT_DESK,
];

export function sandboxPerson(userId: string): SandboxPerson | undefined {
  return SANDBOX_PEOPLE.find((person) => person.id === userId);
}

/** The admin is a configured admin; the admin then grants the others their roles. */
export async function grantSandboxRoles(db: Database): Promise<void> {
  await bootstrapAdmins(db, [SANDBOX_ADMIN.id]);
  for (const person of SANDBOX_PEOPLE) {
    if (!person.role || person.id === SANDBOX_ADMIN.id) continue;
    const current = await loadActor(db, person.id);
    const limitMatches = person.limitCents === null || current.limitCents === person.limitCents;
    if (current.role === person.role && limitMatches) continue;
    const granted = await grantRole(db, {
      grantedBy: SANDBOX_ADMIN.id,
      userId: person.id,
      role: person.role,
      limitCents: person.limitCents,
    });
    if (!granted.ok) throw new Error(`invariant: the sandbox admin grants roles (${granted.message})`);
  }
}

/** "$100", or "$12.50" when there are cents. */
const limitText = (cents: number) =>
  cents % 100 === 0
    ? `$${String(cents / 100).replace(/\B(?=(\d{3})+$)/g, ',')}`
    : `$${(cents / 100).toFixed(2)}`;

/**
 * What the page says about someone, from the role the ledger holds now (as App Home reads it):
 * "Biller, $100 limit", "Billing manager", "Front desk, viewer", "Front desk, no role". Pure.
 */
export function personTitle(
  person: Pick<SandboxPerson, 'job'>,
  held: { readonly role: Role | null; readonly limitCents: number | null } | undefined,
): string {
  const role = held?.role ?? null;
  let text = role === null ? 'no role' : ROLE_LABELS[role];
  if (role !== null && held?.limitCents != null) text += `, ${limitText(held.limitCents)} limit`;
  if (!person.job) return text.charAt(0).toUpperCase() + text.slice(1);
  return `${person.job}, ${role === null ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
}

/** Every demo person's title from the ledger's roles now: one query, read on every redraw. */
export async function currentTitles(
  db: Database,
  people: readonly SandboxPerson[] = SANDBOX_PEOPLE,
): Promise<Record<string, string>> {
  const held = new Map((await listRoles(db)).map((holder) => [holder.userId, holder]));
  return Object.fromEntries(people.map((person) => [person.id, personTitle(person, held.get(person.id))]));
}
