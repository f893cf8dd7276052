/**
 * A confirm answers Slack the moment the ledger commits: the form closes while the summary and the
 * message with Undo are still to come. The pending action's status is part of that commit, not a
 * step after it. Shown on PostgreSQL through a relay that holds, or cuts, the app's database
 * traffic right after a COMMIT has been answered (on PGlite there is no connection to hold). If the
 * database goes after the commit, the form has already closed, so a message says it was saved.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { rowsOf } from '../../src/db/rows.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { buildStateValues } from '../../src/slack-emulator/index.ts';
import { type CommitGate, commitGate } from '../support/commit-gate.ts';
import { createScratchPostgresDatabase, describePostgres } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
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
  let gate: CommitGate;
  /** The same database without the relay: what the test reads while the app's traffic is held. */
  let direct: DatabaseHandle;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await createScratchPostgresDatabase('ack_on_commit');
    dropDatabase = scratch.drop;
    gate = await commitGate(scratch.url);
    const handle = await openDatabase({ kind: 'postgres', url: gate.url });
    direct = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 2 });
    h = await startHarness({ handle });
  });

  afterAll(async () => {
    gate?.open();
    await h?.stop();
    await direct?.close();
    await gate?.close();
    await dropDatabase?.();
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

  async function statusOf(pendingId: string): Promise<string | undefined> {
    const rows = rowsOf(
      await direct.db.execute(sql`select status from pending_actions where id = ${pendingId}`),
    );
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
    const held = gate.closeAfterNextCommit('hold');

    const answer = await h.client.viewSubmission({
      userId: BILLER,
      view: modal.id,
      values: buildStateValues(modal.view, {}),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toBeFalsy();
    await held;
    const ledger = await ledgerOf(direct.db, chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(9_000);
    // Committed with the entry: no statement after the answer is needed for it.
    expect(await statusOf(pendingId)).toBe('executed');
    expect(doneMessage()).toBeUndefined();

    gate.open();
    await waitFor(doneMessage);
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
    const cut = gate.closeAfterNextCommit('cut');

    const answer = await h.client.viewSubmission({ userId: BILLER, view: modal.id, values });
    expect(answer.body).toBeFalsy();
    // Every connection is cut once the commit is answered: the summary cannot be read.
    await cut;

    const dm = h.emulator.state.directory.dmFor(BILLER).id;
    const saved = await waitFor(() => botMessages(h, dm).find((m) => m.text?.includes('Saved')));
    expect(saved.text).toContain('went through');
    expect(saved.text).not.toContain('Ack Cutoff');
    expect((await ledgerOf(direct.db, chargeId)).count('write_off')).toBe(1);
    expect(await statusOf(pendingId)).toBe('executed');
    gate.open();

    const again = await h.client.viewSubmission({ userId: BILLER, view: modal.id, values });
    expect(again.body).toMatchObject({ response_action: 'update' });
    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(9_000);
  });
});
