/**
 * The sandbox as someone evaluating the app uses it: a real Chromium, the page, the real Bolt app
 * behind it. Every scenario ends with what the page shows and what the ledger holds.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SANDBOX_BILLER, SANDBOX_FRONT_DESK, SANDBOX_MANAGER } from '../../src/sandbox/people.ts';
import { DM_PLACE, HOME_PLACE, SANDBOX_REQUESTS_CHANNEL, TEAM_CHANNEL } from '../../src/sandbox/places.ts';
import {
  type BrowserRig,
  browserAvailability,
  demoCharge,
  demoPatient,
  openPlace,
  screenshot,
  useBrowserPage,
} from './browser-support.ts';
import { tinyPng } from './tiny-png.ts';

const availability = browserAvailability();
if (!availability.run) console.warn(`\n  ⚠ ${availability.notice}\n`);

const JANE = 'DEMO-0001';
const JANE_OPEN_VISIT = '2026-09-14'; // Office visit 99214, $185.00 outstanding in the demo
const JANE_PAID_PANEL = '2026-06-03'; // fully paid
const JANE_XRAY = '2026-08-21'; // $120.00, $50.00 paid, $70.00 outstanding
const BOB = 'DEMO-0004';
const BOB_VISIT = '2026-02-05'; // $25.00 outstanding

/** The README's screenshot is refreshed from this run when asked: UPDATE_README_SCREENSHOT=1. */
const README_SCREENSHOT = join(process.cwd(), 'docs', 'sandbox.png');

/** The page updates as the app's replies arrive; on a busy machine that can take seconds. */
// Generous waits: in CI the browser shares two cores with the other test files running beside it.
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 60_000, interval: 100 });

