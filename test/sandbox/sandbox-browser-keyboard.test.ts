/**
 * A second outside probe's findings, checked in a real Chromium the way a person meets them: the
 * keyboard in modals (focus moves in, Tab stays in, Escape cancels, focus comes back to the
 * message box), the header after an admin changes someone's role, and the CSV card's badge in a
 * 400 px window.
 */
import { webApi } from '@slack/bolt';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listRoles } from '../../src/ledger/index.ts';
import {
  SANDBOX_ADMIN,
  SANDBOX_BILLER,
  SANDBOX_FRONT_DESK,
  SANDBOX_MANAGER,
} from '../../src/sandbox/people.ts';
import { DM_PLACE, HOME_PLACE, TEAM_CHANNEL } from '../../src/sandbox/places.ts';
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

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 60_000, interval: 100 });

/** Where the focus is, as a person would tell it (the tests compile without the DOM's types). */
interface Focus {
  readonly inModal: boolean;
  readonly tag: string;
  readonly id: string;
  /** Its place among the modal's fields (inputs, selects, text areas), -1 when it is none of them. */
  readonly fieldIndex: number;
  readonly kind: string;
}

function focusOf(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    type El = {
      tagName: string;
      id: string;
      dataset: Record<string, string | undefined>;
      contains(other: unknown): boolean;
      querySelectorAll(selector: string): ArrayLike<El>;
    };
    const doc = (
      globalThis as unknown as { document: { activeElement: El | null; querySelector(s: string): El | null } }
    ).document;
    const active = doc.activeElement;
    const modal = doc.querySelector('#modal-root .modal');
    const fields = modal ? Array.from(modal.querySelectorAll('input, select, textarea')) : [];
    return {
      inModal: Boolean(modal && active && modal.contains(active)),
      tag: active?.tagName ?? '',
      id: active?.id ?? '',
      fieldIndex: active ? fields.indexOf(active) : -1,
      kind: active?.dataset.kind ?? '',
    };
  });
}

