/**
 * Probe 13 F5: a patient is found by MRN everywhere in Slack ("Search by name or MRN"), exact and
 * ignoring case: in /writeoff and /billing text, in a DM, and in the patient picker. A word that
 * merely looks like an MRN but is nobody's behaves as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EFFECT_BLOCK,
  PATIENT_ACTION,
  PATIENT_BLOCK,
  PATIENT_NOTE_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, blockById, GENERAL, textOf, useHarness, waitForModal } from './support/harness.ts';
import { askDm, askSlash, readable } from './support/help-asking.ts';

const h = useHarness();

beforeAll(async () => {
  // Namesakes, as in the demo practice: the MRN is how a biller tells them apart.
  await createCharge(h.db, {
    firstName: 'Rosalind',
    lastName: 'Vantongeren',
    mrn: 'ASKM-0001',
    assessedCents: 1_200,
  });
  await createCharge(h.db, {
    firstName: 'Rosalind',
    lastName: 'Vantongeren',
    mrn: 'ASKM-0002',
    assessedCents: 4_321,
  });
});

function patientField(modal: Parameters<typeof blockById>[0]): string {
  return textOf([blockById(modal, PATIENT_BLOCK)]);
}

describe('an MRN in a request', () => {
  it('/writeoff ASKM-0001 $10 small balance opens the form on that patient', async () => {
    await h.client.slashCommand({
      command: '/writeoff',
      text: 'ASKM-0001 $10 small balance',
      userId: BILLER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      patientField(v).includes('initial_option'),
    );
    expect(patientField(modal)).toContain('MRN ASKM-0001');
    expect(blockById(modal, PATIENT_NOTE_BLOCK)).toBeUndefined();
    // One open charge of $12.00: the effect of the $10 is shown.
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('Outstanding $12.00 → $2.00');
  });

  it('/billing balance askm-0002 (lower case) answers that patient’s balance, to the asker only', async () => {
    const reply = await askSlash(h, BILLER, 'balance askm-0002');
    expect(reply.ephemeralTo).toBe(BILLER);
    const text = readable(reply);
    expect(text).toContain('Rosalind Vantongeren');
    expect(text).toContain('$43.21');
    expect(text).not.toContain('No patient matches');
  });

  it('a DM request by MRN is understood for that patient, with no "no patient matches" note', async () => {
    const reply = readable(await askDm(h, BILLER, 'write off $5 for ASKM-0002, small balance'));
    expect(reply).toContain('ASKM-0002');
    expect(reply).not.toContain('No patient matches');
    expect(reply).not.toContain('Several patients match');
    expect(reply).toContain('Review & confirm');
  });

  it('a word shaped like an MRN that is nobody’s MRN still finds nobody, as before', async () => {
    const reply = readable(await askSlash(h, BILLER, 'balance ASKM-9999'));
    expect(reply).toContain('No patient matches');
    expect(reply).not.toContain('Rosalind');
  });
});

describe('the patient picker', () => {
  it.each(['ASKM-0001', 'askm-0001', '  Askm-0001 '])(
    'offers the patient whose MRN is "%s" first',
    async (typed) => {
      await h.client.slashCommand({ command: '/writeoff', text: '', userId: BILLER, channelId: GENERAL });
      const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
      const suggestion = await h.client.blockSuggestion({
        userId: BILLER,
        view: modal.id,
        actionId: PATIENT_ACTION,
        blockId: PATIENT_BLOCK,
        value: typed,
      });
      const offered = (suggestion.body as { options: { text: { text: string } }[] }).options.map(
        (o) => o.text.text,
      );
      expect(offered[0]).toContain('Rosalind Vantongeren');
      expect(offered[0]).toContain('MRN ASKM-0001');
      // Exact MRNs only: the namesake's MRN differs in one digit and is not offered for it.
      expect(offered.some((t) => t.includes('ASKM-0002'))).toBe(false);
    },
  );
});
