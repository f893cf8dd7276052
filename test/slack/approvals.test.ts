/**
 * Approvals through Slack (issue 10 item 1): a write-off above the biller's limit becomes a
 * request, posted with the patient's initials only; a billing manager or admin other than the
 * requester approves (every rule checked again) or rejects it; the ledger and the audit log say
 * what happened. The limit counts the biller's write-offs for the patient over 24 hours.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recordPayment } from '../../src/ledger/index.ts';
import { APPROVAL_CALLBACK } from '../../src/slack/views/approval-modal-builder.ts';
import { NOTICE_CALLBACK } from '../../src/slack/views/notice-modal-builder.ts';
import { NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  approvalById,
  auditRows,
  cardIn,
  closedCardText,
  dmTexts,
  latestApproval,
  pastWriteOff,
  press,
  submitWriteOff,
  writeOffsOn,
} from './support/approvals.ts';
import {
  ADMIN,
  BILLER,
  GENERAL,
  MANAGER,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const APPROVALS = 'CAPPROVALS';
const h = useHarness({ env: { APPROVALS_CHANNEL: APPROVALS } });

/** The text of every message the app posted or showed (channels, DMs, ephemerals). */
function sentTexts(): string[] {
  return ['chat.postMessage', 'chat.postEphemeral'].flatMap((method) =>
    h.emulator.callsTo(method).map((call) => String(call.body.text ?? '')),
  );
}

function modalText(view: { view: { blocks?: unknown } }): string {
  return textOf((view.view.blocks as unknown[]) ?? []);
}

/** A biller's request above the limit: the requester's modal, and the request filed. */
async function requestAbove(text: string, chargeId: number) {
  const { response, modalId } = await submitWriteOff(h, BILLER, text);
  const approval = await latestApproval(h, BILLER);
  if (approval?.chargeId !== chargeId)
    throw new Error(`not sent for approval: ${JSON.stringify(response.body)}`);
  return { response, modalId, approval, card: await cardIn(h, APPROVALS, approval.id) };
}

