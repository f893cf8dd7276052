/**
 * Small-balance batches through Slack (issue 10 item 2): `/billing small-balances under $5` or the
 * same request as a message opens a preview (count, total, threshold, age rule, first rows; the
 * full list as a CSV in the manager's DM); confirming applies exactly the previewed charges and
 * cents as one batch, skipping and listing a charge that changed; Undo reverses it whole.
 * Billing managers and admins only.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, ledgerEntries } from '../../src/db/schema/index.ts';
import { isoDay } from '../../src/domain/index.ts';
import { grantRole, recordPayment } from '../../src/ledger/index.ts';
import { BATCH_UNDO_ACTION, BATCH_UNDO_BLOCK } from '../../src/slack/messages/batch-message-builder.ts';
import { REVIEW_ACTION, REVIEW_BLOCK } from '../../src/slack/messages/request-message-builder.ts';
import { BATCH_CALLBACK } from '../../src/slack/views/small-balance-batch-modal-builder.ts';
import type { StoredMessage } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import { dmChannelOf } from './support/approvals.ts';
import {
  BILLER,
  botMessages,
  FRONT_DESK,
  GENERAL,
  ledgerOf,
  MANAGER,
  pressReview,
  REQUESTS,
  textOf,
  useHarness,
  VIEWER,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const SLOW_MS = 20_000;
const OLD = '2026-03-02';
const RECENT = isoDay(new Date(Date.now() - 5 * 86_400_000));

const AUDIT = 'CAUDIT0001';
const h = useHarness({ env: { AUDIT_CHANNEL: AUDIT } });
/** The first test's charges, by role in the story. */
let c: Record<'small' | 'exact' | 'paidLater' | 'tooBig' | 'placeholder' | 'tooNew', number>;

beforeAll(async () => {
  const charge = async (lastName: string, assessedCents: number, extra = {}) =>
    (await createCharge(h.db, { firstName: 'Alma', lastName, assessedCents, dateOfService: OLD, ...extra }))
      .chargeId;
  c = {
    small: await charge('Smallwood', 300, { description: '=HYPERLINK("x") visit' }),
    exact: await charge('Exactly', 500),
    paidLater: await charge('Paidlater', 400),
    tooBig: await charge('Toobig', 501),
    placeholder: await charge('Placeholder', 200, { prSource: 'placeholder' }),
    tooNew: await charge('Toonew', 100, { dateOfService: RECENT }),
  };
});

async function previewFor(userId: string, text: string) {
  await h.client.slashCommand({ command: '/billing', text, userId, channelId: GENERAL });
  return waitForModal(h, userId, BATCH_CALLBACK, (v) => v.view.private_metadata !== '');
}

function modalText(view: { view: { blocks?: unknown } }): string {
  return textOf((view.view.blocks as unknown[]) ?? []);
}

async function writeOffs(chargeId: number) {
  return (await ledgerOf(h.db, chargeId)).entries.filter((e) => e.kind === 'write_off');
}

function dmMessage(userId: string, predicate: (m: StoredMessage) => boolean) {
  return waitFor(() => botMessages(h, dmChannelOf(h, userId)).find(predicate), SLOW_MS);
}

