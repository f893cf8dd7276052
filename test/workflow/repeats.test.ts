/**
 * Recognising a re-run: the same person's same write-off on the same charge minutes ago counts,
 * but the entry written by the very request being confirmed does not (a second delivery of one
 * confirm, landing just after the first committed, must replay, not ask "do it again?").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { bootstrapAdmins, writeOff } from '../../src/ledger/index.ts';
import { idempotencyKeyFor } from '../../src/workflow/execute-once.ts';
import { findRepeat } from '../../src/workflow/repeats.ts';
import { openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';

const ADMIN = 'UREPEAT001';
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase('pglite');
  await bootstrapAdmins(handle.db, [ADMIN]);
});

afterAll(async () => {
  await handle?.close();
});

describe('findRepeat', () => {
  it("finds an earlier run of the same change, but not the confirming request's own entry", async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 10_000 });
    const ownKey = idempotencyKeyFor('pending-own-1');
    const written = await writeOff(handle.db, {
      chargeId,
      amountCents: 4_000,
      reason: 'financial_hardship',
      note: 'Lost job in May',
      actor: ADMIN,
      source: 'slash_command',
      idempotencyKey: ownKey,
    });
    expect(written).toMatchObject({ ok: true });
    const probe = { chargeId, amountCents: 4_000 };

    // Another request of the same change: the entry above is an earlier run of it.
    const fromAnother = await findRepeat(handle.db, ADMIN, 'write_off', probe, {
      ownKey: idempotencyKeyFor('pending-other-2'),
    });
    expect(fromAnother).toMatchObject({ amountCents: 4_000, minutesAgo: 0 });

    // The request that wrote it, delivered again: its own entry is no re-run.
    expect(await findRepeat(handle.db, ADMIN, 'write_off', probe, { ownKey })).toBeNull();
    // A different amount or another person is no re-run either.
    expect(await findRepeat(handle.db, ADMIN, 'write_off', { chargeId, amountCents: 3_999 })).toBeNull();
    expect(await findRepeat(handle.db, 'UOTHER0001', 'write_off', probe)).toBeNull();
  });
});