describe.runIf(availability.run)(
  'the sandbox in a browser: keyboard, roles, narrow files',
  { timeout: 300_000 },
  () => {
    let rig: BrowserRig;
    let page: Page;

    useBrowserPage({ width: 1280, height: 860 }, (started, opened) => {
      rig = started;
      page = opened;
    });

    const modal = () => page.locator('#modal-root .modal');

    async function send(on: Page, text: string) {
      await on.locator('#message-box').fill(text);
      await on.locator('#message-box').press('Enter');
    }

    const appWebClient = () =>
      new webApi.WebClient(rig.sandbox.emulator.botToken, {
        slackApiUrl: rig.sandbox.emulator.url,
        retryConfig: { retries: 0 },
        logLevel: webApi.LogLevel.ERROR,
      });

    it('moves focus into a modal, keeps Tab inside it, closes it on Escape and writes nothing', async () => {
      await openPlace(rig, page, SANDBOX_BILLER.id, TEAM_CHANNEL.id);
      const before = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      await send(page, '/writeoff $40 Jane Doe hardship');
      await eventually(() => modal().locator('.modal-title').textContent()).toContain('Write off');

      // The form's first field has the focus, not the message box behind it.
      await eventually(() => focusOf(page)).toMatchObject({ inModal: true, fieldIndex: 0 });
      await screenshot(page, 'keyboard-modal-focused');

      // Round and round the form, forwards and backwards: never out to the page behind it.
      const seen = new Set<string>();
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press('Tab');
        const focus = await focusOf(page);
        expect(focus.inModal, `Tab ${i + 1} left the modal for ${focus.tag}#${focus.id}`).toBe(true);
        seen.add(`${focus.tag}:${focus.fieldIndex}:${focus.kind}`);
      }
      // It went all the way round: the buttons and the fields both had their turn.
      expect(seen).toContain('BUTTON:-1:submit');
      expect(seen).toContain('BUTTON:-1:close');
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press('Shift+Tab');
        const focus = await focusOf(page);
        expect(focus.inModal, `Shift+Tab ${i + 1} left the modal for ${focus.tag}#${focus.id}`).toBe(true);
      }

      // Escape in an open type-ahead list closes the list first; the form stays.
      const query = modal().locator('.external-query').first();
      await query.fill('Jane');
      const list = modal().locator('.suggestions').first();
      await eventually(() => list.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await eventually(() => list.isVisible()).toBe(false);
      expect(await modal().count()).toBe(1);

      // Escape again cancels the form as its Cancel button does: the view is closed, nothing written,
      // and the focus is back in the message box.
      await page.keyboard.press('Escape');
      await eventually(() => modal().count()).toBe(0);
      await eventually(() => rig.sandbox.emulator.views.stack(SANDBOX_BILLER.id).length).toBe(0);
      await eventually(() => focusOf(page)).toMatchObject({ inModal: false, id: 'message-box' });
      const after = await demoCharge(rig.handle, JANE, JANE_OPEN_VISIT);
      expect(after.entries).toEqual(before.entries);
      await screenshot(page, 'keyboard-modal-escaped');
    });

    it('gives the focus to the first button of a modal with no fields, and Tab stays there', async () => {
      await openPlace(rig, page, SANDBOX_MANAGER.id, DM_PLACE.id);
      await appWebClient().views.open({
        trigger_id: rig.sandbox.emulator.issueTriggerId(SANDBOX_MANAGER.id),
        view: {
          type: 'modal',
          title: { type: 'plain_text', text: 'Small balances' },
          close: { type: 'plain_text', text: 'Close' },
          blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Wrote off 6 balances.' } }],
        },
      });
      await eventually(() => modal().textContent()).toContain('Wrote off 6 balances.');
      await eventually(() => focusOf(page)).toMatchObject({ inModal: true, tag: 'BUTTON', kind: 'close' });
      await page.keyboard.press('Tab');
      expect(await focusOf(page)).toMatchObject({ inModal: true, kind: 'close' });
      await page.keyboard.press('Shift+Tab');
      expect(await focusOf(page)).toMatchObject({ inModal: true, kind: 'close' });
      await page.keyboard.press('Escape');
      await eventually(() => modal().count()).toBe(0);
      await eventually(() => focusOf(page)).toMatchObject({ id: 'message-box' });
    });

    it('shows the role an admin just gave in the header and the switcher, as App Home does', async () => {
      const header = (on: Page) => on.locator('.place-header .who').textContent();
      // Fran's page is open while Ada changes her role: it follows without a reload.
      const fran = await rig.browser.newPage({ viewport: { width: 1280, height: 860 } });
      try {
        await openPlace(rig, fran, SANDBOX_FRONT_DESK.id, DM_PLACE.id);
        expect(await header(fran)).toBe('You are Fran Front Desk, Front desk, no role');

        await openPlace(rig, page, SANDBOX_ADMIN.id, DM_PLACE.id);
        await send(page, '/billing role @Fran Front Desk viewer');
        const franRole = async () =>
          (await listRoles(rig.handle.db)).find((h) => h.userId === SANDBOX_FRONT_DESK.id)?.role ?? null;
        await eventually(franRole).toBe('viewer');

        await eventually(() => header(fran)).toBe('You are Fran Front Desk, Front desk, viewer');
        const switcherLabel = (on: Page) =>
          on.locator(`#user-switcher option[value="${SANDBOX_FRONT_DESK.id}"]`).textContent();
        await eventually(() => switcherLabel(page)).toBe('Fran Front Desk (Front desk, viewer)');

        // A fresh page and App Home say the same.
        await openPlace(rig, fran, SANDBOX_FRONT_DESK.id, HOME_PLACE.id);
        expect(await header(fran)).toBe('You are Fran Front Desk, Front desk, viewer');
        await eventually(() => fran.locator('#main').textContent()).toContain('Your role: Viewer.');
        await screenshot(fran, 'roles-header-viewer');

        // Taken away again: the header says so too.
        await send(page, '/billing role @Fran Front Desk none');
        await eventually(franRole).toBe(null);
        await eventually(() => header(fran)).toBe('You are Fran Front Desk, Front desk, no role');
        // The others keep their titles as before.
        expect(await switcherLabel(page)).toBe('Fran Front Desk (Front desk, no role)');
        expect(await page.locator(`#user-switcher option[value="${SANDBOX_BILLER.id}"]`).textContent()).toBe(
          'Bea Biller (Biller, $100 limit)',
        );
        expect(await header(page)).toBe('You are Ada Admin, Admin');
      } finally {
        await fran.close();
      }
    });

    it('keeps the CSV badge on one line in a 400 px window, beside a long file title', async () => {
      await appWebClient().filesUploadV2({
        channel_id: TEAM_CHANNEL.id,
        initial_comment: 'Small balances, ready to write off',
        file_uploads: [
          {
            content: 'patient,balance\nBob Smith,$25.00\n',
            filename: 'small-balances.csv',
            title: 'Small balances of at most $25.00 (5)',
          },
        ],
      });
      const narrow = await rig.browser.newPage({ viewport: { width: 400, height: 800 } });
      try {
        await openPlace(rig, narrow, SANDBOX_MANAGER.id, TEAM_CHANNEL.id);
        const card = narrow
          .locator('.message', { hasText: 'Small balances, ready to write off' })
          .locator('.file-card');
        const badge = card.locator('.file-kind');
        await eventually(() => badge.textContent()).toBe('CSV');
        const box = await badge.boundingBox();
        // One line of 11 px text with its padding is about 21 px high; two lines would be over 30.
        expect(box?.height).toBeLessThan(28);
        const fits = await badge.evaluate((element) => {
          const e = element as unknown as { scrollWidth: number; clientWidth: number };
          return e.scrollWidth <= e.clientWidth;
        });
        expect(fits).toBe(true);
        const cardBox = await card.boundingBox();
        expect((cardBox?.x ?? 0) + (cardBox?.width ?? 0)).toBeLessThanOrEqual(400);
        await screenshot(narrow, 'narrow-csv-badge');
      } finally {
        await narrow.close();
      }
    });
  },
);