describe('a write-off above the limit', () => {
  it('is sent for approval: nothing written, a card with initials only, audited', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Hana',
      lastName: 'Happyday',
      assessedCents: 50_000,
    });
    const { response, approval, card } = await requestAbove(
      '$150 Hana Happyday small balance',
      charge.chargeId,
    );

    expect(response.body).toMatchObject({ response_action: 'update' });
    const shown = JSON.stringify(response.body);
    expect(shown).toContain('Sent for approval');
    expect(shown).toContain('nothing is written off yet');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(0);
    expect(approval).toMatchObject({ chargeId: charge.chargeId, amountCents: 15_000, status: 'pending' });

    const cardText = textOf(card.blocks ?? []);
    // A channel reads the card: the amount, and nothing that could tell whose charge it is.
    expect(cardText).toContain('$150.00');
    expect(cardText).not.toMatch(/Hana|Happyday|H\. H\.|2026-10-01|Small balance/);
    const requested = await auditRows(h, 'approval_requested');
    expect(requested.some((r) => r.targetId === approval.id && r.actor === BILLER)).toBe(true);
  });

  it("happy path: a manager approves; the entry is the requester's, source approval, approver audited", async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Abel',
      lastName: 'Approved',
      assessedCents: 50_000,
    });
    const { approval, card } = await requestAbove('$150 Abel Approved small balance', charge.chargeId);

    const modal = await press(h, MANAGER, card, 'approve');
    expect(modal.view.callback_id).toBe(APPROVAL_CALLBACK);
    expect(modalText(modal)).toContain('Abel Approved'); // the full name, in the approver's own modal
    const submitted = await h.client.fillAndSubmit(MANAGER, modal.id, { [NOTE_BLOCK]: 'ok, documented' });
    expect(submitted.body).toBeFalsy();

    const ledger = await writeOffsOn(h, charge.chargeId);
    expect(ledger.writeOffs).toHaveLength(1);
    expect(ledger.writeOffs[0]).toMatchObject({ actor: BILLER, source: 'approval', amountCents: 15_000 });
    expect(ledger.outstandingCents).toBe(35_000);
    expect(await approvalById(h, approval.id)).toMatchObject({ status: 'approved', decidedBy: MANAGER });
    const entryAudit = (await auditRows(h, 'write_off')).find((r) => r.targetId === String(charge.chargeId));
    expect(entryAudit?.actor).toBe(BILLER);
    expect(entryAudit?.details).toMatchObject({ approvedBy: MANAGER, approvalId: approval.id });
    const approved = (await auditRows(h, 'approval_approved')).find((r) => r.targetId === approval.id);
    expect(approved?.actor).toBe(MANAGER);
    const told = await waitFor(() => dmTexts(h, BILLER).find((t) => t.includes('approved your write-off')));
    expect(told).toContain(`<@${MANAGER}>`);
    expect(told).toContain('ok, documented');
    // The approver is told whose write-off it was: the biller's, not their own.
    const done = await waitFor(() =>
      sentTexts().find((t) => t.includes('Abel Approved') && t.includes('Approved')),
    );
    expect(done).toContain(`Approved <@${BILLER}>'s write-off of *$150.00*`);
    // The card in the channel now says who decided, with no buttons left to press.
    const closed = await closedCardText(h, card);
    expect(closed).toContain(`Approved by <@${MANAGER}>`);
    expect(closed).toContain('$150.00');
    expect(closed).not.toMatch(/Abel|A\. A\.|Approved small|ok, documented/);
    // The approver's decision form was a request of its own, audited when it opened.
    const requested = (await auditRows(h, 'requested')).filter(
      (r) => r.actor === MANAGER && (r.details as { kind: string }).kind === 'approval',
    );
    expect(requested.length).toBeGreaterThan(0);
    expect(approved?.details).toMatchObject({ surface: 'slack' });
  });

  it('a note typed with the request stays out of the channel card and shows in the approver window', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Nora',
      lastName: 'Notewell',
      assessedCents: 50_000,
    });
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$200 Nora Notewell hardship',
      userId: BILLER,
      channelId: GENERAL,
    });
    const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => v.view.private_metadata !== '');
    const note = 'Nora Notewell DOB 1958-02-03, hospice since May, income letter on file';
    await h.client.fillAndSubmit(BILLER, form.id, { [NOTE_BLOCK]: note });
    const approval = await latestApproval(h, BILLER);
    expect(approval?.chargeId).toBe(charge.chargeId);
    const card = await cardIn(h, APPROVALS, approval?.id ?? '');

    const cardText = textOf(card.blocks ?? []);
    expect(cardText).not.toMatch(/Nora|Notewell|N\. N\.|hospice|1958/);
    expect(cardText).toContain('The patient, the charge, the reason and any note show when you open it');
    const modal = await press(h, MANAGER, card, 'approve');
    expect(modalText(modal)).toContain('hospice since May');
  });

  it('self-approval is refused, audited, and writes nothing', async () => {
    const charge = await createCharge(h.db, { firstName: 'Selma', lastName: 'Self', assessedCents: 50_000 });
    const { approval, card } = await requestAbove('$120 Selma Self small balance', charge.chargeId);

    const notice = await press(h, BILLER, card, 'approve');
    expect(notice.view.callback_id).toBe(NOTICE_CALLBACK);
    expect(modalText(notice)).toContain('you cannot approve or reject it yourself');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(0);
    expect((await approvalById(h, approval.id))?.status).toBe('pending');
    const refused = (await auditRows(h, 'approval_refused')).find((r) => r.targetId === approval.id);
    expect(refused).toMatchObject({ actor: BILLER, details: { codes: ['SELF_APPROVAL'], surface: 'slack' } });
  });

  it('approving after the PR was paid meanwhile shows the blocker to both, and writes nothing', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Paula',
      lastName: 'Paidlater',
      assessedCents: 30_000,
    });
    const { approval, card } = await requestAbove('$200 Paula Paidlater small balance', charge.chargeId);
    const modal = await press(h, MANAGER, card, 'approve');
    const paid = await recordPayment(h.db, {
      chargeId: charge.chargeId,
      amountCents: 30_000,
      actor: 'import',
      source: 'import',
      idempotencyKey: `paid-${approval.id}`,
    });
    expect(paid.ok).toBe(true);

    const submitted = await h.client.fillAndSubmit(MANAGER, modal.id, {});
    // The form's only field, the note, cannot fix it: the form gives way to the refusal.
    expect(submitted.body).toMatchObject({
      response_action: 'update',
      view: { callback_id: NOTICE_CALLBACK },
    });
    expect(JSON.stringify(submitted.body)).toContain('already paid');
    const ledger = await writeOffsOn(h, charge.chargeId);
    expect(ledger.writeOffs).toHaveLength(0);
    expect(ledger.outstandingCents).toBe(0);
    expect((await approvalById(h, approval.id))?.status).toBe('pending');
    const told = await waitFor(() => dmTexts(h, BILLER).find((t) => t.includes('could not be approved')));
    expect(told).toContain('already paid');
    const refused = (await auditRows(h, 'approval_refused')).find((r) => r.targetId === approval.id);
    expect(refused).toMatchObject({ actor: MANAGER, details: { codes: ['PR_PAID'], surface: 'slack' } });
    // Still pending: the card keeps its buttons, so someone can decide once the PR is sorted out.
    expect(JSON.stringify(h.emulator.messages.find(card.channel, card.ts)?.blocks)).toContain(
      'approval_buttons',
    );
  });

  it('rejection asks for a reason, writes nothing, and tells the requester why', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Rita',
      lastName: 'Rejected',
      assessedCents: 50_000,
    });
    const { approval, card } = await requestAbove('$300 Rita Rejected small balance', charge.chargeId);

    const modal = await press(h, ADMIN, card, 'reject');
    const empty = await h.client.viewSubmission({ userId: ADMIN, view: modal.id, values: {} });
    expect(JSON.stringify(empty.body)).toContain('Say why it is rejected');
    await h.client.fillAndSubmit(ADMIN, modal.id, { [NOTE_BLOCK]: 'Collect it; no hardship on file' });

    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(0);
    expect(await approvalById(h, approval.id)).toMatchObject({
      status: 'rejected',
      decidedBy: ADMIN,
      decisionNote: 'Collect it; no hardship on file',
    });
    const told = await waitFor(() => dmTexts(h, BILLER).find((t) => t.includes('rejected your write-off')));
    expect(told).toContain('no hardship on file');
    const rejected = (await auditRows(h, 'approval_rejected')).find((r) => r.targetId === approval.id);
    expect(rejected?.actor).toBe(ADMIN);
    expect(rejected?.details).toMatchObject({ surface: 'slack' });
    const closed = await closedCardText(h, card);
    expect(closed).toContain(`Rejected by <@${ADMIN}>`);
    // The reason goes to the requester only: the approver typed it, and the channel reads the card.
    expect(closed).not.toContain('no hardship on file');
  });

  it('a request older than 7 days has expired', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Ezra',
      lastName: 'Expired',
      assessedCents: 50_000,
    });
    const { approval, card } = await requestAbove('$250 Ezra Expired small balance', charge.chargeId);
    await h.db.execute(
      sql`update approval_requests set created_at = now() - interval '7 days 1 minute' where id = ${approval.id}`,
    );

    const notice = await press(h, MANAGER, card, 'approve');
    expect(modalText(notice)).toContain('has expired');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(0);
    const refused = (await auditRows(h, 'approval_refused')).find((r) => r.targetId === approval.id);
    expect(refused).toMatchObject({
      actor: MANAGER,
      details: { codes: ['APPROVAL_EXPIRED'], surface: 'slack' },
    });
    // The press found it expired: the card says so and offers no buttons any more.
    expect(await closedCardText(h, card)).toContain('Expired');
  });

  it('a double approve writes one entry; the second approver gets APPROVAL_DECIDED', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Dana',
      lastName: 'Doubled',
      assessedCents: 50_000,
    });
    const { approval, card } = await requestAbove('$180 Dana Doubled small balance', charge.chargeId);
    const first = await press(h, MANAGER, card, 'approve');
    const second = await press(h, ADMIN, card, 'approve');

    await h.client.fillAndSubmit(MANAGER, first.id, {});
    const late = await h.client.fillAndSubmit(ADMIN, second.id, {});
    expect(JSON.stringify(late.body)).toContain('already approved');
    const again = await press(h, ADMIN, card, 'approve');
    expect(modalText(again)).toContain('already approved');

    const ledger = await writeOffsOn(h, charge.chargeId);
    expect(ledger.writeOffs).toHaveLength(1);
    expect(ledger.outstandingCents).toBe(32_000);
    const refusals = (await auditRows(h, 'approval_refused')).filter((r) => r.targetId === approval.id);
    expect(refusals.map((r) => (r.details as { codes: string[] }).codes[0])).toEqual([
      'APPROVAL_DECIDED',
      'APPROVAL_DECIDED',
    ]);
    expect(await closedCardText(h, card)).toContain(`Approved by <@${MANAGER}>`);
  });
});

