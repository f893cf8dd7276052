/** Everything the write-off modal shows, computed from the pending action and the form so far. */

import type { Database } from '../../db/client.ts';
import { counted } from '../../domain/counted.ts';
import {
  type ActorFacts,
  type AmountResult,
  type ChargeFacts,
  canRequestApproval,
  checkWriteOff,
  formatCents,
  isAllAmount,
  isWriteOffReason,
  MAX_SPREAD_CHARGES,
  parseAmount,
  spreadFacts,
  validateCents,
  type WriteOffReason,
} from '../../domain/index.ts';
import { type ChargeView, listCharges, loadActor, sumRecentWriteOffs } from '../../ledger/index.ts';
import {
  type ChargeChoice,
  chargeChoice,
  chargeName,
  fieldErrorText,
  type ShownBlocker,
  shownBlocker,
} from '../charge-choices.ts';
import { factsForCharge } from '../charge-facts.ts';
import {
  amountInputText,
  effectLine,
  enterAmountLine,
  outstandingLine,
  requestAmountNotUsed,
} from '../effects.ts';
import { type PatientPick, pickFormPatient } from '../patients.ts';
import { pinShownFigures } from '../pending-actions.ts';
import { noteRefusal } from '../refusals.ts';
import { typedAmountProblem } from '../requests.ts';
import { type SpreadLine, spreadPlanLines } from '../spread-plan.ts';
import { type PendingAction, type ShownFigures, SPREAD_CHOICE } from '../types.ts';
import type { ModelParams } from './action.ts';

export interface WriteOffModel {
  readonly pendingId: string;
  readonly patient: PatientPick;
  /** Charges with PR outstanding, oldest first, plus the spread choice when there are several. */
  readonly charges: readonly ChargeChoice[];
  readonly allowSpread: boolean;
  /** The patient's open charges, and how many of them (the oldest) a spread covers. */
  readonly openCount: number;
  readonly spreadCount: number;
  readonly selectedCharge: string | null;
  readonly amountText: string;
  readonly reason: WriteOffReason | null;
  readonly note: string;
  readonly effect: string | null;
  /**
   * What is wrong with the amount, shown with the effect line (which then shows no change): the
   * sentence the confirm's field error would give (negative, not a number, more than
   * outstanding), or why the amount the request wrote was left out. Absent or null when there is
   * nothing to say.
   */
  readonly amountProblem?: string | null;
  /**
   * For a spread with an amount the rules accept: the charges it will take money from, oldest
   * first, each with the amount taken and its outstanding before and after (only those charges;
   * the effect line then counts them). The result of confirming lists the same plan.
   */
  readonly spreadPlan?: readonly SpreadLine[] | null;
  /** Why nothing can be written off for this patient, with the next step. */
  readonly blocker: ShownBlocker | null;
}

export async function loadWriteOffModel(db: Database, params: ModelParams): Promise<WriteOffModel> {
  const { pending, form = {} } = params;
  const { payload } = pending;
  const patient = await pickFormPatient(db, payload, form);
  const all = patient.selected ? await listCharges(db, { patientId: patient.selected.id }) : [];
  const open = all.filter((c) => c.outstandingCents > 0);
  const wanted = form.charge ?? payloadCharge(payload.chargeId);
  // Once a charge is chosen in the form, the date in the request no longer decides anything.
  const namedClosed = wanted ? null : closedChargeOnDate(all, payload.hints.dateOfService);
  const selectedCharge = namedClosed ? null : chooseCharge(open, wanted, payload.hints);
  const amountText = form.amountText ?? prefilledAmount(pending);
  const formReason = isWriteOffReason(form.reason) ? form.reason : null;
  const shown = shownFigures(patient.selected?.id ?? null, open, selectedCharge);
  await pinIfChanged(db, pending, shown);
  const amount = await amountOutcome(db, params, { open, shown }, selectedCharge, amountText);
  return {
    pendingId: pending.id,
    patient,
    charges: open.map((c) => chargeChoice(c)),
    allowSpread: open.length > 1,
    openCount: open.length,
    spreadCount: spreadCharges(open).length,
    selectedCharge,
    amountText,
    reason: form.reason === undefined ? payload.hints.reason : formReason,
    note: form.note ?? payload.hints.note ?? '',
    effect: amount.effect,
    amountProblem: amount.problem,
    spreadPlan: amount.plan ?? null,
    blocker: await blockerToShow(db, params, { all, open, namedClosed }),
  };
}

/**
 * The request named a date, and the patient's charge on that date has nothing outstanding (and
 * no open charge shares the date): the biller means that charge, so say why it cannot be written
 * off, even when other charges are open, rather than quietly offering a different charge.
 */
function closedChargeOnDate(all: readonly ChargeView[], dateOfService: string | null): ChargeView | null {
  if (!dateOfService) return null;
  const onDate = all.filter((c) => c.dateOfService === dateOfService);
  if (onDate.length === 0 || onDate.some((c) => c.outstandingCents > 0)) return null;
  return onDate.at(-1) ?? null;
}

