/**
 * A confirm's reads that the submitted form alone decides (the pending action, the patient's
 * charges or the charge's payments, the re-run probe of repeats.ts), sent together instead of one
 * after another. A Slack form is answered only after the ledger commits, and each read in a row
 * before it is a round trip, a socket write and a server process woken, which the person waits
 * for; sent together on one connection (db/read-together.ts) they cost one of each.
 *
 * A kind that writes one charge can do better still (`opensRun`): its ledger transaction begins
 * with these reads, BEGIN, the key's lock and the locking read leaving in the same write
 * (ledger/run-ahead.ts), and the confirm is then one round trip from its commit. The run is
 * handed to the kind's execute() (handOverRun), or released the moment the confirm goes any other
 * way: a ledger run of the same key or user would otherwise wait for it.
 *
 * Only a guess is read ahead: the kind comes from the form's callback, the charge and amount from
 * its fields. Whatever resolve() then asks for is compared with what was read; anything else is
 * read afresh, so a wrong guess costs a wasted read and never a wrong answer.
 */
import type { Database } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import type { ActionKind } from '../domain/index.ts';
import {
  type ChargeView,
  listCharges,
  listPayments,
  type PaymentView,
  type ReadAlong,
  type RunAhead,
} from '../ledger/index.ts';
import { loadPendingAction } from './pending-actions.ts';
import { chargeIdFromField, findRepeat, type RecentRepeat, type RepeatProbe } from './repeats.ts';
import type { FormInput, PendingAction } from './types.ts';

export interface ReadAheadRequest {
  readonly pendingId: string;
  readonly actorId: string;
  readonly form: FormInput;
  /** The idempotency key of the action being confirmed (its own entries are no re-run). */
  readonly ownKey: string;
}

/** What a kind reads from its form before it knows anything else. */
export interface ReadAheadPlan {
  readonly kind: ActionKind;
  /** The kind's resolve() reads the form's patient's charges. */
  readonly readsPatientCharges: boolean;
  /** The kind's resolve() reads the payments of the form's charge (a refund). */
  readonly readsChargePayments?: boolean;
  /** The charge and amount the form would write, when its fields say so. */
  readonly repeatProbe: RepeatProbe | null;
  /** Begins the kind's ledger run with these reads after its locks, where it can (null if not). */
  readonly opensRun?: OpenRun;
}

export type OpenRun = (
  db: Database,
  run: { readonly idempotencyKey: string; readonly actorId: string },
  reads: readonly ReadAlong<unknown>[],
) => RunAhead | null;

export class ReadAhead {
  /** The pending action, as loadPendingAction reads it. */
  readonly pendingAction: Promise<PendingAction | null>;
  private readonly charges: { readonly patientId: number; readonly rows: Promise<ChargeView[]> } | null;
  private readonly payments: { readonly chargeId: number; readonly rows: Promise<PaymentView[]> } | null;
  private readonly repeatRead: {
    readonly kind: ActionKind;
    readonly probe: RepeatProbe;
    readonly found: Promise<RecentRepeat | null>;
  } | null;
  /** The kind's ledger run, begun with the reads; null once handed over or released. */
  private run: RunAhead | null;

  /** The kind read ahead for, if any. */
  readonly kind: ActionKind | null;

  private constructor(
    private readonly db: Database,
    private readonly request: ReadAheadRequest,
    plan: ReadAheadPlan | null,
  ) {
    const { actorId, ownKey, form } = request;
    this.kind = plan?.kind ?? null;
    const patientId = plan?.readsPatientCharges ? form.patientId : null;
    const chargeId = plan?.readsChargePayments ? chargeIdFromField(form.charge) : null;
    const probe = form.repeatConfirmed ? null : plan?.repeatProbe;
    if (!patientId && !chargeId && !probe) {
      // Nothing to read beside the pending action.
      this.pendingAction = loadPendingAction(db, request.pendingId);
      this.charges = this.payments = this.repeatRead = this.run = null;
      return;
    }
    const reads: readonly ReadAlong<unknown>[] = [
      (executor) => loadPendingAction(executor, request.pendingId),
      (executor) => (patientId ? listCharges(executor, { patientId }) : Promise.resolve([])),
      (executor) =>
        plan && probe ? findRepeat(executor, actorId, plan.kind, probe, { ownKey }) : Promise.resolve(null),
      (executor) => (chargeId ? listPayments(executor, { chargeIds: [chargeId] }) : Promise.resolve([])),
    ];
    this.run = plan?.opensRun?.(db, { idempotencyKey: ownKey, actorId }, reads) ?? null;
    const [pending, charges, found, payments] = (this.run?.answers ?? readTogether(db, reads)) as [
      Promise<PendingAction | null>,
      Promise<ChargeView[]>,
      Promise<RecentRepeat | null>,
      Promise<PaymentView[]>,
    ];
    // Every answer is guarded, the unused ones too: the transaction's failure reaches them all.
    for (const answer of [pending, charges, found, payments] as Promise<unknown>[]) settledLater(answer);
    this.pendingAction = pending;
    this.charges = patientId ? { patientId, rows: charges } : null;
    this.payments = chargeId ? { chargeId, rows: payments } : null;
    this.repeatRead = plan && probe ? { kind: plan.kind, probe, found } : null;
  }

  /** Starts the plan's reads now; with no plan, every read below happens when asked. */
  static start(db: Database, request: ReadAheadRequest, plan: ReadAheadPlan | null): ReadAhead {
    return new ReadAhead(db, request, plan);
  }

  /** Every charge of the patient, as listCharges gives them. */
  patientCharges(patientId: number): Promise<ChargeView[]> {
    if (this.charges?.patientId === patientId) return this.charges.rows;
    this.release();
    return listCharges(this.db, { patientId });
  }

  /** Every payment on the charge, as listPayments gives them. */
  chargePayments(chargeId: number): Promise<PaymentView[]> {
    if (this.payments?.chargeId === chargeId) return this.payments.rows;
    this.release();
    return listPayments(this.db, { chargeIds: [chargeId] });
  }

  /** The actor's earlier run of this change in the last minutes, if any (repeats.ts). */
  recentRepeat(kind: ActionKind, probe: RepeatProbe | null | undefined): Promise<RecentRepeat | null> {
    const early = this.repeatRead;
    if (early && probe && early.kind === kind && sameProbe(early.probe, probe)) return early.found;
    this.release();
    return findRepeat(this.db, this.request.actorId, kind, probe, { ownKey: this.request.ownKey });
  }

  /**
   * The ledger run begun with the reads, for the kind's execute() to pass to its ledger call, which
   * continues it or releases it. From here on it is the caller's to release.
   */
  handOverRun(): RunAhead | null {
    const run = this.run;
    this.run = null;
    return run;
  }

  /** Rolls back the ledger run begun with the reads, if it was not handed over. */
  release(): void {
    this.run?.release();
    this.run = null;
  }
}

function sameProbe(a: RepeatProbe, b: RepeatProbe): boolean {
  return a.chargeId === b.chargeId && a.amountCents === b.amountCents;
}

/**
 * A read nobody may end up awaiting (the pending action was gone, or the guess was wrong) must not
 * become an unhandled rejection; whoever does await it still gets its error.
 */
function settledLater<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}
