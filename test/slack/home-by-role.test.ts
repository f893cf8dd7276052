/**
 * App Home shows patient data only to someone with a role (DOMAIN.md section 4). A biller whose
 * role was set to none still saw "Write-off $40.00 · Rhoda Revoked · …" under their recent
 * actions, on opening the tab and on every later publish. And the help line suggests only what the
 * role can do: a viewer is not pointed at /writeoff.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeOff } from '../../src/ledger/index.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { ADMIN, BILLER, GENERAL, NOBODY, useHarness, VIEWER, waitFor } from './support/harness.ts';
import { homeText as homeTextOf, openHome as openHomeOf } from './support/home.ts';

const h = useHarness();

const homeText = (userId: string) => homeTextOf(h, userId);
const openHome = (userId: string) => openHomeOf(h, userId);

describe('App Home of a biller whose role is taken away', () => {
  it('lists their write-off while they have the role; nothing of it once revoked', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Rhoda',
      lastName: 'Revoked',
      description: 'MRI knee 73721',
      assessedCents: 12_000,
    });
    await expectOk(
      writeOff(h.db, {
        chargeId: charge.chargeId,
        amountCents: 4_000,
        reason: 'small_balance',
        actor: BILLER,
        source: 'slash_command',
        idempotencyKey: randomUUID(),
      }),
    );
    const before = await openHome(BILLER);
    expect(before).toContain('Rhoda Revoked');
    expect(before).toContain('MRI knee 73721');

    await h.client.slashCommand({
      command: '/billing',
      text: `role <@${BILLER}> none`,
      userId: ADMIN,
      channelId: GENERAL,
    });
    // The Home they have open is published again at once, without the patient.
    await waitFor(() => (homeText(BILLER).includes('Rhoda') ? undefined : true));
    for (const text of [homeText(BILLER), await openHome(BILLER)]) {
      expect(text).toContain('You have no role in the billing app yet.');
      expect(text).toContain('general billing questions');
      expect(text).not.toContain('Rhoda');
      expect(text).not.toContain('MRI knee');
      expect(text).not.toContain('$40.00');
      expect(text).not.toContain('Your recent actions');
      expect(text).not.toContain('/writeoff');
    }
  });
});

describe('App Home by role', () => {
  it('someone never given a role: the no-role text and general help only', async () => {
    const text = await openHome(NOBODY);
    expect(text).toContain('You have no role in the billing app yet.');
    expect(text).not.toContain('Your recent actions');
    expect(text).not.toContain('/writeoff');
  });

  it('a viewer is offered balances and help, not /writeoff', async () => {
    const text = await openHome(VIEWER);
    expect(text).toContain('Your role: *Viewer*.');
    expect(text).toContain('look up a balance');
    expect(text).not.toContain('/writeoff');
  });
});
