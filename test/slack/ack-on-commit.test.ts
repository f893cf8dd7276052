/**
 * A confirm answers Slack the moment the ledger commits: the form closes while the status mark,
 * the summary and the message with Undo are still to come. Shown on PostgreSQL by holding the
 * pending action's row, which only the status mark after the commit writes (on PGlite an open
 * transaction holds up every query, the ledger's too). If the database goes after the commit, the
 * form has already closed, so a message says the change was saved.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { buildStateValues } from '../../src/slack-emulator/index.ts';
import { describePostgres } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { holdRowLock } from '../support/row-lock.ts';
import {
  BILLER,
  botMessages,
  GENERAL,
  type Harness,
  ledgerOf,
  startHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

describePostgres('a confirm answers once the ledger has committed [postgres]', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ database: 'postgres' });
  });

  afterAll(async () => {
    await h?.stop();
  });

  async function openWriteOff(lastName: string) {
    await h.client.slashCommand({
      command: '/writeoff',
      text: `$10 Ack ${lastName} small balance`,
      userId: BILLER,
      channelId: GENERAL,
    });
    return waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => v.view.submit !== undefined);
  }

  /** Holds the pending action's row in another transaction until `release()`. */
  const holdPendingRow = (pendingId: string) =>
    holdRowLock(h.db, sql`select id from pending_actions where id = ${pendingId} for update`);

  async function statusOf(pendingId: string): Promise<string | undefined> {
    const rows = rowsOf(await h.db.execute(sql`select status from pending_actions where id = ${pendingId}`));
    return rows[0]?.status as string | undefined;
  }

  const doneMessage = () => botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes('Ack Waiting'));

  it('closes the form with the entry committed while the rest still waits, then sends the message', async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Ack',
      lastName: 'Waiting',
      assessedCents: 10_000,
    });
    const modal = await openWriteOff('Waiting');
    const pendingId = String(modal.view.private_metadata);
    const row = await holdPendingRow(pendingId);

    const answer = await h.client.viewSubmission({
      userId: BILLER,
      view: modal.id,
      values: buildStateValues(modal.view, {}),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toBeFalsy();
    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(9_000);
    expect(await statusOf(pendingId)).toBe('pending');
    expect(doneMessage()).toBeUndefined();

    row.release();
    await row.released;
    await waitFor(doneMessage);
    expect(await statusOf(pendingId)).toBe('executed');
  });

  it('committed, then the connection dies: the form has closed, a DM says it was saved, Submit again writes nothing', async () => {
    const { chargeId } = await createCharge(h.db, {
      firstName: 'Ack',
      lastName: 'Cutoff',
      assessedCents: 10_000,
    });
    const modal = await openWriteOff('Cutoff');
    const pendingId = String(modal.view.private_metadata);
    const values = buildStateValues(modal.view, {});
    const row = await holdPendingRow(pendingId);

    const answer = await h.client.viewSubmission({ userId: BILLER, view: modal.id, values });
    expect(answer.body).toBeFalsy();
    // The status mark, sent just after the ack, waits on the held row: its connection is cut.
    const waiting = await waitFor(async () => {
      const rows = rowsOf(
        await h.db.execute(sql`
          select pid from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`),
      );
      return rows[0]?.pid;
    });
    await h.db.execute(sql`select pg_terminate_backend(${waiting})`);
    row.release();
    await row.released;

    const dm = h.emulator.state.directory.dmFor(BILLER).id;
    const saved = await waitFor(() => botMessages(h, dm).find((m) => m.text?.includes('Saved')));
    expect(saved.text).toContain('went through');
    expect(saved.text).not.toContain('Ack Cutoff');
    expect((await ledgerOf(h.db, chargeId)).count('write_off')).toBe(1);

    const again = await h.client.viewSubmission({ userId: BILLER, view: modal.id, values });
    expect(again.body).toMatchObject({ response_action: 'update' });
    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(9_000);
  });
});
