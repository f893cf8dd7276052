/**
 * A spread write-off's form lists exactly the charges it will take money from (date of service,
 * description, the amount, outstanding before → after), oldest first and only those; the result
 * lists the same plan, and the ledger's entries match those lines. Through the emulator.
 */
import { describe, expect, it } from 'vitest';
import { CHARGE_BLOCK, EFFECT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { SPREAD_CHOICE } from '../../src/workflow/types.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();

/** Opens `/writeoff <text>` as the manager, chooses the spread, and returns its effect text. */
async function spreadForm(text: string) {
  await h.client.slashCommand({ command: '/writeoff', text, userId: MANAGER, channelId: GENERAL });
  const opened = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK);
  await h.client.changeInput(MANAGER, opened.id, { [CHARGE_BLOCK]: SPREAD_CHOICE });
  const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) =>
    effectText(v).includes('Writes off'),
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}: ${textOf([h.emulator.views.top(MANAGER)?.view])}`);
  });
  return { modal, effect: effectText(modal) };
}

/** The effect block's text as Slack shows it (mrkdwn, lines apart). */
function effectText(view: Parameters<typeof blockById>[0]): string {
  const block = blockById(view, EFFECT_BLOCK) as { text?: { text?: string } } | undefined;
  return block?.text?.text ?? '';
}

describe('a spread write-off shows the charges it touches, and does exactly that', () => {
  it('$100 over three open charges: the form and the result name the two it takes from', async () => {
    const first = await createCharge(h.db, {
      firstName: 'Jana',
      lastName: 'Planwell',
      dateOfService: '2026-01-05',
      description: 'Office visit 99213',
      assessedCents: 6_000,
    });
    const second = await createCharge(h.db, {
      patientId: first.patientId,
      dateOfService: '2026-02-10',
      description: 'Lab panel',
      assessedCents: 8_500,
    });
    const third = await createCharge(h.db, {
      patientId: first.patientId,
      dateOfService: '2026-03-19',
      description: 'Flu vaccine',
      assessedCents: 2_200,
    });
    const { modal, effect } = await spreadForm('$100 Jana Planwell prompt pay');
    const lines = [
      '• 2026-01-05 · Office visit 99213: $60.00 (outstanding $60.00 → $0.00)',
      '• 2026-02-10 · Lab panel: $40.00 (outstanding $85.00 → $45.00)',
    ];
    expect(effect).toContain('Writes off $100.00 across 2 charges, oldest first:');
    expect(effect).toContain(lines.join('\n'));
    // The untouched charge is not said to be part of it.
    expect(effect).not.toContain('Flu vaccine');
    expect(effect).not.toContain('3 open charges');

    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    const done = await waitFor(() =>
      botMessages(h, GENERAL, MANAGER).find((m) => m.text?.includes('Jana Planwell')),
    );
    expect(done.text).toContain('2 charges, oldest first. Outstanding now *$67.00*.');
    expect(done.text).toContain(lines.join('\n'));
    expect(done.text).not.toContain('Flu vaccine');

    // The ledger did what the lines said.
    const one = await ledgerOf(h.db, first.chargeId);
    const two = await ledgerOf(h.db, second.chargeId);
    const three = await ledgerOf(h.db, third.chargeId);
    expect(one.entries.filter((e) => e.kind === 'write_off').map((e) => e.amountCents)).toEqual([6_000]);
    expect(two.entries.filter((e) => e.kind === 'write_off').map((e) => e.amountCents)).toEqual([4_000]);
    expect(three.count('write_off')).toBe(0);
    expect([one.outstandingCents, two.outstandingCents, three.outstandingCents]).toEqual([0, 4_500, 2_200]);
  });

  it('many charges: the first ten are listed, the rest counted with their total, within Slack limits', async () => {
    const first = await createCharge(h.db, {
      firstName: 'Manu',
      lastName: 'Manycharges',
      dateOfService: '2026-01-01',
      description: 'Visit 1',
      assessedCents: 1_000,
    });
    const ids = [first.chargeId];
    for (let i = 2; i <= 14; i++) {
      const c = await createCharge(h.db, {
        patientId: first.patientId,
        dateOfService: `2026-01-${String(i).padStart(2, '0')}`,
        description: `Visit ${i}`,
        assessedCents: 1_000,
      });
      ids.push(c.chargeId);
    }
    // $125: twelve charges emptied, $5.00 from the thirteenth, the fourteenth untouched.
    const { modal, effect } = await spreadForm('$125 Manu Manycharges small balance');
    expect((modal.view.blocks as unknown[]).length).toBeLessThanOrEqual(100);
    expect(effect).toContain('Writes off $125.00 across 13 charges, oldest first:');
    expect(effect).toContain('• 2026-01-10 · Visit 10: $10.00 (outstanding $10.00 → $0.00)');
    expect(effect).not.toContain('Visit 11');
    expect(effect).toContain('and 3 more charges, $25.00 in all');

    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    const done = await waitFor(() =>
      botMessages(h, GENERAL, MANAGER).find((m) => m.text?.includes('Manu Manycharges')),
    );
    expect(done.text).toContain('13 charges, oldest first');
    expect(done.text).toContain('and 3 more charges, $25.00 in all');
    const outstanding = await Promise.all(ids.map(async (id) => (await ledgerOf(h.db, id)).outstandingCents));
    expect(outstanding).toEqual([...Array(12).fill(0), 500, 1_000]);
  });
});