async function blockerToShow(
  db: Database,
  params: ModelParams,
  charges: { all: readonly ChargeView[]; open: readonly ChargeView[]; namedClosed: ChargeView | null },
): Promise<ShownBlocker | null> {
  const { all, open, namedClosed } = charges;
  const warned = namedClosed ?? closedChargeWhenNothingOpen(all, open, params.pending.payload.hints);
  if (!warned) return null;
  const shown = await whyNotCharge(db, params.actorId, warned);
  // Other charges stay listed, so the sentence names which charge it is about.
  return shown && open.length > 0 ? { ...shown, message: `${chargeName(warned)}: ${shown.message}` } : shown;
}

/**
 * The closed charge the form warns about when no open charge is chosen, or null: the one the
 * request named by its date, or, when the patient has nothing open, the one of that date or the
 * newest. A confirm without a charge repeats this warning (write-off-unchosen.ts).
 */
export function chargeWarnedAbout(
  all: readonly ChargeView[],
  open: readonly ChargeView[],
  hints: { dateOfService: string | null },
  wanted: string | null,
): ChargeView | null {
  const namedClosed = wanted ? null : closedChargeOnDate(all, hints.dateOfService);
  return namedClosed ?? closedChargeWhenNothingOpen(all, open, hints);
}

function closedChargeWhenNothingOpen(
  all: readonly ChargeView[],
  open: readonly ChargeView[],
  hints: { dateOfService: string | null },
): ChargeView | null {
  if (open.length > 0) return null;
  return all.find((c) => c.dateOfService === hints.dateOfService) ?? all.at(-1) ?? null;
}

function payloadCharge(chargeId: number | null | undefined): string | null {
  return chargeId ? String(chargeId) : null;
}

function chooseCharge(
  open: readonly ChargeView[],
  wanted: string | null,
  hints: { dateOfService: string | null },
): string | null {
  if (wanted === SPREAD_CHOICE && open.length > 1) return SPREAD_CHOICE;
  if (wanted && open.some((c) => String(c.id) === wanted)) return wanted;
  const onDate = hints.dateOfService ? open.filter((c) => c.dateOfService === hints.dateOfService) : [];
  if (onDate.length === 1 && onDate[0]) return String(onDate[0].id);
  return open.length === 1 && open[0] ? String(open[0].id) : null;
}

/** The charges a spread covers: the oldest open ones, as many as one write-off may take. */
export function spreadCharges(open: readonly ChargeView[]): readonly ChargeView[] {
  return open.slice(0, MAX_SPREAD_CHARGES);
}

/** What the form shows for this choice, to be pinned: null when no charge is chosen. */
export function shownFigures(
  patientId: number | null,
  open: readonly ChargeView[],
  choice: string | null,
): ShownFigures | null {
  if (patientId === null || choice === null) return null;
  const charges =
    choice === SPREAD_CHOICE ? spreadCharges(open) : open.filter((c) => String(c.id) === choice);
  if (charges.length === 0) return null;
  return {
    patientId,
    choice,
    charges: charges.map((c) => ({ chargeId: c.id, outstandingCents: c.outstandingCents })),
  };
}

async function pinIfChanged(db: Database, pending: PendingAction, shown: ShownFigures | null) {
  if (sameFigures(shown, pending.payload.shown ?? null)) return;
  await pinShownFigures(db, pending.id, shown);
}

export function sameFigures(a: ShownFigures | null, b: ShownFigures | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.patientId === b.patientId &&
    a.choice === b.choice &&
    a.charges.length === b.charges.length &&
    a.charges.every(
      (c, i) =>
        c.chargeId === b.charges[i]?.chargeId && c.outstandingCents === b.charges[i]?.outstandingCents,
    )
  );
}

/** Outstanding of the chosen charge, or of the charges a spread covers. */
export function outstandingOfChoice(open: readonly ChargeView[], choice: string | null): number | null {
  if (choice === SPREAD_CHOICE) return spreadCharges(open).reduce((sum, c) => sum + c.outstandingCents, 0);
  const charge = open.find((c) => String(c.id) === choice);
  return charge ? charge.outstandingCents : null;
}

/**
 * The request's amount; "all" stays "all" (the effect line shows its figure). Turned into that
 * figure, it was a fixed amount: a payment or write-off while the form was open then got "at most
 * $X can be written off" instead of the new figure to confirm, as "all" typed in the form does.
 */
function prefilledAmount(pending: PendingAction): string {
  const { hints } = pending.payload;
  if (hints.amountCents) return amountInputText(hints.amountCents);
  return hints.amountAll ? 'all' : '';
}

interface AmountOutcome {
  readonly effect: string | null;
  readonly problem: string | null;
  /** A spread's plan, when the amount will be written off at once as shown. */
  readonly plan?: readonly SpreadLine[] | null;
}

/**
 * The effect line for a valid amount; for one the confirm would refuse, what is outstanding and
 * the refusal itself (an unchanged "$12.00 → $12.00" read as if the write-off would do nothing).
 * An empty amount field says why the request's amount, if it wrote one, was left out.
 */
