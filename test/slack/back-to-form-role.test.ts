/**
 * "Back to the form" carries a request's id in its value, like any button: pressed by someone who
 * may not act on that request (a forged payload, a viewer), it puts no form, no patient and no
 * figure in front of them.
 */
import { expect, it } from 'vitest';
import { BACK_TO_FORM_ACTION, BACK_TO_FORM_BLOCK } from '../../src/slack/views/working-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, GENERAL, useHarness, VIEWER, waitFor, waitForModal } from './support/harness.ts';

const h = useHarness();

it("a viewer pressing Back to the form with a biller's request id is refused, and sees no patient", async () => {
  await createCharge(h.db, { firstName: 'Priv', lastName: 'Acyform', assessedCents: 5_000 });
  await h.client.slashCommand({
    command: '/writeoff',
    text: '$10 Priv Acyform small balance',
    userId: BILLER,
    channelId: GENERAL,
  });
  const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
    JSON.stringify(v).includes('Acyform'),
  );
  const pendingId = String(form.view.private_metadata);

  // The viewer's own App Home, a view they may press buttons on.
  await h.client.event({ type: 'app_home_opened', user: VIEWER, channel: 'DHOMEVIEW1', tab: 'home' });
  const home = await waitFor(() => h.emulator.views.home(VIEWER));
  const logged = h.logs.length;
  await h.client.blockAction({
    userId: VIEWER,
    view: home.id,
    actions: [{ action_id: BACK_TO_FORM_ACTION, block_id: BACK_TO_FORM_BLOCK, value: pendingId }],
  });
  await waitFor(() => h.logs.slice(logged).some((l) => l.includes('back to a form refused')));
  // No form was put anywhere the viewer sees: not on top, not in their App Home.
  expect(h.emulator.views.top(VIEWER)?.view.callback_id).not.toBe(WRITE_OFF_CALLBACK);
  expect(JSON.stringify(h.emulator.views.home(VIEWER)?.view ?? {})).not.toContain('Acyform');
});
