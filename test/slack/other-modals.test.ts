/** Undo, cancel PR, spread write-offs, App Home and roles, through the emulator, each checked in the ledger. */
import { describe, expect, it } from 'vitest';
import { loadActor } from '../../src/ledger/index.ts';
import { CANCEL_CALLBACK } from '../../src/slack/views/cancel-modal-builder.ts';
import { HOME_UNDO_ACTION } from '../../src/slack/views/home-builder.ts';
import {
  BLOCKER_BLOCK,
  CHARGE_BLOCK,
  EFFECT_BLOCK,
  ENTRY_BLOCK,
  NEXT_STEP_BLOCK,
  REASON_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { UNDO_CALLBACK } from '../../src/slack/views/undo-modal-builder.ts';
import { SPREAD_LABEL, WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  ADMIN,
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  NOBODY,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();

async function command(userId: string, text: string, name = '/billing') {
  return h.client.slashCommand({ command: name, text, userId, channelId: GENERAL });
}

describe('spread across open charges, oldest first', () => {
  it('writes one entry per charge and Undo (from App Home) takes them back together', async () => {
    const first = await createCharge(h.db, {
      firstName: 'Sam',
      lastName: 'Spread',
      dateOfService: '2026-08-01',
      assessedCents: 3_000,
    });
    const second = await createCharge(h.db, {
      patientId: first.patientId,
      dateOfService: '2026-09-01',
      assessedCents: 5_000,
    });
    await command(BILLER, '$50 Sam Spread small balance', '/writeoff');
    let modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    expect(JSON.stringify(blockById(modal, CHARGE_BLOCK))).toContain(SPREAD_LABEL);
    await h.client.changeInput(BILLER, modal.id, { [CHARGE_BLOCK]: 'spread' });
    modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      textOf([blockById(v, EFFECT_BLOCK)]).includes('across'),
    );
    // $50.00: all of the older charge's $30.00, then $20.00 of the newer one.
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain(
      'Writes off $50.00 across 2 charges, oldest first:',
    );
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain(
      '• 2026-09-01 · Office visit 99213: $20.00 (outstanding $50.00 → $30.00)',
    );
    await h.client.fillAndSubmit(BILLER, modal.id, {});
    expect((await ledgerOf(h.db, first.chargeId)).outstandingCents).toBe(0);
    expect((await ledgerOf(h.db, second.chargeId)).outstandingCents).toBe(3_000);

    await h.client.event({ type: 'app_home_opened', user: BILLER, channel: 'DHOME0001', tab: 'home' });
    const home = await waitFor(() => {
      const view = h.emulator.views.home(BILLER);
      return view && JSON.stringify(view.view).includes(HOME_UNDO_ACTION) ? view : undefined;
    });
    const homeBlocks = home.view.blocks as {
      accessory?: { action_id: string; value: string };
      block_id: string;
    }[];
    const undoable = homeBlocks.filter((b) => b.accessory?.action_id === HOME_UNDO_ACTION);
    expect(undoable.length).toBeGreaterThanOrEqual(1);
    const target = undoable[0];
    await h.client.blockAction({
      userId: BILLER,
      view: home.id,
      actions: [
        {
          action_id: HOME_UNDO_ACTION,
          block_id: target?.block_id ?? '',
          value: target?.accessory?.value ?? '',
        },
      ],
    });
    const undo = await waitForModal(
      h,
      BILLER,
      UNDO_CALLBACK,
      (v) => blockById(v, EFFECT_BLOCK) !== undefined,
    );
    // The preview is the whole spread's: both charges together, $30.00 now, $80.00 after.
    expect(textOf([blockById(undo, EFFECT_BLOCK)])).toContain(
      'Outstanding $30.00 → $80.00 over 2 charges (the whole spread is undone)',
    );
    await h.client.fillAndSubmit(BILLER, undo.id, {});
    expect((await ledgerOf(h.db, first.chargeId)).outstandingCents).toBe(3_000);
    expect((await ledgerOf(h.db, second.chargeId)).outstandingCents).toBe(5_000);
    expect((await ledgerOf(h.db, first.chargeId)).count('write_off_reversal')).toBe(1);
    expect((await ledgerOf(h.db, second.chargeId)).count('write_off_reversal')).toBe(1);
  });
});

describe('the confirmation of a spread says which charges it wrote off', () => {
  /** A spread of `amount` over the patient's two open charges ($30.00 older, $50.00 newer), confirmed. */
  async function spreadOf(lastName: string, amount: string) {
    const older = await createCharge(h.db, {
      firstName: 'Maria',
      lastName,
      dateOfService: '2026-08-01',
      description: 'Office visit 99213',
      assessedCents: 3_000,
    });
    const newer = await createCharge(h.db, {
      patientId: older.patientId,
      dateOfService: '2026-09-01',
      assessedCents: 5_000,
    });
    await command(BILLER, `${amount} Maria ${lastName} small balance`, '/writeoff');
    let modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    await h.client.changeInput(BILLER, modal.id, { [CHARGE_BLOCK]: 'spread' });
    modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      textOf([blockById(v, EFFECT_BLOCK)]).includes('Writes off'),
    );
    const effect = textOf([blockById(modal, EFFECT_BLOCK)]);
    await h.client.fillAndSubmit(BILLER, modal.id, {});
    const done = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes(`Maria ${lastName}`)),
    );
    return { effect, done: done.text ?? '', older, newer };
  }

  it('both charges written off: counted, in the plural', async () => {
    const { effect, done, newer } = await spreadOf('Twocharge', '$50');
    expect(effect).toContain('Writes off $50.00 across 2 charges, oldest first:');
    expect(done).toContain('on Maria Twocharge · 2 charges, oldest first. Outstanding now *$30.00*.');
    // The result lists the same charges and amounts as the form did.
    for (const line of [
      '• 2026-08-01 · Office visit 99213: $30.00 (outstanding $30.00 → $0.00)',
      '• 2026-09-01 · Office visit 99213: $20.00 (outstanding $50.00 → $30.00)',
    ]) {
      expect(effect).toContain(line);
      expect(done).toContain(line);
    }
    expect((await ledgerOf(h.db, newer.chargeId)).outstandingCents).toBe(3_000);
  });

  it('an amount the oldest charge covers: that one charge is named, never "1 open charges"', async () => {
    const { effect, done, older, newer } = await spreadOf('Onecharge', '$20');
    // Only the charge it takes from is in the plan: the newer one is not said to be part of it.
    expect(effect).toContain('Writes off $20.00 on the oldest open charge:');
    expect(effect).toContain('• 2026-08-01 · Office visit 99213: $20.00 (outstanding $30.00 → $10.00)');
    expect(effect).not.toContain('2026-09-01');
    expect(effect).not.toContain('2 open charges');
    expect(done).toContain(
      'on Maria Onecharge · Office visit 99213 (2026-08-01), the oldest open charge. Outstanding now *$60.00*.',
    );
    expect(done).not.toMatch(/1 (open )?charges/);
    expect((await ledgerOf(h.db, older.chargeId)).outstandingCents).toBe(1_000);
    expect((await ledgerOf(h.db, newer.chargeId)).count('write_off')).toBe(0);
  });
});

