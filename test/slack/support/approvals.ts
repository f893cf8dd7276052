/** Driving approval requests through the emulator: request, find the card, press its buttons. */
import { desc, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { approvalRequests, auditLog, charges, ledgerEntries } from '../../../src/db/schema/index.ts';
import {
  APPROVAL_BUTTONS_BLOCK,
  APPROVE_ACTION,
  REJECT_ACTION,
} from '../../../src/slack/messages/approval-message-builder.ts';
import { LOADING_CALLBACK } from '../../../src/slack/views/notice-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../../src/slack/views/write-off-modal-builder.ts';
import type { StoredMessage } from '../../../src/slack-emulator/index.ts';
import { GENERAL, type Harness, ledgerOf, waitFor } from './harness.ts';

const SLOW_MS = 15_000;

/** `/writeoff <text>` confirmed as pre-filled; the modal as it stands after the submission. */
export async function submitWriteOff(h: Harness, userId: string, text: string) {
  await h.client.slashCommand({ command: '/writeoff', text, userId, channelId: GENERAL });
  // Generous waits: the first request of a file also warms the app up on a shared machine.
  const modal = await waitFor(() => {
    const top = h.emulator.views.top(userId);
    return top?.view.callback_id === WRITE_OFF_CALLBACK && top.view.private_metadata !== '' ? top : undefined;
  }, SLOW_MS);
  const response = await h.client.fillAndSubmit(userId, modal.id, {});
  return { response, modalId: modal.id };
}

export async function latestApproval(h: Harness, requestedBy: string) {
  const [row] = await h.db
    .select()
    .from(approvalRequests)
    .where(eq(approvalRequests.requestedBy, requestedBy))
    .orderBy(desc(approvalRequests.createdAt))
    .limit(1);
  return row;
}

export async function approvalById(h: Harness, id: string) {
  const [row] = await h.db.select().from(approvalRequests).where(eq(approvalRequests.id, id));
  return row;
}

/** The card for this request among the bot's messages in a channel (or a user's DM). */
export async function cardIn(h: Harness, channel: string, approvalId: string): Promise<StoredMessage> {
  return waitFor(
    () =>
      h.emulator.messages
        .inChannel(channel)
        .find(
          (m) =>
            m.user === h.emulator.workspace.botUserId && JSON.stringify(m.blocks ?? []).includes(approvalId),
        ),
    SLOW_MS,
  );
}

export function dmChannelOf(h: Harness, userId: string): string {
  const result = h.emulator.invoke('conversations.open', { users: userId }) as { channel?: { id: string } };
  if (!result.channel) throw new Error(`no DM for ${userId}`);
  return result.channel.id;
}

/** The bot's DMs to a user, newest last, as text. */
export function dmTexts(h: Harness, userId: string): string[] {
  return h.emulator.messages
    .inChannel(dmChannelOf(h, userId))
    .filter((m) => m.user === h.emulator.workspace.botUserId)
    .map((m) => `${m.text ?? ''} ${JSON.stringify(m.blocks ?? [])}`);
}

/** Presses Approve or Reject on a card; answers the modal that replaced "Loading…". */
export async function press(h: Harness, userId: string, card: StoredMessage, decision: 'approve' | 'reject') {
  const before = h.emulator.views.top(userId)?.id;
  const actionId = decision === 'approve' ? APPROVE_ACTION : REJECT_ACTION;
  const value = JSON.stringify(card.blocks).match(/"value":"([0-9a-f-]{36})"/)?.[1] ?? '';
  await h.client.blockAction({
    userId,
    message: card,
    actions: [{ action_id: actionId, block_id: APPROVAL_BUTTONS_BLOCK, value }],
  });
  return waitFor(() => {
    const top = h.emulator.views.top(userId);
    return top && top.id !== before && top.view.callback_id !== LOADING_CALLBACK ? top : undefined;
  }, SLOW_MS);
}

export async function auditRows(h: Harness, action: string) {
  return h.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.id);
}

export async function writeOffsOn(h: Harness, chargeId: number) {
  const ledger = await ledgerOf(h.db, chargeId);
  return { ...ledger, writeOffs: ledger.entries.filter((e) => e.kind === 'write_off') };
}

/**
 * A write-off the user made `hoursAgo` hours ago. Entries cannot be updated, so it is inserted
 * with its time, together with the charge's running totals, as the ledger writer would.
 */
export async function pastWriteOff(
  h: Harness,
  params: { chargeId: number; actor: string; amountCents: number; hoursAgo: number },
) {
  await h.db.transaction(async (tx) => {
    await tx.select().from(charges).where(eq(charges.id, params.chargeId)).for('update');
    await tx.insert(ledgerEntries).values({
      chargeId: params.chargeId,
      kind: 'write_off',
      amountCents: params.amountCents,
      actor: params.actor,
      source: 'slash_command',
      reason: 'small_balance',
      idempotencyKey: `past-${params.chargeId}-${params.hoursAgo}-${params.amountCents}`,
      createdAt: sql`now() - make_interval(hours => ${params.hoursAgo})`,
    });
    await tx
      .update(charges)
      .set({
        writeOffsCents: sql`${charges.writeOffsCents} + ${params.amountCents}`,
        outstandingCents: sql`${charges.outstandingCents} - ${params.amountCents}`,
      })
      .where(eq(charges.id, params.chargeId));
  });
}

/** The card as it stands now (after any chat.update), found by where it was posted. */
export function cardNow(h: Harness, card: StoredMessage): StoredMessage {
  const now = h.emulator.messages.find(card.channel, card.ts);
  if (!now) throw new Error(`card ${card.ts} is gone from ${card.channel}`);
  return now;
}

/** Waits until the card no longer offers Approve or Reject; its text then. */
export async function closedCardText(h: Harness, card: StoredMessage): Promise<string> {
  const closed = await waitFor(() => {
    const now = cardNow(h, card);
    return JSON.stringify(now.blocks ?? []).includes(APPROVAL_BUTTONS_BLOCK) ? undefined : now;
  }, SLOW_MS);
  expect(JSON.stringify(closed.blocks)).not.toMatch(/"type":"button"/);
  return `${closed.text ?? ''} ${JSON.stringify(closed.blocks ?? [])}`;
}