describe('the limit counts 24 hours of write-offs for the patient', () => {
  it('exactly the limit is written; one cent more is sent for approval', async () => {
    const charge = await createCharge(h.db, { firstName: 'Bo', lastName: 'Boundary', assessedCents: 50_000 });
    await submitWriteOff(h, BILLER, '$60 Bo Boundary small balance');
    await submitWriteOff(h, BILLER, '$40 Bo Boundary small balance');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(2);

    const { response } = await submitWriteOff(h, BILLER, '$0.01 Bo Boundary small balance');
    expect(JSON.stringify(response.body)).toContain('Sent for approval');
    const ledger = await writeOffsOn(h, charge.chargeId);
    expect(ledger.writeOffs).toHaveLength(2);
    expect(ledger.outstandingCents).toBe(40_000);
    expect(await latestApproval(h, BILLER)).toMatchObject({ chargeId: charge.chargeId, amountCents: 1 });
  });

  it('write-offs older than 24 hours do not count', async () => {
    const charge = await createCharge(h.db, { firstName: 'Olga', lastName: 'Older', assessedCents: 50_000 });
    await pastWriteOff(h, { chargeId: charge.chargeId, actor: BILLER, amountCents: 10_000, hoursAgo: 25 });
    await submitWriteOff(h, BILLER, '$100 Olga Older small balance');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(2);

    await pastWriteOff(h, { chargeId: charge.chargeId, actor: BILLER, amountCents: 500, hoursAgo: 23 });
    const { response } = await submitWriteOff(h, BILLER, '$99 Olga Older small balance');
    expect(JSON.stringify(response.body)).toContain('Sent for approval');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(3);
  });
});
