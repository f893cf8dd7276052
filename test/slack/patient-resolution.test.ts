/**
 * Issue 4 item 2 in the app: a name with one clear match is chosen; several → the form asks;
 * none → the reply says so and names the closest patients (privately).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PATIENT_NOTE_REPLY_BLOCK } from '../../src/slack/messages/request-message-builder.ts';
import { ENTRY_BLOCK, PATIENT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { UNDO_CALLBACK, UNDO_PATIENT_NOTE_BLOCK } from '../../src/slack/views/undo-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, blockById, GENERAL, MANAGER, textOf, useHarness, waitForModal } from './support/harness.ts';
import { askDm, readable } from './support/help-asking.ts';

const h = useHarness();

beforeAll(async () => {
  await createCharge(h.db, { firstName: 'Marguerite', lastName: 'Delacroix', writtenOffCents: 1_000 });
  await createCharge(h.db, { firstName: 'Marguerite', lastName: 'Delacourt', writtenOffCents: 2_000 });
  await createCharge(h.db, { firstName: 'Theodore', lastName: 'Quackenbush' });
  await createCharge(h.db, {
    firstName: 'Ottilie',
    lastName: 'Numbered',
    mrn: 'QZ-40917',
    assessedCents: 4_321,
  });
});

describe('patient resolution', () => {
  it('none: a DM request says nobody matches and names the closest patients', async () => {
    const reply = await askDm(h, BILLER, 'write off $10 for Teddy Quack, small balance');
    const text = readable(reply);
    expect(text).toContain(PATIENT_NOTE_REPLY_BLOCK);
    expect(text).toContain('No patient matches');
    expect(text).toContain('Closest names: Theodore Quackenbush');
    // The request is not lost: the form can still be opened to search for the patient.
    expect(text).toContain('Review & confirm');
  });

  it("named by MRN instead of a name: the balance is that patient's", async () => {
    const reply = readable(await askDm(h, BILLER, "what's the balance on MRN QZ-40917?"));
    expect(reply).toContain('Ottilie Numbered');
    expect(reply).toContain('$43.21');
  });

  it('one clear match: the form has the patient chosen', async () => {
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$5 Theodore Quackenbush small balance',
      userId: BILLER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, BILLER, 'write_off_modal', (v) =>
      textOf([blockById(v, PATIENT_BLOCK)]).includes('initial_option'),
    );
    expect(textOf([blockById(modal, PATIENT_BLOCK)])).toContain('Theodore Quackenbush');
  });

  it('a full name in lower case at the start: the directory knows it, and the request is about that patient', async () => {
    const reply = readable(await askDm(h, MANAGER, 'ottilie numbered w/o $5 small bal'));
    expect(reply).toMatch(/write-off of \$5\.00 for ottilie numbered/i);
    expect(reply).not.toContain('No patient matches');
    expect(reply).toContain('Review & confirm');
  });

  it('a balance asked with the name in lower case is that patient’s', async () => {
    const reply = readable(await askDm(h, BILLER, 'ottilie numbered balance?'));
    expect(reply).toContain('Ottilie Numbered');
    expect(reply).toContain('$43.21');
  });

  it('several: the undo form lists the write-offs of every matching patient and says why', async () => {
    await h.client.slashCommand({
      command: '/billing',
      text: 'undo the write-off for Marguerite',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, MANAGER, UNDO_CALLBACK);
    expect(textOf([blockById(modal, UNDO_PATIENT_NOTE_BLOCK)])).toContain('Several patients match');
    const options = textOf([blockById(modal, ENTRY_BLOCK)]);
    expect(options).toContain('Delacroix');
    expect(options).toContain('Delacourt');
  });
});
