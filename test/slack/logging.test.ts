/**
 * With LOG_LEVEL=debug, Bolt would log request bodies (patient names, balances) through its
 * console logger. The app never gives the Slack libraries a level below info, and its own lines
 * carry ids only: no name, MRN, date of birth, note, charge description or amount in any form.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  botMessages,
  GENERAL,
  type Harness,
  startHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const PATIENT = {
  firstName: 'Philippa',
  lastName: 'Quennell',
  mrn: 'QX-775311',
  dateOfBirth: '1957-08-19',
  description: 'Arthroscopy knee 29881',
  assessedCents: 4_321,
};
const NOTE = 'Pay stubs reviewed by Ingrid Vasquez';
const WRITTEN_OFF_CENTS = 1_234;
const LEFT_CENTS = PATIENT.assessedCents - WRITTEN_OFF_CENTS;

/** 4321 cents as a log could print it: 4321, 43.21, 43,21, $43.21 (the $ form contains 43.21). */
function amountPatterns(cents: number): RegExp[] {
  const whole = Math.floor(cents / 100);
  const part = String(cents % 100).padStart(2, '0');
  return [new RegExp(`(?<![\\d.])${cents}(?!\\d)`), new RegExp(`(?<!\\d)${whole}[.,]${part}(?!\\d)`)];
}

describe('logs at LOG_LEVEL=debug', () => {
  let h: Harness;
  const printed: string[] = [];
  beforeAll(async () => {
    for (const method of ['debug', 'info', 'log', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(
          args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '),
        );
      });
    }
    h = await startHarness({ env: { LOG_LEVEL: 'debug' }, productionLogger: true });
    await createCharge(h.db, PATIENT);
  });
  afterAll(async () => {
    await h?.stop();
    vi.restoreAllMocks();
  });

  it('never print patient data or an amount, while a write-off with all of it is made', async () => {
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$12.34 Philippa Quennell hardship',
      userId: BILLER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    // The data really went over the wire, so the checks below could fail.
    const shown = JSON.stringify(modal.view);
    for (const text of ['Quennell', PATIENT.mrn, PATIENT.dateOfBirth, PATIENT.description, '43.21']) {
      expect(shown).toContain(text);
    }
    await h.client.fillAndSubmit(BILLER, modal.id, { [NOTE_BLOCK]: NOTE });
    const done = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes('Wrote off')),
    );
    expect(done.text).toContain('$30.87');

    const output = printed.join('\n');
    expect(output.length, 'the app logged something at debug level').toBeGreaterThan(0);
    for (const text of [
      'Philippa',
      'Quennell',
      PATIENT.mrn,
      PATIENT.dateOfBirth,
      PATIENT.description,
      NOTE,
    ]) {
      expect(output).not.toContain(text);
    }
    for (const cents of [PATIENT.assessedCents, WRITTEN_OFF_CENTS, LEFT_CENTS]) {
      for (const pattern of amountPatterns(cents)) expect(output).not.toMatch(pattern);
    }
  });
});