async function amountOutcome(
  db: Database,
  params: ModelParams,
  charges: { readonly open: readonly ChargeView[]; readonly shown: ShownFigures | null },
  choice: string | null,
  amountText: string,
): Promise<AmountOutcome> {
  const { open, shown } = charges;
  const typed = amountText.trim();
  const asked = typedAmountProblem(params.pending.payload.hints);
  const left = typed === '' && asked ? requestAmountNotUsed(asked) : null;
  const before = outstandingOfChoice(open, choice);
  if (before === null) return { effect: null, problem: left };
  const suffix = choice === SPREAD_CHOICE ? spreadSuffix(open.length) : '';
  if (typed === '') return { effect: enterAmountLine(before, suffix), problem: left };
  const facts = await chosenFacts(db, open, choice);
  const actor = await loadActor(db, params.actorId);
  const amount = isAllAmount(typed) ? validateCents(before) : parseAmount(typed);
  const refusal = amountRefusal(facts, amount, actor);
  if (refusal || !amount.ok) return { effect: outstandingLine(before, suffix), problem: refusal };
  const effect = effectLine(before, before - amount.cents, suffix);
  const limit = await limitNotice(db, { facts, amount, actor, patientId: open[0]?.patientId });
  // Over the limit on one charge: the change shows, as the approval would make it, and so does
  // what confirming does instead; for a spread, which cannot be sent for approval, no change shows.
  if (limit)
    return { effect: limit.sendsForApproval ? effect : outstandingLine(before, suffix), problem: limit.text };
  if (choice === SPREAD_CHOICE && shown) {
    // The plan over the figures just pinned, which the confirm applies exactly (or refuses).
    const plan = spreadPlanLines(shown.charges, open, amount.cents);
    return { effect: spreadEffectLine(amount.cents, plan.length), problem: null, plan };
  }
  return { effect, problem: null };
}

/**
 * "Writes off $100.00 across 2 charges, oldest first:": the spread's headline, counting only the
 * charges it takes money from (the lines below name them), not every open charge.
 */
export function spreadEffectLine(amountCents: number, touched: number): string {
  const where =
    touched === 1 ? 'on the oldest open charge' : `across ${counted(touched, 'charge')}, oldest first`;
  return `Writes off ${formatCents(amountCents)} ${where}:`;
}

/**
 * The user's limit, counted over 24 hours for this patient with this amount (DOMAIN section 4),
 * as the confirm will count it: what happens instead of the write-off. Null within the limit.
 */
async function limitNotice(
  db: Database,
  asked: {
    facts: ChargeFacts | null;
    amount: AmountResult;
    actor: ActorFacts;
    patientId: number | undefined;
  },
): Promise<{ readonly text: string; readonly sendsForApproval: boolean } | null> {
  const { facts, amount, actor, patientId } = asked;
  if (!facts || !amount.ok || actor.limitCents === null || patientId === undefined) return null;
  const recentWriteOffCents = await sumRecentWriteOffs(db, actor.userId, patientId);
  const over = checkWriteOff(facts, { amount, recentWriteOffCents }, actor).find(
    (b) => b.code === 'OVER_LIMIT',
  );
  return over ? { text: fieldErrorText(over), sendsForApproval: canRequestApproval(facts) } : null;
}

/** Blockers about the amount itself; the limit is not one (it turns into an approval request). */
const AMOUNT_REFUSALS = new Set(['NOT_AUTHORIZED', 'AMOUNT_INVALID', 'AMOUNT_EXCEEDS_OUTSTANDING']);

/** The rule function's own sentence for this amount, as the confirm's field error words it. */
function amountRefusal(facts: ChargeFacts | null, amount: AmountResult, actor: ActorFacts): string | null {
  if (!facts) return null;
  const refusal = checkWriteOff(facts, { amount }, actor).find((b) => AMOUNT_REFUSALS.has(b.code));
  return refusal ? fieldErrorText(refusal) : null;
}

/** Rule facts for the chosen charge, or for a spread as one write-off over its charges. */
async function chosenFacts(
  db: Database,
  open: readonly ChargeView[],
  choice: string | null,
): Promise<ChargeFacts | null> {
  const charges =
    choice === SPREAD_CHOICE ? spreadCharges(open) : open.filter((c) => String(c.id) === choice);
  const first = charges[0];
  if (!first) return null;
  // An open charge: factsForCharge asks nothing more of the database.
  const facts = await factsForCharge(db, first);
  return choice === SPREAD_CHOICE ? spreadFacts(facts, charges) : facts;
}

function spreadSuffix(openCount: number): string {
  return openCount > MAX_SPREAD_CHARGES
    ? ` across the oldest ${MAX_SPREAD_CHARGES} of ${openCount} open charges`
    : ` across ${counted(openCount, 'open charge')}`;
}

/** The rule function's first blocker for one charge, recorded so "why can't I?" can answer it. */
async function whyNotCharge(db: Database, actorId: string, charge: ChargeView): Promise<ShownBlocker | null> {
  const actor = await loadActor(db, actorId);
  const blockers = checkWriteOff(await factsForCharge(db, charge), {}, actor);
  await noteRefusal(db, { actorId, action: 'write_off', chargeId: charge.id, blockers });
  const first = blockers[0];
  return first ? shownBlocker(first, charge.id, actor) : null;
}
