/**
 * What a biller notices of Slack's limits: a select option shortened to Slack's 75 characters still
 * shows the figures it is chosen by (a charge's date and amount, a patient's DOB and MRN), and the
 * notification text of a private reply shows a patient named `<!channel> Markup` as text, never as
 * a live @channel.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUnderstoodMessage } from '../../src/slack/messages/request-message-builder.ts';
import { fallbackText } from '../../src/slack/messages/slack-message.ts';
import { context, plain, section } from '../../src/slack/views/block-kit.ts';
import { optionText } from '../../src/slack/views/option-text.ts';
import {
  CHARGE_BLOCK,
  PATIENT_ACTION,
  PATIENT_BLOCK,
  patientBlocks,
  patientOption,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { ParsedRequest } from '../../src/workflow/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const LONG_DESCRIPTION =
  'Comprehensive metabolic panel with extended lipid fractionation and reflex testing, '.repeat(3);
const LONG_NAME = "Marie-Thérèse Éléonore O'Connor-Dubois de la Fontaine-Saint-Michel d'A";
/** What Slack would read as a mention of everyone in the channel. */
const LIVE_CHANNEL = /<!channel>/;

describe('option text built from data', () => {
  it('keeps a charge’s date and outstanding amount whole and shortens its description', () => {
    const text = optionText({ lead: '2025-03-03', free: LONG_DESCRIPTION, tail: '$999,999.99' });
    expect(text.length).toBeLessThanOrEqual(75);
    expect(text.startsWith('2025-03-03 · Comprehensive metabolic panel')).toBe(true);
    expect(text.endsWith('… · $999,999.99')).toBe(true);
  });

  it('leaves a short option as it is', () => {
    expect(optionText({ lead: '2025-01-01', free: 'Visit 1', tail: '$2.00' })).toBe(
      '2025-01-01 · Visit 1 · $2.00',
    );
  });

  it('keeps a long-named patient’s date of birth and MRN', () => {
    const option = patientOption({ id: 7, fullName: LONG_NAME, dateOfBirth: '1951-02-03', mrn: 'STR-LONG' });
    expect(option.text.text.length).toBeLessThanOrEqual(75);
    expect(option.text.text.startsWith('Marie-Thérèse')).toBe(true);
    expect(option.text.text.endsWith('… · DOB 1951-02-03 · MRN STR-LONG')).toBe(true);
  });

  it('shows the long name whole under the patient field, as the option cannot', () => {
    const selected = { id: 7, fullName: LONG_NAME, dateOfBirth: '1951-02-03', mrn: 'STR-LONG' };
    const blocks = patientBlocks({ match: 'found', selected, note: null, candidates: [] });
    expect(JSON.stringify(blocks)).toContain(JSON.stringify(LONG_NAME).slice(1, -1));
  });
});

describe('a message’s fallback text', () => {
  it('escapes a patient’s name as the blocks do', () => {
    const parsed = { amountCents: 200, patient: '<!channel> Markup' } as ParsedRequest;
    const note = "The name and the MRN are not the same patient's: <!channel> Markup (MRN STR-MK1).";
    const message = buildUnderstoodMessage('write_off', parsed, 'pending-1', note);
    expect(message.text).not.toMatch(LIVE_CHANNEL);
    expect(message.text).toContain('&lt;!channel&gt; Markup (MRN STR-MK1)');
  });

  it('escapes plain text, which Slack shows literally in blocks but parses in the fallback', () => {
    const text = fallbackText([
      section('Done.'),
      context('x'),
      { type: 'header', text: plain('<!here> Eve') },
    ]);
    expect(text).toBe('Done.\nx\n&lt;!here&gt; Eve');
  });
});

describe('through Slack', () => {
  const h = useHarness();

  beforeAll(async () => {
    await createCharge(h.db, {
      firstName: '<!channel>',
      lastName: 'Markup',
      mrn: 'OFL-MK1',
      description: 'Office visit <!channel> *99213* <https://evil.example|click>',
    });
    await createCharge(h.db, { firstName: 'Marie', lastName: LONG_NAME, mrn: 'OFL-LONG' });
    for (const [dateOfService, assessedCents] of [
      ['2025-03-03', 99_999_999],
      ['2025-04-04', 35_000],
    ] as const)
      await createCharge(h.db, {
        firstName: 'Lena',
        lastName: 'Longcharge',
        mrn: 'OFL-LC1',
        dateOfService,
        description: LONG_DESCRIPTION,
        assessedCents,
      });
  });

  it('a mention about the `<!channel> Markup` patient is answered with no live @channel', async () => {
    const bot = `<@${h.emulator.workspace.botUserId}>`;
    await h.client.userMessage({
      userId: BILLER,
      channelId: GENERAL,
      text: `${bot} write off $2 for Tobias OFL-MK1 small balance`,
    });
    const reply = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).findLast((m) => m.text?.includes('$2.00')),
    );
    expect(reply.text).toContain('&lt;!channel&gt; Markup');
    expect(reply.text).not.toMatch(LIVE_CHANNEL);
  });

  it('the patient picker shows a long-named patient’s MRN', async () => {
    await h.client.slashCommand({ command: '/writeoff', text: '', userId: BILLER, channelId: GENERAL });
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    const suggestion = await h.client.blockSuggestion({
      userId: BILLER,
      view: modal.id,
      actionId: PATIENT_ACTION,
      blockId: PATIENT_BLOCK,
      value: 'OFL-LONG',
    });
    const [first] = (suggestion.body as { options: { text: { text: string } }[] }).options;
    expect(first?.text.text.length).toBeLessThanOrEqual(75);
    expect(first?.text.text).toContain('MRN OFL-LONG');
  });

  it('the write-off form lists a charge with a long description by its date and outstanding amount', async () => {
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$10 Lena Longcharge small balance',
      userId: BILLER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => !!blockById(v, CHARGE_BLOCK));
    const element = blockById(modal, CHARGE_BLOCK)?.element as { options: { text: { text: string } }[] };
    const shown = element.options.map((o) => o.text.text);
    expect(shown).toContainEqual(expect.stringMatching(/^2025-03-03 · Comprehensive .*… · \$999,999\.99$/));
    expect(shown).toContainEqual(expect.stringMatching(/^2025-04-04 · Comprehensive .*… · \$350\.00$/));
    for (const text of shown) expect(text.length).toBeLessThanOrEqual(75);
  });
});