describe('a billing manager runs a batch from /billing', () => {
  let resultMessage: StoredMessage;

  it('previews the selection, shares the CSV in the DM, applies exactly it and lists what changed', async () => {
    const modal = await previewFor(MANAGER, 'small-balances under $5');
    const shown = modalText(modal);
    expect(shown).toContain('*3* balances of at most *$5.00*, *$12.00* in all');
    expect(shown).toContain('at least 60 days ago');
    expect(shown).toContain('placeholder PR is left out');
    expect(shown).toContain('Alma Smallwood');
    expect(shown).toContain('Alma Exactly');
    expect(shown).not.toMatch(/Toobig|Placeholder|Toonew/);
    expect((modal.view.submit as { text: string }).text).toBe('Write off 3');

    // The full list: a CSV in the manager's DM with the app, spreadsheet-safe, names included there only.
    const file = await waitFor(() =>
      h.emulator.files.all().find((f) => f.name.startsWith('small-balances') && f.bytes && f.channel),
    );
    const csv = file.bytes?.toString('utf8') ?? '';
    expect(csv.split('\r\n')[0]).toBe('charge_id,mrn,patient,date_of_service,description,outstanding_cents');
    expect(csv).toContain(`${c.small},`);
    expect(csv).toContain(`"'=HYPERLINK(""x"") visit",300`);
    expect(csv).toContain('Alma Exactly');
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    const listMessage = await dmMessage(MANAGER, (m) => (m.files ?? []).some((f) => f.id === file.id));
    expect(listMessage.channel).toBe(dmChannelOf(h, MANAGER));
    expect(botMessages(h, GENERAL).some((m) => (m.files ?? []).length > 0)).toBe(false);

    // Paid down after the preview: the batch must skip it, not write off $3.00 of it.
    const paid = await recordPayment(h.db, {
      chargeId: c.paidLater,
      amountCents: 100,
      actor: 'import',
      source: 'import',
      idempotencyKey: 'batch-test-paid-later',
    });
    expect(paid.ok).toBe(true);

    const submitted = await h.client.fillAndSubmit(MANAGER, modal.id, {});
    expect(submitted.body).toMatchObject({ response_action: 'update' });
    expect(JSON.stringify(submitted.body)).toContain('progress and then the result');

    resultMessage = await dmMessage(MANAGER, (m) => (m.text ?? '').includes('Wrote off 2 small balances'));
    // The form says the work is finished, rather than "Writing off…" for as long as it stays open.
    const finished = await waitFor(() => {
      const shown = textOf((h.emulator.views.get(modal.id)?.view.blocks ?? []) as unknown[]);
      return shown.includes('Finished.') ? shown : undefined;
    }, SLOW_MS);
    expect(finished).toContain('say what was written off, with Undo');
    const result = textOf(resultMessage.blocks ?? []);
    expect(result).toContain('$8.00 in all');
    // The manager's own DM names the skipped charge as its other lists do: patient, charge, date.
    expect(result).toContain(
      'Alma Paidlater · Office visit 99213 (2026-03-02): $4.00 in the preview, $3.00 now',
    );
    expect(result).not.toContain(`charge ${c.paidLater}`);
    expect(result).not.toMatch(/Smallwood|Exactly/);
    // AUDIT_CHANNEL gets one line for the batch: the count and the total, no patient at all.
    const auditPost = await waitFor(() => botMessages(h, AUDIT)[0], SLOW_MS);
    expect(auditPost.text).toContain('Small balances written off: $8.00 · 2 charges');
    expect(JSON.stringify(auditPost)).not.toMatch(/Alma|Smallwood|Exactly/);

    const [small] = await writeOffs(c.small);
    const [exact] = await writeOffs(c.exact);
    expect(small).toMatchObject({
      amountCents: 300,
      reason: 'small_balance',
      source: 'batch',
      actor: MANAGER,
    });
    expect(exact).toMatchObject({ amountCents: 500, reason: 'small_balance', batchId: small?.batchId });
    expect(small?.batchId).toMatch(/^batch-/);
    expect((await ledgerOf(h.db, c.small)).outstandingCents).toBe(0);
    expect((await ledgerOf(h.db, c.exact)).outstandingCents).toBe(0);
    expect(await writeOffs(c.paidLater)).toHaveLength(0);
    expect((await ledgerOf(h.db, c.paidLater)).outstandingCents).toBe(300);
    for (const untouched of [c.tooBig, c.placeholder, c.tooNew])
      expect(await writeOffs(untouched)).toHaveLength(0);
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'small_balance_batch'), eq(auditLog.actor, MANAGER)));
    expect(audit).toHaveLength(1);
  }, 60_000);

  it('submitting the same preview again writes nothing more', async () => {
    const before = await h.db.select().from(ledgerEntries).where(eq(ledgerEntries.kind, 'write_off'));
    const modalId = h.emulator.views.top(MANAGER)?.id ?? '';
    // The form Slack showed after the first submit is the "started" notice; a double click resends the preview.
    const preview = h.emulator
      .callsTo('views.update')
      .find((call) => JSON.stringify(call.body).includes(BATCH_CALLBACK));
    expect(preview).toBeDefined();
    const pendingId = String((preview?.body.view as { private_metadata?: string })?.private_metadata ?? '');
    const dmBefore = botMessages(h, dmChannelOf(h, MANAGER)).length;
    const again = await h.client.rawInteraction({
      type: 'view_submission',
      user: { id: MANAGER },
      view: { id: modalId, callback_id: BATCH_CALLBACK, private_metadata: pendingId, state: { values: {} } },
    });
    // The form says so; no second progress message starts in the DM, where the result already is.
    expect(JSON.stringify(again.body)).toContain('This batch was already applied, once');
    const after = await h.db.select().from(ledgerEntries).where(eq(ledgerEntries.kind, 'write_off'));
    expect(after).toHaveLength(before.length);
    expect(botMessages(h, dmChannelOf(h, MANAGER))).toHaveLength(dmBefore);
  }, 30_000);

  it("a biller sending the manager's Undo is refused before the message changes; nothing is undone", async () => {
    const undoBlock = (resultMessage.blocks as { block_id?: string; elements?: { value?: string }[] }[]).find(
      (b) => b.block_id === BATCH_UNDO_BLOCK,
    );
    const updatesBefore = h.emulator.callsTo('chat.update').length;
    await h.client.blockAction({
      userId: BILLER,
      message: resultMessage,
      actions: [
        {
          action_id: BATCH_UNDO_ACTION,
          block_id: BATCH_UNDO_BLOCK,
          value: undoBlock?.elements?.[0]?.value ?? '',
        },
      ],
    });
    const refusal = await waitFor(
      () => h.emulator.responseUrlPosts.find((p) => String(p.body.text).includes('You may not undo')),
      SLOW_MS,
    );
    expect(String(refusal.body.text)).not.toContain('Undoing');
    // The manager's message was never touched: no "Undoing the batch…", and its Undo is still there.
    expect(h.emulator.callsTo('chat.update')).toHaveLength(updatesBefore);
    const message = h.emulator.messages.find(resultMessage.channel, resultMessage.ts);
    expect(message?.text).toContain('Wrote off 2 small balances');
    expect(JSON.stringify(message?.blocks)).toContain(BATCH_UNDO_ACTION);
    expect((await ledgerOf(h.db, c.small)).count('write_off_reversal')).toBe(0);
  }, 30_000);

  it('Undo on the result reverses the whole batch', async () => {
    const undoBlock = (resultMessage.blocks as { block_id?: string; elements?: { value?: string }[] }[]).find(
      (b) => b.block_id === BATCH_UNDO_BLOCK,
    );
    const value = undoBlock?.elements?.[0]?.value;
    expect(value).toBeDefined();
    await h.client.blockAction({
      userId: MANAGER,
      message: resultMessage,
      actions: [{ action_id: BATCH_UNDO_ACTION, block_id: BATCH_UNDO_BLOCK, value: value ?? '' }],
    });
    await waitFor(
      () =>
        (h.emulator.messages.find(resultMessage.channel, resultMessage.ts)?.text ?? '').includes('Undone'),
      SLOW_MS,
    );
    const undone = h.emulator.messages.find(resultMessage.channel, resultMessage.ts);
    expect(undone?.text).toContain('on 2 charges were reversed, $8.00 back');
    expect((await ledgerOf(h.db, c.small)).outstandingCents).toBe(300);
    expect((await ledgerOf(h.db, c.exact)).outstandingCents).toBe(500);
    expect((await ledgerOf(h.db, c.small)).count('write_off_reversal')).toBe(1);
    expect((await ledgerOf(h.db, c.exact)).count('write_off_reversal')).toBe(1);
  }, 30_000);
});

