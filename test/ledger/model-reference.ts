/**
 * The reference model for model.test.ts: DOMAIN.md's rules applied to plain numbers, written
 * without the ledger's or the domain's code so that the two can disagree.
 */
import type { PrSource } from '../../src/domain/index.ts';

export type Amount = number | 'all';
export type Command =
  /** 'rest' pays what is outstanding (one cent when nothing is). */
  | { readonly kind: 'payment'; readonly charge: number; readonly cents: number | 'rest' }
  | { readonly kind: 'refund'; readonly payment: number; readonly cents: Amount }
  | { readonly kind: 'write_off'; readonly charge: number; readonly cents: Amount }
  | { readonly kind: 'undo'; readonly writeOff: number }
  | { readonly kind: 'cancel'; readonly charge: number }
  /** One amount over every charge of the run, in order; undone as a whole. */
  | { readonly kind: 'spread'; readonly cents: Amount };

interface ModelCharge {
  readonly id: number;
  readonly prSource: PrSource;
  assessed: number;
  payments: number;
  refunds: number;
  writeOffs: number;
  reversals: number;
  cancelled: number;
}

interface ModelPayment {
  readonly id: number;
  readonly charge: ModelCharge;
  readonly amount: number;
  refunded: number;
}

interface ModelWriteOff {
  readonly id: number;
  readonly charge: ModelCharge;
  readonly amount: number;
  /** Write-offs of one spread share a batch and are undone together. */
  readonly batch: number | null;
  reversed: boolean;
}

export type Prediction =
  | {
      readonly ok: true;
      readonly cents: number;
      /** The outstanding the result reports, where it reports one. */
      readonly outstandingAfter?: number;
      /** A spread: [charge id, cents] per entry, in order. */
      readonly parts?: readonly (readonly [number, number])[];
    }
  | { readonly ok: false; readonly codes: readonly string[] };

const outstanding = (c: ModelCharge) =>
  c.assessed - c.payments + c.refunds - c.writeOffs + c.reversals - c.cancelled;

export class Model {
  private readonly charges: ModelCharge[] = [];
  private readonly payments: ModelPayment[] = [];
  private readonly writeOffs: ModelWriteOff[] = [];
  private batches = 0;

  addCharge(id: number, prSource: PrSource, assessed: number): void {
    this.charges.push({
      id,
      prSource,
      assessed,
      payments: 0,
      refunds: 0,
      writeOffs: 0,
      reversals: 0,
      cancelled: 0,
    });
  }

  chargeAt(index: number): ModelCharge {
    const charge = this.charges[index % this.charges.length];
    if (!charge) throw new Error('model has no charges');
    return charge;
  }

  paymentAt(index: number): ModelPayment | undefined {
    return this.payments[index % Math.max(1, this.payments.length)];
  }

  writeOffAt(index: number): ModelWriteOff | undefined {
    return this.writeOffs[index % Math.max(1, this.writeOffs.length)];
  }

  paymentCents(command: { charge: number; cents: number | 'rest' }): number {
    return command.cents === 'rest' ? Math.max(1, outstanding(this.chargeAt(command.charge))) : command.cents;
  }

  openCharges(): ModelCharge[] {
    return this.charges.filter((c) => outstanding(c) > 0);
  }

  /** The write-offs an undo of this one takes back: its batch, or itself. */
  undoGroup(target: ModelWriteOff): ModelWriteOff[] {
    return target.batch === null ? [target] : this.writeOffs.filter((w) => w.batch === target.batch);
  }

  chargeIds(): number[] {
    return this.charges.map((c) => c.id);
  }

  /** The totals the charges table must hold, in the shape model.test.ts reads them. */
  totals() {
    return [...this.charges]
      .sort((a, b) => a.id - b.id)
      .map((c) => ({
        id: c.id,
        assessed: c.assessed,
        payments: c.payments,
        refunds: c.refunds,
        writeOffs: c.writeOffs,
        reversals: c.reversals,
        cancelled: c.cancelled,
        outstanding: outstanding(c),
      }));
  }

  /** Records what the ledger did; `value` carries the new entry's id. */
  apply(command: Command, prediction: Prediction & { ok: true }, value: unknown): void {
    const cents = prediction.cents;
    switch (command.kind) {
      case 'payment': {
        const charge = this.chargeAt(command.charge);
        charge.payments += cents;
        this.payments.push({ id: entryIdOf(value), charge, amount: cents, refunded: 0 });
        return;
      }
      case 'write_off': {
        const charge = this.chargeAt(command.charge);
        charge.writeOffs += cents;
        this.writeOffs.push({ id: entryIdOf(value), charge, amount: cents, batch: null, reversed: false });
        return;
      }
      case 'spread': {
        const batch = ++this.batches;
        const entries = (value as { entries: { entryId: number; chargeId: number; amountCents: number }[] })
          .entries;
        for (const entry of entries) {
          const charge = this.charges.find((c) => c.id === entry.chargeId);
          if (!charge) throw new Error(`spread wrote to unknown charge ${entry.chargeId}`);
          charge.writeOffs += entry.amountCents;
          this.writeOffs.push({
            id: entry.entryId,
            charge,
            amount: entry.amountCents,
            batch,
            reversed: false,
          });
        }
        return;
      }
      case 'cancel':
        this.chargeAt(command.charge).cancelled += cents;
        return;
      case 'refund': {
        const payment = this.paymentAt(command.payment);
        if (!payment) throw new Error('no payment');
        payment.refunded += cents;
        payment.charge.refunds += cents;
        return;
      }
      case 'undo': {
        const target = this.writeOffAt(command.writeOff);
        if (!target) throw new Error('no write-off');
        for (const w of this.undoGroup(target)) {
          if (w.reversed) continue;
          w.reversed = true;
          w.charge.reversals += w.amount;
        }
        return;
      }
    }
  }
}

