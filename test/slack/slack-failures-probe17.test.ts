/**
 * What the person sees when Slack fails a call the app makes on their behalf:
 * - the Loading modal is up but Slack will not fill it in (views.update `not_found`,
 *   `hash_conflict`): told privately that the form could not be opened, to try again;
 * - the assistant status is rate limited (429, Retry-After 20 s): the answer still comes at once,
 *   and the status is cleared after it;
 * - the report's chart and CSV cannot reach the manager's DM: the summary says so and what to do.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMonth, monthOf, type WriteOffReason } from '../../src/domain/index.ts';
import { writeOff } from '../../src/ledger/index.ts';
import { APPROVAL_BUTTONS_BLOCK, APPROVE_ACTION } from '../../src/slack/messages/approval-message-builder.ts';
import { ASSISTANT_GREETING } from '../../src/slack/messages/assistant-builder.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { cardIn, latestApproval, submitWriteOff } from './support/approvals.ts';
import {
  BILLER,
  botMessages,
  GENERAL,
  type Harness,
  MANAGER,
  startHarness,
  waitFor,
} from './support/harness.ts';

const APPROVALS = 'CAPPROVALS';
const THIS_MONTH = formatMonth(monthOf(new Date()));
const SLOW_MS = 15_000;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ env: { APPROVALS_CHANNEL: APPROVALS } });
  await createCharge(h.db, { firstName: 'Lee', lastName: 'Chen', assessedCents: 4_000 });
});
afterAll(async () => h?.stop());

const notice = (m: { text?: string }) => m.text?.includes('The form could not be opened') === true;
const PATIENT = /Lee|Chen|Hana|Happyday/;

describe('a Loading modal Slack will not fill in', () => {
  it('/writeoff whose views.update answers not_found: an ephemeral says to try again', async () => {
    h.emulator.failNext('views.update', 'not_found');
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$20 Lee Chen small balance',
      userId: BILLER,
      channelId: GENERAL,
    });
    const told = await waitFor(() => botMessages(h, GENERAL, BILLER).find(notice), SLOW_MS);
    expect(told.ephemeralTo).toBe(BILLER);
    expect(told.text).toContain('try again');
    expect(told.text).not.toMatch(PATIENT);
    expect(h.logs.join('\n')).not.toMatch(PATIENT);
  });

  it('Approve on a card whose views.update answers hash_conflict: the approver is told privately', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Hana',
      lastName: 'Happyday',
      assessedCents: 50_000,
    });
    await submitWriteOff(h, BILLER, '$150 Hana Happyday small balance');
    const approval = await latestApproval(h, BILLER);
    expect(approval?.chargeId).toBe(charge.chargeId);
    const card = await cardIn(h, APPROVALS, approval?.id ?? '');
    h.emulator.failNext('views.update', 'hash_conflict');
    await h.client.blockAction({
      userId: MANAGER,
      message: card,
      actions: [{ action_id: APPROVE_ACTION, block_id: APPROVAL_BUTTONS_BLOCK, value: approval?.id ?? '' }],
    });
    const told = await waitFor(() => botMessages(h, APPROVALS, MANAGER).find(notice), SLOW_MS);
    expect(told.ephemeralTo).toBe(MANAGER);
    expect(told.text).toContain('try again');
    expect((await latestApproval(h, BILLER))?.status).toBe('pending');
  });
});

describe('a rate-limited assistant status', () => {
  it('does not hold the answer back, and is cleared after it', async () => {
    const DM = 'DPROBE1701';
    const threadTs = '1700000017.000100';
    await h.client.event({
      type: 'assistant_thread_started',
      assistant_thread: { user_id: BILLER, channel_id: DM, thread_ts: threadTs, context: {} },
      event_ts: threadTs,
    });
    await waitFor(() => h.emulator.assistantThread(DM, threadTs)?.prompts !== undefined);
    h.emulator.rateLimitNext('assistant.threads.setStatus', 20);
    const started = Date.now();
    const { message } = await h.client.userMessage({
      userId: BILLER,
      channelId: DM,
      text: 'How do I undo a write-off?',
      threadTs,
    });
    const answer = await waitFor(
      () =>
        h.emulator.messages
          .inChannel(DM)
          .find(
            (m) =>
              m.threadTs === threadTs &&
              m.user !== BILLER &&
              m.text !== ASSISTANT_GREETING &&
              Number(m.ts) > Number(message.ts),
          ),
      5_000,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(`${answer.text ?? ''} ${JSON.stringify(answer.blocks ?? [])}`).toMatch(/undo/i);
    await waitFor(() => h.emulator.assistantThread(DM, threadTs)?.status === '');
  });
});

describe('/billing report when the files cannot reach the DM', () => {
  async function writeOffAs(actor: string, amountCents: number, reason: WriteOffReason) {
    const { chargeId } = await createCharge(h.db, { assessedCents: 20_000 });
    await expectOk(
      writeOff(h.db, {
        chargeId,
        amountCents,
        reason,
        actor,
        source: 'slash_command',
        idempotencyKey: randomUUID(),
      }),
    );
  }

  async function askReport(): Promise<string> {
    const before = h.emulator.responseUrlPosts.length;
    await h.client.slashCommand({
      command: '/billing',
      text: `report ${THIS_MONTH}`,
      userId: MANAGER,
      channelId: GENERAL,
    });
    const post = await waitFor(() => h.emulator.responseUrlPosts.slice(before)[0], SLOW_MS);
    expect(post.body.response_type).toBe('ephemeral');
    return JSON.stringify(post.body);
  }

  beforeAll(async () => {
    await writeOffAs(BILLER, 1_500, 'small_balance');
  });

  it.each([
    ['conversations.open', 'cannot_dm_bot'],
    ['files.completeUploadExternal', 'internal_error'],
  ])('%s answers %s: the summary says the files were not sent and what to do', async (method, error) => {
    const filesBefore = h.emulator.files.all().filter((f) => f.channel).length;
    h.emulator.failNext(method, error);
    const shown = await askReport();
    expect(shown).toContain(`Write-offs in ${THIS_MONTH}`);
    expect(shown).not.toContain('are in your DM');
    expect(shown).toContain('could not be sent to your DM');
    expect(shown).toContain(`/billing report ${THIS_MONTH}`);
    expect(shown).toContain(`npm run -s cli -- report --month ${THIS_MONTH} --csv`);
    expect(h.emulator.files.all().filter((f) => f.channel)).toHaveLength(filesBefore);
  });

  it('when the files do arrive, the summary still says they are in the DM', async () => {
    const shown = await askReport();
    expect(shown).toContain('The chart and the CSV are in your DM with the app.');
    expect(shown).not.toContain('could not be sent');
  });
});
