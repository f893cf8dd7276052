/**
 * The database connection dies in the middle of a confirm (pg_terminate_backend on the backend
 * running the write-off transaction): the biller is told to try again on the form, nothing is
 * half-written, and confirming the same pending action afterwards writes exactly one entry.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TRY_AGAIN_TEXT } from '../../src/slack/try-again.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { buildStateValues, type StoredView } from '../../src/slack-emulator/index.ts';
import { botMessages, GENERAL, ledgerOf, MANAGER, waitFor } from '../slack/support/harness.ts';
import { describePostgres } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { type Instances, startInstances } from './support/instances.ts';

describePostgres('the database connection killed mid-confirm [postgres]', () => {
  let instances: Instances;
  /** One connection, so "every connection but mine" spares exactly this one. */
  let admin: postgres.Sql;
  /** Holds a row lock in an open transaction. */
  let holderSql: postgres.Sql;

  beforeAll(async () => {
    instances = await startInstances(1);
    admin = postgres(instances.databaseUrl, { max: 1, onnotice: () => {} });
    holderSql = postgres(instances.databaseUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await admin?.end({ timeout: 5 });
    await holderSql?.end({ timeout: 5 });
    await instances?.stop();
  });

  async function openWriteOff(text: string): Promise<StoredView> {
    const [instance] = instances.list;
    if (!instance) throw new Error('no instance');
    const before = instances.emulator.callsTo('views.update').length;
    await instance.client.slashCommand({ command: '/writeoff', text, userId: MANAGER, channelId: GENERAL });
    await waitFor(() => instances.emulator.callsTo('views.update').length > before);
    return waitFor(() => {
      const top = instances.emulator.views.top(MANAGER);
      return top?.view.callback_id === WRITE_OFF_CALLBACK ? top : undefined;
    });
  }

  /** Rows that a confirm writes: none may exist after a failed one. */
  async function writtenFor(chargeId: number, pendingId: string) {
    const [row] = await admin<{ entries: number; keys: number; status: string }[]>`
      select (select count(*)::int from ledger_entries where charge_id = ${chargeId} and kind = 'write_off') as entries,
             (select count(*)::int from idempotency_records where key = ${`pending:${pendingId}`}) as keys,
             (select status from pending_actions where id = ${pendingId}) as status`;
    return row;
  }

  it('kills the backend waiting on the charge lock: "try again" on the form, then one entry', async () => {
    const { chargeId } = await createCharge(instances.observer.db, {
      firstName: 'Killa',
      lastName: 'Connor',
      assessedCents: 5_000,
    });
    const modal = await openWriteOff('$10 Killa Connor small balance');
    const pendingId = String(modal.view.private_metadata);
    const values = buildStateValues(modal.view, {});
    const [instance] = instances.list;
    if (!instance) throw new Error('no instance');

    // Hold the charge's row lock, so the confirm stops inside its transaction, mid-way.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const lockTaken = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = holderSql.begin(async (tx) => {
      await tx`select id from charges where id = ${chargeId} for update`;
      locked();
      await held;
    });
    await lockTaken;

    const submitting = instance.client.viewSubmission({ userId: MANAGER, view: modal.id, values });
    const victim = await waitFor(async () => {
      const rows = await admin<{ pid: number }[]>`
        select pid from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`;
      return rows[0]?.pid;
    });
    await admin`select pg_terminate_backend(${victim})`;
    const interrupted = await submitting;
    release();
    await holder;

    expect(interrupted.status).toBe(200);
    expect(interrupted.body).toMatchObject({ response_action: 'errors' });
    const shown = instances.emulator.views.get(modal.id)?.errors ?? {};
    expect(Object.values(shown).join(' ')).toContain(TRY_AGAIN_TEXT);
    expect(Object.values(shown).join(' ')).toContain('try again');
    expect(await writtenFor(chargeId, pendingId)).toEqual({ entries: 0, keys: 0, status: 'pending' });
    expect((await ledgerOf(instances.observer.db, chargeId)).outstandingCents).toBe(5_000);

    // The biller presses Submit again on the same form: applied once.
    const again = await instance.client.viewSubmission({ userId: MANAGER, view: modal.id, values });
    expect(again.status).toBe(200);
    expect(again.body).toBeFalsy();
    // The ack comes with the commit; the status mark follows it.
    await waitFor(async () => (await writtenFor(chargeId, pendingId))?.status === 'executed');
    expect(await writtenFor(chargeId, pendingId)).toEqual({ entries: 1, keys: 1, status: 'executed' });
    expect((await ledgerOf(instances.observer.db, chargeId)).outstandingCents).toBe(4_000);
    await waitFor(() =>
      botMessages(instancesHarness(), GENERAL, MANAGER).find((m) => m.text?.includes('$10.00')),
    );

    // And a third press changes nothing more.
    const third = await instance.client.viewSubmission({ userId: MANAGER, view: modal.id, values });
    expect(third.body).toMatchObject({ response_action: 'update' });
    expect(await writtenFor(chargeId, pendingId)).toEqual({ entries: 1, keys: 1, status: 'executed' });
  });

  it('every connection of the instance killed while the form is open: the confirm still works once', async () => {
    const { chargeId } = await createCharge(instances.observer.db, {
      firstName: 'Idle',
      lastName: 'Pooling',
      assessedCents: 3_000,
    });
    const modal = await openWriteOff('$7 Idle Pooling small balance');
    const pendingId = String(modal.view.private_metadata);
    const killed = await admin<{ pid: number }[]>`
      select pid, pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`;
    expect(killed.length).toBeGreaterThan(0);
    // The server closes those sockets right after answering; give the pool a moment to see it.
    await waitFor(async () => {
      const left = await admin<{ n: number }[]>`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid = any(${killed.map((k) => k.pid)})`;
      return left[0]?.n === 0;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [instance] = instances.list;
    if (!instance) throw new Error('no instance');
    const values = buildStateValues(modal.view, {});
    const first = await instance.client.viewSubmission({ userId: MANAGER, view: modal.id, values });
    // The pool notices its dead connections and opens new ones: the biller sees nothing odd.
    expect(first.status).toBe(200);
    expect(first.body).toBeFalsy();
    await waitFor(async () => (await writtenFor(chargeId, pendingId))?.status === 'executed');
    expect(await writtenFor(chargeId, pendingId)).toEqual({ entries: 1, keys: 1, status: 'executed' });
    expect((await ledgerOf(instances.observer.db, chargeId)).outstandingCents).toBe(2_300);
  });

  /** botMessages wants a harness; only its emulator is read. */
  function instancesHarness() {
    return { emulator: instances.emulator } as Parameters<typeof botMessages>[0];
  }
});
