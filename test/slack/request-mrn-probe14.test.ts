/**
 * Probe 14, item 3: an MRN names its patient anywhere in a request, also right after a name
 * ("write off $50 for Rosa Quimby QMB-0001, she died 2026-11-02", where the rules read "Rosa
 * Quimby QMB" as the name): in a requests channel, a DM, a mention and /writeoff the form opens
 * on the MRN's patient, never on a picker of namesakes. A name that is not the MRN's patient's
 * is asked about, with the MRN's patient first, and nothing is chosen for the biller.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PATIENT_BLOCK, PATIENT_NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredView } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  botMessages,
  FRONT_DESK,
  GENERAL,
  MANAGER,
  pressReview,
  REQUESTS,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';
import { askDm, readable } from './support/help-asking.ts';

const h = useHarness();

beforeAll(async () => {
  // Namesakes, told apart by their MRNs; and someone else, whose name contradicts QMB-0001.
  for (const mrn of ['QMB-0001', 'QMB-0002'])
    await createCharge(h.db, { firstName: 'Rosa', lastName: 'Quimby', mrn, assessedCents: 900_000 });
  await createCharge(h.db, { firstName: 'Tobias', lastName: 'Quill', mrn: 'QMB-0003', assessedCents: 5_000 });
});

function patientField(modal: StoredView): string {
  return textOf([blockById(modal, PATIENT_BLOCK)]);
}

/** The write-off form `act` opens (not one an earlier test left open) once it has a patient. */
async function formOpenedBy(userId: string, act: () => Promise<unknown>): Promise<StoredView> {
  const before = h.emulator.views.top(userId)?.id;
  await act();
  return waitForModal(
    h,
    userId,
    WRITE_OFF_CALLBACK,
    (v) =>
      v.id !== before && (patientField(v).includes('initial_option') || !!blockById(v, PATIENT_NOTE_BLOCK)),
  );
}

function expectFormOn(modal: StoredView, mrn: string) {
  const selected = (blockById(modal, PATIENT_BLOCK)?.element?.initial_option ?? {}) as {
    text?: { text: string };
  };
  expect(selected.text?.text).toContain(`MRN ${mrn}`);
  expect(blockById(modal, PATIENT_NOTE_BLOCK)).toBeUndefined();
}

describe('a name followed by an MRN', () => {
  it('in a requests channel: the form opens on the MRN’s patient', async () => {
    const { message } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'write off $5000 for Rosa Quimby QMB-0001, she died 2026-11-02',
    });
    const card = await waitFor(() => botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts));
    // The whole channel reads the card: no name, no MRN.
    expect(readable(card)).not.toMatch(/Rosa|Quimby|QMB/);
    expectFormOn(await formOpenedBy(MANAGER, () => pressReview(h, MANAGER, card)), 'QMB-0001');
  });

  it('in a DM: no "several patients" note, and the form opens on the MRN’s patient', async () => {
    const reply = await askDm(h, BILLER, 'write off $5 for Rosa Quimby QMB-0002, small balance');
    expect(readable(reply)).not.toContain('Several patients match');
    expectFormOn(await formOpenedBy(BILLER, () => pressReview(h, BILLER, reply)), 'QMB-0002');
  });

  it('in a mention', async () => {
    const bot = `<@${h.emulator.workspace.botUserId}>`;
    await h.client.userMessage({
      userId: BILLER,
      channelId: GENERAL,
      text: `${bot} write off $6 for rosa quimby qmb-0001 small balance`,
    });
    const reply = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).findLast(
        (m) => m.text?.startsWith('I understood') && m.text.includes('$6.00'),
      ),
    );
    expect(readable(reply)).not.toContain('Several patients match');
    expectFormOn(await formOpenedBy(BILLER, () => pressReview(h, BILLER, reply)), 'QMB-0001');
  });

  it.each([
    ['Rosa Quimby QMB-0002', 'QMB-0002'],
    ['Rosa QMB-0001', 'QMB-0001'],
    ['R. Quimby (MRN QMB-0002)', 'QMB-0002'],
  ])('in /writeoff: "%s"', async (named, mrn) => {
    const modal = await formOpenedBy(BILLER, () =>
      h.client.slashCommand({
        command: '/writeoff',
        text: `$7 ${named} small balance`,
        userId: BILLER,
        channelId: GENERAL,
      }),
    );
    expectFormOn(modal, mrn);
  });
});

describe('a name that is not the MRN’s patient’s', () => {
  it('is asked about, the MRN’s patient first; no patient is chosen', async () => {
    const modal = await formOpenedBy(BILLER, () =>
      h.client.slashCommand({
        command: '/writeoff',
        text: '$7 Tobias Quill QMB-0001 small balance',
        userId: BILLER,
        channelId: GENERAL,
      }),
    );
    const note = textOf([blockById(modal, PATIENT_NOTE_BLOCK)]);
    expect(note).toContain('The name and the MRN in \\"Tobias Quill QMB-0001\\" are not the same patient');
    expect(note.indexOf('MRN QMB-0001')).toBeGreaterThan(-1);
    expect(note.indexOf('MRN QMB-0001')).toBeLessThan(note.indexOf('MRN QMB-0003'));
    expect(patientField(modal)).not.toContain('initial_option');
  });

  it('in a DM, the reply says the name and the MRN disagree and lists both', async () => {
    const reply = readable(await askDm(h, BILLER, 'write off $5 for Tobias Quill QMB-0002, small balance'));
    expect(reply).toContain('are not the same patient');
    expect(reply).toContain('MRN QMB-0002');
    expect(reply).toContain('MRN QMB-0003');
  });
});
