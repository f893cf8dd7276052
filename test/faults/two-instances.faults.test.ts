/**
 * Two app instances on one PostgreSQL database, as behind a load balancer. The same
 * view_submission reaching both at the same moment writes one entry; a load run that alternates
 * requests between them (and re-delivers some confirms to the other instance, as a Slack retry
 * would) applies every confirm exactly once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { grantRole } from '../../src/ledger/index.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { type AppResponse, buildStateValues, type StoredView } from '../../src/slack-emulator/index.ts';
import { ADMIN, GENERAL, ledgerOf, MANAGER, waitFor } from '../slack/support/harness.ts';
import { describePostgres } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { type Instances, startInstances, submitEverywhere } from './support/instances.ts';

const SURNAMES = [
  'Abbott',
  'Barlow',
  'Calder',
  'Dawson',
  'Ellery',
  'Fenwick',
  'Garrick',
  'Holloway',
  'Ingram',
  'Jarvis',
  'Kendrick',
  'Lowell',
  'Merritt',
  'Norwood',
  'Oakley',
  'Pemberton',
  'Quimby',
  'Radcliffe',
  'Sheldon',
  'Thorne',
  'Upton',
  'Vance',
  'Whitlock',
  'Yardley',
];

const LATE_ACK_STATUS = 404;

describePostgres('two app instances on one PostgreSQL [postgres]', () => {
  let instances: Instances;

  beforeAll(async () => {
    instances = await startInstances(2);
  });
  afterAll(async () => instances?.stop());

  const instance = (i: number) => {
    const found = instances.list[i % instances.list.length];
    if (!found) throw new Error('no instance');
    return found;
  };

  /** Pending actions whose modal a test already used. */
  const used = new Set<unknown>();

  /** A slash command through instance `via`; resolves with the user's new write-off modal. */
  async function openWriteOff(via: number, userId: string, text: string): Promise<StoredView> {
    await instance(via).client.slashCommand({ command: '/writeoff', text, userId, channelId: GENERAL });
    const modal = await waitFor(() => {
      const top = instances.emulator.views.top(userId);
      const pendingId = top?.view.private_metadata;
      return top?.view.callback_id === WRITE_OFF_CALLBACK && pendingId && !used.has(pendingId)
        ? top
        : undefined;
    }, 15_000);
    used.add(modal.view.private_metadata);
    return modal;
  }

  const doneMessages = (userId: string) =>
    instances.emulator.messages
      .inChannel(GENERAL, userId)
      .filter((m) => m.user === instances.emulator.workspace.botUserId && m.text?.includes('Wrote off'));

  it('the same view_submission at both instances at the same moment writes one entry', async () => {
    for (const [round, surname] of ['Quill', 'Rook', 'Sable'].entries()) {
      const { chargeId } = await createCharge(instances.observer.db, {
        firstName: 'Twin',
        lastName: surname,
        assessedCents: 9_000,
      });
      const modal = await openWriteOff(round, MANAGER, `$25 Twin ${surname} small balance`);
      const responses = await submitEverywhere(
        instances,
        MANAGER,
        modal.id,
        buildStateValues(modal.view, {}),
      );
      expect(responses.map((r) => r.status)).toEqual([200, 200]);
      // One instance wrote and closed the form; the other found it done and said so.
      const bodies = responses.map((r) => (r.body ? 'already done' : 'closed')).sort();
      expect(bodies).toEqual(['already done', 'closed']);
      const ledger = await ledgerOf(instances.observer.db, chargeId);
      expect(ledger.count('write_off')).toBe(1);
      expect(ledger.outstandingCents).toBe(6_500);
    }
    await waitFor(() => doneMessages(MANAGER).length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(doneMessages(MANAGER)).toHaveLength(3);
  });

  it('a load run alternating between the instances applies every confirm exactly once', async () => {
    const users = SURNAMES.map((_, i) => `ULOAD${String(i).padStart(5, '0')}`);
    const charges = await Promise.all(
      SURNAMES.map((lastName) =>
        createCharge(instances.observer.db, { firstName: 'Nora', lastName, assessedCents: 5_000 }),
      ),
    );
    for (const userId of users) {
      await grantRole(instances.observer.db, { grantedBy: ADMIN, userId, role: 'billing_manager' });
    }
    // Commands alternate between the instances, 50 a second, all in flight together.
    const modals = await Promise.all(
      SURNAMES.map(async (surname, i) => {
        await pause(i * 20);
        return openWriteOff(i, users[i] ?? '', `$3 Nora ${surname} small balance`);
      }),
    );
    // Each confirm goes to the other instance than its command; every fourth is delivered again
    // to the first instance as a retry, at the same moment.
    const primaries: Promise<AppResponse>[] = [];
    const retries: Promise<AppResponse>[] = [];
    modals.forEach((modal, i) => {
      const userId = users[i] ?? '';
      const values = buildStateValues(modal.view, {});
      const submit = (via: number, retry: boolean) =>
        pause(i * 20).then(() =>
          instance(via).client.viewSubmission(
            { userId, view: modal.id, values },
            retry ? { retryNum: 1, retryReason: 'http_timeout' } : {},
          ),
        );
      primaries.push(submit(i + 1, false));
      if (i % 4 === 0) retries.push(submit(i, true));
    });
    const primary = await Promise.all(primaries);
    const responses = [...primary, ...(await Promise.all(retries))];
    // 404 is Bolt's answer to a request not acknowledged within 3 s: on a shared 2-core machine
    // under load some are. Ack times are measured by `npm run bench:slack`, not asserted here;
    // what must hold is below: late or not, each confirm is applied once.
    const late = responses.filter((r) => r.status === LATE_ACK_STATUS).length;
    expect(responses.filter((r) => r.status !== 200 && r.status !== LATE_ACK_STATUS)).toEqual([]);
    if (late > 0) console.info(`${late} of ${responses.length} confirms were acknowledged after 3 s`);

    for (const { chargeId } of charges) {
      const ledger = await ledgerOf(instances.observer.db, chargeId);
      expect(ledger.count('write_off')).toBe(1);
      expect(ledger.outstandingCents).toBe(4_700);
    }
    // A confirmation message for every confirm acknowledged in time without a racing retry
    // (a late ack ends the listener before it posts; the retry's twin may be the one that wrote).
    const surelyAnnounced = users.filter((_, i) => primary[i]?.status === 200 && i % 4 !== 0);
    for (const userId of surelyAnnounced) await waitFor(() => doneMessages(userId).length > 0, 20_000);
    await pause(300);
    expect(users.filter((userId) => doneMessages(userId).length > 1)).toEqual([]);
  });
});

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
