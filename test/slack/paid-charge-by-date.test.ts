/**
 * The demo's Jane Doe has a paid charge on 2026-06-03, a written-off one on 2026-04-17, and open
 * charges. A write-off that names a closed charge by its date is about that charge: the form says
 * why it cannot be written off and offers the next step, instead of offering another charge.
 */
import { describe, expect, it } from 'vitest';
import { REFUND_CALLBACK } from '../../src/slack/views/refund-modal-builder.ts';
import {
  AMOUNT_BLOCK,
  BLOCKER_BLOCK,
  CHARGE_BLOCK,
  NEXT_STEP_ACTION,
  NEXT_STEP_BLOCK,
  PAYMENT_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredView } from '../../src/slack-emulator/index.ts';
import { useDemoCharges } from './support/demo-charges.ts';
import {
  blockById,
  GENERAL,
  ledgerOf,
  MANAGER,
  textOf,
  useHarness,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
const jane = useDemoCharges(h, 'DEMO-0001');

/**
 * The form once its warning names the charge of the date asked for: an earlier test's form, with
 * another date's warning, may still be on top until the new one is shown.
 */
async function openWriteOff(text: string): Promise<StoredView> {
  const date = /\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? '';
  await h.client.slashCommand({ command: '/writeoff', text, userId: MANAGER, channelId: GENERAL });
  return waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) =>
    textOf([blockById(v, BLOCKER_BLOCK)]).includes(`(${date})`),
  );
}

function nextStepButton(view: StoredView) {
  const elements = blockById(view, NEXT_STEP_BLOCK)?.elements as
    | { text: { text: string }; value: string }[]
    | undefined;
  return elements?.[0];
}

describe('/writeoff $40 Jane Doe <date of a closed charge> hardship', () => {
  it('the paid charge: the form says it is paid and offers the refund, which opens on top', async () => {
    const paid = jane.on('2026-06-03');
    const modal = await openWriteOff('$40 Jane Doe 2026-06-03 hardship');
    const why = textOf([blockById(modal, BLOCKER_BLOCK)]);
    expect(why).toContain(
      'Comprehensive metabolic panel 80053 (2026-06-03): This PR is already paid ($42.00 received)',
    );
    expect(why).toContain('Refund the payment first');
    // Her open charges are still listed, but none is chosen for her: the date named another one.
    expect(blockById(modal, CHARGE_BLOCK)?.element?.initial_option).toBeUndefined();
    const button = nextStepButton(modal);
    expect(button?.text.text).toBe('Refund payment');

    await h.client.blockAction({
      userId: MANAGER,
      view: modal.id,
      actions: [{ action_id: NEXT_STEP_ACTION, block_id: NEXT_STEP_BLOCK, value: button?.value ?? '' }],
    });
    const refund = await waitForModal(h, MANAGER, REFUND_CALLBACK);
    expect(blockById(refund, PAYMENT_BLOCK)?.element?.initial_option).toBeDefined();
    expect(textOf(refund.view.blocks as unknown[])).toContain('Comprehensive metabolic panel 80053');
    expect((await ledgerOf(h.db, paid.id)).count('write_off')).toBe(0);
  });

  it('the written-off charge: the form says by whom and offers to undo it', async () => {
    const modal = await openWriteOff('$40 Jane Doe 2026-04-17 hardship');
    expect(textOf([blockById(modal, BLOCKER_BLOCK)])).toContain(
      'Office visit 99213 (2026-04-17): This PR was already written off',
    );
    expect(nextStepButton(modal)?.text.text).toBe('Undo write-off');
  });

  it('submitted anyway without choosing a charge: nothing is written on any of her charges', async () => {
    const modal = await openWriteOff('$40 Jane Doe 2026-06-03 small balance');
    const before = await Promise.all(jane.all().map((c) => ledgerOf(h.db, c.id)));
    // Slack's client refuses an empty required select; a forged submission meets the server.
    const inClient = await h.client.fillAndSubmit(MANAGER, modal.id, {});
    expect(inClient.clientErrors[CHARGE_BLOCK]).toBeDefined();
    await h.client.fillAndSubmit(MANAGER, modal.id, {}, { skipClientValidation: true });
    // The field repeats the form's warning about the charge the date named, not "choose a charge".
    expect(h.emulator.views.get(modal.id)?.errors[CHARGE_BLOCK]).toContain(
      'Comprehensive metabolic panel 80053 (2026-06-03): This PR is already paid ($42.00 received)',
    );
    expect(h.emulator.views.get(modal.id)?.errors[CHARGE_BLOCK]).toContain('Next: Refund the payment first');
    const after = await Promise.all(jane.all().map((c) => ledgerOf(h.db, c.id)));
    expect(after.map((l) => l.entries.length)).toEqual(before.map((l) => l.entries.length));
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('40.00');
  });
});
