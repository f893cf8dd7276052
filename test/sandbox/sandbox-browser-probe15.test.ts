/**
 * What an outside probe of the sandbox found in a real Chromium, each checked the way the person
 * met it: a repeat write-off confirmed with its "Yes, do it again" box, a note longer than the
 * form allows, a 400 px window, a report chart beside its CSV, a modal the app updates after
 * its ack, the console on page loads, and markup typed in the message box.
 */
import { crc32, deflateSync } from 'node:zlib';
import { webApi } from '@slack/bolt';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SANDBOX_BILLER, SANDBOX_MANAGER } from '../../src/sandbox/people.ts';
import { DM_PLACE, TEAM_CHANNEL } from '../../src/sandbox/places.ts';
import {
  type BrowserRig,
  browserAvailability,
  demoCharge,
  openPlace,
  screenshot,
  useBrowserPage,
} from './browser-support.ts';

const availability = browserAvailability();
if (!availability.run) console.warn(`\n  ⚠ ${availability.notice}\n`);

const JANE = 'DEMO-0001';
const JANE_OPEN_VISIT = '2026-09-14'; // Office visit 99214, $185.00 outstanding in the demo

// Generous waits: in CI the browser shares two cores with the other test files running beside it.
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 60_000, interval: 100 });

/** A one-colour RGB PNG of the given size: a stand-in for the report's 800×222 chart. */
function solidPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x9d)]); // filter byte, grey pixels
  const rows = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe.runIf(availability.run)(
  'the sandbox in a browser: the probe’s findings',
  { timeout: 300_000 },
  () => {
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

    /** /writeoff for Jane Doe's open office visit, up to the filled form (not confirmed). */
    async function writeOffFormForJane(amount: string, note: string) {
      await send(`/writeoff ${amount} Jane Doe hardship`);
      await eventually(() => modal().locator('.modal-title').textContent()).toContain('Write off');
      await modal().locator('.external-query').fill('Jane Doe');
      await modal().locator('.suggestion', { hasText: 'Jane Doe' }).first().click();
      const select = modal().locator('select[data-block-id="charge"]');
      await select.waitFor();
      const label = await select.locator('option', { hasText: JANE_OPEN_VISIT }).first().textContent();
      await select.selectOption({ label: label ?? '' });
      // The effect line shows once the charge is chosen (the balance depends on earlier scenarios).
      await eventually(() => modal().textContent()).toMatch(/Outstanding \$[\d.,]+ → \$/);
      await modal().locator('textarea[data-block-id="note"]').fill(note);
    }

    const appWebClient = () =>
      new webApi.WebClient(rig.sandbox.emulator.botToken, {
        slackApiUrl: rig.sandbox.emulator.url,
        retryConfig: { retries: 0 },
        logLevel: webApi.LogLevel.ERROR,
      });

    it('confirms a repeat write-off once "Yes, do it again" is ticked', async () => {
      const before = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      const writeOffs = () =>
        demoCharge(rig.handle, JANE, JANE_OPEN_VISIT).then(
          (c) => c.kinds.filter((k) => k === 'write_off').length,
        );
      const startCount = before.kinds.filter((k) => k === 'write_off').length;
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      await writeOffFormForJane('$10', 'Income verified with pay stubs');
      await modal().locator('[data-kind="submit"]').click();
      await eventually(() => modal().count()).toBe(0);
      await eventually(writeOffs).toBe(startCount + 1);

      await writeOffFormForJane('$10', 'Second letter on file');
      const box = modal().locator('[data-block-id="repeat_confirm"] input[type="checkbox"]');
      await eventually(() => box.count()).toBe(1);
      expect(await modal().locator('[data-unknown-type="checkboxes"]').count()).toBe(0);
      expect(await modal().locator('.input-block[data-block-id="repeat_confirm"]').textContent()).toContain(
        'Yes, do it again',
      );

      // Slack's own check: the box is required, so Confirm without it says so and sends nothing.
      await modal().locator('[data-kind="submit"]').click();
      const error = modal().locator('[data-block-id="repeat_confirm"] .field-error');
      await eventually(() => error.textContent()).toBe('Please complete this required field.');
      expect(await writeOffs()).toBe(startCount + 1);

      // Ticking clears the error; unticked again, the next Confirm shows it again.
      await box.check();
      await eventually(() => error.count()).toBe(0);
      await box.uncheck();
      await modal().locator('[data-kind="submit"]').click();
      await eventually(() => error.count()).toBe(1);
      expect(await writeOffs()).toBe(startCount + 1);
      await box.check();
      await screenshot(page, 'probe15-repeat-ticked');
      await modal().locator('[data-kind="submit"]').click();
      await eventually(() => modal().count()).toBe(0);
      await eventually(writeOffs).toBe(startCount + 2);
    });

    it('takes no more of a note than the form allows, and shows in the modal what the sandbox refused', async () => {
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      const before = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      await writeOffFormForJane('$5', 'x'.repeat(3_100));
      const note = modal().locator('textarea[data-block-id="note"]');
      const maxLength = Number(await note.getAttribute('maxlength'));
      expect(maxLength).toBeGreaterThan(0);
      expect(maxLength).toBeLessThanOrEqual(3_000);
      expect((await note.inputValue()).length).toBe(maxLength);

      // Whatever the server refuses is said in the modal: a field without its limit, a note too long.
      await note.evaluate((field) => field.removeAttribute('maxlength'));
      await note.fill('y'.repeat(3_100));
      await modal().locator('[data-kind="submit"]').click();
      const problem = modal().locator('.modal-problem');
      await eventually(() => problem.isVisible()).toBe(true);
      expect(await problem.textContent()).toContain('Slack takes at most 3,000 characters in a field');
      await screenshot(page, 'probe15-refused-in-modal');
      const after = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      expect(after.entries).toEqual(before.entries);
      await modal().locator('[data-kind="close"]').click();
      await eventually(() => modal().count()).toBe(0);
    });

    it('is usable in a 400 px window: no sideways scrolling, the timeline wide, Send on screen', async () => {
      const narrow = await rig.browser.newPage({ viewport: { width: 400, height: 800 } });
      try {
        await openPlace(rig, narrow, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
        // The page's full width, scrolled or not (the tests compile without the DOM's types).
        const pageWidth = await narrow
          .locator('html')
          .evaluate((root) => (root as unknown as { scrollWidth: number }).scrollWidth);
        expect(pageWidth).toBeLessThanOrEqual(400);
        const timeline = await narrow.locator('#main').boundingBox();
        expect(timeline?.width).toBeGreaterThanOrEqual(360);
        const sendButton = await narrow.locator('#composer button[type="submit"]').boundingBox();
        expect(sendButton).not.toBeNull();
        expect((sendButton?.x ?? 0) + (sendButton?.width ?? 0)).toBeLessThanOrEqual(400);
        expect((sendButton?.y ?? 0) + (sendButton?.height ?? 0)).toBeLessThanOrEqual(800);
        // Every place stays one tap away, inside the window.
        for (const place of await narrow.locator('.place').all()) {
          const box = await place.boundingBox();
          expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(400);
        }
        await screenshot(narrow, 'probe15-narrow');
      } finally {
        await narrow.close();
      }
    });

    it('shows a report chart at a readable size, opens it full size, and leaves the CSV card its own height', async () => {
      await appWebClient().filesUploadV2({
        channel_id: TEAM_CHANNEL.id,
        initial_comment: 'Write-offs by reason',
        file_uploads: [
          { content: 'reason,count,total\nhardship,1,$10.00\n', filename: 'by-reason.csv' },
          { file: solidPng(800, 222), filename: 'by-reason-chart.png' },
        ],
      });
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      const message = page.locator('.message', { hasText: 'Write-offs by reason' });
      const image = message.locator('.file-image img');
      await eventually(() =>
        image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
      ).toBe(800);
      // Its own size when the column has room for it (1280 px window): the labels read as drawn.
      const shown = await image.evaluate((img) => {
        const element = img as unknown as { clientWidth: number; clientHeight: number };
        return { width: element.clientWidth, height: element.clientHeight };
      });
      expect(shown).toEqual({ width: 800, height: 222 });
      const link = message.locator('.file-image a.file-open');
      expect(await link.getAttribute('href')).toBe(await image.getAttribute('src'));
      expect(await link.getAttribute('target')).toBe('_blank');
      const card = await message.locator('.file-card').boundingBox();
      expect(card?.height).toBeLessThan(80);
      await screenshot(page, 'probe15-chart');
    });

    it('redraws a modal the app updates after its ack (views.update), without a reload', async () => {
      await openPlace(rig, page, SANDBOX_MANAGER.id, DM_PLACE.id);
      const slack = appWebClient();
      const opened = await slack.views.open({
        trigger_id: rig.sandbox.emulator.issueTriggerId(SANDBOX_MANAGER.id),
        view: {
          type: 'modal',
          title: { type: 'plain_text', text: 'Small balances' },
          close: { type: 'plain_text', text: 'Close' },
          blocks: [
            { type: 'section', text: { type: 'mrkdwn', text: ':hourglass_flowing_sand: Writing off…' } },
          ],
        },
      });
      await eventually(() => modal().textContent()).toContain('Writing off…');
      await slack.views.update({
        view_id: opened.view?.id ?? '',
        view: {
          type: 'modal',
          title: { type: 'plain_text', text: 'Small balances' },
          close: { type: 'plain_text', text: 'Close' },
          blocks: [
            { type: 'section', text: { type: 'mrkdwn', text: ':white_check_mark: Wrote off 6 balances.' } },
          ],
        },
      });
      await eventually(() => modal().textContent()).toContain('Wrote off 6 balances.');
      await modal().locator('[data-kind="close"]').click();
      await eventually(() => modal().count()).toBe(0);
    });

    it('loads pages with a clean console: the icon is served, nothing answers 404', async () => {
      const fresh = await rig.browser.newPage({ viewport: { width: 1280, height: 860 } });
      const problems: string[] = [];
      fresh.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      fresh.on('response', (r) => {
        if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
      });
      try {
        await openPlace(rig, fresh, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
        await openPlace(rig, fresh, SANDBOX_BILLER.id, DM_PLACE.id);
        await fresh.waitForTimeout(1_500);
        expect(problems).toEqual([]);
        expect(await fresh.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
        const icon = await fresh.request.get(`${rig.origin}/favicon.ico`);
        expect(icon.status()).toBe(200);
        expect(icon.headers()['content-type']).toContain('image/svg+xml');
      } finally {
        await fresh.close();
      }
    });

    it('shows typed markup exactly as typed and never runs it', async () => {
      const typed = '<img src=x onerror=alert(1)> Tom & Jerry';
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      await send(typed);
      const message = page.locator('.message', { hasText: 'Tom & Jerry' }).last();
      await eventually(() => message.locator('.message-text').textContent()).toBe(typed);
      expect(await message.locator('.message-text img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      // Stored as Slack stores typed text: &, < and > as entities.
      const stored = rig.sandbox.emulator.messages
        .inChannel(TEAM_CHANNEL.id, SANDBOX_BILLER.id)
        .filter((m) => m.user === SANDBOX_BILLER.id)
        .at(-1);
      expect(stored?.text).toBe('&lt;img src=x onerror=alert(1)&gt; Tom &amp; Jerry');
    });
  },
);