function entryIdOf(value: unknown): number {
  const id = (value as { entryId?: unknown }).entryId;
  if (typeof id !== 'number') throw new Error(`result has no entryId: ${JSON.stringify(value)}`);
  return id;
}

const refused = (...codes: string[]): Prediction => ({ ok: false, codes });

/** What DOMAIN.md says must happen, for an admin (no limits) with a reason that needs no note. */
export function predict(model: Model, command: Command): Prediction {
  switch (command.kind) {
    case 'payment': {
      const charge = model.chargeAt(command.charge);
      const out = outstanding(charge);
      const cents = model.paymentCents(command);
      if (cents > out) return refused('AMOUNT_EXCEEDS_OUTSTANDING');
      return { ok: true, cents, outstandingAfter: out - cents };
    }
    case 'write_off':
      return predictWriteOff(model.chargeAt(command.charge), command.cents);
    case 'cancel':
      return predictCancel(model.chargeAt(command.charge));
    case 'refund': {
      const payment = model.paymentAt(command.payment);
      if (!payment) throw new Error('no payment');
      const left = payment.amount - payment.refunded;
      // Nothing left on any payment of the charge is NO_PAYMENT; this one alone, choose another.
      const chargeLeft = payment.charge.payments - payment.charge.refunds;
      if (left <= 0) return refused(chargeLeft <= 0 ? 'NO_PAYMENT' : 'REFUND_EXCEEDS_PAYMENT');
      const cents = command.cents === 'all' ? left : command.cents;
      if (cents > left) return refused('REFUND_EXCEEDS_PAYMENT');
      return { ok: true, cents, outstandingAfter: outstanding(payment.charge) + cents };
    }
    case 'undo': {
      const target = model.writeOffAt(command.writeOff);
      if (!target) throw new Error('no write-off');
      if (target.reversed) return refused('ALREADY_REVERSED');
      const cents = model
        .undoGroup(target)
        .filter((w) => !w.reversed)
        .reduce((sum, w) => sum + w.amount, 0);
      return { ok: true, cents };
    }
    case 'spread':
      return predictSpread(model.openCharges(), command.cents);
  }
}

function predictWriteOff(charge: ModelCharge, amount: Amount): Prediction {
  const out = outstanding(charge);
  if (out === 0) {
    if (charge.cancelled > 0) return refused('PR_CANCELLED');
    if (charge.writeOffs - charge.reversals > 0) return refused('NOTHING_OUTSTANDING');
    return refused('PR_PAID');
  }
  const cents = amount === 'all' ? out : amount;
  if (cents > out) return refused('AMOUNT_EXCEEDS_OUTSTANDING');
  return { ok: true, cents, outstandingAfter: out - cents };
}

function predictCancel(charge: ModelCharge): Prediction {
  const out = outstanding(charge);
  if (out === 0 && charge.cancelled > 0) return refused('PR_CANCELLED');
  if (charge.prSource === 'remittance') return refused('REMITTANCE_PR');
  const codes: string[] = [];
  if (charge.payments - charge.refunds > 0) codes.push('HAS_PAYMENTS');
  if (charge.writeOffs - charge.reversals > 0) codes.push('HAS_WRITE_OFFS');
  if (codes.length === 0 && out === 0) codes.push('NOTHING_OUTSTANDING');
  if (codes.length > 0) return refused(...codes);
  return { ok: true, cents: out, outstandingAfter: 0 };
}

function predictSpread(open: readonly ModelCharge[], amount: Amount): Prediction {
  if (open.length === 0) return refused('NOTHING_OUTSTANDING');
  const total = open.reduce((sum, c) => sum + outstanding(c), 0);
  const cents = amount === 'all' ? total : amount;
  if (cents > total) return refused('AMOUNT_EXCEEDS_OUTSTANDING');
  const parts: [number, number][] = [];
  let remaining = cents;
  for (const charge of open) {
    if (remaining === 0) break;
    const part = Math.min(remaining, outstanding(charge));
    parts.push([charge.id, part]);
    remaining -= part;
  }
  return { ok: true, cents, parts };
}
