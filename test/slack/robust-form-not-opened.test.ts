/**
 * When Slack will not open the form (views.open refused: the trigger_id expired on the way, or
 * was already used), the person who ran the command or pressed the button is told privately that
 * the form could not open and to try again, instead of seeing nothing at all. Nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOME_UNDO_ACTION } from '../../src/slack/views/home-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, botMessages, GENERAL, type Harness, startHarness, waitFor } from './support/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await createCharge(h.db, { firstName: 'Tove', lastName: 'Triggerson', assessedCents: 4_000 });
});
afterAll(async () => h?.stop());

const notice = (m: { text?: string }) => m.text?.includes('The form could not be opened') === true;

describe('a form Slack would not open', () => {
  it('/writeoff with a trigger Slack refuses: an ephemeral in the channel says to try again', async () => {
    const response = await h.client.slashCommand({
      command: '/writeoff',
      text: '$4 Tove Triggerson small balance',
      userId: BILLER,
      channelId: GENERAL,
      // As if the command had waited past the trigger's 3 s on its way to the app.
      extra: { trigger_id: '1700000000.1.expired' },
    });
    expect(response.status).toBe(200);
    const told = await waitFor(() => botMessages(h, GENERAL, BILLER).find(notice));
    expect(told.ephemeralTo).toBe(BILLER);
    expect(told.text).toContain('try again');
    expect(h.emulator.views.top(BILLER)).toBeUndefined();
  });

  it('a button with nowhere to answer (App Home): the notice comes by DM', async () => {
    await h.client.rawInteraction({
      type: 'block_actions',
      token: 'verification-token',
      api_app_id: h.emulator.workspace.appId,
      team: { id: h.emulator.workspace.teamId, domain: 'test' },
      user: { id: BILLER, team_id: h.emulator.workspace.teamId },
      trigger_id: '1700000000.2.expired',
      container: { type: 'view', view_id: 'VHOME0001' },
      actions: [{ type: 'button', action_id: HOME_UNDO_ACTION, block_id: 'recent_1', value: '1' }],
    });
    const dm = h.emulator.state.directory.dmFor(BILLER).id;
    const told = await waitFor(() => botMessages(h, dm).find(notice));
    expect(told.text).toContain('try again');
  });
});
