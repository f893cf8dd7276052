/**
 * Approvals as an outside probe found them (issue 14), with APPROVALS_CHANNEL working: what the
 * approver and the requester are told when approving is blocked by the requester's lost role or
 * by a charge that changed; one notice to the requester however many approvers try; the 24-hour
 * limit in the requester's words; a form that already went for approval, submitted again; people
 * named as mentions.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { approvalRequests } from '../../src/db/schema/index.ts';
import { grantRole, writeOff } from '../../src/ledger/index.ts';
import { NOTICE_CALLBACK } from '../../src/slack/views/notice-modal-builder.ts';
import { AMOUNT_BLOCK, NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { viewSubmissionPayload } from '../../src/slack-emulator/payloads.ts';
import type { JsonObject } from '../../src/slack-emulator/types.ts';
import { buildStateValues, enteredValues } from '../../src/slack-emulator/view-state.ts';
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
import { ADMIN, BILLER, GENERAL, MANAGER, textOf, useHarness, waitFor } from './support/harness.ts';

const APPROVALS = 'CAPPROVALS';
/** A second biller, so taking a role away does not change the other tests' biller. */
const LOSES_ROLE = 'UBILLER014';
const h = useHarness({ env: { APPROVALS_CHANNEL: APPROVALS } });

beforeAll(async () => {
  const granted = await grantRole(h.db, { grantedBy: ADMIN, userId: LOSES_ROLE, role: 'biller' });
  expect(granted.ok).toBe(true);
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A biller's request above the limit, and its card in the approvals channel. */
async function requestAbove(userId: string, text: string, chargeId: number) {
  const { response } = await submitWriteOff(h, userId, text);
  const approval = await latestApproval(h, userId);
  if (approval?.chargeId !== chargeId)
    throw new Error(`not sent for approval: ${JSON.stringify(response.body)}`);
  return { response, approval, card: await cardIn(h, APPROVALS, approval.id) };
}

function blockedNotices(userId: string): string[] {
  return dmTexts(h, userId).filter((t) => t.includes('could not be approved'));
}

describe('approving is blocked by a rule about the requester or the charge', () => {
  it("the requester lost their role: the approver is told it is the requester's role, and to reject it", async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Rhoda',
      lastName: 'Roleless',
      assessedCents: 50_000,
    });
    const { approval, card } = await requestAbove(
      LOSES_ROLE,
      '$150 Rhoda Roleless small balance',
      charge.chargeId,
    );
    const revoked = await grantRole(h.db, { grantedBy: ADMIN, userId: LOSES_ROLE, role: null });
    expect(revoked.ok).toBe(true);

    const modal = await press(h, MANAGER, card, 'approve');
    const submitted = await h.client.fillAndSubmit(MANAGER, modal.id, {});
    // No note fixes it: the form is replaced by the refusal and what to do.
    expect(submitted.body).toMatchObject({
      response_action: 'update',
      view: { callback_id: NOTICE_CALLBACK },
    });
    const error = JSON.stringify(submitted.body);
    expect(error).toContain('The requester no longer has a role that may write off');
    expect(error).toContain('Reject it');
    expect(error).toContain('restore');
    expect(error).not.toContain('You do not have a role');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(0);
    expect((await approvalById(h, approval.id))?.status).toBe('pending');
  });

  it('the charge changed: the approver is told to reject it; two approvers at once give the requester one DM', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Cora',
      lastName: 'Changed',
      assessedCents: 23_500,
    });
    const { approval, card } = await requestAbove(BILLER, '$150 Cora Changed small balance', charge.chargeId);
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
    const first = await press(h, MANAGER, card, 'approve');
    const second = await press(h, ADMIN, card, 'approve');

    const answers = await Promise.all([
      h.client.fillAndSubmit(MANAGER, first.id, {}),
      h.client.fillAndSubmit(ADMIN, second.id, {}),
    ]);
    for (const answer of answers) {
      expect(answer.body).toMatchObject({
        response_action: 'update',
        view: { callback_id: NOTICE_CALLBACK },
      });
      const error = JSON.stringify(answer.body);
      expect(error).toContain(
        'Only $85.00 is outstanding on this charge now, less than the $150.00 requested',
      );
      expect(error).toContain('Reject it; the requester can ask again for at most $85.00.');
      expect(error).not.toContain('Enter $85.00 or less');
    }
    const told = await waitFor(() => blockedNotices(BILLER).find((t) => t.includes('$85.00')));
    expect(told).toContain('ask again for at most $85.00');
    // The same approver trying again changes nothing either: still one notice for this state.
    await h.client.fillAndSubmit(MANAGER, first.id, {});
    await pause(300);
    expect(blockedNotices(BILLER).filter((t) => t.includes(approval.id) || t.includes('C. C.'))).toHaveLength(
      1,
    );
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(1);
    expect((await approvalById(h, approval.id))?.status).toBe('pending');
  });
});

