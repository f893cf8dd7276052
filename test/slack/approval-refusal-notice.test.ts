/**
 * The approval form has one field, an optional note for the requester. A rule that stands in the
 * way when Approve is pressed (less outstanding than requested, the approver's own write-off
 * limit) used to appear under that note, as if a note could fix it. Now the form is replaced by a
 * notice: what stands in the way and what to do next. Nothing is written; the request stays open.
 * A rejection without its reason still belongs under the note.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole, writeOff } from '../../src/ledger/index.ts';
import { NOTICE_CALLBACK } from '../../src/slack/views/notice-modal-builder.ts';
import { NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import {
  approvalById,
  cardIn,
  dmTexts,
  latestApproval,
  press,
  submitWriteOff,
  writeOffsOn,
} from './support/approvals.ts';
import { ADMIN, BILLER, MANAGER, textOf, useHarness, waitFor } from './support/harness.ts';

const APPROVALS = 'CAPPROVALS';
/** A billing manager given a write-off limit of their own. */
const LIMITED_MANAGER = 'UMGR2';

const h = useHarness({ env: { APPROVALS_CHANNEL: APPROVALS } });

beforeAll(async () => {
  const granted = await grantRole(h.db, {
    grantedBy: ADMIN,
    userId: LIMITED_MANAGER,
    role: 'billing_manager',
    limitCents: 50_000,
  });
  expect(granted.ok).toBe(true);
});

async function requestAbove(text: string, chargeId: number) {
  await submitWriteOff(h, BILLER, text);
  const approval = await latestApproval(h, BILLER);
  if (approval?.chargeId !== chargeId) throw new Error('not sent for approval');
  return { approval, card: await cardIn(h, APPROVALS, approval.id) };
}

/** What the approver sees once Slack applied the answer: the view now on top, as text. */
function noticeText(response: { body: unknown }): string {
  const view = (response.body as { view?: { callback_id?: string; blocks?: unknown[] } }).view;
  expect(view?.callback_id).toBe(NOTICE_CALLBACK);
  return textOf(view?.blocks ?? []);
}

describe('Approve pressed when a rule now stands in the way', () => {
  it('less outstanding than requested: a notice says so and to reject it; no field error', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Lara',
      lastName: 'Lessleft',
      assessedCents: 20_000,
    });
    const { approval, card } = await requestAbove('$150 Lara Lessleft small balance', charge.chargeId);
    await expectOk(
      writeOff(h.db, {
        chargeId: charge.chargeId,
        amountCents: 15_000,
        reason: 'small_balance',
        actor: 'cli:elsewhere',
        source: 'cli',
        idempotencyKey: randomUUID(),
      }),
    );
    const form = await press(h, MANAGER, card, 'approve');

    const response = await h.client.fillAndSubmit(MANAGER, form.id, { [NOTE_BLOCK]: 'Fine by me' });

    expect(response.body).toMatchObject({ response_action: 'update' });
    const text = noticeText(response);
    expect(text).toContain('Only $50.00 is outstanding on this charge now, less than the $150.00 requested.');
    expect(text).toContain('Reject it; the requester can ask again for at most $50.00.');
    expect(h.emulator.views.get(form.id)?.errors ?? {}).toEqual({});
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(1);
    expect((await approvalById(h, approval.id))?.status).toBe('pending');
    // The requester hears of it too, as before.
    await waitFor(() =>
      dmTexts(h, BILLER).find((t) => t.includes('could not be approved') && t.includes('$50.00')),
    );
  });

  it("the approver's own limit was lowered while the form was open: a notice, not a note error", async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Lionel',
      lastName: 'Limitdrop',
      assessedCents: 50_000,
    });
    const { approval, card } = await requestAbove('$300 Lionel Limitdrop small balance', charge.chargeId);
    const form = await press(h, LIMITED_MANAGER, card, 'approve');
    expect(form.view.submit).toBeDefined();
    const lowered = await grantRole(h.db, {
      grantedBy: ADMIN,
      userId: LIMITED_MANAGER,
      role: 'billing_manager',
      limitCents: 20_000,
    });
    expect(lowered.ok).toBe(true);

    const response = await h.client.fillAndSubmit(LIMITED_MANAGER, form.id, {});

    const text = noticeText(response);
    expect(text).toContain('This write-off is $300.00, above your own write-off limit of $200.00');
    expect(text).toContain('Leave it to an admin or a billing manager whose limit covers it, or reject it.');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(0);
    expect((await approvalById(h, approval.id))?.status).toBe('pending');
  });

  it('a rejection without its reason is still asked for under the note', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Rex',
      lastName: 'Reasonless',
      assessedCents: 50_000,
    });
    const { card } = await requestAbove('$150 Rex Reasonless small balance', charge.chargeId);
    const form = await press(h, MANAGER, card, 'reject');
    const response = await h.client.viewSubmission({ userId: MANAGER, view: form.id, values: {} });
    expect(response.body).toMatchObject({
      response_action: 'errors',
      errors: { [NOTE_BLOCK]: expect.stringContaining('Say why it is rejected') },
    });
  });
});
