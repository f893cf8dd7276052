/**
 * A note is the compliance record, typed (or pasted) by a person. What PostgreSQL cannot store
 * (NUL), other invisible control characters and bidirectional overrides are taken out; a note
 * longer than the ledger keeps gets a field error, counted in characters as Slack and the
 * database count them; a note that a reason requires must say something (two letters or digits
 * at least). Never a failed listener.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH } from '../../src/domain/index.ts';
import { CHARGE_BLOCK, EFFECT_BLOCK, NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredView } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  GENERAL,
  type Harness,
  ledgerOf,
  startHarness,
  waitForModal,
} from './support/harness.ts';

let h: Harness;
/** One patient per form, each surname unlike the others, so that the command's name finds one. */
const SURNAMES = [
  'Abernathy',
  'Blackwood',
  'Castellano',
  'Dunmore',
  'Ellingham',
  'Fairbanks',
  'Galloway',
  'Hargreave',
  'Ingleby',
  'Jessop',
  'Kilbride',
  'Lockhart',
  'Merriweather',
  'Northcott',
];

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

/** A fresh patient's write-off form, with the charge chosen, ready to submit with a note. */
async function writeOffForm(reason: string) {
  const lastName = SURNAMES.shift();
  if (!lastName) throw new Error('more forms than surnames: add one');
  const charge = await createCharge(h.db, { firstName: 'Orla', lastName, assessedCents: 5_000 });
  await h.client.slashCommand({
    command: '/writeoff',
    text: `$10 Orla ${lastName} ${reason}`,
    userId: BILLER,
    channelId: GENERAL,
  });
  // The form of this patient, not the one an earlier refusal left open under it.
  const offersCharge = (v: StoredView) =>
    JSON.stringify(blockById(v, CHARGE_BLOCK)?.element?.options ?? []).includes(`"${charge.chargeId}"`);
  const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, offersCharge);
  await h.client.changeInput(BILLER, modal.id, { [CHARGE_BLOCK]: String(charge.chargeId) });
  const ready = await waitForModal(
    h,
    BILLER,
    WRITE_OFF_CALLBACK,
    (v) => offersCharge(v) && !!blockById(v, EFFECT_BLOCK),
  );
  return { charge, viewId: ready.id };
}

async function submitNote(reason: string, note: string) {
  const { charge, viewId } = await writeOffForm(reason);
  h.logs.length = 0;
  const started = Date.now();
  const response = await h.client.fillAndSubmit(
    BILLER,
    viewId,
    { [NOTE_BLOCK]: note },
    { skipClientValidation: true },
  );
  const ledger = await ledgerOf(h.db, charge.chargeId);
  const writeOffs = ledger.entries.filter((e) => e.kind === 'write_off');
  return { response, tookMs: Date.now() - started, writeOffs };
}

const noteError = (body: unknown) => (body as { errors?: Record<string, string> }).errors?.[NOTE_BLOCK];
const failures = () => h.logs.filter((l) => l.includes('listener failed'));

describe('a note with characters PostgreSQL cannot store or nobody can see', () => {
  it('a NUL and other control characters are taken out; the write-off is saved with the rest', async () => {
    const { response, writeOffs } = await submitNote(
      'hardship',
      'Income\u0000 verified\u001b with\u0007 stubs\r\nsee file\tB',
    );
    expect(response.status).toBe(200);
    expect(noteError(response.body)).toBeUndefined();
    expect(writeOffs.map((e) => e.note)).toEqual(['Income verified with stubs\nsee file\tB']);
    expect(failures()).toEqual([]);
  });

  it('bidirectional overrides are taken out: the note never reads backwards in a history or CSV', async () => {
    const { response, writeOffs } = await submitNote(
      'hardship',
      'Income \u202everified\u202c by \u2067stubs\u2069',
    );
    expect(response.status).toBe(200);
    expect(writeOffs.map((e) => e.note)).toEqual(['Income verified by stubs']);
  });
});

describe('a note longer than the ledger keeps', () => {
  it(`${MAX_NOTE_LENGTH + 1} characters: a field error on the note within the ack, nothing written`, async () => {
    const { response, tookMs, writeOffs } = await submitNote(
      'small balance',
      'a'.repeat(MAX_NOTE_LENGTH + 1),
    );
    expect(tookMs).toBeLessThan(3_000);
    expect(response.status).toBe(200);
    expect(noteError(response.body)).toContain(`at most ${MAX_NOTE_LENGTH}`);
    expect(writeOffs).toEqual([]);
    expect(failures()).toEqual([]);
  });

  it('251 emoji (251 characters, 502 UTF-16 units) are 251 characters: kept whole, within the ack', async () => {
    const note = '😀'.repeat(251);
    const { response, tookMs, writeOffs } = await submitNote('small balance', note);
    expect(tookMs).toBeLessThan(3_000);
    expect(response.status).toBe(200);
    expect(failures()).toEqual([]);
    // Counted as Slack and the database's CHECK count them: characters, not UTF-16 units.
    expect(noteError(response.body)).toBeUndefined();
    expect(writeOffs.map((e) => e.note)).toEqual([note]);
  });

  it('250 emoji fit and are kept whole', async () => {
    const note = '😀'.repeat(250);
    const { response, writeOffs } = await submitNote('small balance', note);
    expect(noteError(response.body)).toBeUndefined();
    expect(writeOffs.map((e) => e.note)).toEqual([note]);
  });
});

describe('a note the reason requires', () => {
  it.each([['.'], ['-'], ['  ?! '], ['x']])(
    'hardship with the note %j: the note field says what the note is for, nothing written',
    async (note) => {
      const { response, writeOffs } = await submitNote('hardship', note);
      expect(response.status).toBe(200);
      expect(noteError(response.body)).toContain('how financial need was established');
      expect(noteError(response.body)).toContain('at least 2 letters or digits');
      expect(writeOffs).toEqual([]);
    },
  );

  it('two letters are enough, and a reason without a required note takes "." as it is', async () => {
    expect((await submitNote('hardship', 'ok')).writeOffs).toHaveLength(1);
    expect((await submitNote('small balance', '.')).writeOffs.map((e) => e.note)).toEqual(['.']);
  });
});
