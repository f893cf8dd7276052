/** What the page says about who is signed in follows the ledger's roles, not the roles at start. */
import { describe, expect, it } from 'vitest';
import {
  personTitle,
  SANDBOX_ADMIN,
  SANDBOX_BILLER,
  SANDBOX_FRONT_DESK,
  SANDBOX_MANAGER,
} from '../../src/sandbox/people.ts';

describe('personTitle', () => {
  it('says what each demo person is at start, as their start titles do', () => {
    expect(personTitle(SANDBOX_BILLER, { role: 'biller', limitCents: 10_000 })).toBe(SANDBOX_BILLER.title);
    expect(personTitle(SANDBOX_MANAGER, { role: 'billing_manager', limitCents: null })).toBe(
      SANDBOX_MANAGER.title,
    );
    expect(personTitle(SANDBOX_ADMIN, { role: 'admin', limitCents: null })).toBe(SANDBOX_ADMIN.title);
    expect(personTitle(SANDBOX_FRONT_DESK, undefined)).toBe(SANDBOX_FRONT_DESK.title);
  });

  it('follows a role an admin changed: a job stays, the role and limit are the ledger’s', () => {
    expect(personTitle(SANDBOX_FRONT_DESK, { role: 'viewer', limitCents: null })).toBe('Front desk, viewer');
    expect(personTitle(SANDBOX_FRONT_DESK, { role: 'biller', limitCents: 25_050 })).toBe(
      'Front desk, biller, $250.50 limit',
    );
    expect(personTitle(SANDBOX_BILLER, { role: 'biller', limitCents: 125_000 })).toBe('Biller, $1,250 limit');
    expect(personTitle(SANDBOX_BILLER, { role: 'viewer', limitCents: null })).toBe('Viewer');
    expect(personTitle(SANDBOX_MANAGER, undefined)).toBe('No role');
  });
});
