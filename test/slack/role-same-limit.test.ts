/**
 * `/billing role` and the limit in effect. "biller $100" for a biller on the $100 default is the
 * role and limit they already have: it said "is now Biller" and wrote a role_granted row whose
 * previous limit was null, though the $100 applied. And "biller no limit" was refused as "not a
 * number" instead of saying that a biller always has a limit.
 */
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.ts';
import { loadActor } from '../../src/ledger/index.ts';
import { ADMIN, GENERAL, useHarness, waitFor } from './support/harness.ts';

const BILL = 'USAMELIMIT';
const h = useHarness();

async function roleCommand(text: string): Promise<string> {
  const before = h.emulator.responseUrlPosts.length;
  await h.client.slashCommand({
    command: '/billing',
    text: `role ${text}`,
    userId: ADMIN,
    channelId: GENERAL,
  });
  const post = await waitFor(() => h.emulator.responseUrlPosts[before]);
  return String(post.body.text);
}

const auditOf = (userId: string) =>
  h.db.select().from(auditLog).where(eq(auditLog.targetId, userId)).orderBy(asc(auditLog.id));

describe('the role and limit someone already has', () => {
  it('"biller $100" for a biller on the default: nothing changed, no audit row', async () => {
    expect(await roleCommand(`<@${BILL}> biller`)).toBe(
      `<@${BILL}> is now Biller, with a write-off limit of $100.00.`,
    );
    expect(await auditOf(BILL)).toHaveLength(1);

    expect(await roleCommand(`<@${BILL}> biller $100`)).toBe(
      `<@${BILL}> already is Biller, with a write-off limit of $100.00: nothing changed.`,
    );
    expect(await auditOf(BILL)).toHaveLength(1);
    expect(await loadActor(h.db, BILL)).toMatchObject({ role: 'biller', limitCents: 10_000 });
  });

  it('a real change records the limit that was in effect before, the default included', async () => {
    expect(await roleCommand(`<@${BILL}> biller $150`)).toBe(
      `<@${BILL}> is now Biller, with a write-off limit of $150.00.`,
    );
    const raised = (await auditOf(BILL)).at(-1);
    expect(raised?.action).toBe('role_granted');
    expect(raised?.details).toMatchObject({ role: 'biller', limitCents: 15_000, previousLimitCents: 10_000 });

    await roleCommand(`<@${BILL}> none`);
    const revoked = (await auditOf(BILL)).at(-1);
    expect(revoked?.action).toBe('role_revoked');
    expect(revoked?.details).toMatchObject({ previousRole: 'biller', previousLimitCents: 15_000 });
  });
});

describe('"no limit" with a role', () => {
  it('for a biller: refused with why (a biller always has a limit), nothing changed', async () => {
    await roleCommand(`<@${BILL}> biller`);
    const rows = (await auditOf(BILL)).length;
    const reply = await roleCommand(`<@${BILL}> biller no limit`);
    expect(reply).toContain('A biller always has a write-off limit: $100.00 unless another is set.');
    expect(reply).toContain('make them billing manager, which has no limit');
    expect(reply).not.toContain('not a number');
    expect(await auditOf(BILL)).toHaveLength(rows);
  });

  it('for a billing manager with a limit: the limit is removed', async () => {
    await roleCommand(`<@${BILL}> billing_manager $500`);
    expect(await roleCommand(`<@${BILL}> billing_manager no limit`)).toBe(
      `<@${BILL}> is now Billing manager.`,
    );
    expect(await loadActor(h.db, BILL)).toMatchObject({ role: 'billing_manager', limitCents: null });
  });
});
