/**
 * One click on a modal's button after editing a field is one press of that button. Pressing the
 * mouse on Confirm takes the focus off the field just typed in; the field's change clears its old
 * error and the app redraws the form, which gets shorter. In a window the whole form fits
 * (1280×900), the button used to move up from under the pointer before the mouse came back up,
 * so the browser fired no click and nothing was sent. Checked here in a real Chromium, with the
 * mouse pressed and released as a person does.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_BILLER } from '../../src/sandbox/people.ts';
import { TEAM_CHANNEL } from '../../src/sandbox/places.ts';
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
const JANE_XRAY = '2026-08-21'; // $120.00, $50.00 paid, $70.00 outstanding

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 60_000, interval: 100 });

describe.runIf(availability.run)(
  'the sandbox in a browser: one click after editing a field',
  { timeout: 300_000 },
  () => {
    let rig: BrowserRig;
    let page: Page;

    useBrowserPage({ width: 1280, height: 900 }, (started, opened) => {
      rig = started;
      page = opened;
    });

    const modal = () => page.locator('#modal-root .modal');
    const amount = () => modal().locator('input[data-block-id="amount"]');
    const amountError = () => modal().locator('[data-block-id="amount"] .field-error');
    const submits: string[] = [];

    /** The write-off form for Jane Doe's X-ray, with `abc` refused under Amount. */
    async function formWithAmountError() {
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      // A form an earlier scenario left open is cancelled first.
      if ((await modal().count()) > 0) await modal().locator('[data-kind="close"]').click();
      await eventually(() => modal().count()).toBe(0);
      await page.locator('#message-box').fill('/writeoff $40 Jane Doe small balance');
      await page.locator('#message-box').press('Enter');
      await eventually(() => modal().locator('.modal-title').textContent()).toContain('Write off');
      const select = modal().locator('select[data-block-id="charge"]');
      await select.waitFor();
      const label = await select.locator('option', { hasText: JANE_XRAY }).first().textContent();
      await select.selectOption({ label: label ?? '' });
      await eventually(() => modal().locator('.modal-body').textContent()).toContain('Outstanding $70.00');

      await amount().click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('abc');
      await modal().locator('[data-kind="submit"]').click();
      await eventually(() => amountError().textContent()).toMatch(/not a number/i);
    }

    /** Type into Amount as a person does, then one press and release of the mouse on Confirm. */
    async function retypeAndClickConfirmOnce(value: string) {
      await amount().click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value, { delay: 20 });
      const box = await modal().locator('[data-kind="submit"]').boundingBox();
      if (!box) throw new Error('no Confirm button');
      submits.length = 0;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      // Long enough for the field's change to reach the app and the form to be redrawn.
      await page.waitForTimeout(400);
      await page.mouse.up();
    }

    beforeAll(() => {
      page.on('request', (request) => {
        if (request.url().endsWith('/api/submit')) submits.push(request.postData() ?? '');
      });
    });

    it('shows the new error after one click when the second amount is wrong too; nothing is written', async () => {
      await formWithAmountError();
      await retypeAndClickConfirmOnce('40.555');

      await eventually(() => amountError().textContent()).toMatch(/decimal/i);
      expect(submits).toHaveLength(1);
      expect(Object.values(JSON.parse(submits[0] ?? '{}').inputs.amount)).toEqual(['40.555']);
      await screenshot(page, 'click-after-edit-second-error');
      const charge = await demoCharge(rig.handle, JANE, JANE_XRAY);
      expect(charge.outstandingCents).toBe(7_000);
      expect(charge.kinds).not.toContain('write_off');

      await modal().locator('[data-kind="close"]').click();
      await eventually(() => modal().count()).toBe(0);
    });

    it('writes off the amount typed after one click on Confirm: the form closes and the result shows', async () => {
      await formWithAmountError();
      await retypeAndClickConfirmOnce('30');

      await eventually(() => modal().count()).toBe(0);
      expect(submits).toHaveLength(1);
      const done = page.locator('.message', { hasText: 'Wrote off' }).last();
      await eventually(() => done.textContent()).toContain('$30.00');
      await screenshot(page, 'click-after-edit-written-off');
      const charge = await demoCharge(rig.handle, JANE, JANE_XRAY);
      expect(charge.outstandingCents).toBe(4_000);
      expect(charge.kinds.filter((k) => k === 'write_off')).toHaveLength(1);
    });
  },
);
