/**
 * A confirm form opened for one person (their slash command, their DM with the app) is theirs to
 * confirm. Slack delivers a view's submission only from its owner, but a signed payload carrying
 * that view's private_metadata can be forged or replayed from someone else: it is refused with a
 * notice, nothing is written, the log names ids only, and the owner can still confirm. So is a
 * small-balance batch preview. A request posted in a requests channel stays open to any biller.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AMOUNT_ACTION, AMOUNT_BLOCK, EFFECT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { BATCH_CALLBACK } from '../../src/slack/views/small-balance-batch-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { buildStateValues, type StoredView } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import { dmChannelOf } from './support/approvals.ts';
import {
  ADMIN,
  BILLER,
  blockById,
  botMessages,
  FRONT_DESK,
  GENERAL,
  ledgerOf,
  MANAGER,
  pressReview,
  REQUESTS,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
let charge: { chargeId: number };
let small: { chargeId: number };

beforeAll(async () => {
  charge = await createCharge(h.db, { firstName: 'Olive', lastName: 'Owner', assessedCents: 9_000 });
  small = await createCharge(h.db, {
    firstName: 'Olive',
    lastName: 'Small',
    assessedCents: 300,
    dateOfService: '2026-03-02',
  });
});

/** The owner's form as shown, with its effect line (the figures are pinned by then). */
function shownForm(userId: string): Promise<StoredView> {
  return waitForModal(h, userId, WRITE_OFF_CALLBACK, (v) => blockById(v, EFFECT_BLOCK) !== undefined);
}

async function openByCommand(dollars: number): Promise<StoredView> {
  await h.client.slashCommand({
    command: '/writeoff',
    text: `$${dollars} Olive Owner small balance`,
    userId: BILLER,
    channelId: GENERAL,
  });
  return shownForm(BILLER);
}

async function openFromDirectMessage(dollars: number): Promise<StoredView> {
  const dm = dmChannelOf(h, BILLER);
  const { message } = await h.client.userMessage({
    userId: BILLER,
    channelId: dm,
    text: `write off $${dollars} for Olive Owner, small balance`,
  });
  const reply = await waitFor(() => botMessages(h, dm).find((m) => m.threadTs === message.ts));
  await pressReview(h, BILLER, reply);
  return shownForm(BILLER);
}

/**
 * A signed view_submission of the owner's form, as a forger or a replay would send it: the same
 * view and private_metadata, another user. Sent raw, so the owner's form stays as it was.
 */
function forgedSubmission(form: StoredView, userId: string) {
  const values = buildStateValues(form.view, {});
  return h.client.rawInteraction({
    type: 'view_submission',
    token: 'verification-token',
    api_app_id: h.emulator.workspace.appId,
    team: { id: h.emulator.workspace.teamId, domain: 'test' },
    user: { id: userId, team_id: h.emulator.workspace.teamId },
    trigger_id: '1.2.3',
    view: { ...form.view, id: form.id, state: { values } },
  });
}

// Different amounts: the same write-off twice in 10 minutes would ask "do it again?" first.
describe.each([
  ['a slash command', openByCommand, 20],
  ['a DM with the app', openFromDirectMessage, 25],
])('a form opened by %s', (_, open, dollars) => {
  it('is refused to another user with the role; nothing is written; the owner confirms it after', async () => {
    const before = await ledgerOf(h.db, charge.chargeId);
    const form = await open(dollars);
    h.logs.length = 0;

    const forged = await forgedSubmission(form, MANAGER);
    expect(forged.status).toBe(200);
    expect(forged.body).toMatchObject({ response_action: 'update' });
    const shown = textOf([forged.body]);
    expect(shown).toContain('This form was opened for someone else, so only they can confirm it.');
    expect(shown).toContain('Nothing was changed.');
    // It says nothing of the form: no patient, no figure, not even "already done".
    expect(shown).not.toMatch(/Olive|Owner|\$\d|already done/);
    const afterForgery = await ledgerOf(h.db, charge.chargeId);
    expect(afterForgery.entries).toHaveLength(before.entries.length);
    expect(afterForgery.outstandingCents).toBe(before.outstandingCents);
    const logged = h.logs.join('\n');
    expect(logged).toContain('not opened for');
    expect(logged).toContain(MANAGER);
    expect(logged).not.toMatch(/Olive|Owner|\$\d/);

    // The owner's form is untouched and confirms as shown, under the owner's name.
    expect(h.emulator.views.get(form.id)?.view.callback_id).toBe(WRITE_OFF_CALLBACK);
    const done = await h.client.fillAndSubmit(BILLER, form.id, {});
    expect(done.body).toBeFalsy();
    const after = await ledgerOf(h.db, charge.chargeId);
    expect(after.count('write_off')).toBe(before.count('write_off') + 1);
    expect(after.outstandingCents).toBe(before.outstandingCents - dollars * 100);
    expect(after.entries.at(-1)?.actor).toBe(BILLER);
  });
});

