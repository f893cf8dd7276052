/**
 * With LOG_LEVEL=debug, Bolt would log request bodies (patient names, balances) through its
 * console logger. The app never gives the Slack libraries a level below info.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, GENERAL, type Harness, startHarness, waitForModal } from './support/harness.ts';

describe('logs at LOG_LEVEL=debug', () => {
  let h: Harness;
  const printed: string[] = [];
  beforeAll(async () => {
    for (const method of ['debug', 'info', 'log', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      });
    }
    h = await startHarness({ env: { LOG_LEVEL: 'debug' }, productionLogger: true });
    await createCharge(h.db, { firstName: 'Philippa', lastName: 'Quennell', assessedCents: 4_321 });
  });
  afterAll(async () => {
    await h?.stop();
    vi.restoreAllMocks();
  });

  it('never print a patient name or balance, while a modal with both is opened', async () => {
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$40 Philippa Quennell hardship',
      userId: BILLER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    // The name really went over the wire: the check below could fail.
    expect(JSON.stringify(modal.view)).toContain('Quennell');
    const output = printed.join('\n');
    expect(output).not.toContain('Quennell');
    expect(output).not.toContain('43.21');
  });
});