describe.runIf(availability.run)('the sandbox in a browser', { timeout: 300_000 }, () => {
  let rig: BrowserRig;
  let page: Page;

  useBrowserPage({ width: 1280, height: 860 }, (started, opened) => {
    rig = started;
    page = opened;
  });

  const modal = () => page.locator('#modal-root .modal');

  async function send(text: string) {
    await page.locator('#message-box').fill(text);
    await page.locator('#message-box').press('Enter');
  }

  async function choosePatient(query: string, name: string) {
    await modal().locator('.external-query').fill(query);
    await modal().locator('.suggestion', { hasText: name }).first().click();
  }

  async function chooseCharge(dateOfService: string) {
    const select = modal().locator('select[data-block-id="charge"]');
    await select.waitFor();
    const label = await select.locator('option', { hasText: dateOfService }).first().textContent();
    await select.selectOption({ label: label ?? '' });
  }

  describe('as the biller', () => {
    it('writes off $40 for Jane Doe from /writeoff, sees the balance, and Undo restores it', async () => {
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      await page.locator('#message-box').fill('/wri');
      await expect
        .poll(() => page.locator('#command-hints').textContent())
        .toContain('$40 Jane Doe hardship');
      await send('/writeoff $40 Jane hardship');

      await eventually(() => modal().locator('.modal-title').textContent()).toContain('Write off');
      await eventually(() => modal().textContent()).toContain('Several patients match');
      await choosePatient('Jane Doe', 'Jane Doe');
      await chooseCharge(JANE_OPEN_VISIT);
      await eventually(() => modal().textContent()).toContain('$185.00 → $145.00');
      await modal().locator('textarea[data-block-id="note"]').fill('Income verified with pay stubs');
      await screenshot(page, 'write-off-modal');
      await modal().locator('[data-kind="submit"]').click();

      await eventually(() => modal().count()).toBe(0);
      const done = page.locator('.message', { hasText: 'Wrote off' }).last();
      await eventually(() => done.textContent()).toContain('Outstanding now $145.00');
      expect(await done.locator('.only-you').textContent()).toBe('Only visible to you');
      expect(await done.locator('b', { hasText: '$145.00' }).count()).toBe(1);
      let charge = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      expect(charge.outstandingCents).toBe(14_500);
      expect(charge.kinds.filter((k) => k === 'write_off')).toHaveLength(1);
      await screenshot(page, 'write-off-done');

      await done.locator('[data-kind="button"]', { hasText: 'Undo' }).click();
      await eventually(() => page.locator('#confirm-dialog').isVisible()).toBe(true);
      await page.locator('#confirm-dialog .confirm-yes').click();
      await eventually(() => page.locator('.message', { hasText: 'Undone' }).count()).toBe(1);
      expect(await page.locator('.message', { hasText: 'Undone' }).textContent()).toContain('$185.00');
      charge = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      expect(charge.outstandingCents).toBe(18_500);
      expect(charge.kinds.filter((k) => k === 'write_off_reversal')).toHaveLength(1);
    });

    it('is told under the amount field when the amount is above what is outstanding; nothing is written', async () => {
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      await send('/writeoff $90 Jane Doe hardship');
      await eventually(() => modal().locator('.modal-title').textContent()).toContain('Write off');
      await choosePatient('Jane Doe', 'Jane Doe');
      await chooseCharge(JANE_XRAY);
      // The form redraws for the chosen charge (dispatch_action, views.update); fill and confirm the
      // redrawn form, not the one being replaced.
      await eventually(() => modal().locator('.modal-body').textContent()).toContain('Outstanding $70.00');
      await modal().locator('textarea[data-block-id="note"]').fill('Sliding-scale application approved');
      await modal().locator('[data-kind="submit"]').click();

      const error = modal().locator('[data-block-id="amount"] .field-error');
      await eventually(() => error.textContent()).toContain('$70.00');
      const shot = await screenshot(page, 'amount-above-outstanding');
      if (process.env.UPDATE_README_SCREENSHOT === '1') await copyFile(shot, README_SCREENSHOT);
      const charge = await demoCharge(rig.handle, JANE, JANE_XRAY);
      expect(charge.outstandingCents).toBe(7_000);
      expect(charge.kinds).not.toContain('write_off');

      await modal().locator('[data-kind="close"]').click();
      await eventually(() => modal().count()).toBe(0);
    });

    it("asks why Jane Doe's paid charge cannot be written off; a refund is refused to a biller, offered to a manager", async () => {
      const question = "why can't I write off Jane Doe's paid charge?";
      await openPlace(rig, page, SANDBOX_BILLER.id, DM_PLACE.id);
      await send(question);
      const answer = page.locator('.reply', { hasText: 'already paid' }).last();
      await eventually(() => answer.count()).toBe(1);
      expect(await answer.textContent()).toContain('Refund the payment first');
      // The app offers a next-step button only to someone who may take that step.
      expect(await answer.locator('[data-kind="button"]').count()).toBe(0);
      await screenshot(page, 'why-answer-biller');

      await send("/billing refund Jane Doe's June 3 payment");
      const refusal = page.locator('.message', {
        hasText: 'You do not have a role that may refund payments',
      });
      await eventually(() => refusal.count()).toBe(1);
      expect(await refusal.locator('.only-you').count()).toBe(1);

      await page.locator('#user-switcher').selectOption(SANDBOX_MANAGER.id);
      await page.waitForURL(new RegExp(`user=${SANDBOX_MANAGER.id}`));
      await send(question);
      const managerAnswer = page.locator('.reply', { hasText: 'already paid' }).last();
      await eventually(() => managerAnswer.count()).toBe(1);
      await managerAnswer.locator('[data-kind="button"]', { hasText: 'Refund' }).click();
      await eventually(() => modal().textContent()).toContain('$42.00');
      expect(await modal().locator('.modal-title').textContent()).toContain('Refund');
      await screenshot(page, 'refund-next-step-manager');
      await modal().locator('[data-kind="close"]').click();
      await eventually(() => modal().count()).toBe(0);

      const charge = await demoCharge(rig.handle, JANE, JANE_PAID_PANEL);
      expect(charge.kinds).not.toContain('refund');
      expect(charge.status).toBe('paid');
    });

    it('writes off above the $100 limit, sees "sent for approval", and the manager approves', async () => {
      const before = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      const patientBefore = await demoPatient(rig.handle, JANE);
      const writeOffsBefore = before.entries.filter((e) => e.kind === 'write_off').length;
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      await send('/writeoff $150 Jane Doe hardship');
      await eventually(() => modal().locator('.modal-title').textContent()).toContain('Write off');
      await choosePatient('Jane Doe', 'Jane Doe');
      await chooseCharge(JANE_OPEN_VISIT);
      await eventually(() => modal().textContent()).toContain('$185.00 → $35.00');
      await modal().locator('textarea[data-block-id="note"]').fill('Lost job in August, letter on file');
      await modal().locator('[data-kind="submit"]').click();

      // Above Bea's $100 limit: the modal says where the request went, and nothing is written yet.
      await eventually(() => modal().textContent()).toContain('Sent for approval');
      expect(await modal().textContent()).toContain('Max Manager');
      expect(await modal().textContent()).toContain('nothing is written off yet');
      await screenshot(page, 'sent-for-approval');
      const pending = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      expect(pending.entries).toEqual(before.entries);
      await modal().locator('[data-kind="close"]').click();
      await eventually(() => modal().count()).toBe(0);

      // Without APPROVALS_CHANNEL the request arrives in each approver's DM with the app.
      await openPlace(rig, page, SANDBOX_MANAGER.id, DM_PLACE.id);
      const card = page.locator('.message', { hasText: 'asks for approval' }).last();
      await eventually(() => card.textContent()).toContain('$150.00');
      expect(await card.textContent()).toContain('Bea Biller');
      expect(await card.textContent()).toContain('J. D.');
      await screenshot(page, 'approval-request-manager');
      await card.locator('[data-kind="button"]', { hasText: 'Approve' }).click();
      await eventually(() => modal().locator('.modal-title').textContent()).toContain('Approve write-off');
      // The full name shows only in the approver's own modal.
      expect(await modal().textContent()).toContain('Jane Doe');
      await modal().locator('textarea[data-block-id="note"]').fill('Approved per hardship policy');
      await modal().locator('[data-kind="submit"]').click();
      await eventually(() => modal().count()).toBe(0);
      // The approver's confirmation, not the card above it, which now reads "Approved by …".
      const approved = page.locator('.message', { hasText: /Approved (?!by ).+'s write-off of/ });
      await eventually(() => approved.textContent()).toContain('Outstanding now $35.00');
      await screenshot(page, 'approval-approved-manager');

      const after = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      const writeOffs = after.entries.filter((e) => e.kind === 'write_off');
      expect(writeOffs).toHaveLength(writeOffsBefore + 1);
      expect(writeOffs.at(-1)).toMatchObject({
        actor: SANDBOX_BILLER.id,
        amountCents: 15_000,
        source: 'approval',
      });
      expect(after.outstandingCents).toBe(before.outstandingCents - 15_000);
      const patientAfter = await demoPatient(rig.handle, JANE);
      expect(patientAfter.outstandingCents).toBe(patientBefore.outstandingCents - 15_000);

      // The biller hears the outcome in their DM with the app.
      await page.locator('#user-switcher').selectOption(SANDBOX_BILLER.id);
      await page.waitForURL(new RegExp(`user=${SANDBOX_BILLER.id}`));
      const outcome = page.locator('.message', { hasText: 'approved your write-off request' });
      await eventually(() => outcome.count()).toBe(1);
      expect(await outcome.textContent()).toContain('Max Manager');
      expect(await outcome.textContent()).toContain('Approved per hardship policy');
      await screenshot(page, 'approval-outcome-biller');
    });
  });

  describe('as the front-desk user', () => {
    it('posts a request in the requests channel; the biller confirms it from the thread', async () => {
      await openPlace(rig, page, SANDBOX_FRONT_DESK.id, SANDBOX_REQUESTS_CHANNEL.id);
      await send('Please write off $20 for Bob Smith, small balance');
      const card = page.locator('.reply', { hasText: 'asked for a write-off' });
      await eventually(() => card.count()).toBe(1);
      expect(await card.textContent()).not.toContain('Bob Smith');
      await screenshot(page, 'front-desk-request');

      await page.locator('#user-switcher').selectOption(SANDBOX_BILLER.id);
      await page.waitForURL(new RegExp(`user=${SANDBOX_BILLER.id}`));
      await page
        .locator('.reply', { hasText: 'asked for a write-off' })
        .locator('[data-kind="button"]')
        .click();
      await eventually(() => modal().locator('.modal-title').textContent()).toContain('Write off');
      await chooseCharge(BOB_VISIT);
      await eventually(() => modal().textContent()).toContain('$25.00 → $5.00');
      await modal().locator('[data-kind="submit"]').click();

      await eventually(() => page.locator('.reply', { hasText: 'completed a write-off' }).count()).toBe(1);
      await screenshot(page, 'front-desk-request-done');
      const charge = await demoCharge(rig.handle, BOB, BOB_VISIT);
      expect(charge.outstandingCents).toBe(500);
      const entry = charge.entries.find((e) => e.kind === 'write_off');
      expect(entry).toMatchObject({ actor: SANDBOX_BILLER.id, amountCents: 2_000, reason: 'small_balance' });
    });
  });

  describe('what the app publishes', () => {
    /** The app's own token and the real Web API client, talking to the sandbox's Slack. */
    const appWebClient = () =>
      new webApi.WebClient(rig.sandbox.emulator.botToken, {
        slackApiUrl: rig.sandbox.emulator.url,
        retryConfig: { retries: 0 },
        logLevel: webApi.LogLevel.ERROR,
      });

    it('shows files uploaded with files.uploadV2 (CSV, PNG) as attachments', async () => {
      const before = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      // As a report command would upload.
      const slack = appWebClient();
      await slack.filesUploadV2({
        channel_id: TEAM_CHANNEL.id,
        initial_comment: 'Write-offs this month',
        file_uploads: [
          { content: 'reason,count,total\nsmall_balance,1,$20.00\n', filename: 'write-offs.csv' },
          { file: tinyPng(), filename: 'by-reason.png' },
        ],
      });
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      const message = page.locator('.message', { hasText: 'Write-offs this month' });
      await eventually(() => message.locator('.file-card').textContent()).toContain('write-offs.csv');
      const image = message.locator('.file-image img');
      await expect
        .poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
        .toBe(2);
      // The CSV is a named attachment: its kind, its name, and a link that downloads it by name.
      const csvCard = message.locator('.file-card');
      expect(await csvCard.locator('.file-kind').textContent()).toBe('CSV');
      expect(await csvCard.getAttribute('download')).toBe('write-offs.csv');
      expect(await message.locator('.file-image figcaption').textContent()).toContain('by-reason.png');
      await screenshot(page, 'uploaded-files');
      const href = await csvCard.getAttribute('href');
      const csv = await page.request.get(`${rig.origin}${href}`);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain('small_balance,1,$20.00');
      // Showing a report writes nothing to the ledger.
      const after = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      expect(after.entries).toEqual(before.entries);
    });

    it('shows Block Kit it cannot render as a visible placeholder naming the type, beside what it can', async () => {
      const slack = appWebClient();
      // A rich_text block (which Slack itself renders) and a workflow button the page does not draw.
      await slack.chat.postMessage({
        channel: TEAM_CHANNEL.id,
        text: 'Month-end checklist',
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: '*Month-end checklist*' } },
          {
            type: 'rich_text',
            elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'Close the batch' }] }],
          },
          {
            type: 'actions',
            elements: [
              { type: 'button', action_id: 'noop', text: { type: 'plain_text', text: 'Open report' } },
              {
                type: 'workflow_button',
                text: { type: 'plain_text', text: 'Run workflow' },
                workflow: { trigger: { url: 'https://slack.com/shortcuts/Ft0000/abc' } },
              },
            ],
          },
        ],
      });
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      const message = page.locator('.message', { hasText: 'Month-end checklist' }).last();
      const unknownBlock = message.locator('[data-unknown-type="rich_text"]');
      await eventually(() => unknownBlock.count()).toBe(1);
      expect(await unknownBlock.isVisible()).toBe(true);
      expect(await unknownBlock.textContent()).toBe('Unsupported block: rich_text');
      const unknownElement = message.locator('[data-unknown-type="workflow_button"]');
      expect(await unknownElement.isVisible()).toBe(true);
      expect(await unknownElement.textContent()).toBe('Unsupported element: workflow_button');
      // What the page can draw in the same message is still drawn.
      expect(await message.locator('b', { hasText: 'Month-end checklist' }).count()).toBe(1);
      expect(await message.locator('[data-kind="button"]', { hasText: 'Open report' }).count()).toBe(1);
      await screenshot(page, 'unknown-block-placeholder');
    });

    it("shows the App Home tab with the biller's recent actions", async () => {
      await openPlace(rig, page, SANDBOX_BILLER.id, HOME_PLACE.id);
      await eventually(() => page.locator('.home').textContent()).toContain('Billing assistant');
      await eventually(() => page.locator('.home').textContent()).toContain('Bob Smith');
      await screenshot(page, 'app-home');
      const charge = await demoCharge(rig.handle, BOB, BOB_VISIT);
      expect(charge.outstandingCents).toBe(500);
    });
  });
});