describe('a preview submitted three times at once (double clicks, retries)', () => {
  it('runs once: one progress message in the DM, the other two forms say it is under way', async () => {
    const ids = await Promise.all(
      ['Tripleone', 'Tripletwo'].map(
        async (lastName) =>
          (await createCharge(h.db, { firstName: 'Tess', lastName, assessedCents: 150, dateOfService: OLD }))
            .chargeId,
      ),
    );
    const modal = await previewFor(MANAGER, 'small-balances under $2');
    expect(modalText(modal)).toContain('Tess Tripleone');
    // Each run posts one progress message to the manager (their DM), then updates it.
    const progressPosts = () =>
      h.emulator
        .callsTo('chat.postMessage')
        .filter(
          (call) =>
            call.body.channel === MANAGER && String(call.body.text).includes('Writing off small balances'),
        ).length;
    const postsBefore = progressPosts();

    const answers = await Promise.all([1, 2, 3].map(() => h.client.fillAndSubmit(MANAGER, modal.id, {})));
    const bodies = answers.map((a) => JSON.stringify(a.body));
    expect(bodies.filter((b) => b.includes('Writing off the balances you previewed'))).toHaveLength(1);
    expect(
      bodies.filter((b) => b.includes('already being written off') || b.includes('already applied')),
    ).toHaveLength(2);

    for (const id of ids)
      await waitFor(async () => ((await writeOffs(id)).length > 0 ? true : undefined), SLOW_MS);
    await dmMessage(MANAGER, (m) => (m.text ?? '').includes('Wrote off') && (m.text ?? '').includes('$3.00'));
    expect(progressPosts() - postsBefore).toBe(1);
    for (const id of ids) expect(await writeOffs(id)).toHaveLength(1);
  }, 30_000);
});

