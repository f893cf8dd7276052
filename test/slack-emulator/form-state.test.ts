/**
 * Modal form state as Slack keeps it, proven through a real Bolt app: block_actions carry the
 * form as it stands (with the element that changed), and views.update keeps what the user
 * entered in input blocks whose block_id and action_id survive.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppClient,
  createAppClient,
  type SlackEmulator,
  type StoredView,
  startSlackEmulator,
} from '../../src/slack-emulator/index.ts';
import { payerModal, SIGNING_SECRET, startTinyBoltApp } from './tiny-bolt-app.ts';

const USER = 'U0BILLER1';
const CHANNEL = 'C0BILLING';

let emulator: SlackEmulator;
let tinyApp: Awaited<ReturnType<typeof startTinyBoltApp>>;
let slack: AppClient;

beforeEach(async () => {
  emulator = await startSlackEmulator();
  tinyApp = await startTinyBoltApp(emulator);
  slack = createAppClient({ appUrl: tinyApp.appUrl, signingSecret: SIGNING_SECRET, emulator });
});

afterEach(async () => {
  await tinyApp.stop();
  await emulator.stop();
});

async function openPayerModal(): Promise<StoredView> {
  await slack.slashCommand({ command: '/payer', userId: USER, channelId: CHANNEL });
  await expect.poll(() => emulator.views.top(USER)).toBeDefined();
  const modal = emulator.views.top(USER);
  if (!modal) throw new Error('no modal');
  return modal;
}

const text = (value: string | null) => ({ type: 'plain_text_input', value });
const selected = (value: string, label: string) => ({
  type: 'static_select',
  selected_option: { text: { type: 'plain_text', text: label }, value },
});
const hasPlanField = () =>
  JSON.stringify(emulator.views.top(USER)?.view.blocks ?? []).includes('"plan_block"');

describe('block_actions from a modal', () => {
  it('carries the whole form as it stands, including the element that changed', async () => {
    const modal = await openPayerModal();
    // Typing in an input without dispatch_action sends nothing; Slack's client just keeps it.
    const typed = await slack.changeInput(USER, modal.id, { memo_block: 'Paid at the desk' });
    expect(typed).toBeUndefined();

    const changed = await slack.changeInput(USER, modal.id, { payer_block: 'cigna' });
    expect(changed?.status).toBe(200);
    await expect.poll(() => tinyApp.recorder.payerActions.length).toBe(1);
    const [received] = tinyApp.recorder.payerActions;
    expect(received?.actions).toEqual([
      expect.objectContaining({ action_id: 'payer', block_id: 'payer_block', ...selected('cigna', 'Cigna') }),
    ]);
    expect(received?.values).toEqual({
      payer_block: { payer: selected('cigna', 'Cigna') },
      memo_block: { memo: text('Paid at the desk') },
      code_block: { code: text(null) },
      kind_block: { kind: text(null) },
      ref_block: { ref: text('R-1') },
      extra_block: { extra: text(null) },
    });
  });

  it('records the value carried by a hand-made action in the state sent with it', async () => {
    const modal = await openPayerModal();
    await slack.blockAction({
      userId: USER,
      view: modal.id,
      actions: [{ action_id: 'payer', block_id: 'payer_block', ...selected('aetna', 'Aetna') }],
    });
    await expect.poll(() => tinyApp.recorder.payerActions.length).toBe(1);
    expect(tinyApp.recorder.payerActions[0]?.values.payer_block).toEqual({
      payer: selected('aetna', 'Aetna'),
    });
  });
});

describe('views.update', () => {
  it('keeps entries whose block_id, action_id and element type survive; drops the rest', async () => {
    const modal = await openPayerModal();
    await slack.changeInput(
      USER,
      modal.id,
      {
        memo_block: 'Paid at the desk',
        code_block: 'X1',
        kind_block: 'copay',
        extra_block: 'more',
        payer_block: 'cigna',
      },
      { changed: 'payer_block' },
    );
    await expect.poll(hasPlanField).toBe(true);
    // What Slack still holds as entered: code changed action_id, kind became a select, extra is gone.
    expect(emulator.views.top(USER)?.view.state).toEqual({
      values: {
        payer_block: { payer: selected('cigna', 'Cigna') },
        memo_block: { memo: text('Paid at the desk') },
      },
    });

    const submitted = await slack.fillAndSubmit(USER, modal.id, { plan_block: 'gold' });
    expect(submitted).toMatchObject({ status: 200, sent: true });
    expect(tinyApp.recorder.payerSubmissions).toEqual([
      {
        payer_block: { payer: selected('cigna', 'Cigna') },
        // The user's entry wins over the rebuilt view's initial_value, as in Slack.
        memo_block: { memo: text('Paid at the desk') },
        code_block: { code_v2: text(null) },
        kind_block: { kind: { type: 'static_select', selected_option: null } },
        // Untouched: the new view's initial value.
        ref_block: { ref: text('R-2') },
        plan_block: { plan: selected('gold', 'Gold') },
      },
    ]);
  });

  it('drops an entry when the app gives its block a new block_id (how apps reset a field)', async () => {
    const modal = await openPayerModal();
    await slack.changeInput(USER, modal.id, { memo_block: 'Paid at the desk' });
    const memo = payerModal('start').blocks[1];
    const updated = emulator.invoke('views.update', {
      view_id: modal.id,
      view: { ...payerModal('start'), blocks: [{ ...memo, block_id: 'memo_block_2' }] },
    });
    expect(updated.ok).toBe(true);
    expect(emulator.views.top(USER)?.view.state).toEqual({ values: {} });
  });
});