/** The pending action's row as stored: what a change to its form would have saved into it. */
async function storedRequest(pendingId: string) {
  const { pendingActions } = await import('../../src/db/schema/index.ts');
  const rows = await h.db.select().from(pendingActions);
  return JSON.stringify(rows.find((r) => r.id === pendingId) ?? null);
}

describe("a field changed in someone else's form (a forged block_actions)", () => {
  it('saves nothing into their request and shows the forger "Not your request", naming nobody', async () => {
    const ledgerBefore = await ledgerOf(h.db, charge.chargeId);
    const owners = await openByCommand(21);
    const pendingId = owners.view.private_metadata as string;
    const before = await storedRequest(pendingId);
    expect(before).not.toBe('null');

    // The forger's own form, then a block_actions from it that names the owner's request.
    await h.client.slashCommand({ command: '/writeoff', text: '', userId: MANAGER, channelId: GENERAL });
    const own = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) => v.view.submit !== undefined);
    h.logs.length = 0;
    const values = buildStateValues(owners.view, { [AMOUNT_BLOCK]: '88' });
    const response = await h.client.rawInteraction({
      type: 'block_actions',
      token: 'verification-token',
      api_app_id: h.emulator.workspace.appId,
      team: { id: h.emulator.workspace.teamId, domain: 'test' },
      user: { id: MANAGER, team_id: h.emulator.workspace.teamId },
      trigger_id: '1.2.4',
      container: { type: 'view', view_id: own.id },
      view: { ...owners.view, id: own.id, hash: own.hash, private_metadata: pendingId, state: { values } },
      actions: [{ type: 'plain_text_input', action_id: AMOUNT_ACTION, block_id: AMOUNT_BLOCK, value: '88' }],
    });
    expect(response.status).toBe(200);

    const shown = await waitFor(() => {
      const current = h.emulator.views.get(own.id);
      return JSON.stringify(current?.view ?? {}).includes('Not your request') ? current : undefined;
    });
    const text = JSON.stringify(shown?.view ?? {});
    expect(text).toContain('Not your request');
    expect(text).not.toMatch(/Olive|Owner|88|\$21/);
    expect(await storedRequest(pendingId)).toBe(before);
    expect(h.logs.join('\n')).toContain("change to someone else's form refused");
    expect(h.logs.join('\n')).not.toMatch(/Olive|Owner/);

    // The owner's form still confirms what it showed.
    await h.client.fillAndSubmit(BILLER, owners.id, {});
    const after = await ledgerOf(h.db, charge.chargeId);
    expect(after.entries.at(-1)).toMatchObject({ kind: 'write_off', actor: BILLER });
    expect(after.outstandingCents).toBe(ledgerBefore.outstandingCents - 2_100);
  });
});

describe('a request posted in the requests channel', () => {
  it('is still confirmed by a biller other than the one who asked', async () => {
    const before = await ledgerOf(h.db, charge.chargeId);
    const { message } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'write off $10 for Olive Owner, small balance',
    });
    const card = await waitFor(() => botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts));
    await pressReview(h, BILLER, card);
    const form = await shownForm(BILLER);
    const done = await h.client.fillAndSubmit(BILLER, form.id, {});
    expect(done.body).toBeFalsy();
    const after = await ledgerOf(h.db, charge.chargeId);
    expect(after.count('write_off')).toBe(before.count('write_off') + 1);
    expect(after.outstandingCents).toBe(before.outstandingCents - 1_000);
    expect(after.entries.at(-1)?.actor).toBe(BILLER);
  });
});

describe('a small-balance batch preview opened by a billing manager', () => {
  it('is refused to an admin who did not open it; nothing is written; the manager applies it after', async () => {
    await h.client.slashCommand({
      command: '/billing',
      text: 'small-balances under $5',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const preview = await waitForModal(h, MANAGER, BATCH_CALLBACK, (v) => v.view.private_metadata !== '');
    h.logs.length = 0;

    const forged = await forgedSubmission(preview, ADMIN);
    const shown = textOf([forged.body]);
    expect(shown).toContain('This form was opened for someone else, so only they can confirm it.');
    expect(shown).not.toContain('Writing off');
    expect((await ledgerOf(h.db, small.chargeId)).count('write_off')).toBe(0);
    expect(h.logs.join('\n')).toContain('not opened for');

    await h.client.fillAndSubmit(MANAGER, preview.id, {});
    await waitFor(async () => (await ledgerOf(h.db, small.chargeId)).count('write_off') === 1, 20_000);
    expect((await ledgerOf(h.db, small.chargeId)).entries.at(-1)?.actor).toBe(MANAGER);
  });
});
