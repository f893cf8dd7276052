/**
 * A request that names two patients ("write off $20 for Jane Doe and $35 for Bob Smith") was
 * handled for the first one and the second silently dropped. The form still opens for one patient,
 * and the requester is told, privately, that the others need their own request, by name. Nothing
 * the whole channel sees carries a patient's name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { OTHER_PATIENTS_BLOCK } from '../../src/slack/messages/other-patients-note.ts';
import { PATIENT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  blocksOf,
  botMessages,
  FRONT_DESK,
  GENERAL,
  pressReview,
  REQUESTS,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
let bot: string;

const NAMES = ['Odalys Fairweather', 'Crispin Halloway', 'Temperance Vool'];

beforeAll(async () => {
  bot = `<@${h.emulator.workspace.botUserId}>`;
  await createCharge(h.db, { firstName: 'Odalys', lastName: 'Fairweather', assessedCents: 20_000 });
  await createCharge(h.db, { firstName: 'Crispin', lastName: 'Halloway', assessedCents: 9_000 });
  await createCharge(h.db, { firstName: 'Temperance', lastName: 'Vool', assessedCents: 5_000 });
});

/** Whether any message the whole channel can read names one of the patients. */
function publicMessagesNamePatients(channelId: string): boolean {
  return botMessages(h, channelId)
    .filter((m) => !m.ephemeralTo)
    .some((m) => NAMES.some((name) => JSON.stringify(m).includes(name)));
}

function patientField(modal: Parameters<typeof blockById>[0]): string {
  return textOf([blockById(modal, PATIENT_BLOCK)]);
}

/** The write-off form a command opened, once its patient is filled in. */
async function commandForm(command: '/writeoff' | '/billing', text: string) {
  const updates = h.emulator.callsTo('views.update').length;
  await h.client.slashCommand({ command, text, userId: BILLER, channelId: GENERAL });
  await waitFor(() => h.emulator.callsTo('views.update').length > updates);
  return waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => patientField(v).includes('initial_option'));
}

describe('a slash command naming two patients', () => {
  it('/writeoff $20 Odalys Fairweather, $35 Crispin Halloway hardship: the first one’s form, naming the second at its top', async () => {
    const modal = await commandForm('/writeoff', '$20 Odalys Fairweather, $35 Crispin Halloway hardship');
    expect(patientField(modal)).toContain('Odalys Fairweather');
    expect(patientField(modal)).not.toContain('Crispin Halloway');
    const note = blockById(modal, OTHER_PATIENTS_BLOCK);
    expect(note?.type).toBe('context');
    expect(blocksOf(modal)[0]?.block_id).toBe(OTHER_PATIENTS_BLOCK);
    const said = textOf([note]);
    expect(said).toContain('also named *Crispin Halloway*');
    expect(said).toContain('one patient per request');
    expect(said).toContain('send a separate request for *Crispin Halloway*');
    expect(publicMessagesNamePatients(GENERAL)).toBe(false);
  });

  it('/billing write off … and … for three patients names both others', async () => {
    const modal = await commandForm(
      '/billing',
      'write off $20 for Odalys Fairweather and $35 for Crispin Halloway and $10 for Temperance Vool',
    );
    expect(patientField(modal)).toContain('Odalys Fairweather');
    const said = textOf([blockById(modal, OTHER_PATIENTS_BLOCK)]);
    expect(said).toContain('*Crispin Halloway* and *Temperance Vool*');
    expect(said).toContain('send a separate request for each of them');
    expect(publicMessagesNamePatients(GENERAL)).toBe(false);
  });

  it('a request for one patient has no such note', async () => {
    const modal = await commandForm('/writeoff', '$40 Odalys Fairweather, hardship');
    expect(blockById(modal, OTHER_PATIENTS_BLOCK)).toBeUndefined();
  });

  it('/billing balance of two: the answer for one, to the asker only, says to ask again for the other', async () => {
    const before = h.emulator.responseUrlPosts.length;
    await h.client.slashCommand({
      command: '/billing',
      text: 'balance for Odalys Fairweather and Crispin Halloway?',
      userId: BILLER,
      channelId: GENERAL,
    });
    const answer = await waitFor(() => h.emulator.responseUrlPosts.slice(before).at(0));
    expect(answer.body.response_type).toBe('ephemeral');
    const body = JSON.stringify(answer.body);
    expect(body).toContain('Odalys Fairweather');
    expect(body).toContain('ask again for *Crispin Halloway*');
    expect(publicMessagesNamePatients(GENERAL)).toBe(false);
  });
});

describe('a message naming two patients', () => {
  it('a mention: the private reply and the form both name the other patient', async () => {
    await h.client.userMessage({
      userId: BILLER,
      channelId: GENERAL,
      text: `${bot} write off $20 for Odalys Fairweather and $35 for Temperance Vool`,
    });
    const reply = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find(
        (m) => m.text?.startsWith('I understood') && m.text.includes('Temperance Vool'),
      ),
    );
    expect(reply.ephemeralTo).toBe(BILLER);
    expect(reply.text).toContain('for Odalys Fairweather');
    expect(reply.text).toContain('also named *Temperance Vool*');
    await pressReview(h, BILLER, reply);
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      textOf([blockById(v, OTHER_PATIENTS_BLOCK)]).includes('Temperance Vool'),
    );
    expect(patientField(modal)).not.toContain('Temperance Vool');
    expect(publicMessagesNamePatients(GENERAL)).toBe(false);
  });

  it('the requests channel: the card names nobody; the requester alone is told of the other patient', async () => {
    const { message } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'please write off $20 for Odalys Fairweather and $35 for Crispin Halloway',
    });
    const card = await waitFor(() => botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts));
    expect(card.ephemeralTo).toBeUndefined();
    const note = await waitFor(() =>
      botMessages(h, REQUESTS, FRONT_DESK).find(
        (m) => m.ephemeralTo === FRONT_DESK && m.text?.includes('Crispin Halloway'),
      ),
    );
    expect(note.text).toContain('one patient per request');
    expect(publicMessagesNamePatients(REQUESTS)).toBe(false);
    // Whoever reviews it sees the same note at the top of the form.
    await pressReview(h, BILLER, card);
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      textOf([blockById(v, OTHER_PATIENTS_BLOCK)]).includes('Crispin Halloway'),
    );
    expect(patientField(modal)).toContain('Odalys Fairweather');
  });
});
