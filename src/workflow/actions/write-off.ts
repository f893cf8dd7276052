/** Writing off PR: the form read into one charge (or a spread over all open ones), executed once. */
import type { Database } from '../../db/client.ts';
import { counted } from '../../domain/counted.ts';
import {
  balanceChangedBlocker,
  type ChargeFacts,
  checkWriteOff,
  isAllAmount,
  isWriteOffReason,
  parseAmount,
  patientInitials,
  shownFiguresOutOfDate,
  spreadFacts,
  type WriteOffReason,
  writeOffReasonInfo,
} from '../../domain/index.ts';
import {
  type ApprovalRequested,
  type ChargeView,
  getPatient,
  isApprovalRequested,
  listCharges,
  loadActor,
  openWriteOffRun,
  type SpreadWriteOffResult,
  type WriteOffResult,
  writeOffOrRequestApproval,
  writeOffSpread,
} from '../../ledger/index.ts';
import { chargeName } from '../charge-choices.ts';
import { factsForCharge } from '../charge-facts.ts';
import { createPendingAction, pinShownFigures } from '../pending-actions.ts';
import { chargeIdFromField, probeFromFields } from '../repeats.ts';
import { entriesFollowPlan, type SpreadLine, spreadPlanLines } from '../spread-plan.ts';
import { NO_HINTS, type PendingAction, type ShownFigures, SPREAD_CHOICE } from '../types.ts';
import { summaryBasics, type WorkflowAction } from './action.ts';
import { loadWriteOffModel, shownFigures, spreadCharges, type WriteOffModel } from './write-off-model.ts';
import { unchosenRefusal } from './write-off-unchosen.ts';

interface WriteOffTarget {
  readonly patientId: number;
  /** The chosen charge, or the charges a spread covers, in the order they are filled. */
  readonly charges: readonly ChargeView[];
  readonly facts: ChargeFacts;
  readonly spread: boolean;
  readonly amountCents: number | 'all';
  readonly reason: WriteOffReason | null;
  /** What the form showed for this choice; what "all" and a spread may write off, at most. */
  readonly shown: ShownFigures | null;
}

type Chosen = Omit<WriteOffTarget, 'amountCents' | 'reason'>;

export const writeOffAction: WorkflowAction<
  'write_off',
  WriteOffModel,
  WriteOffTarget,
  WriteOffResult | SpreadWriteOffResult | ApprovalRequested
