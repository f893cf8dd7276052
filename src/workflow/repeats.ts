/**
 * A re-run of a request the same person completed minutes ago (a biller who saw no confirmation
 * tries again) is recognised before anything is written: the form shows the earlier result and
 * asks for an explicit "do it again", and the submit path checks again, since the earlier one may
 * have finished while the form was open. Same kind, same charge, same amount.
 */
import type { Executor } from '../db/client.ts';
import { type ActionKind, parseAmount } from '../domain/index.ts';
import { findRecentEntry, type RepeatableEntryKind } from '../ledger/index.ts';

/** How far back a completed request counts as "the same one again". */
export const REPEAT_WINDOW_MINUTES = 10;

/** What a confirm would write, as far as recognising a re-run goes. */
export interface RepeatProbe {
  readonly chargeId: number;
  readonly amountCents: number;
}

/** The probe for a charge field (an id as text) and an amount field, when both name one. */
export function probeFromFields(
  charge: string | null | undefined,
  amountText: string | null | undefined,
): RepeatProbe | null {
  const chargeId = chargeIdFromField(charge);
  const amount = parseAmount(amountText ?? '');
  if (!amount.ok || chargeId === null) return null;
  return { chargeId, amountCents: amount.cents };
}

/** A charge field's id, when it holds one (not a spread, not empty, not junk). */
export function chargeIdFromField(charge: string | null | undefined): number | null {
  const chargeId = Number(charge);
  return Number.isSafeInteger(chargeId) && chargeId > 0 ? chargeId : null;
}

/** The earlier result, for the form to show. */
export interface RecentRepeat {
  readonly kind: ActionKind;
  readonly amountCents: number;
  readonly patientName: string;
  readonly dateOfService: string;
  readonly minutesAgo: number;
}

/**
 * The kinds a re-run could apply twice. A cancellation erases the PR, so the ledger refuses a
 * second one by itself; an undo can happen once per write-off.
 */
const ENTRY_KIND: Partial<Record<ActionKind, RepeatableEntryKind>> = {
  write_off: 'write_off',
  refund_payment: 'refund',
};

export async function findRepeat(
  db: Executor,
  actorId: string,
  kind: ActionKind,
  probe: RepeatProbe | null | undefined,
  options: { readonly ownKey?: string; readonly now?: Date } = {},
): Promise<RecentRepeat | null> {
  const now = options.now ?? new Date();
  const entryKind = ENTRY_KIND[kind];
  if (!probe || !entryKind) return null;
  const entry = await findRecentEntry(db, {
    actor: actorId,
    chargeId: probe.chargeId,
    kind: entryKind,
    amountCents: probe.amountCents,
    withinMinutes: REPEAT_WINDOW_MINUTES,
    ...(options.ownKey === undefined ? {} : { ownKey: options.ownKey }),
  });
  if (!entry) return null;
  return {
    kind,
    amountCents: entry.amountCents,
    patientName: entry.patientName,
    dateOfService: entry.dateOfService,
    minutesAgo: Math.max(0, Math.floor((now.getTime() - entry.createdAt.getTime()) / 60_000)),
  };
}

/** The refusal when a re-run was not confirmed; the form shows the earlier result beside it. */
export const REPEAT_UNCONFIRMED =
  'You did this same change a few minutes ago. Tick "Yes, do it again" if it should be done a second time; otherwise nothing is written.';
