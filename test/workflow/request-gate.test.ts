/**
 * Issue 9 item 3, below Slack: the gate refuses before reading, the limiter counts per person
 * and minute, and the redaction index is built once and rebuilt only when patients change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { bootstrapAdmins, upsertPatient } from '../../src/ledger/index.ts';
import { MAX_REQUEST_TEXT } from '../../src/workflow/index.ts';
import { redactionDirectory } from '../../src/workflow/redaction-directory.ts';
import { admitRequest, RequestRateLimiter } from '../../src/workflow/request-gate.ts';
import { openTestDatabase } from '../support/databases.ts';
import { grantTeam } from '../support/team.ts';

let handle: DatabaseHandle;
const BILLER = 'UGATEBILL1';

beforeAll(async () => {
  handle = await openTestDatabase('pglite');
  await bootstrapAdmins(handle.db, ['UGATEADMIN']);
  await grantTeam(handle, [{ userId: BILLER, role: 'biller' }], 'UGATEADMIN');
});
afterAll(async () => handle?.close());

describe('the rate limiter', () => {
  it('allows N requests a minute per person, then refuses until the minute has passed', () => {
    let now = 0;
    const limiter = new RequestRateLimiter(3, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('U1'))).toEqual([true, true, true, false]);
    expect(limiter.take('U2')).toBe(true);
    now = 59_999;
    expect(limiter.take('U1')).toBe(false);
    now = 60_001;
    expect(limiter.take('U1')).toBe(true);
  });
});

describe('the request gate', () => {
  it('refuses someone without a role before reading the text', async () => {
    const decision = await admitRequest(handle.db, new RequestRateLimiter(), {
      userId: 'UNOROLE001',
      text: 'hi',
    });
    expect(decision).toEqual({ kind: 'refused', reason: 'no_role' });
  });

  it('lets front-desk staff ask in a requests channel, but never through the model', async () => {
    const decision = await admitRequest(handle.db, new RequestRateLimiter(), {
      userId: 'UNOROLE001',
      text: 'write off $5 for Jane Doe',
      roleOptional: true,
    });
    expect(decision).toMatchObject({ kind: 'admitted', role: null, modelAllowed: false });
  });

  it('cuts the text to its bound', async () => {
    const decision = await admitRequest(handle.db, new RequestRateLimiter(), {
      userId: BILLER,
      text: 'x'.repeat(50_000),
    });
    expect(decision.kind === 'admitted' && decision.text.length).toBe(MAX_REQUEST_TEXT);
  });

  it('refuses the request over the limit', async () => {
    const limiter = new RequestRateLimiter(2, () => 0);
    const ask = () => admitRequest(handle.db, limiter, { userId: BILLER, text: 'balance Jane Doe' });
    expect((await ask()).kind).toBe('admitted');
    expect((await ask()).kind).toBe('admitted');
    expect(await ask()).toEqual({ kind: 'refused', reason: 'rate_limited' });
  });
});

describe('the redaction index', () => {
  it('is built once, and rebuilt when a patient is added or renamed', async () => {
    const id = await upsertPatient(handle.db, {
      mrn: 'GATE-1',
      firstName: 'Wilhelmina',
      lastName: 'Quarrington',
      dateOfBirth: '1950-01-01',
    });
    const first = await redactionDirectory(handle.db);
    expect(first.isName('Quarrington')).toBe(true);
    expect(await redactionDirectory(handle.db)).toBe(first);

    await upsertPatient(handle.db, {
      mrn: 'GATE-2',
      firstName: 'Ottilie',
      lastName: 'Fenwright',
      dateOfBirth: '1951-01-01',
    });
    const afterAdd = await redactionDirectory(handle.db);
    expect(afterAdd).not.toBe(first);
    expect(afterAdd.isName('Fenwright')).toBe(true);

    await upsertPatient(handle.db, {
      mrn: 'GATE-1',
      firstName: 'Wilhelmina',
      lastName: 'Ashcombe',
      dateOfBirth: '1950-01-01',
    });
    const afterRename = await redactionDirectory(handle.db);
    expect(afterRename.isName('Ashcombe')).toBe(true);
    expect(afterRename.isName('Quarrington')).toBe(false);
    expect(id).toBeGreaterThan(0);
  });
});