describe('/billing undo my last write-off', () => {
  it("lists the user's own write-offs, shows the effect, and reverses the chosen one", async () => {
    const charge = await createCharge(h.db, { firstName: 'Una', lastName: 'Undo', assessedCents: 6_000 });
    await command(BILLER, '$20 Una Undo small balance', '/writeoff');
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    await h.client.fillAndSubmit(BILLER, modal.id, {});
    expect((await ledgerOf(h.db, charge.chargeId)).outstandingCents).toBe(4_000);

    await command(BILLER, 'undo my last write-off for Una Undo');
    const undo = await waitForModal(
      h,
      BILLER,
      UNDO_CALLBACK,
      (v) => blockById(v, EFFECT_BLOCK) !== undefined,
    );
    expect(textOf([blockById(undo, ENTRY_BLOCK)])).toContain('$20.00 · Una Undo');
    expect(textOf([blockById(undo, EFFECT_BLOCK)])).toContain('Outstanding $40.00 → $60.00');
    await h.client.fillAndSubmit(BILLER, undo.id, {});
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off_reversal')).toBe(1);
    expect(ledger.outstandingCents).toBe(6_000);
  });
});

describe('/billing undo my last write-off, naming nobody', () => {
  it('has the newest of the user’s own write-offs chosen, with its effect, and reverses that one only', async () => {
    const older = await createCharge(h.db, { firstName: 'Olga', lastName: 'Older', assessedCents: 5_000 });
    const newer = await createCharge(h.db, { firstName: 'Nils', lastName: 'Newer', assessedCents: 7_000 });
    for (const name of ['Olga Older', 'Nils Newer']) {
      await command(BILLER, `$${name === 'Olga Older' ? 10 : 15} ${name} small balance`, '/writeoff');
      const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
        JSON.stringify(v).includes(name),
      );
      await h.client.fillAndSubmit(BILLER, modal.id, {});
    }
    expect((await ledgerOf(h.db, older.chargeId)).outstandingCents).toBe(4_000);
    expect((await ledgerOf(h.db, newer.chargeId)).outstandingCents).toBe(5_500);

    await command(BILLER, 'undo my last write-off');
    const undo = await waitForModal(
      h,
      BILLER,
      UNDO_CALLBACK,
      (v) => blockById(v, EFFECT_BLOCK) !== undefined,
    );
    expect(textOf([blockById(undo, EFFECT_BLOCK)])).toContain('Outstanding $55.00 → $70.00');
    await h.client.fillAndSubmit(BILLER, undo.id, {});
    expect((await ledgerOf(h.db, newer.chargeId)).count('write_off_reversal')).toBe(1);
    expect((await ledgerOf(h.db, newer.chargeId)).outstandingCents).toBe(7_000);
    expect((await ledgerOf(h.db, older.chargeId)).count('write_off_reversal')).toBe(0);
    expect((await ledgerOf(h.db, older.chargeId)).outstandingCents).toBe(4_000);
  });
});

