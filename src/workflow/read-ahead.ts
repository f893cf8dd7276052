/**
 * A confirm's reads that the form alone decides, started together with the pending action's read
 * instead of one after another: the patient's charges, and the re-run probe (repeats.ts). A Slack
 * form is answered only after the ledger commits, and each read in a row before it is a round
 * trip the person waits for; three reads started together cost about one.
 *
 * Only a guess is read ahead: the kind comes from the form's callback, the charge and amount from
 * its fields. Whatever resolve() then asks for is compared with what was read; anything else is
 * read afresh, so a wrong guess costs a wasted read and never a wrong answer.
 */
import type { Database } from '../db/client.ts';
import type { ActionKind } from '../domain/index.ts';
import { type ChargeView, listCharges } from '../ledger/index.ts';
import { findRepeat, type RecentRepeat, type RepeatProbe } from './repeats.ts';
import type { FormInput } from './types.ts';

export interface ReadAheadRequest {
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
  /** The charge and amount the form would write, when its fields say so. */
  readonly repeatProbe: RepeatProbe | null;
}

export class ReadAhead {
  private readonly charges: { readonly patientId: number; readonly rows: Promise<ChargeView[]> } | null;
  private readonly repeatRead: {
    readonly kind: ActionKind;
    readonly probe: RepeatProbe;
    readonly found: Promise<RecentRepeat | null>;
  } | null;

  private constructor(
    private readonly db: Database,
    private readonly request: ReadAheadRequest,
    plan: ReadAheadPlan | null,
  ) {
    const patientId = request.form.patientId;
    this.charges =
      plan?.readsPatientCharges && patientId
        ? { patientId, rows: settledLater(listCharges(db, { patientId })) }
        : null;
    const probe = request.form.repeatConfirmed ? null : plan?.repeatProbe;
    this.repeatRead =
      plan && probe
        ? { kind: plan.kind, probe, found: settledLater(this.findRepeat(plan.kind, probe)) }
        : null;
  }

  /** Starts the plan's reads now; with no plan, every read below happens when asked. */
  static start(db: Database, request: ReadAheadRequest, plan: ReadAheadPlan | null): ReadAhead {
    return new ReadAhead(db, request, plan);
  }

  /** Every charge of the patient, as listCharges gives them. */
  patientCharges(patientId: number): Promise<ChargeView[]> {
    if (this.charges?.patientId === patientId) return this.charges.rows;
    return listCharges(this.db, { patientId });
  }

  /** The actor's earlier run of this change in the last minutes, if any (repeats.ts). */
  recentRepeat(kind: ActionKind, probe: RepeatProbe | null | undefined): Promise<RecentRepeat | null> {
    const early = this.repeatRead;
    if (early && probe && early.kind === kind && sameProbe(early.probe, probe)) return early.found;
    return this.findRepeat(kind, probe);
  }

  private findRepeat(kind: ActionKind, probe: RepeatProbe | null | undefined) {
    return findRepeat(this.db, this.request.actorId, kind, probe, { ownKey: this.request.ownKey });
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
