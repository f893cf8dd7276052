import { describe, expect, it } from 'vitest';
import {
  applyViewSubmissionAck,
  buildStateValues,
  clientSideErrors,
  createManualClock,
  startSlackEmulator,
} from '../../src/slack-emulator/index.ts';

const option = (value: string) => ({ text: { type: 'plain_text', text: value }, value });

const form = {
  type: 'modal',
  title: { type: 'plain_text', text: 'Refund' },
  blocks: [
    {
      type: 'input',
      block_id: 'amount_block',
      label: { type: 'plain_text', text: 'Amount' },
      element: { type: 'number_input', action_id: 'amount', is_decimal_allowed: true, max_value: '500' },
    },
    {
      type: 'input',
      block_id: 'method_block',
      label: { type: 'plain_text', text: 'Method' },
      element: { type: 'radio_buttons', action_id: 'method', options: [option('card'), option('check')] },
    },
    {
      type: 'input',
      block_id: 'note_block',
      optional: true,
      label: { type: 'plain_text', text: 'Note' },
      element: { type: 'plain_text_input', action_id: 'note', initial_value: 'n/a' },
    },
  ],
};

describe('buildStateValues', () => {
  it('builds Slack state values by block type, keeping initial values of untouched fields', () => {
    expect(buildStateValues(form, { amount_block: '12.50', method_block: 'check' })).toEqual({
      amount_block: { amount: { type: 'number_input', value: '12.50' } },
      method_block: { method: { type: 'radio_buttons', selected_option: option('check') } },
      note_block: { note: { type: 'plain_text_input', value: 'n/a' } },
    });
  });

  it('keeps what the user entered (same element type only) and leaves buttons out', () => {
    const withButton = {
      ...form,
      blocks: [
        ...form.blocks,
        {
          type: 'actions',
          block_id: 'go',
          elements: [{ type: 'button', action_id: 'go', text: option('Go').text }],
        },
      ],
    };
    const entered = {
      amount_block: { amount: { type: 'number_input', value: '7' } },
      note_block: { note: { type: 'static_select', selected_option: option('x') } },
    };
    expect(buildStateValues(withButton, { method_block: 'card' }, entered)).toEqual({
      amount_block: { amount: { type: 'number_input', value: '7' } },
      method_block: { method: { type: 'radio_buttons', selected_option: option('card') } },
      note_block: { note: { type: 'plain_text_input', value: 'n/a' } },
    });
  });

  it('throws on a block id or option value the view does not have', () => {
    expect(() => buildStateValues(form, { amount: '1' })).toThrow(/amount/);
    expect(() => buildStateValues(form, { method_block: 'cash' })).toThrow(/cash/);
  });
});

describe('clientSideErrors', () => {
  it.each([
    [{ method_block: 'card' }, 'amount_block'],
    [{ amount_block: 'twelve', method_block: 'card' }, 'amount_block'],
    [{ amount_block: '501', method_block: 'card' }, 'amount_block'],
    [{ amount_block: '12' }, 'method_block'],
  ])('refuses %j under %s, as Slack’s client does', (inputs, blockId) => {
    expect(Object.keys(clientSideErrors(form, buildStateValues(form, inputs)))).toEqual([blockId]);
  });
});

describe('applyViewSubmissionAck', () => {
  it('updates, pushes and clears the modal stack as Slack does', async () => {
    const emulator = await startSlackEmulator({ clock: createManualClock() });
    try {
      const opened = emulator.invoke('views.open', { trigger_id: emulator.issueTriggerId('U1'), view: form });
      const rootId = String((opened.view as { id: string }).id);
      const confirm = { ...form, title: { type: 'plain_text', text: 'Confirm' }, blocks: [] };
      applyViewSubmissionAck(emulator.state, 'U1', rootId, { response_action: 'update', view: confirm });
      expect(emulator.views.top('U1')?.view.title).toEqual(confirm.title);
      applyViewSubmissionAck(emulator.state, 'U1', rootId, { response_action: 'push', view: form });
      expect(emulator.views.stack('U1')).toHaveLength(2);
      const tooLong = { ...form, title: { type: 'plain_text', text: 'x'.repeat(25) } };
      applyViewSubmissionAck(emulator.state, 'U1', rootId, { response_action: 'update', view: tooLong });
      expect(emulator.violations.at(-1)).toMatchObject({
        method: 'view_submission.ack',
        error: 'invalid_arguments',
      });
      applyViewSubmissionAck(emulator.state, 'U1', rootId, { response_action: 'clear' });
      expect(emulator.views.stack('U1')).toEqual([]);
    } finally {
      await emulator.stop();
    }
  });
});