describe('/billing cancel PR', () => {
  it('cancels self-pay PR with a reason, showing the effect first', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Cara',
      lastName: 'Cancel',
      prSource: 'self_pay',
      assessedCents: 4_500,
    });
    await command(BILLER, 'cancel the PR for Cara Cancel, duplicate');
    const modal = await waitForModal(
      h,
      BILLER,
      CANCEL_CALLBACK,
      (v) => blockById(v, EFFECT_BLOCK) !== undefined,
    );
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('Outstanding $45.00 → $0.00');
    expect(blockById(modal, REASON_BLOCK)?.element?.initial_option).toMatchObject({ value: 'duplicate' });
    await h.client.fillAndSubmit(BILLER, modal.id, {});
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('cancellation')).toBe(1);
    expect(ledger.outstandingCents).toBe(0);
  });

  it('remittance PR cannot be cancelled: the modal says why and offers the write-off; confirming anyway is refused on the field', async () => {
    const charge = await createCharge(h.db, { firstName: 'Remy', lastName: 'Remit', assessedCents: 4_500 });
    await command(BILLER, 'cancel the PR for Remy Remit, entered in error');
    const modal = await waitForModal(
      h,
      BILLER,
      CANCEL_CALLBACK,
      (v) => blockById(v, BLOCKER_BLOCK) !== undefined,
    );
    expect(textOf([blockById(modal, BLOCKER_BLOCK)])).toContain('came from an insurance remittance');
    expect(textOf([blockById(modal, NEXT_STEP_BLOCK)])).toContain('Write off instead');
    await h.client.fillAndSubmit(BILLER, modal.id, {});
    expect(h.emulator.views.get(modal.id)?.errors[CHARGE_BLOCK]).toContain('cannot be cancelled');
    expect((await ledgerOf(h.db, charge.chargeId)).count('cancellation')).toBe(0);
  });

  it('a patient with nothing to cancel: the refusal is said as it is, with no word of a field to come', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Nora',
      lastName: 'Nothingopen',
      assessedCents: 4_000,
      paidCents: 4_000,
    });
    await command(BILLER, 'cancel the PR for Nora Nothingopen, entered in error');
    const modal = await waitForModal(h, BILLER, CANCEL_CALLBACK, (v) =>
      JSON.stringify(v).includes('Nothingopen'),
    );
    await h.client.fillAndSubmit(BILLER, modal.id, {});
    const errors = Object.values(h.emulator.views.get(modal.id)?.errors ?? {}).join(' ');
    expect(errors).toContain(
      'This patient has no charges with PR outstanding, so there is nothing to cancel.',
    );
    expect(errors).not.toContain('comes after');
    expect((await ledgerOf(h.db, charge.chargeId)).count('cancellation')).toBe(0);
  });
});

