/**
 * The result of a confirm is always shown. A slash command works in any conversation, but the
 * app can post only where it is a member: in a private channel or a DM between two people the
 * confirmation answers `not_in_channel`, in a deleted or unknown one `channel_not_found`. The
 * write-off is committed by then, so the confirmation goes to the confirmer by DM instead, and
 * the log says only ids and Slack's error code.
 */
import { describe, expect, it } from 'vitest';
import { NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  botMessages,
  FRONT_DESK,
  ledgerOf,
  pressReview,
  REQUESTS,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const PRIVATE = 'G0LEADS001';
const PEOPLE_DM = 'D0PEOPLE01';
const NOWHERE = 'C0DELETED1';

const h = useHarness({
  emulator: {
    channels: [
      { id: PRIVATE, name: 'billing-leads', isPrivate: true, botMember: false },
      { id: PEOPLE_DM, name: 'biller-and-colleague', isIm: true, botMember: false },
    ],
    strictChannels: true,
  },
});

const dmOf = (userId: string) => h.emulator.state.directory.dmFor(userId).id;

/** `/writeoff $40 <name> hardship` in `channelId`, confirmed with a note: the one open charge. */
async function writeOffFrom(channelId: string, lastName: string) {
  const charge = await createCharge(h.db, { firstName: 'Olga', lastName, assessedCents: 10_000 });
  await h.client.slashCommand({
    command: '/writeoff',
    text: `$40 Olga ${lastName} hardship`,
    userId: BILLER,
    channelId,
  });
  const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => v.view.submit !== undefined);
  const submitted = await h.client.fillAndSubmit(BILLER, modal.id, { [NOTE_BLOCK]: 'Income verified' });
  expect(submitted.status).toBe(200);
  return charge;
}

describe('the confirmation reaches the confirmer wherever the command was typed', () => {
  it.each([
    ['a private channel the app is not in', PRIVATE, 'not_in_channel', 'Privateson'],
    ['a DM between two people', PEOPLE_DM, 'not_in_channel', 'Peoplesdm'],
    ['a channel Slack no longer knows', NOWHERE, 'channel_not_found', 'Nowhereton'],
  ])('%s: one entry, and the result with Undo arrives by DM', async (_where, channelId, code, lastName) => {
    const charge = await writeOffFrom(channelId, lastName);
    const done = await waitFor(() =>
      botMessages(h, dmOf(BILLER)).find((m) => m.text?.includes(`Olga ${lastName}`)),
    );
    expect(done.text).toContain('I could not post in the conversation this started in');
    expect(done.text).toContain('Wrote off *$40.00*');
    expect(done.text).toContain('Outstanding now *$60.00*');
    expect(JSON.stringify(done.blocks)).toContain('"action_id":"undo_write_off"');

    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(6_000);
    // What the app tried first was refused by Slack, as it would be in a real workspace.
    expect(h.emulator.violations.some((v) => v.error === code)).toBe(true);
    expect(h.emulator.messages.all().filter((m) => m.channel === channelId)).toEqual([]);

    const line = h.logs.find((l) => l.includes('done message not delivered') && l.includes(channelId));
    expect(line).toContain(code);
    expect(line).toContain(BILLER);
    for (const l of h.logs) expect(l).not.toMatch(new RegExp(`${lastName}|Olga|\\$40|4000`));
  });
});

describe('a requests channel the app was removed from', () => {
  it('the confirmer gets the result and the requester the notice, each by DM', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Olga',
      lastName: 'Removedin',
      assessedCents: 9_000,
    });
    const { message } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'please write off $30 for Olga Removedin, hardship',
    });
    const card = await waitFor(() =>
      botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
    );
    // Someone removes the app from the channel while the request waits.
    h.emulator.addChannel({ id: REQUESTS, name: 'billing-requests', botMember: false });

    await pressReview(h, BILLER, card);
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => v.view.submit !== undefined);
    await h.client.fillAndSubmit(BILLER, modal.id, { [NOTE_BLOCK]: 'Sliding scale approved' });

    const done = await waitFor(() =>
      botMessages(h, dmOf(BILLER)).find((m) => m.text?.includes('Olga Removedin')),
    );
    expect(done.text).toContain('Wrote off *$30.00*');
    const notice = await waitFor(() =>
      botMessages(h, dmOf(FRONT_DESK)).find((m) => m.text?.includes('you asked for')),
    );
    expect(notice.text).toContain(`<@${FRONT_DESK}> done: <@${BILLER}> completed a write-off you asked for.`);
    expect(notice.text).not.toMatch(/Olga|\$30/);
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(1);
    expect(
      h.logs.some((l) => l.includes('request notice not delivered') && l.includes('not_in_channel')),
    ).toBe(true);
  });
});
