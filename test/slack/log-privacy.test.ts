/**
 * Issue 9 item 5: when the database fails under a write-off (an error whose message quotes the
 * note, a dropped connection, a statement timeout), the log says which operation failed, with its SQL
 * state and ids, and nothing about the patient: not the name, MRN, date of birth, note, charge
 * description or amount, in any form. (A statement timeout and a cancel raise the same 57014.) Drizzle's error message holds all of those (its
 * parameters), and the app used to log it.
 */
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertPatient } from '../../src/ledger/index.ts';
import { CHARGE_BLOCK, EFFECT_BLOCK, NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { describePostgres, type TestDatabaseKind } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  GENERAL,
  type Harness,
  startHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

/** This test's own sessions, which must survive the terminations aimed at the app. */
const ADMIN_APP = 'log-privacy-admin';
const NOTE = 'Quennell lost job; chemo since spring';
const FORBIDDEN = [
  'Philippa',
  'Quennell',
  'QX-48213',
  '48213',
  '1947-06-19',
  '1947',
  'chemo',
  'Office visit',
  '99213',
  '43.21',
  '4321',
  '$43',
];

async function setUp(kind: TestDatabaseKind) {
  const h = await startHarness({ database: kind });
  const patientId = await upsertPatient(h.db, {
    mrn: 'QX-48213',
    firstName: 'Philippa',
    lastName: 'Quennell',
    dateOfBirth: '1947-06-19',
  });
  const { chargeId } = await createCharge(h.db, { patientId, assessedCents: 4_321 });
  return { h, chargeId };
}

/** Opens the write-off form for the patient, picks the charge, submits with the note. */
async function submitWriteOff(h: Harness, chargeId: number, note: string) {
  await h.client.slashCommand({
    command: '/writeoff',
    text: 'all for Philippa Quennell, hardship',
    userId: BILLER,
    channelId: GENERAL,
  });
  const modal = await waitForModal(
    h,
    BILLER,
    WRITE_OFF_CALLBACK,
    (v) => blockById(v, CHARGE_BLOCK) !== undefined,
  );
  await h.client.changeInput(BILLER, modal.id, { [CHARGE_BLOCK]: String(chargeId) });
  const ready = await waitForModal(
    h,
    BILLER,
    WRITE_OFF_CALLBACK,
    (v) => blockById(v, EFFECT_BLOCK) !== undefined,
  );
  return h.client.fillAndSubmit(BILLER, ready.id, { [NOTE_BLOCK]: note });
}

/**
 * The failure was logged (so the check below could fail), and nothing about the patient was.
 * `logged` is the line's message: Bolt's "listener failed", or the confirm's own line when it
 * answered "try again" itself.
 */
async function expectPrivateFailureLog(h: Harness, sqlState: RegExp, logged = 'listener failed') {
  const line = await waitFor(() => h.logs.find((l) => l.includes(logged)));
  expect(line).toMatch(sqlState);
  expect(line).toContain(BILLER);
  const all = h.logs.join('\n');
  expect(FORBIDDEN.filter((s) => all.includes(s))).toEqual([]);
}

describe('a database error that quotes the note [pglite]', () => {
  let h: Harness;
  let chargeId: number;
  beforeAll(async () => {
    ({ h, chargeId } = await setUp('pglite'));
    // A NUL in a note used to make PostgreSQL refuse it (22021), its message quoting the text; notes
    // are cleaned of control characters now, so a trigger of this test's own raises the same.
    await h.db.execute(
      sql.raw(`create function refuse_this_note() returns trigger language plpgsql as $$
        begin
          if new.note like '%Quennell%' then
            raise exception 'invalid byte sequence in "%"', new.note using errcode = '22021';
          end if;
          return new;
        end $$`),
    );
    await h.db.execute(
      sql.raw(`create trigger refuse_this_note before insert on ledger_entries
        for each row execute function refuse_this_note()`),
    );
  });
  afterAll(async () => h?.stop());

  it('fails in the database, and the log holds the SQL state and ids only', async () => {
    await submitWriteOff(h, chargeId, NOTE);
    await expectPrivateFailureLog(h, /"sqlState":"22021"/);
  });
});

describePostgres('connection failures [postgres]', () => {
  let h: Harness;
  let chargeId: number;
  let admin: postgres.Sql;
  let databaseName: string;
  beforeAll(async () => {
    ({ h, chargeId } = await setUp('postgres'));
    const rows = (await h.db.execute(sql`select current_database() as name`)) as unknown as {
      name: string;
    }[];
    databaseName = rows[0]?.name ?? '';
    const url = new URL(process.env.TEST_DATABASE_URL ?? '');
    url.pathname = `/${databaseName}`;
    admin = postgres(url.toString(), {
      max: 2,
      onnotice: () => {},
      connection: { application_name: ADMIN_APP },
    });
  });
  afterAll(async () => {
    await admin?.end({ timeout: 5 });
    await h?.stop();
  });

  /** Holds the charge's row lock in another session while `run` goes on. */
  async function whileChargeLocked(run: () => Promise<void>) {
    await admin.begin(async (tx) => {
      await tx`select id from charges where id = ${chargeId} for update`;
      await run();
    });
  }

  const lockWaiters = () =>
    admin`select pid from pg_stat_activity where datname = ${databaseName} and wait_event_type = 'Lock'`;

  it('a connection dropped in the middle of a confirm: the log holds the SQL state and ids only', async () => {
    h.logs.length = 0;
    // Ended while its statement waits, so the confirm's own query meets the dropped connection.
    // (Ended between two requests instead, the driver may notice first and quietly reconnect.)
    await whileChargeLocked(async () => {
      const submitted = submitWriteOff(h, chargeId, NOTE);
      await waitFor(async () => (await lockWaiters()).length > 0, 10_000);
      await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${databaseName} and wait_event_type = 'Lock'`;
      await submitted;
    });
    await expectPrivateFailureLog(
      h,
      /"sqlState":"(57P01|CONNECTION_CLOSED|CONNECTION_ENDED)"|"code":"ECONNRESET"/,
      'confirm interrupted: database unavailable',
    );
  }, 30_000);

  it('a statement cancelled while waiting (57014, what a statement timeout raises): ids only', async () => {
    h.logs.length = 0;
    await whileChargeLocked(async () => {
      const submitted = submitWriteOff(h, chargeId, NOTE);
      await waitFor(async () => (await lockWaiters()).length > 0, 10_000);
      await admin`select pg_cancel_backend(pid) from pg_stat_activity where datname = ${databaseName} and wait_event_type = 'Lock'`;
      await submitted;
    });
    await expectPrivateFailureLog(h, /"sqlState":"57014"/);
  }, 30_000);
});
