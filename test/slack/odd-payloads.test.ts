/**
 * Payload shapes Slack should never send must not become an unhandled error in the app's own
 * code (issue 9, "Also"). A view_submission for one of our modal callbacks whose view lacks its
 * state or private_metadata is answered (it used to throw in our listener and time out as a
 * 404). One without any view is Bolt's to answer: it fails before our code runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { BILLER, type Harness, startHarness } from './support/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

function submission(extra: Record<string, unknown>) {
  return {
    type: 'view_submission',
    team: { id: h.emulator.workspace.teamId, domain: 'test' },
    user: { id: BILLER, team_id: h.emulator.workspace.teamId },
    api_app_id: h.emulator.workspace.appId,
    token: 'verification-token',
    trigger_id: '1.2.3',
    ...extra,
  };
}

describe('odd view_submission payloads', () => {
  it.each([
    [
      'a view with no state',
      {
        view: {
          id: 'V0ODD0001',
          type: 'modal',
          callback_id: WRITE_OFF_CALLBACK,
          private_metadata: 'pa_missing',
        },
      },
    ],
    [
      'a view with no private_metadata',
      { view: { id: 'V0ODD0002', type: 'modal', callback_id: WRITE_OFF_CALLBACK, state: { values: {} } } },
    ],
  ])('%s: answered, no listener failure logged', async (_, extra) => {
    h.logs.length = 0;
    const response = await h.client.rawInteraction(submission(extra));
    expect(response.status).toBe(200);
    expect(h.logs.filter((l) => l.includes('listener failed'))).toEqual([]);
  });

  it('no view at all: Bolt answers before any code of ours runs, and the app keeps serving', async () => {
    h.logs.length = 0;
    await h.client.rawInteraction(submission({}));
    // Bolt reads body.view while authorizing, before any middleware of ours (issue 9: leave it).
    expect(h.logs).toEqual(['An unhandled error occurred while Bolt processed an event']);
    const next = await h.client.rawInteraction(
      submission({
        view: { id: 'V0ODD0003', type: 'modal', callback_id: WRITE_OFF_CALLBACK, state: { values: {} } },
      }),
    );
    expect(next.status).toBe(200);
  });
});