describe('the 24-hour limit, in the words of the requester and the card', () => {
  it('$60 already written off today plus $50 is $110, over the $100 limit; the channel card names no patient', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Lena',
      lastName: 'Limitday',
      assessedCents: 50_000,
    });
    await submitWriteOff(h, BILLER, '$60 Lena Limitday small balance');
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(1);

    const { response, card } = await requestAbove(BILLER, '$50 Lena Limitday small balance', charge.chargeId);
    const shown = JSON.stringify(response.body);
    expect(shown).toContain(
      '$60.00 already written off for this patient in the last 24 hours plus this $50.00 is $110.00, over your $100.00 limit',
    );
    expect(shown).not.toContain('is above your write-off limit');
    const cardText = textOf(card.blocks ?? []);
    expect(cardText).toContain('$50.00');
    expect(cardText).toContain('last 24 hours');
    expect(cardText).toContain('$100.00');
    // Only the amount asked for: no patient's name, no other amount of theirs, in a channel.
    expect(cardText).not.toMatch(/Lena|Limitday|L\. L\.|\$60\.00|\$110\.00/);
  });
});

/** The write-off form as Slack still has it in the user's client, submitted once more. */
async function submitAgain(form: JsonObject, userId: string, values: JsonObject) {
  const view = { ...form, state: { values } };
  const payload = viewSubmissionPayload(
    userId,
    h.emulator.workspace,
    view,
    h.emulator.issueTriggerId(userId),
  );
  return h.client.rawInteraction(payload);
}

describe('a form that already went for approval, submitted again', () => {
  it('says the request is waiting for approval, and with another amount that only the first was sent', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Sam',
      lastName: 'Samesend',
      assessedCents: 50_000,
    });
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$150 Sam Samesend small balance',
      userId: BILLER,
      channelId: GENERAL,
    });
    const form = await waitFor(() => {
      const top = h.emulator.views.top(BILLER);
      return top?.view.callback_id === WRITE_OFF_CALLBACK && top.view.private_metadata !== ''
        ? top
        : undefined;
    }, 15_000);
    const formView = { ...form.view, id: form.id } as JsonObject;
    const values = buildStateValues(form.view, {}, enteredValues(form.view));
    const sent = await h.client.fillAndSubmit(BILLER, form.id, {});
    expect(JSON.stringify(sent.body)).toContain('Sent for approval');
    const approval = await latestApproval(h, BILLER);
    expect(approval?.chargeId).toBe(charge.chargeId);

    const same = await submitAgain(formView, BILLER, values);
    expect(same.body).toMatchObject({ response_action: 'update' });
    const sameText = JSON.stringify(same.body);
    expect(sameText).toContain('waiting for approval');
    expect(sameText).not.toContain('already done');

    const amountAction = Object.keys((values as Record<string, JsonObject>)[AMOUNT_BLOCK] ?? {})[0] ?? '';
    const changed = {
      ...values,
      [AMOUNT_BLOCK]: { [amountAction]: { type: 'plain_text_input', value: '120' } },
    };
    const other = await submitAgain(formView, BILLER, changed);
    const otherText = JSON.stringify(other.body);
    expect(otherText).toContain('waiting for approval');
    expect(otherText).toContain('The amount sent for approval was *$150.00*');
    expect(otherText).toContain('nothing else was sent');
    expect(otherText).not.toContain('already done');

    const filed = await h.db
      .select()
      .from(approvalRequests)
      .where(and(eq(approvalRequests.chargeId, charge.chargeId), eq(approvalRequests.requestedBy, BILLER)));
    expect(filed).toHaveLength(1);
    const cards = h.emulator.messages
      .inChannel(APPROVALS)
      .filter((m) => JSON.stringify(m.blocks ?? []).includes(approval?.id ?? 'none'));
    expect(cards).toHaveLength(1);
  });
});

describe('people are named as mentions', () => {
  it('approving a request another approver rejected meanwhile names them as a mention, not an id', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Mina',
      lastName: 'Mention',
      assessedCents: 50_000,
    });
    const { card } = await requestAbove(BILLER, '$140 Mina Mention small balance', charge.chargeId);
    const approving = await press(h, MANAGER, card, 'approve');
    const rejecting = await press(h, ADMIN, card, 'reject');
    await h.client.fillAndSubmit(ADMIN, rejecting.id, { [NOTE_BLOCK]: 'No hardship on file' });

    const late = await h.client.fillAndSubmit(MANAGER, approving.id, {});
    expect(late.body).toMatchObject({ response_action: 'update', view: { callback_id: NOTICE_CALLBACK } });
    const text = JSON.stringify(late.body);
    expect(text).toContain(`already rejected by <@${ADMIN}>`);
    expect(text).not.toMatch(new RegExp(`(?<!<@)${ADMIN}`));
    expect((await writeOffsOn(h, charge.chargeId)).writeOffs).toHaveLength(0);
  });
});
