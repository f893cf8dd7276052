/**
 * The app registers one Bolt listener per kind (action, view, command) that picks the
 * handler by id, because Bolt runs every listener's middleware chain for every request. What a
 * user sees must not change: each known id still reaches its own handler. An interaction with an id
 * the app does not know (a button or form left open across a deploy) is acknowledged at once and
 * reaches no handler (answering-app.ts); a slash command the app does not have is still left
 * unacknowledged (Bolt answers 404 after 3 s).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { UNDO_ACTION, UNDO_BLOCK } from '../../src/slack/messages/done-message-builder.ts';
import { CAN_DO_ACTIONS_BLOCK } from '../../src/slack/messages/usage-message-builder.ts';
import {
  CHARGE_BLOCK,
  EFFECT_BLOCK,
  NEXT_STEP_ACTION,
  NOTE_BLOCK,
  PATIENT_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const NOT_ACKNOWLEDGED = 'An incoming event was not acknowledged within 3 seconds';

const h = useHarness();
let jane: { patientId: number; chargeId: number };

beforeAll(async () => {
  jane = await createCharge(h.db, { firstName: 'Jane', lastName: 'Doe', assessedCents: 12_000 });
});

describe('one listener per kind', () => {
  it('a modal field change, the confirm, Undo and a start button each do their own thing', async () => {
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$40 Jane Doe hardship',
      userId: BILLER,
      channelId: GENERAL,
    });
    let modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);

    // A refresh action: the modal is rebuilt around the chosen patient and charge.
    await h.client.changeInput(BILLER, modal.id, { [PATIENT_BLOCK]: String(jane.patientId) });
    modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => !!blockById(v, CHARGE_BLOCK));
    await h.client.changeInput(BILLER, modal.id, { [CHARGE_BLOCK]: String(jane.chargeId) });
    modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => !!blockById(v, EFFECT_BLOCK));

    // The modal's callback_id: the confirm writes the entry and closes the modal.
    const submitted = await h.client.fillAndSubmit(BILLER, modal.id, { [NOTE_BLOCK]: 'Income verified' });
    expect(submitted.status).toBe(200);
    expect((await ledgerOf(h.db, jane.chargeId)).outstandingCents).toBe(8_000);

    // The Undo button: the reversal is written and the message says so.
    const done = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes('Wrote off')),
    );
    const undoBlock = (done.blocks as { block_id?: string; elements?: { value: string }[] }[]).find(
      (b) => b.block_id === UNDO_BLOCK,
    );
    await h.client.blockAction({
      userId: BILLER,
      message: done,
      actions: [
        { action_id: UNDO_ACTION, block_id: UNDO_BLOCK, value: undoBlock?.elements?.[0]?.value ?? '' },
      ],
    });
    await waitFor(() => h.emulator.messages.find(GENERAL, done.ts)?.text?.includes('Undone'));
    expect((await ledgerOf(h.db, jane.chargeId)).outstandingCents).toBe(12_000);

    // A start button, matched by its pattern rather than an exact id: the empty form opens.
    const usage = await h.client.slashCommand({
      command: '/billing',
      text: 'check eligibility for Jane Doe',
      userId: BILLER,
      channelId: GENERAL,
    });
    const buttons = (
      usage.body as { blocks: { block_id?: string; elements?: { action_id: string; value: string }[] }[] }
    ).blocks.find((b) => b.block_id === CAN_DO_ACTIONS_BLOCK)?.elements;
    const writeOff = buttons?.find((b) => b.value === 'write_off');
    expect(writeOff).toBeDefined();
    const before = h.emulator.callsTo('views.open').length;
    await h.client.blockAction({
      userId: BILLER,
      channelId: GENERAL,
      actions: [{ action_id: writeOff?.action_id ?? '', block_id: CAN_DO_ACTIONS_BLOCK, value: 'write_off' }],
    });
    await waitFor(() => h.emulator.callsTo('views.open').length > before);
    await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => !blockById(v, EFFECT_BLOCK));
  });

  it('an unknown action_id, callback_id or command is still not handled', async () => {
    h.logs.length = 0;
    const opened = h.emulator.callsTo('views.open').length;
    const answers = await Promise.all([
      // Ids that only extend or shorten known ones: the match is of the whole id.
      h.client.blockAction({
        userId: BILLER,
        channelId: GENERAL,
        actions: [{ action_id: `${UNDO_ACTION}_again`, block_id: UNDO_BLOCK, value: 'x' }],
      }),
      h.client.blockAction({
        userId: BILLER,
        channelId: GENERAL,
        actions: [{ action_id: NEXT_STEP_ACTION.slice(1), block_id: 'b', value: 'x' }],
      }),
      h.client.rawInteraction({
        type: 'view_submission',
        team: { id: h.emulator.workspace.teamId, domain: 'test' },
        user: { id: BILLER, team_id: h.emulator.workspace.teamId },
        api_app_id: h.emulator.workspace.appId,
        token: 'verification-token',
        trigger_id: '1.2.3',
        view: {
          id: 'V0UNKNOWN1',
          type: 'modal',
          callback_id: `${WRITE_OFF_CALLBACK}_v2`,
          private_metadata: 'pa_unknown',
          state: { values: {} },
        },
      }),
      h.client.slashCommand({
        command: '/writeoffs',
        text: '$40 Jane Doe',
        userId: BILLER,
        channelId: GENERAL,
      }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 404]);
    expect(h.logs.filter((l) => l.includes(NOT_ACKNOWLEDGED))).toHaveLength(1);
    expect(h.logs.filter((l) => l.includes('listener failed'))).toEqual([]);
    expect(h.emulator.callsTo('views.open')).toHaveLength(opened);
  }, 10_000);
});
