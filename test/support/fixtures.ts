/** Builds patients and charges in a known state, through the ledger's own operations. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/client.ts';
import type { PrSource } from '../../src/domain/charge.ts';
import { assessPr, recordPayment, upsertCharge, upsertPatient, writeOff } from '../../src/ledger/index.ts';
import { NO_HINTS, startRequest } from '../../src/workflow/index.ts';

let counter = 0;

export interface ChargeFixture {
  readonly patientId: number;
  readonly chargeId: number;
  readonly paymentEntryId: number | null;
  readonly writeOffEntryId: number | null;
}

export interface ChargeFixtureOptions {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly mrn?: string;
  readonly dateOfBirth?: string;
  readonly description?: string;
  readonly patientId?: number;
  readonly prSource?: PrSource;
  readonly dateOfService?: string;
  readonly assessedCents?: number;
  readonly paidCents?: number;
  readonly writtenOffCents?: number;
}

export async function createCharge(db: Database, options: ChargeFixtureOptions = {}): Promise<ChargeFixture> {
  counter += 1;
  const patientId =
    options.patientId ??
    (await upsertPatient(db, {
      mrn: options.mrn ?? `T-${randomUUID().slice(0, 8)}`,
      firstName: options.firstName ?? 'Test',
      lastName: options.lastName ?? `Patient${counter}`,
      dateOfBirth: options.dateOfBirth ?? '1980-01-01',
    }));
  const { id: chargeId } = await upsertCharge(db, {
    patientId,
    externalRef: `fixture-${randomUUID()}`,
    dateOfService: options.dateOfService ?? '2026-10-01',
    description: options.description ?? 'Office visit 99213',
    prSource: options.prSource ?? 'remittance',
  });
  const base = { chargeId, actor: 'import', source: 'import' as const };
  await expectOk(
    assessPr(db, { ...base, amountCents: options.assessedCents ?? 10_000, idempotencyKey: randomUUID() }),
  );
  let paymentEntryId: number | null = null;
  if (options.paidCents) {
    const paid = await expectOk(
      recordPayment(db, { ...base, amountCents: options.paidCents, idempotencyKey: randomUUID() }),
    );
    paymentEntryId = paid.entryId;
  }
  let writeOffEntryId: number | null = null;
  if (options.writtenOffCents) {
    const result = await expectOk(
      writeOff(db, {
        chargeId,
        amountCents: options.writtenOffCents,
        reason: 'small_balance',
        actor: 'cli:fixture',
        source: 'cli',
        idempotencyKey: randomUUID(),
      }),
    );
    writeOffEntryId = result.entryId;
  }
  return { patientId, chargeId, paymentEntryId, writeOffEntryId };
}

/** Unwraps a ledger result that the fixture expects to succeed. */
export async function expectOk<T>(
  pending: Promise<{ ok: true; value: T } | { ok: false; blockers: readonly { code: string }[] }>,
): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`expected success, got ${result.blockers.map((b) => b.code).join(', ')}`);
  return result.value;
}

/** A write-off request for the charge, as `/writeoff` by `requester` leaves it: pending, no hints. */
export async function startPendingWriteOff(db: Database, requester: string, charge: ChargeFixture) {
  const pending = await startRequest(db, {
    kind: 'write_off',
    requestedBy: requester,
    origin: { via: 'command', channelId: 'C1', threadTs: null, requesterId: requester },
    hints: NO_HINTS,
    extra: { patientId: charge.patientId, chargeId: charge.chargeId },
  });
  if (!pending) throw new Error('no pending action');
  return pending;
}
