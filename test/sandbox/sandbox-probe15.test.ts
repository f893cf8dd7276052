/**
 * What an outside probe of the sandbox found, fixed in the renderer, the page's requests and the
 * message box (pure parts): checkboxes drawn and sent as Slack sends them, text fields that take
 * no more than their max_length, refusals shown in the modal, images at a readable size, an icon,
 * and typed markup kept as text.
 */
import { describe, expect, it } from 'vitest';
import { escapeTyped, parseComposed, withMentions } from '../../src/sandbox/compose.ts';
import { ChangeRequest, SubmitRequest } from '../../src/sandbox/page-requests.ts';
import { renderBlocks } from '../../src/sandbox/render/blocks.ts';
import { renderMessageList } from '../../src/sandbox/render/messages.ts';
import { renderModal } from '../../src/sandbox/render/modal.ts';
import { mrkdwnToHtml } from '../../src/sandbox/render/mrkdwn.ts';
import {
  buildStateValues,
  clientSideErrors,
  currentStateValues,
  type StoredView,
} from '../../src/slack-emulator/index.ts';

const nameOf = (_id: string): string | undefined => undefined;
const plain = (text: string) => ({ type: 'plain_text', text });

/** The repeat confirmation as the app builds it (src/slack/views/repeat-blocks.ts). */
const repeatBlock = {
  type: 'input',
  block_id: 'repeat_confirm',
  label: plain('Done before'),
  element: {
    type: 'checkboxes',
    action_id: 'repeat_confirm_check',
    options: [{ text: plain('Yes, do it again'), value: 'again' }],
  },
};

const view = (blocks: unknown[]) => ({ type: 'modal', title: plain('Write off PR'), blocks });

describe('checkboxes in an input block', () => {
  const render = (blocks: unknown[], state = currentStateValues(view(blocks))) =>
    renderBlocks(blocks, { nameOf, state: state as never }).text;

  it('draws each option as a box with its text, not as an unsupported element', () => {
    const html = render([repeatBlock]);
    expect(html).not.toContain('Unsupported');
    expect(html).toContain('data-type="checkboxes"');
    expect(html).toContain('data-block-id="repeat_confirm" data-action-id="repeat_confirm_check"');
    expect(html).toMatch(/<input type="checkbox" value="again"\s*>/);
    expect(html).toContain('Yes, do it again');
    expect(html).not.toContain('(optional)');
  });

  it('shows descriptions, ticks initial_options, and marks an optional group', () => {
    const options = [
      { text: { type: 'mrkdwn', text: '*Email* the patient' }, value: 'email', description: plain('A copy') },
      { text: plain('Print'), value: 'print' },
    ];
    const block = {
      type: 'input',
      block_id: 'send',
      optional: true,
      label: plain('Send'),
      element: { type: 'checkboxes', action_id: 'send_check', options, initial_options: [options[1]] },
    };
    const html = render([block]);
    expect(html).toContain('<b>Email</b> the patient');
    expect(html).toContain('<span class="checkbox-description">A copy</span>');
    expect(html).toMatch(/value="email"\s*>/);
    expect(html).toMatch(/value="print" checked>/);
    expect(html).toContain('<span class="optional">(optional)</span>');
  });

  it('shows what the user ticked over the initial options', () => {
    const state = { repeat_confirm: { repeat_confirm_check: { type: 'checkboxes', selected_options: [] } } };
    const block = {
      ...repeatBlock,
      element: { ...repeatBlock.element, initial_options: repeatBlock.element.options },
    };
    expect(render([block], state)).toMatch(/value="again"\s*>/);
  });

  it('is sent as Slack sends it: the ticked values become selected_options, none ticked is incomplete', () => {
    const form = view([repeatBlock]);
    const ticked = buildStateValues(form, { repeat_confirm: { repeat_confirm_check: ['again'] } });
    expect(ticked).toEqual({
      repeat_confirm: {
        repeat_confirm_check: {
          type: 'checkboxes',
          selected_options: [{ text: plain('Yes, do it again'), value: 'again' }],
        },
      },
    });
    expect(clientSideErrors(form, ticked)).toEqual({});
    const none = buildStateValues(form, { repeat_confirm: { repeat_confirm_check: [] } });
    expect(clientSideErrors(form, none)).toEqual({ repeat_confirm: 'Please complete this required field.' });
  });

  it('is accepted by the page server as a list of values, in a change and in a submission', () => {
    const submit = {
      user: 'U1',
      viewId: 'V1',
      inputs: { repeat_confirm: { repeat_confirm_check: ['again'] } },
    };
    expect(SubmitRequest.safeParse(submit).success).toBe(true);
    const change = { user: 'U1', viewId: 'V1', blockId: 'b', actionId: 'a', type: 'checkboxes', value: [] };
    expect(ChangeRequest.safeParse(change).success).toBe(true);
    const tooMany = { ...change, value: Array.from({ length: 11 }, (_, i) => `v${i}`) };
    expect(ChangeRequest.safeParse(tooMany).success).toBe(false);
  });
});