> = {
  kind: 'write_off',
  blockerField: 'charge',
  loadModel: loadWriteOffModel,

  async resolve(db, { form, actorId, note, pending, readAhead }) {
    if (!form.patientId) return { kind: 'invalid', errors: { patient: 'Choose a patient.' } };
    const choice = form.charge ?? null;
    const all = await readAhead.patientCharges(form.patientId);
    const open = all.filter((c) => c.outstandingCents > 0);
    const shown = pinFor(pending.payload.shown, form.patientId, choice);
    const chosen = await chooseCharges(db, { patientId: form.patientId, choice, all, open, shown });
    if (!chosen) return unchosenRefusal(db, { pending, form, actorId, patientId: form.patientId, all, open });
    const chargeId = chosen.charges[0]?.id ?? 0;
    const amountAll = isAllAmount(form.amountText);
    if ((amountAll || chosen.spread) && !shown) {
      // The choice was confirmed before the form showed its figures: show them first.
      const repinned = await repin(db, pending, chosen.patientId, choice);
      return { kind: 'refused', blockers: [shownFiguresOutOfDate(totalOf(repinned))], chargeId };
    }
    const reason = isWriteOffReason(form.reason) ? form.reason : null;
    const target = { ...chosen, reason };
    if (amountAll) return { kind: 'ready', target: { ...target, amountCents: 'all' }, chargeId };
    const amount = parseAmount(form.amountText ?? '');
    if (!amount.ok) {
      // Not money, so the ledger cannot be asked; the rule function says so, with any other gap.
      const blockers = checkWriteOff(chosen.facts, { amount, reason, note }, await loadActor(db, actorId));
      return { kind: 'refused', blockers, chargeId };
    }
    return { kind: 'ready', target: { ...target, amountCents: amount.cents }, chargeId };
  },

  repeatOfModel(model) {
    // "all" is the chosen charge's outstanding, as the confirm reads it (repeatOfTarget): read as
    // no amount, the form showed no repeat while the confirm found one, and sent the form back
    // unchanged at every Submit.
    const chosen = model.charges.find((c) => c.value === model.selectedCharge);
    if (isAllAmount(model.amountText) && chosen && model.selectedCharge !== SPREAD_CHOICE) {
      return { chargeId: Number(chosen.value), amountCents: chosen.outstandingCents };
    }
    return oneChargeProbe(model.selectedCharge, model.amountText);
  },

  readAheadOf(form) {
    const chargeId = form.charge === SPREAD_CHOICE ? null : chargeIdFromField(form.charge);
    return {
      readsPatientCharges: true,
      repeatProbe: oneChargeProbe(form.charge, form.amountText),
      ...(chargeId
        ? {
            opensRun: (db, { idempotencyKey, actorId }, reads) =>
              openWriteOffRun(db, { idempotencyKey, chargeId, actor: actorId }, reads),
          }
        : {}),
    };
  },

  repeatOfTarget(target) {
    const charge = target.charges[0];
    if (target.spread || !charge) return null;
    const amountCents = target.amountCents === 'all' ? charge.outstandingCents : target.amountCents;
    return { chargeId: charge.id, amountCents };
  },

  async refusalsOfTarget(db, target, ctx) {
    const amount =
      target.amountCents === 'all' ? undefined : { ok: true as const, cents: target.amountCents };
    const actor = await loadActor(db, ctx.actorId);
    const blockers = checkWriteOff(target.facts, { amount, reason: target.reason, note: ctx.note }, actor);
    return blockers.filter((b) => b.code !== 'OVER_LIMIT');
  },

  async execute(db, target, ctx, idempotencyKey) {
    const common = {
      amountCents: target.amountCents,
      reason: target.reason,
      note: ctx.note,
      actor: ctx.actorId,
      source: ctx.source,
      idempotencyKey,
    };
    const shownCharges = target.shown?.charges ?? [];
    // The one-charge write-off continues the run begun with the confirm's reads if it fits.
    const run = ctx.readAhead.handOverRun();
    if (target.spread) run?.release();
    // A single charge above the limit becomes an approval request; a spread is refused (the rule
    // says to write off one charge at a time for that).
    const result = target.spread
      ? await writeOffSpread(db, {
          ...common,
          chargeIds: shownCharges.map((c) => c.chargeId),
          shownCharges,
        })
      : await writeOffOrRequestApproval(
          db,
          {
            ...common,
            chargeId: target.charges[0]?.id ?? 0,
            ...(target.amountCents === 'all' ? { shownOutstandingCents: totalOf(target.shown) } : {}),
          },
          run,
        );
    if (result.ok || !result.blockers.some((b) => b.code === 'BALANCE_CHANGED')) return result;
    // Show the new figures and pin them, so that confirming again applies what is now shown.
    const repinned = await repin(db, ctx.pending, target.patientId, target.shown?.choice ?? null);
    const changed = balanceChangedBlocker({
      shownCents: totalOf(target.shown),
      nowCents: totalOf(repinned),
      chargeCount: repinned?.charges.length ?? shownCharges.length,
    });
    return { ok: false, blockers: [changed] };
  },

  async summarize(db, target, value, ctx) {
    if (isApprovalRequested(value)) throw new Error('invariant: an approval request is not a done write-off');
    const entries = 'entries' in value ? value.entries : [value];
    const firstEntry = entries[0];
    const patient = await getPatient(db, target.patientId);
    return {
      kind: 'write_off',
      amountCents: value.amountCents,
      outstandingCents: target.spread
        ? (patient?.outstandingCents ?? 0)
        : (firstEntry?.outstandingCents ?? 0),
      patientName: patient?.fullName ?? 'the patient',
      patientInitials: patient ? patientInitials(patient) : '?',
      chargeLabel: target.spread
        ? spreadLabel(entries, target.charges)
        : chargeName(target.charges[0] as ChargeView),
      ...(target.spread ? { spread: spreadDone(target, value.amountCents, entries) } : {}),
      reasonLabel: target.reason ? writeOffReasonInfo(target.reason).label : null,
      undoPendingId: firstEntry ? await pendingUndo(db, ctx.pending, ctx.actorId, firstEntry.entryId) : null,
      ledgerRef: { entryIds: entries.map((e) => e.entryId), chargeIds: entries.map((e) => e.chargeId) },
      ...summaryBasics(ctx),
    };
  },
};

