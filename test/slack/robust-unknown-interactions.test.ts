/**
 * Interactions the app has nothing to do with are acknowledged at once (HTTP 200), not left to
 * Bolt's 404 after 3 s, which Slack shows as "We had some trouble connecting": a form of a kind
 * the app does not know (it says the form is no longer valid), a button of an older version,
 * view_closed, shortcuts, an interaction type Bolt does not know. A payload without its user or
 * view gets a 200 too, never a 500, and its text reaches no log. A form field sent as a number or
 * an object instead of text gets a field error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMOUNT_BLOCK, NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { NO_HINTS, startRequest } from '../../src/workflow/index.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, GENERAL, type Harness, ledgerOf, startHarness, textOf } from './support/harness.ts';

/** Well inside Slack's 3 s: answered at once, not at Bolt's timeout. */
const AT_ONCE_MS = 1_500;
/** Text a forged payload carries; no log line may repeat it. */
const PAYLOAD_TEXT = 'Philippa Quennell DOB 1947-06-19';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const base = () => ({
  token: 'verification-token',
  api_app_id: h.emulator.workspace.appId,
  team: { id: h.emulator.workspace.teamId, domain: 'test' },
  user: { id: BILLER, team_id: h.emulator.workspace.teamId },
});

async function timed(payload: Record<string, unknown>) {
  const started = Date.now();
  const response = await h.client.rawInteraction(payload);
  return { ...response, ms: Date.now() - started };
}

describe('interactions the app has nothing to do with', () => {
  it('a form of a kind the app does not know: 200 at once, and it says the form is no longer valid', async () => {
    const response = await timed({
      ...base(),
      type: 'view_submission',
      trigger_id: '1.2.3',
      view: {
        id: 'VOLDFORM1',
        type: 'modal',
        callback_id: 'write_off_modal_v0',
        private_metadata: 'whatever',
        blocks: [],
        state: { values: {} },
      },
    });
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(AT_ONCE_MS);
    expect(response.body).toMatchObject({ response_action: 'update' });
    expect(textOf([response.body])).toContain('This form is no longer valid');
  });

  it.each([
    [
      'a button of an older version (unknown action_id)',
      {
        type: 'block_actions',
        trigger_id: '1.2.3',
        channel: { id: GENERAL },
        actions: [{ type: 'button', action_id: 'undo_write_off_v0', block_id: 'x', value: 'v' }],
      },
    ],
    [
      'view_closed',
      {
        type: 'view_closed',
        is_cleared: false,
        view: { id: 'VCLOSED01', type: 'modal', callback_id: WRITE_OFF_CALLBACK, private_metadata: 'x' },
      },
    ],
    ['a global shortcut', { type: 'shortcut', callback_id: 'whatever', trigger_id: '1.2.3' }],
    [
      'a message shortcut',
      {
        type: 'message_action',
        callback_id: 'whatever',
        trigger_id: '1.2.3',
        channel: { id: GENERAL },
        message: { text: PAYLOAD_TEXT, ts: '1.1' },
      },
    ],
    ['an interaction type nobody knows', { type: 'totally_unknown', text: PAYLOAD_TEXT }],
  ])('%s: 200 at once, nothing opened, no failure logged', async (_, payload) => {
    h.logs.length = 0;
    const opened = h.emulator.callsTo('views.open').length;
    const response = await timed({ ...base(), ...payload });
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(AT_ONCE_MS);
    expect(h.emulator.callsTo('views.open')).toHaveLength(opened);
    expect(h.logs.filter((l) => l.includes('listener failed') || l.includes(PAYLOAD_TEXT))).toEqual([]);
  });

  it.each([
    ['a view_submission without view or user', { type: 'view_submission', text: PAYLOAD_TEXT }],
    [
      'block_actions without any action',
      {
        type: 'block_actions',
        team: { id: 'T0OTHER01' },
        user: { id: BILLER, team_id: 'T0OTHER01' },
        trigger_id: '1.2.3',
        actions: [],
        text: PAYLOAD_TEXT,
      },
    ],
    [
      'an Undo press without user or value',
      { type: 'block_actions', actions: [{ action_id: 'undo_write_off', text: PAYLOAD_TEXT }] },
    ],
    [
      'a view_submission without user',
      {
        type: 'view_submission',
        team: { id: 'T1' },
        view: { id: 'V1', callback_id: WRITE_OFF_CALLBACK, private_metadata: PAYLOAD_TEXT },
      },
    ],
  ])('%s: a 200, never a 500, and its text in no log', async (_, payload) => {
    h.logs.length = 0;
    const response = await timed(payload);
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(AT_ONCE_MS);
    expect(h.logs.filter((l) => l.includes(PAYLOAD_TEXT) || l.includes('Quennell'))).toEqual([]);
    // The app goes on serving.
    expect((await timed({ ...base(), type: 'totally_unknown' })).status).toBe(200);
  });
});

describe('a form field that is not text', () => {
  it.each([
    ['a number', 8],
    ['an object', { a: 1 }],
  ])('an amount sent as %s: a field error on the amount, nothing written', async (_, amount) => {
    const charge = await createCharge(h.db, { assessedCents: 5_000 });
    const pending = await startRequest(h.db, {
      kind: 'write_off',
      requestedBy: BILLER,
      origin: { via: 'command', channelId: GENERAL, threadTs: null, requesterId: BILLER },
      hints: NO_HINTS,
      extra: { patientId: charge.patientId, chargeId: charge.chargeId },
    });
    h.logs.length = 0;
    const input = (blockId: string, actionId: string) => ({
      type: 'input',
      block_id: blockId,
      element: { type: 'plain_text_input', action_id: actionId },
    });
    const response = await timed({
      ...base(),
      type: 'view_submission',
      trigger_id: '1.2.3',
      view: {
        id: 'VAMOUNT01',
        type: 'modal',
        callback_id: WRITE_OFF_CALLBACK,
        private_metadata: pending?.id,
        blocks: [input(AMOUNT_BLOCK, 'amount_input'), input(NOTE_BLOCK, 'note_input')],
        state: {
          values: {
            patient: { patient_select: { selected_option: { value: String(charge.patientId) } } },
            charge: { charge_select: { selected_option: { value: String(charge.chargeId) } } },
            reason: { reason_select: { selected_option: { value: 'small_balance' } } },
            [AMOUNT_BLOCK]: { amount_input: { value: amount } },
            [NOTE_BLOCK]: { note_input: { value: null } },
          },
        },
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      response_action: 'errors',
      errors: { [AMOUNT_BLOCK]: expect.stringContaining('could not be read') },
    });
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);
    expect(h.logs.filter((l) => l.includes('listener failed'))).toEqual([]);
  });
});
