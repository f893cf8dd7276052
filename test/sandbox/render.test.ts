/** The sandbox's Block Kit renderer: what a reader of the page would see, and nothing unsafe. */
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../src/sandbox/render/blocks.ts';
import { renderMessageList } from '../../src/sandbox/render/messages.ts';
import { mrkdwnToHtml } from '../../src/sandbox/render/mrkdwn.ts';
import type { StoredMessage } from '../../src/slack-emulator/index.ts';

const names: Record<string, string> = { U0SBBILLER1: 'Bea Biller' };
const nameOf = (id: string) => names[id];
const mrkdwn = (text: string) => mrkdwnToHtml(text, nameOf).text;

describe('mrkdwn', () => {
  it.each([
    ['*$145.00*', '<b>$145.00</b>'],
    ['_a note_', '<i>a note</i>'],
    ['~old~', '<s>old</s>'],
    ['run `/billing why Jane`', 'run <code>/billing why Jane</code>'],
    ['<@U0SBBILLER1> done', '<span class="mention" data-user="U0SBBILLER1">@Bea Biller</span> done'],
    ['<@U0NOBODY|sam>', '@sam</span>'],
    [
      '<https://example.com/help|the article>',
      '<a href="https://example.com/help" target="_blank" rel="noopener noreferrer">the article</a>',
    ],
    [':white_check_mark: Wrote off', '✅ Wrote off'],
    [':raised_hand: <@U0SBBILLER1> asks', '✋ <span class="mention"'],
    ['line one\nline two', 'line one<br>line two'],
  ])('%s', (text, expected) => {
    expect(mrkdwn(text)).toContain(expected);
  });

  it('shows entities as characters, and never lets text become markup', () => {
    expect(mrkdwn('Tom &amp; Jerry &lt;3')).toBe('Tom &amp; Jerry &lt;3');
    expect(mrkdwn('<script>alert(1)</script>')).not.toContain('<script>');
    expect(mrkdwn('<javascript:alert(1)|click>')).toBe('click');
    expect(mrkdwn('*<img src=x onerror=alert(1)>*')).not.toContain('<img');
  });

  it('leaves formatting marks inside code alone', () => {
    expect(mrkdwn('`*not bold*`')).toBe('<code>*not bold*</code>');
  });
});

describe('blocks', () => {
  const render = (blocks: unknown[], extra = {}) => renderBlocks(blocks, { nameOf, ...extra }).text;

  it('renders header, section text and fields, context, divider, image and buttons with style and confirm', () => {
    const html = render([
      { type: 'header', text: { type: 'plain_text', text: 'Balance' } },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*Jane Doe*' },
        fields: [{ type: 'mrkdwn', text: 'Owes *$70.00*' }],
        accessory: { type: 'button', action_id: 'open', text: { type: 'plain_text', text: 'Open' } },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'From the ledger' }] },
      { type: 'divider' },
      { type: 'image', image_url: 'https://example.com/chart.png', alt_text: 'Chart' },
      {
        type: 'actions',
        block_id: 'undo',
        elements: [
          {
            type: 'button',
            action_id: 'undo_write_off',
            style: 'danger',
            value: 'p-1',
            text: { type: 'plain_text', text: 'Undo' },
            confirm: {
              title: { type: 'plain_text', text: 'Undo?' },
              text: { type: 'plain_text', text: 'The write-off is reversed.' },
              confirm: { type: 'plain_text', text: 'Undo it' },
              deny: { type: 'plain_text', text: 'Keep it' },
            },
          },
        ],
      },
    ]);
    expect(html).toContain('<h3 class="block header">Balance</h3>');
    expect(html).toContain('<b>Jane Doe</b>');
    expect(html).toContain('Owes <b>$70.00</b>');
    expect(html).toContain('From the ledger');
    expect(html).toContain('<hr class="block divider">');
    expect(html).toContain('src="https://example.com/chart.png" alt="Chart"');
    expect(html).toContain('class="btn btn-danger"');
    expect(html).toContain('data-action-id="undo_write_off"');
    expect(html).toContain('data-value="p-1"');
    expect(html).toContain('&quot;confirm&quot;:&quot;Undo it&quot;');
  });

  it('shows a block or element it cannot render as a visible placeholder naming its type', () => {
    const html = render([
      { type: 'rich_text', elements: [] },
      { type: 'actions', elements: [{ type: 'workflow_button', action_id: 'w' }] },
    ]);
    expect(html).toContain('Unsupported block: <code>rich_text</code>');
    expect(html).toContain('Unsupported element: <code>workflow_button</code>');
  });

  it('fills inputs from the form state and shows field errors under their block', () => {
    const html = render(
      [
        {
          type: 'input',
          block_id: 'amount',
          dispatch_action: true,
          label: { type: 'plain_text', text: 'Amount' },
          element: { type: 'plain_text_input', action_id: 'amount_input', initial_value: '40.00' },
        },
        {
          type: 'input',
          block_id: 'reason',
          label: { type: 'plain_text', text: 'Reason' },
          element: {
            type: 'static_select',
            action_id: 'reason_select',
            options: [{ text: { type: 'plain_text', text: 'Small balance' }, value: 'small_balance' }],
          },
        },
      ],
      {
        state: {
          amount: { amount_input: { type: 'plain_text_input', value: '90' } },
          reason: { reason_select: { type: 'static_select', selected_option: { value: 'small_balance' } } },
        },
        errors: { amount: 'At most $70.00 can be written off.' },
      },
    );
    expect(html).toContain('value="90"');
    expect(html).toContain('data-dispatch="1"');
    expect(html).toContain('<option value="small_balance" selected>Small balance</option>');
    expect(html).toContain('<div class="field-error" role="alert">At most $70.00 can be written off.</div>');
  });
});

describe('messages', () => {
  const context = {
    nameOf,
    botUserId: 'U0BOT',
    appName: 'Billing Assistant',
    fileUrl: (id: string) => `/files/${id}`,
  };
  const message = (fields: Partial<StoredMessage>): StoredMessage => ({
    channel: 'C1',
    ts: '1796161758.000100',
    user: 'U0BOT',
    ...fields,
  });

  it('marks ephemeral messages, names authors, nests thread replies and shows files', () => {
    const html = renderMessageList(
      [
        {
          message: message({ text: 'Only for you', ephemeralTo: 'U0SBBILLER1' }),
          replies: [message({ ts: '1796161759.000100', user: 'U0SBBILLER1', text: 'thanks', threadTs: '1' })],
        },
        {
          message: message({
            ts: '1796161760.000100',
            text: 'Report',
            files: [
              { id: 'F1', name: 'r.csv', title: 'r.csv', mimetype: 'text/csv', size: 2048 },
              { id: 'F2', name: 'c.png', title: 'Chart', mimetype: 'image/png', size: 10 },
            ],
          }),
          replies: [],
        },
      ],
      context,
    ).text;
    expect(html).toContain('<div class="only-you">Only visible to you</div>');
    expect(html).toContain('<span class="author">Billing Assistant</span>');
    expect(html).toContain('<div class="replies">');
    expect(html).toContain('<span class="author">Bea Biller</span>');
    expect(html).toContain('<a class="file file-card" href="/files/F1" download="r.csv">');
    expect(html).toContain('<span class="file-kind">CSV</span>');
    expect(html).toContain('<img src="/files/F2" alt="Chart">');
  });
});
