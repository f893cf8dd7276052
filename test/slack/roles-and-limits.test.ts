/**
 * Limits: above the limit nothing is written off and the request goes for approval (the approval
 * flow itself is in approvals.test.ts); admins set a biller's limit with `/billing role`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActor } from '../../src/ledger/index.ts';
import { SLACK_ACTIONS } from '../../src/slack/actions/index.ts';
import { AMOUNT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { ADMIN, BILLER, GENERAL, ledgerOf, useHarness, waitFor, waitForModal } from './support/harness.ts';

const NEWCOMER = 'UNEWBILLER';
const h = useHarness();
let charge: { patientId: number; chargeId: number };

beforeAll(async () => {
  charge = await createCharge(h.db, { firstName: 'Lena', lastName: 'Limitova', assessedCents: 50_000 });
});

async function roleCommand(userId: string, text: string): Promise<string> {
  const before = h.emulator.responseUrlPosts.length;
  await h.client.slashCommand({ command: '/billing', text: `role ${text}`, userId, channelId: GENERAL });
  const post = await waitFor(() => h.emulator.responseUrlPosts[before]);
  return String(post.body.text);
}

async function submitWriteOff(userId: string, text: string) {
  const before = (await ledgerOf(h.db, charge.chargeId)).count('write_off');
  await h.client.slashCommand({ command: '/writeoff', text, userId, channelId: GENERAL });
  const modal = await waitForModal(h, userId, WRITE_OFF_CALLBACK, (v) => v.view.private_metadata !== '');
  await h.client.fillAndSubmit(userId, modal.id, {});
  const ledger = await ledgerOf(h.db, charge.chargeId);
  return {
    error: h.emulator.views.get(modal.id)?.errors[AMOUNT_BLOCK],
    shown: JSON.stringify(h.emulator.views.get(modal.id)?.view.blocks ?? []),
    written: ledger.count('write_off') - before,
  };
}

it('a role written as its label, with a space and in any case, is taken', async () => {
  const reply = await roleCommand(ADMIN, `<@${NEWCOMER}> Billing Manager`);
  expect(reply).not.toContain('is not a role');
  expect(await loadActor(h.db, NEWCOMER)).toMatchObject({ role: 'billing_manager' });
  // The same again changes nothing, and says so.
  expect(await roleCommand(ADMIN, `<@${NEWCOMER}> billing-manager`)).toBe(
    `<@${NEWCOMER}> already is Billing manager: nothing changed.`,
  );
  // Back to no role, as the tests below expect of a newcomer.
  await roleCommand(ADMIN, `<@${NEWCOMER}> none`);
});

describe('over the limit', () => {
  it('is not written off: it is sent for approval', async () => {
    const { error, shown, written } = await submitWriteOff(BILLER, '$150 Lena Limitova small balance');
    expect(written).toBe(0);
    expect(error).toBeUndefined();
    expect(shown).toContain('Sent for approval');
    expect(shown).toContain('is above your write-off limit, so nothing is written off yet');
  });
});

describe('/billing role @user biller $250', () => {
  it('an admin sets the limit; a write-off up to it is written, above it is refused', async () => {
    const reply = await roleCommand(ADMIN, `<@${NEWCOMER}|newbie> biller $250`);
    expect(reply).toBe(`<@${NEWCOMER}> is now Biller, with a write-off limit of $250.00.`);
    expect(await loadActor(h.db, NEWCOMER)).toMatchObject({ role: 'biller', limitCents: 25_000 });

    expect((await submitWriteOff(NEWCOMER, '$200 Lena Limitova small balance')).written).toBe(1);
    // $200 already today for this patient: $60 more is over $250 and goes for approval.
    const over = await submitWriteOff(NEWCOMER, '$60 Lena Limitova small balance');
    expect(over.written).toBe(0);
    expect(over.shown).toContain('Sent for approval');
  });

  it('a biller cannot set a limit; a bad amount and a limit on a viewer are refused', async () => {
    expect(await roleCommand(BILLER, `<@${BILLER}> biller $5000`)).toContain('Only an admin');
    expect(await loadActor(h.db, BILLER)).toMatchObject({ limitCents: 10_000 });
    expect(await roleCommand(ADMIN, `<@${NEWCOMER}> biller $12.345`)).toContain('more than two decimal');
    expect(await roleCommand(ADMIN, `<@${NEWCOMER}> viewer $50`)).toContain('a limit does not apply');
    expect(await loadActor(h.db, NEWCOMER)).toMatchObject({ role: 'biller', limitCents: 25_000 });
  });
});

describe('/billing role @user none, and re-granting', () => {
  it('re-granting biller without a limit keeps the custom limit', async () => {
    expect(await roleCommand(ADMIN, `<@${NEWCOMER}> viewer`)).toBe(`<@${NEWCOMER}> is now Viewer.`);
    expect(await roleCommand(ADMIN, `<@${NEWCOMER}> biller`)).toBe(
      `<@${NEWCOMER}> is now Biller, with a write-off limit of $250.00.`,
    );
    expect(await loadActor(h.db, NEWCOMER)).toMatchObject({ role: 'biller', limitCents: 25_000 });
  });

  it('the only admin cannot take their own admin role away in Slack', async () => {
    for (const role of ['none', 'billing_manager'])
      expect(await roleCommand(ADMIN, `<@${ADMIN}> ${role}`)).toBe(
        `<@${ADMIN}> is the only admin: make someone else an admin first, or nobody could manage roles in Slack any more.`,
      );
    expect(await loadActor(h.db, ADMIN)).toMatchObject({ role: 'admin' });
  });

  it('none takes access away: the next write-off is refused and nothing is written', async () => {
    expect(await roleCommand(ADMIN, `<@${NEWCOMER}> none`)).toBe(
      `<@${NEWCOMER}> no longer has access to the billing app.`,
    );
    expect(await loadActor(h.db, NEWCOMER)).toMatchObject({ role: null });
    const before = (await ledgerOf(h.db, charge.chargeId)).count('write_off');
    const stackBefore = h.emulator.views.stack(NEWCOMER).length;
    const response = await h.client.slashCommand({
      command: '/writeoff',
      text: '$20 Lena Limitova small balance',
      userId: NEWCOMER,
      channelId: GENERAL,
    });
    const refusal = JSON.stringify(response.body);
    expect(refusal).toContain(SLACK_ACTIONS.write_off.notAllowedWhat);
    expect(refusal).toContain(`<@${ADMIN}>`);
    expect(h.emulator.views.stack(NEWCOMER)).toHaveLength(stackBefore);
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(before);
  });
});
