/**
 * The audit log through Slack: a request (a confirm form opened), a refusal shown at confirm, and
 * a role change are each a row with who, what, when and the surface, besides the ledger change
 * itself; `cli audit --since` exports them with the contract's keys.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditCommand } from '../../src/cli/commands/audit.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import { isoDay } from '../../src/domain/index.ts';
import { loadActor } from '../../src/ledger/index.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { ADMIN, BILLER, GENERAL, ledgerOf, useHarness, waitFor } from './support/harness.ts';

const h = useHarness();
const NEWCOMER = 'UNEWAUDIT1';

async function rowsFor(actor: string, action: string) {
  const rows = await h.db.select().from(auditLog).where(eq(auditLog.actor, actor));
  return rows.filter((r) => r.action === action);
}

describe('the audit log through Slack', () => {
  it('a request and the refusal shown at confirm are rows; the change refused is not written', async () => {
    const charge = await createCharge(h.db, { firstName: 'Aude', lastName: 'Audited', assessedCents: 3_000 });
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$45 Aude Audited small balance',
      userId: BILLER,
      channelId: GENERAL,
    });
    const modal = await waitFor(() => {
      const top = h.emulator.views.top(BILLER);
      return top?.view.callback_id === WRITE_OFF_CALLBACK && top.view.private_metadata !== ''
        ? top
        : undefined;
    }, 15_000);
    const pendingId = modal.view.private_metadata;
    const submitted = await h.client.fillAndSubmit(BILLER, modal.id, {});
    expect(submitted.body).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(submitted.body)).toContain('$30.00');
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off')).toBe(0);
    expect(ledger.outstandingCents).toBe(3_000);

    const requested = (await rowsFor(BILLER, 'requested')).find((r) => r.targetId === pendingId);
    expect(requested).toMatchObject({
      targetType: 'pending_action',
      details: { kind: 'write_off', via: 'command', channelId: GENERAL, surface: 'slack' },
    });
    const refused = (await rowsFor(BILLER, 'refused')).find((r) => r.targetId === String(charge.chargeId));
    expect(refused?.details).toMatchObject({
      action: 'write_off',
      codes: ['AMOUNT_EXCEEDS_OUTSTANDING'],
      surface: 'slack',
    });
    // Ids and codes only: no patient name in either row.
    expect(JSON.stringify([requested, refused])).not.toMatch(/Aude|Audited/);
  });

  it('a role change in Slack is a row under the admin who made it', async () => {
    await h.client.slashCommand({
      command: '/billing',
      text: `role <@${NEWCOMER}> biller $150`,
      userId: ADMIN,
      channelId: GENERAL,
    });
    await waitFor(async () => (await loadActor(h.db, NEWCOMER)).role === 'biller');
    const [granted] = (await rowsFor(ADMIN, 'role_granted')).filter((r) => r.targetId === NEWCOMER);
    expect(granted).toMatchObject({
      targetType: 'user',
      details: { role: 'biller', limitCents: 15_000, previousRole: null, surface: 'slack' },
    });
  });

  it('cli audit --since exports those rows with the contract keys and the surface in details', async () => {
    const printed: string[] = [];
    const io = { stdout: (t: string) => printed.push(t), stderr: () => {}, stdin: async () => '' };
    const code = await auditCommand.run({ io, db: async () => h.db, actor: 'cli:tester' }, [
      '--since',
      isoDay(new Date()),
      '--json',
    ]);
    expect(code).toBe(0);
    const rows = JSON.parse(printed.join('')) as Record<string, unknown>[];
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['requested', 'refused', 'role_granted']));
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['id', 'at', 'actor', 'action', 'targetType', 'targetId', 'details']);
      expect(row.details).toHaveProperty('surface');
    }
  });
});
