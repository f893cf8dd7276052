/** A test database with the team already in place: one call instead of openTestDatabase + grantRole each time. */
import type { DatabaseHandle } from '../../src/db/client.ts';
import type { Role } from '../../src/domain/roles.ts';
import { grantRole } from '../../src/ledger/index.ts';
import { openTestDatabase, type TestDatabaseKind } from './databases.ts';

export interface TeamMember {
  readonly userId: string;
  readonly role: Role;
  readonly limitCents?: number;
}

/** Grants each member their role as the CLI admin does; a refused grant fails the setup loudly. */
export async function grantTeam(
  handle: DatabaseHandle,
  team: readonly TeamMember[],
  grantedBy = 'cli:admin',
): Promise<void> {
  for (const member of team) {
    const result = await grantRole(handle.db, { grantedBy, ...member });
    if (!result.ok) throw new Error(`could not grant ${member.role} to ${member.userId}: ${result.message}`);
  }
}

export async function openTestDatabaseWithTeam(
  kind: TestDatabaseKind,
  team: readonly TeamMember[],
): Promise<DatabaseHandle> {
  const handle = await openTestDatabase(kind);
  await grantTeam(handle, team);
  return handle;
}
