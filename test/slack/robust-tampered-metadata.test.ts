/**
 * A confirm form whose private_metadata names no request the app knows (empty, garbage, an
 * all-zero UUID, 3,000 characters: tampered with, or a request long deleted) must not close as if
 * it had worked: the modal turns into a notice that the form is no longer valid and to start
 * again. Nothing is written, and the log gives the string's length and hash, never the string.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallBalanceBatchSlack } from '../../src/slack/actions/small-balance-batch.ts';
import { AMOUNT_BLOCK, NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { untrustedIdFacts } from '../../src/workflow/pending-actions.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, type Harness, ledgerOf, MANAGER, startHarness, textOf } from './support/harness.ts';

let h: Harness;
let charge: { patientId: number; chargeId: number };

beforeAll(async () => {
  h = await startHarness();
  charge = await createCharge(h.db, { assessedCents: 5_000 });
});
afterAll(async () => h?.stop());

const input = (blockId: string, actionId: string) => ({
  type: 'input',
  block_id: blockId,
  element: { type: 'plain_text_input', action_id: actionId },
});

function submitWith(privateMetadata: string, callbackId: string, userId: string) {
  return h.client.rawInteraction({
    type: 'view_submission',
    token: 'verification-token',
    api_app_id: h.emulator.workspace.appId,
    team: { id: h.emulator.workspace.teamId, domain: 'test' },
    user: { id: userId, team_id: h.emulator.workspace.teamId },
    trigger_id: '1.2.3',
    view: {
      id: 'VTAMPER01',
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      blocks: [input(AMOUNT_BLOCK, 'amount_input'), input(NOTE_BLOCK, 'note_input')],
      state: {
        values: {
          patient: { patient_select: { selected_option: { value: String(charge.patientId) } } },
          charge: { charge_select: { selected_option: { value: String(charge.chargeId) } } },
          reason: { reason_select: { selected_option: { value: 'small_balance' } } },
          [AMOUNT_BLOCK]: { amount_input: { value: '10' } },
          [NOTE_BLOCK]: { note_input: { value: null } },
        },
      },
    },
  });
}

const TAMPERED: [string, string][] = [
  ['empty', ''],
  ['garbage', 'garbage-Quennell'],
  ['an all-zero UUID', '00000000-0000-0000-0000-000000000000'],
  ['a quoted string', '"Jane Doe owes 40"'],
  ['3,000 characters', `Quennell${'x'.repeat(2_992)}`],
];

describe('a confirm form whose private_metadata names no request', () => {
  it.each(TAMPERED)(
    '%s: "no longer valid, start again", nothing written, not echoed in the log',
    async (_, pm) => {
      h.logs.length = 0;
      const response = await submitWith(pm, WRITE_OFF_CALLBACK, BILLER);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ response_action: 'update' });
      const shown = textOf([response.body]);
      expect(shown).toContain('This form is no longer valid');
      expect(shown).toContain('start again');
      expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);
      const logged = h.logs.join('\n');
      if (pm !== '') expect(logged).not.toContain(pm);
      expect(logged).not.toContain('Quennell');
      expect(logged).toContain(`"idHash":"${untrustedIdFacts(pm).idHash}"`);
      expect(logged).toContain(`"idLength":${pm.length}`);
    },
  );

  it('the small-balance batch form too: no "Writing off…", no message, nothing written', async () => {
    h.logs.length = 0;
    const posted = h.emulator.callsTo('chat.postMessage').length;
    const response = await submitWith('garbage-Quennell', smallBalanceBatchSlack.callbackId, MANAGER);
    expect(response.status).toBe(200);
    expect(textOf([response.body])).toContain('This form is no longer valid');
    expect(textOf([response.body])).not.toContain('Writing off');
    expect(h.emulator.callsTo('chat.postMessage')).toHaveLength(posted);
    expect(h.logs.join('\n')).not.toContain('Quennell');
  });
});