describe('roles', () => {
  it('/billing role @user biller: admins grant, others are refused', async () => {
    const newcomer = 'UNEWBIE001';
    const refused = await command(BILLER, `role <@${newcomer}|newbie> biller`);
    expect(refused.status).toBe(200);
    await waitFor(() =>
      h.emulator.responseUrlPosts.find((p) => String(p.body.text).includes('Only an admin')),
    );
    expect((await loadActor(h.db, newcomer)).role).toBeNull();

    await command(ADMIN, `role <@${newcomer}|newbie> billing_manager`);
    await waitFor(() =>
      h.emulator.responseUrlPosts.find((p) => String(p.body.text).includes('is now Billing manager')),
    );
    expect((await loadActor(h.db, newcomer)).role).toBe('billing_manager');

    await command(ADMIN, `role <@${newcomer}> wizard`);
    await waitFor(() =>
      h.emulator.responseUrlPosts.find((p) => String(p.body.text).includes('"wizard" is not a role')),
    );
  });

  it('/billing role @user none for someone with no role says nothing changed (a mistyped id is noticed)', async () => {
    await command(ADMIN, 'role <@UNOROLE0001> none');
    await waitFor(() =>
      h.emulator.responseUrlPosts.find((p) =>
        String(p.body.text).includes('<@UNOROLE0001> had no role in the billing app: nothing changed.'),
      ),
    );
    expect(
      h.emulator.responseUrlPosts.some((p) => String(p.body.text).includes('no longer has access')),
    ).toBe(false);
  });

  it('/billing alone shows the usage card', async () => {
    const response = await command(NOBODY, '');
    expect((response.body as { text: string }).text).toContain('/billing role @someone biller');
  });

  it("a billing manager may undo anyone's write-off; a biller may not undo someone else's", async () => {
    const charge = await createCharge(h.db, { firstName: 'Otto', lastName: 'Other', assessedCents: 5_000 });
    await command(MANAGER, '$10 Otto Other small balance', '/writeoff');
    const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK);
    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    await command(BILLER, 'undo the write-off for Otto Other');
    const undo = await waitForModal(
      h,
      BILLER,
      UNDO_CALLBACK,
      (v) => blockById(v, BLOCKER_BLOCK) !== undefined,
    );
    expect(textOf([blockById(undo, BLOCKER_BLOCK)])).toContain(
      `You may not undo a write-off made by <@${MANAGER}>`,
    );
    await h.client.fillAndSubmit(BILLER, undo.id, {});
    // Under the field, in plain text, the person is "a colleague", never a raw user id.
    expect(h.emulator.views.get(undo.id)?.errors[ENTRY_BLOCK]).toContain(
      'You may not undo a write-off made by a colleague.',
    );
    expect(h.emulator.views.get(undo.id)?.errors[ENTRY_BLOCK]).not.toContain(MANAGER);
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off_reversal')).toBe(0);
  });
});