describe('a manager with a limit of their own', () => {
  it('the preview says which charges the limit leaves out, and confirming skips exactly those', async () => {
    const LIMITED = 'UMGRLIMIT1';
    await grantRole(h.db, {
      grantedBy: 'cli:admin',
      userId: LIMITED,
      role: 'billing_manager',
      limitCents: 500,
    });
    const first = await createCharge(h.db, {
      firstName: 'Lina',
      lastName: 'Limitpair',
      assessedCents: 260,
      dateOfService: OLD,
    });
    const second = await createCharge(h.db, {
      patientId: first.patientId,
      assessedCents: 260,
      dateOfService: OLD,
    });

    const modal = await previewFor(LIMITED, 'small-balances under $2.70');
    const shown = modalText(modal);
    expect(shown).toContain(
      '1 charge of these ($2.60) would take a patient past your write-off limit of $5.00 over 24 hours',
    );
    const previewed = Number(shown.match(/\*([\d,]+)\* balances? of at most/)?.[1]?.replaceAll(',', ''));
    expect((modal.view.submit as { text: string }).text).toBe(`Write off ${previewed - 1}`);

    await h.client.fillAndSubmit(LIMITED, modal.id, {});
    await waitFor(async () => ((await writeOffs(first.chargeId)).length > 0 ? true : undefined), SLOW_MS);
    expect(await writeOffs(first.chargeId)).toHaveLength(1);
    expect(await writeOffs(second.chargeId)).toHaveLength(0);

    // Progress counts to what the button said would be written, not to every previewed charge.
    const result = await dmMessage(LIMITED, (m) => (m.text ?? '').includes('Wrote off'));
    const theirs = [LIMITED, dmChannelOf(h, LIMITED)];
    const progress = [...h.emulator.callsTo('chat.postMessage'), ...h.emulator.callsTo('chat.update')]
      .filter((call) => theirs.includes(String(call.body.channel)))
      .map((call) => String(call.body.text ?? ''))
      .filter((text) => text.includes('Writing off small balances:'));
    expect(progress[0]).toContain(`: 0 / ${(previewed - 1).toLocaleString('en-US')}…`);
    expect(progress.some((text) => text.includes(`/ ${previewed.toLocaleString('en-US')}…`))).toBe(false);
    // The skipped charge, in the manager's own DM, by patient, charge and date.
    expect(textOf(result.blocks ?? [])).toContain(`Lina Limitpair · Office visit 99213 (${OLD}): $2.60`);
  }, 30_000);
});