describe('text fields and refusals', () => {
  const note = (element: Record<string, unknown>) =>
    renderBlocks(
      [
        {
          type: 'input',
          block_id: 'note',
          label: plain('Note'),
          element: { action_id: 'note_input', ...element },
        },
      ],
      { nameOf },
    ).text;

  it("takes no more than the field's max_length, and never more than Slack's 3,000", () => {
    expect(note({ type: 'plain_text_input', multiline: true, max_length: 500 })).toContain('maxlength="500"');
    expect(note({ type: 'plain_text_input', max_length: 40 })).toContain('maxlength="40"');
    expect(note({ type: 'plain_text_input', multiline: true })).toContain('maxlength="3000"');
    expect(note({ type: 'plain_text_input', max_length: 9_000 })).toContain('maxlength="3000"');
  });

  it('refuses an over-long field with a sentence a person can read', () => {
    const parsed = SubmitRequest.safeParse({
      user: 'U1',
      viewId: 'V1',
      inputs: { note: { note_input: 'x'.repeat(3_001) } },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Slack takes at most 3,000 characters in a field');
  });

  it('gives every modal a place to say why the sandbox did not send it', () => {
    const stored = { id: 'V1', userId: 'U1', hash: 'h', view: view([]), errors: {} } as unknown as StoredView;
    const html = renderModal(stored, 1, { nameOf }).text;
    expect(html).toContain('<div class="modal-problem" role="alert" hidden></div>');
  });
});

describe('files and the page', () => {
  it('links an image to its full size, so a chart can be read', () => {
    const html = renderMessageList(
      [
        {
          message: {
            channel: 'C1',
            ts: '1796161760.000100',
            user: 'U0BOT',
            text: 'Report',
            files: [{ id: 'F2', name: 'c.png', title: 'Chart', mimetype: 'image/png', size: 10 }],
          },
          replies: [],
        },
      ],
      { nameOf, botUserId: 'U0BOT', appName: 'Billing Assistant', fileUrl: (id) => `/files/${id}` },
    ).text;
    expect(html).toContain(
      '<a class="file-open" href="/files/F2" target="_blank" rel="noopener" title="Open full size"><img src="/files/F2" alt="Chart"></a>',
    );
  });
});

describe('typed text', () => {
  const typed = '<img src=x onerror=alert(1)> & <b>bold</b>';

  it('is sent with &, < and > as entities, as Slack does, mentions added after', () => {
    const composed = parseComposed(`${typed} @bea`);
    expect(composed.kind).toBe('message');
    const sent = withMentions(escapeTyped(composed.text), [{ id: 'U0SBBILLER1', name: 'bea' }]);
    expect(sent).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt; <@U0SBBILLER1>');
  });

  it('is shown exactly as typed, never as markup', () => {
    const shown = mrkdwnToHtml(escapeTyped(typed), nameOf).text;
    expect(shown).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
  });
});
