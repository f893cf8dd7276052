import type { AddressInfo } from 'node:net';
import { App, type Logger, LogLevel } from '@slack/bolt';
import type { SlackEmulator } from '../../src/slack-emulator/index.ts';

export const SIGNING_SECRET = 'emulator-test-signing-secret';

/** A modal small enough to read, with knobs to break one Slack rule at a time. */
export function expenseModal(variant: string) {
  const blockCount = variant === '101-blocks' ? 101 : 0;
  return {
    type: 'modal' as const,
    callback_id: 'adjustment_modal',
    title: {
      type: 'plain_text' as const,
      text: variant === 'long-title' ? 'T'.repeat(25) : 'Adjust a balance',
    },
    submit: { type: 'plain_text' as const, text: 'Submit' },
    private_metadata: variant === 'big-metadata' ? 'm'.repeat(3_001) : '{"chargeId":"c1"}',
    blocks: [
      {
        type: 'input' as const,
        block_id: 'amount_block',
        label: { type: 'plain_text' as const, text: 'Amount' },
        element: { type: 'number_input' as const, action_id: 'amount', is_decimal_allowed: true },
      },
      {
        type: 'input' as const,
        block_id: 'reason_block',
        label: { type: 'plain_text' as const, text: 'Reason' },
        element: {
          type: 'static_select' as const,
          action_id: 'reason',
          options: [
            {
              text: { type: 'plain_text' as const, text: 'Financial hardship' },
              value: 'financial_hardship',
            },
            { text: { type: 'plain_text' as const, text: 'Small balance' }, value: 'small_balance' },
          ],
        },
      },
      ...Array.from({ length: blockCount }, () => ({ type: 'divider' as const })),
    ],
  };
}

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const textInput = (blockId: string, actionId: string, label: string, initialValue?: string) => ({
  type: 'input' as const,
  block_id: blockId,
  optional: true,
  label: plain(label),
  element: {
    type: 'plain_text_input' as const,
    action_id: actionId,
    ...(initialValue ? { initial_value: initialValue } : {}),
  },
});

/**
 * A modal that rebuilds itself when the payer changes (dispatch_action), as billing apps do.
 * The 'plans' step keeps payer and memo ids, renames code's action_id, turns kind into a
 * select, drops extra, gives ref and memo new initial values and adds a plan field.
 */
export function payerModal(step: 'start' | 'plans') {
  const plans = step === 'plans';
  const kindOptions = [
    { text: plain('Copay'), value: 'copay' },
    { text: plain('Deductible'), value: 'deductible' },
  ];
  return {
    type: 'modal' as const,
    callback_id: 'payer_modal',
    title: plain('Payer'),
    submit: plain('Save'),
    blocks: [
      {
        type: 'input' as const,
        block_id: 'payer_block',
        dispatch_action: true,
        label: plain('Payer'),
        element: {
          type: 'static_select' as const,
          action_id: 'payer',
          options: [
            { text: plain('Aetna'), value: 'aetna' },
            { text: plain('Cigna'), value: 'cigna' },
          ],
        },
      },
      textInput('memo_block', 'memo', 'Memo', plans ? 'Rebuilt memo' : undefined),
      textInput('code_block', plans ? 'code_v2' : 'code', 'Code'),
      plans
        ? {
            type: 'input' as const,
            block_id: 'kind_block',
            optional: true,
            label: plain('Kind'),
            element: { type: 'static_select' as const, action_id: 'kind', options: kindOptions },
          }
        : textInput('kind_block', 'kind', 'Kind'),
      textInput('ref_block', 'ref', 'Reference', plans ? 'R-2' : 'R-1'),
      ...(plans
        ? [
            {
              type: 'input' as const,
              block_id: 'plan_block',
              label: plain('Plan'),
              element: {
                type: 'static_select' as const,
                action_id: 'plan',
                options: [{ text: plain('Gold'), value: 'gold' }],
              },
            },
          ]
        : [textInput('extra_block', 'extra', 'Extra')]),
    ],
  };
}

/** Refusals are the point of these tests; keep the client's error logging out of the output. */
const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

export type TinyAppRecorder = {
  apiErrors: string[];
  retryNums: (number | undefined)[];
  commandRuns: number;
  /** Runs between the command's ack and views.open, to simulate slow work. */
  beforeOpen: () => Promise<void>;
  submissions: Record<string, unknown>[];
  /** block_actions from the payer modal, as Bolt handed them to the listener. */
  payerActions: { actions: unknown[]; values: Record<string, unknown> }[];
  payerSubmissions: Record<string, unknown>[];
};

/** A real Bolt app on the default HTTPReceiver, pointed at the emulator. Knows nothing of billing. */
export async function startTinyBoltApp(emulator: SlackEmulator) {
  const recorder: TinyAppRecorder = {
    apiErrors: [],
    retryNums: [],
    commandRuns: 0,
    beforeOpen: async () => {},
    submissions: [],
    payerActions: [],
    payerSubmissions: [],
  };
  const app = new App({
    token: emulator.botToken,
    signingSecret: SIGNING_SECRET,
    logger: silentLogger,
    clientOptions: { slackApiUrl: emulator.url, retryConfig: { retries: 0 } },
  });

  app.command('/adjust', async ({ ack, body, client }) => {
    recorder.commandRuns += 1;
    await ack();
    await recorder.beforeOpen();
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: expenseModal(body.text) });
    } catch (error) {
      recorder.apiErrors.push((error as { data?: { error?: string } }).data?.error ?? String(error));
    }
  });

  app.view('adjustment_modal', async ({ ack, view }) => {
    recorder.submissions.push(view.state.values);
    const amount = view.state.values.amount_block?.amount?.value;
    if (Number(amount) > 25) {
      await ack({
        response_action: 'errors',
        errors: { amount_block: 'Write-offs above $25 need a supervisor.' },
      });
      return;
    }
    await ack();
  });

  app.command('/payer', async ({ ack, body, client }) => {
    await ack();
    await client.views.open({ trigger_id: body.trigger_id, view: payerModal('start') });
  });

  app.action({ type: 'block_actions', action_id: 'payer' }, async ({ ack, body, client }) => {
    await ack();
    const view = body.view;
    if (!view) return;
    recorder.payerActions.push({ actions: body.actions, values: view.state.values });
    await client.views.update({ view_id: view.id, hash: view.hash, view: payerModal('plans') });
  });

  app.view('payer_modal', async ({ ack, view }) => {
    recorder.payerSubmissions.push(view.state.values);
    await ack();
  });

  app.event('app_mention', async ({ event, client, context }) => {
    recorder.retryNums.push(context.retryNum);
    await client.chat.postEphemeral({
      channel: event.channel,
      user: event.user ?? '',
      text: 'Only you can see this.',
    });
  });

  app.action('approve_button', async ({ ack, respond }) => {
    await ack();
    await respond({ replace_original: true, text: 'Approved' });
  });

  app.options('payer_lookup', async ({ ack, payload }) => {
    const text = `Payer matching ${payload.value}`;
    await ack({ options: [{ text: { type: 'plain_text', text }, value: 'payer_1' }] });
  });

  const server = await app.start(0);
  const port = (server.address() as AddressInfo).port;
  return { app, recorder, appUrl: `http://127.0.0.1:${port}/slack/events`, stop: () => app.stop() };
}