describe('who may run it, and from where', () => {
  it('a biller is refused with who can do it; nothing is opened or written', async () => {
    const response = await h.client.slashCommand({
      command: '/billing',
      text: 'small-balances under $5',
      userId: BILLER,
      channelId: GENERAL,
    });
    const body = response.body as { text: string; response_type: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('You do not have a role that may write off small balances in bulk');
    expect(body.text).toContain('billing managers and admins can');
    // A biller may still write off one charge at a time, and is told so.
    expect(body.text).toContain('one balance at a time can still be written off with `/writeoff`');
    expect(h.emulator.views.top(BILLER)).toBeUndefined();
    expect(await writeOffs(c.small)).toHaveLength(1);
  });

  it('a viewer asking in plain language in a DM is refused privately', async () => {
    const dm = dmChannelOf(h, VIEWER);
    await h.client.userMessage({ userId: VIEWER, channelId: dm, text: 'write off every balance under $5' });
    const reply = await waitFor(() =>
      botMessages(h, dm).find((m) => (m.text ?? '').includes('write off small balances in bulk')),
    );
    expect(reply.text).toContain('nothing was changed');
    // A viewer may not write off single charges either: they are not pointed at /writeoff.
    expect(reply.text).not.toContain('/writeoff');
  });

  it('a manager asking in plain language in a DM gets Review & confirm, which opens the preview', async () => {
    await createCharge(h.db, { firstName: 'Bo', lastName: 'Bitsy', assessedCents: 150, dateOfService: OLD });
    const dm = dmChannelOf(h, MANAGER);
    const { message } = await h.client.userMessage({
      userId: MANAGER,
      channelId: dm,
      text: 'please clear out every balance under $2',
    });
    const reply = await waitFor(() => botMessages(h, dm).find((m) => m.threadTs === message.ts));
    expect(reply.text).toContain('every balance of $2.00 or less');
    const value = JSON.stringify(reply.blocks).match(/"value":"([^"]+)"/)?.[1] ?? '';
    await h.client.blockAction({
      userId: MANAGER,
      message: reply,
      actions: [{ action_id: REVIEW_ACTION, block_id: REVIEW_BLOCK, value }],
    });
    const modal = await waitForModal(h, MANAGER, BATCH_CALLBACK, (v) => modalText(v).includes('Bo Bitsy'));
    expect(modalText(modal)).toContain('*1* balance of at most *$2.00*, *$1.50* in all');
  });

  it('a mention in the requests channel is answered privately, and no list goes to the channel', async () => {
    const bot = `<@${h.emulator.workspace.botUserId}>`;
    await h.client.userMessage({
      userId: MANAGER,
      channelId: GENERAL,
      text: `${bot} write off every balance under $3`,
    });
    const reply = await waitFor(() =>
      botMessages(h, GENERAL, MANAGER).find((m) => (m.text ?? '').includes('every balance of $3.00 or less')),
    );
    expect(reply.ephemeralTo).toBe(MANAGER);
    expect(
      botMessages(h, REQUESTS).length + botMessages(h, GENERAL).filter((m) => !m.ephemeralTo).length,
    ).toBe(0);
  });
});

describe('a batch asked for in the requests channel', () => {
  it("is told done in the request's thread, with no amount and no patient", async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Reqa',
      lastName: 'Batchthread',
      assessedCents: 95,
      dateOfService: OLD,
    });
    const { message } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'please write off every balance under $1',
    });
    const offer = await waitFor(
      () => botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
      SLOW_MS,
    );
    await pressReview(h, MANAGER, offer);
    const modal = await waitForModal(h, MANAGER, BATCH_CALLBACK, (v) =>
      modalText(v).includes('Reqa Batchthread'),
    );
    await h.client.fillAndSubmit(MANAGER, modal.id, {});

    const done = await waitFor(
      () => botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('done:')),
      SLOW_MS,
    );
    expect(done.text).toContain(`<@${FRONT_DESK}> done: <@${MANAGER}> completed`);
    expect(done.text).not.toMatch(/Batchthread|\$/);
    expect(await writeOffs(charge.chargeId)).toHaveLength(1);
  }, 30_000);
});
