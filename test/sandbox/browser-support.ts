/**
 * The sandbox in a real browser: Debian's Chromium driven by playwright-core, the sandbox on a
 * free port over an in-memory PGlite copy with the demo practice. When Chromium is missing the
 * browser tests are skipped with a notice, except under CI=true, where a missing browser fails.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ConfigSchema } from '../../src/config.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { chargeHistory, getPatientByMrn, listCharges } from '../../src/ledger/index.ts';
import type { Place } from '../../src/sandbox/places.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/start-sandbox.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Starting the sandbox, its database and Chromium takes a while on a busy machine. */
const RIG_START_MS = 300_000;

/** Screenshots of every scenario; the folder is in .gitignore. */
export const ARTIFACTS_DIR = join(process.cwd(), 'test-artifacts', 'sandbox');

export type BrowserAvailability = { run: true } | { run: false; notice: string };

export function browserAvailability(env: NodeJS.ProcessEnv = process.env): BrowserAvailability {
  if (existsSync(CHROMIUM_PATH)) return { run: true };
  const notice = `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
  if (env.CI === 'true') throw new Error(`${notice}: CI must run the browser tests, not skip them.`);
  return { run: false, notice: `Skipping the sandbox browser tests: ${notice}.` };
}

export interface BrowserRig {
  readonly sandbox: Sandbox;
  readonly handle: DatabaseHandle;
  readonly browser: Browser;
  readonly origin: string;
  stop(): Promise<void>;
}

export async function startBrowserRig(env: Record<string, string> = {}): Promise<BrowserRig> {
  const handle = await openPgliteTestDatabase();
  await loadDemo(handle.db);
  const sandbox = await startSandbox({ config: ConfigSchema.parse(env), db: handle.db, port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // No background traffic: this machine's network is closed, and each refused connection costs time.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return {
    sandbox,
    handle,
    browser,
    origin: `http://127.0.0.1:${sandbox.port}`,
    async stop() {
      await browser.close();
      await sandbox.stop();
      await handle.close();
    },
  };
}

/**
 * One rig and one page for a describe block: started before its tests (the page at `viewport`,
 * waiting up to 60 s for what it looks for), stopped after them. `use` receives both once started.
 */
export function useBrowserPage(
  viewport: { readonly width: number; readonly height: number },
  use: (rig: BrowserRig, page: Page) => void,
): void {
  let rig: BrowserRig | undefined;
  beforeAll(async () => {
    rig = await startBrowserRig();
    const page = await rig.browser.newPage({ viewport });
    page.setDefaultTimeout(60_000);
    use(rig, page);
  }, RIG_START_MS);
  afterAll(async () => {
    await rig?.stop();
  });
}

export async function openPlace(rig: BrowserRig, page: Page, userId: string, place: Place | string) {
  const placeId = typeof place === 'string' ? place : place.id;
  await page.goto(`${rig.origin}/?user=${userId}&place=${placeId}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** A demo patient by MRN, with their outstanding balance now. */
export async function demoPatient(handle: DatabaseHandle, mrn: string) {
  const patient = await getPatientByMrn(handle.db, mrn);
  if (!patient) throw new Error(`no demo patient ${mrn}`);
  return patient;
}

/** A named patient's charge by date of service, with its totals now. */
export async function demoCharge(handle: DatabaseHandle, mrn: string, dateOfService: string) {
  const patient = await getPatientByMrn(handle.db, mrn);
  if (!patient) throw new Error(`no demo patient ${mrn}`);
  const charge = (await listCharges(handle.db, { patientId: patient.id })).find(
    (c) => c.dateOfService === dateOfService,
  );
  if (!charge) throw new Error(`no charge of ${mrn} on ${dateOfService}`);
  const entries = await chargeHistory(handle.db, { chargeId: charge.id });
  return { ...charge, kinds: entries.map((e) => e.kind), entries };
}
