/** Charges as a modal lists them, and the refusal a modal shows with its next step. */
import type { ActorFacts, Blocker, NextAction } from '../domain/index.ts';
import { ACTION_PERMISSION, can, formatCents, isActionKind } from '../domain/index.ts';
import type { ChargeView } from '../ledger/index.ts';
import type { FieldErrors, FormField } from './types.ts';

/**
 * A charge as a list shows it: date of service, description, amount. Kept apart, not joined into
 * one label, so that a front end with a length limit (Slack's 75 characters) shortens the
 * description and keeps the date and the amount whole.
 */
export interface ChargeChoice {
  readonly value: string;
  readonly dateOfService: string;
  readonly description: string;
  /** The amount the list is chosen by: outstanding, or paid for a refund ("$350.00"). */
  readonly amount: string;
  readonly outstandingCents: number;
}

/** Slack option text is at most 75 characters. */
const MAX_LABEL = 75;

export function clip(text: string, max = MAX_LABEL): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function chargeChoice(charge: ChargeView, amountCents = charge.outstandingCents): ChargeChoice {
  return {
    value: String(charge.id),
    dateOfService: charge.dateOfService,
    description: charge.description,
    amount: formatCents(amountCents),
    outstandingCents: charge.outstandingCents,
  };
}

/** "Office visit 99213 (2026-10-01)": a charge in a sentence. */
export function chargeName(charge: Pick<ChargeView, 'description' | 'dateOfService'>): string {
  return `${charge.description} (${charge.dateOfService})`;
}

/** A refusal shown in a modal: one sentence, the next step, and what a button could start. */
export interface ShownBlocker {
  readonly message: string;
  readonly nextStep: string;
  readonly nextAction: NextAction;
  /** The charge the next step applies to. */
  readonly chargeId: number | null;
  /** The person the sentence names, for the front end to render (Blocker.actor). */
  readonly actor: string | null;
  /**
   * The next step is an action the person reading the form may not take (a biller told to refund
   * the payment first): the form offers no button for it and says who can instead.
   */
  readonly nextStepByOthers: boolean;
}

/** `viewer`: the person the form is shown to, whose role decides whether the next step is theirs. */
export function shownBlocker(b: Blocker, chargeId: number | null, viewer: ActorFacts): ShownBlocker {
  return {
    message: b.message,
    nextStep: b.nextStep,
    nextAction: b.nextAction,
    chargeId,
    actor: b.actor ?? null,
    nextStepByOthers: !mayTakeNextStep(viewer, b),
  };
}

/**
 * Whether the viewer's role lets them start the blocker's next step. An undo of a write-off the
 * blocker names as someone else's needs the role that undoes anyone's; one it names as theirs,
 * or names nobody for (the undo form lists their own), needs only the role that undoes their own.
 */
export function mayTakeNextStep(viewer: ActorFacts, b: Pick<Blocker, 'nextAction' | 'actor'>): boolean {
  if (!isActionKind(b.nextAction)) return true;
  if (!can(viewer.role, ACTION_PERMISSION[b.nextAction])) return false;
  if (b.nextAction !== 'undo_write_off' || !b.actor || b.actor === viewer.userId) return true;
  return can(viewer.role, 'undo_any_write_off');
}

/**
 * Slack documents no length for a field error, and a long one is unreadable under a field; our
 * sentences are short, so this bound only guards against a runaway one.
 */
export const MAX_FIELD_ERROR = 500;

/** "What is wrong. Next: what to do." — a refusal under a field must say how to get past it. */
export function fieldErrorText(b: Pick<Blocker, 'message' | 'nextStep'>): string {
  return clip(`${b.message} Next: ${b.nextStep}`, MAX_FIELD_ERROR);
}

/** Blockers placed on the form field they belong to; those without one go on `fallback`. */
export function blockersToFieldErrors(blockers: readonly Blocker[], fallback: FormField): FieldErrors {
  const errors: Record<string, string> = {};
  for (const b of blockers) {
    const field: FormField = b.field ?? fallback;
    const text = fieldErrorText(b);
    errors[field] = clip(errors[field] ? `${errors[field]} ${text}` : text, MAX_FIELD_ERROR);
  }
  return errors;
}

/** The people the blockers' sentences name (Blocker.actor), each once; nothing when none. */
export function peopleNamed(blockers: readonly Blocker[]): { readonly people?: readonly string[] } {
  const people = [...new Set(blockers.flatMap((b) => (b.actor ? [b.actor] : [])))];
  return people.length > 0 ? { people } : {};
}

/** Chosen id from a form value, when it is one of the allowed ones. */
export function chosenId(
  value: string | number | null | undefined,
  allowed: readonly number[],
): number | null {
  const id = typeof value === 'number' ? value : Number(value);
  return Number.isSafeInteger(id) && allowed.includes(id) ? id : null;
}

/**
 * The charge a request named by its date ("Jul 8"), for a form that lists only the charges it can
 * act on (`actionable`: open ones for a cancel, paid ones for a refund): the only actionable one
 * of that date, or, when none of that date is, the charge itself, so that the form says why it
 * cannot act on it instead of quietly offering another charge (a confirm would act on the wrong
 * one). Null when the date names no charge, or several actionable ones (the form asks which).
 */
export function chargeNamedByDate(
  all: readonly ChargeView[],
  dateOfService: string | null,
  actionable: (charge: ChargeView) => boolean,
): ChargeView | null {
  if (!dateOfService) return null;
  const onDate = all.filter((c) => c.dateOfService === dateOfService);
  const usable = onDate.filter(actionable);
  if (usable.length > 0) return usable.length === 1 ? (usable[0] ?? null) : null;
  return onDate.at(-1) ?? null;
}
