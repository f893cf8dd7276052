/**
 * Issue 9 item 1 through Slack: asking for a patient whose name is not in a-z used to show
 * another such patient (both names were stored as ""), in the balance answer and pre-selected in
 * the write-off form. Each patient is now found by their own name, and a name nobody has is said
 * to match nobody.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PATIENT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, blockById, GENERAL, textOf, useHarness, waitForModal } from './support/harness.ts';
import { askSlash, readable } from './support/help-asking.ts';

const h = useHarness();

beforeAll(async () => {
  await createCharge(h.db, { firstName: 'Иван', lastName: 'Петров', assessedCents: 12_345 });
  await createCharge(h.db, { firstName: '娜', lastName: '李', assessedCents: 6_789 });
  await createCharge(h.db, { firstName: 'Νίκη', lastName: 'Αλεξίου', assessedCents: 2_500 });
});

describe('balances by names outside a-z', () => {
  it('a Cyrillic name nobody has matches nobody: no other patient is shown', async () => {
    const reply = readable(await askSlash(h, BILLER, 'what does Ольга Смирнова owe?'));
    expect(reply).not.toContain('Петров');
    expect(reply).not.toContain('123.45');
    expect(reply).toContain('No patient matches');
  });

  it.each([
    ['what does Иван Петров owe?', 'Петров', '$123.45'],
    ['what does 李娜 owe?', '李', '$67.89'],
    ['what does Νίκη Αλεξίου owe?', 'Αλεξίου', '$25.00'],
  ])('%j shows that patient', async (question, name, amount) => {
    const reply = readable(await askSlash(h, BILLER, question));
    expect(reply).toContain(name);
    expect(reply).toContain(amount);
  });
});

describe('the write-off form by names outside a-z', () => {
  it('pre-selects nobody for a name nobody has', async () => {
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$5 Ольга Смирнова small balance',
      userId: BILLER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    const patientField = textOf([blockById(modal, PATIENT_BLOCK)]);
    expect(patientField).not.toContain('initial_option');
    expect(textOf(modal.view.blocks as unknown[])).not.toContain('Петров');
    await h.client.viewClosed({ userId: BILLER, view: modal.id, isCleared: true });
  });

  it('pre-selects the patient named in Chinese', async () => {
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$5 李娜 small balance',
      userId: BILLER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      textOf([blockById(v, PATIENT_BLOCK)]).includes('initial_option'),
    );
    expect(textOf([blockById(modal, PATIENT_BLOCK)])).toContain('娜 李');
  });
});