/**
 * Which charges a spread wrote off: those it took money from, oldest first, which may be fewer than
 * the form offered it across (an amount the oldest charge covers takes nothing from the others).
 * One is named; several are counted.
 */
function spreadLabel(entries: readonly WriteOffResult[], charges: readonly ChargeView[]): string {
  const only = entries.length === 1 ? charges.find((c) => c.id === entries[0]?.chargeId) : undefined;
  if (only) return `${chargeName(only)}, the oldest open charge`;
  return `${counted(entries.length, 'charge')}, oldest first`;
}

/**
 * The charges a spread took money from, as the form listed them: the same plan over the same
 * pinned figures (which the ledger checked unchanged under its locks). Should the entries ever
 * differ from it, they are what was written, so they are shown instead.
 */
function spreadDone(
  target: WriteOffTarget,
  amountCents: number,
  entries: readonly WriteOffResult[],
): readonly SpreadLine[] {
  const pinned = target.shown?.charges ?? [];
  const plan = spreadPlanLines(pinned, target.charges, amountCents);
  if (entriesFollowPlan(plan, entries)) return plan;
  return entries.map((e) => {
    const charge = target.charges.find((c) => c.id === e.chargeId);
    return {
      chargeId: e.chargeId,
      takenCents: e.amountCents,
      beforeCents: e.outstandingCents + e.amountCents,
      afterCents: e.outstandingCents,
      dateOfService: charge?.dateOfService ?? '',
      description: charge?.description ?? `charge ${e.chargeId}`,
    };
  });
}

/** What a charge choice and an amount would write off, when they name one charge and money. */
function oneChargeProbe(choice: string | null | undefined, amountText: string | null | undefined) {
  return choice === SPREAD_CHOICE ? null : probeFromFields(choice, amountText);
}

/** The pinned figures when they belong to this patient and this charge choice. */
function pinFor(shown: ShownFigures | null | undefined, patientId: number, choice: string | null) {
  return shown && shown.patientId === patientId && shown.choice === choice ? shown : null;
}

/**
 * The charge chosen, or for a spread the charges the form showed (never one opened since), with
 * rule facts for the whole. A spread not yet shown is the oldest open charges as they are now.
 */
async function chooseCharges(
  db: Database,
  params: {
    patientId: number;
    choice: string | null;
    all: readonly ChargeView[];
    open: readonly ChargeView[];
    shown: ShownFigures | null;
  },
): Promise<Chosen | null> {
  const { patientId, choice, all, open, shown } = params;
  if (choice === SPREAD_CHOICE && open.length > 0) {
    const byId = new Map(all.map((c) => [c.id, c]));
    const charges = shown
      ? shown.charges.flatMap((pin) => byId.get(pin.chargeId) ?? [])
      : spreadCharges(open);
    const first = charges[0];
    if (!first) return null;
    return {
      patientId,
      charges,
      facts: spreadFacts(await factsForCharge(db, first), charges),
      spread: true,
      shown,
    };
  }
  // Any of the patient's charges, not only those still open: one that a colleague has just written
  // off (or that was paid meanwhile) is still the charge the form showed, and the ledger's check
  // then says what stands in the way now (NOTHING_OUTSTANDING, by whom and when), not "choose
  // another". A charge of another patient is no choice at all.
  const charge = all.find((c) => String(c.id) === choice);
  if (!charge) return null;
  return { patientId, charges: [charge], facts: await factsForCharge(db, charge), spread: false, shown };
}

/** Pins what the form would show now for this choice, and returns it. */
async function repin(db: Database, pending: PendingAction, patientId: number, choice: string | null) {
  const open = await listCharges(db, { patientId, onlyOutstanding: true });
  const figures = shownFigures(patientId, open, choice);
  await pinShownFigures(db, pending.id, figures);
  return figures;
}

function totalOf(shown: ShownFigures | null): number {
  return shown ? shown.charges.reduce((sum, c) => sum + c.outstandingCents, 0) : 0;
}

/** The Undo button of the confirmation message executes this pending action. */
async function pendingUndo(db: Database, pending: PendingAction, actorId: string, entryId: number) {
  const created = await createPendingAction(db, {
    kind: 'undo_write_off',
    requestedBy: actorId,
    payload: { origin: pending.payload.origin, hints: NO_HINTS, writeOffEntryId: entryId },
  });
  return created?.id ?? null;
}
