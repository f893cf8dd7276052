/**
 * `npm run bench:round-trips -- [delay ms=5]`: how many round trips a write-off makes to
 * PostgreSQL, and how many a Slack confirm of a write-off or of a refund waits for before it is
 * answered (at the ledger's commit), as the modal sends it (its reads start at once, with its ledger run:
 * read-ahead.ts, ledger/run-ahead.ts) and with every read after the one before; counted the way a
 * deployment pays for them. The app reaches a scratch database
 * through a local relay that holds every packet for `delay` ms each way, as a database on
 * another host would; one write-off at a time, so its time divided by the round-trip time is
 * the number of round trips it waits for. On the same host a round trip costs little next to
 * the work either side does, which is why the ledger benchmark barely sees it.
 */
import net from 'node:net';
import { benchWriteOff } from '../bench/lib/bench-write-off.ts';
import { createScratchDatabase } from '../bench/lib/scratch-postgres.ts';
import { seedCharges } from '../bench/lib/seed-charges.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import type { ActionKind } from '../src/domain/index.ts';
import { bootstrapAdmins, getCharge, recordPayment } from '../src/ledger/index.ts';
import { type FormInput, NO_HINTS, startRequest, submitPending } from '../src/workflow/index.ts';

const delayMs = Number(process.argv[2] ?? 5);
if (!(delayMs > 0)) throw new Error('usage: bench-round-trips [delay ms each way]');
const WRITE_OFFS = 40;
/**
 * Each pooled connection prepares a statement the first time it runs it (a round trip more);
 * these go first, unmeasured, so every connection has.
 */
const WARM_UP = 100;
/** Confirms timed each way, alternating, after as many unmeasured. */
const CONFIRMS = 30;
const CONFIRMER = 'UBENCHRT01';

/**
 * Forwards to `upstream`, each chunk after `delayMs` in either direction, in order. Both sides
 * send at once (no Nagle): otherwise the relay's own small writes waited for delayed ACKs, 40 ms
 * at a time, which no direct connection pays.
 */
function delayingRelay(upstream: URL): net.Server {
  return net.createServer((client) => {
    const server = net.connect({
      port: Number(upstream.port || 5432),
      host: upstream.hostname,
      noDelay: true,
    });
    client.setNoDelay(true);
    client.on('data', (chunk) => setTimeout(() => server.write(chunk), delayMs));
    server.on('data', (chunk) => setTimeout(() => client.write(chunk), delayMs));
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
    // A closed end shows up as `close` on the other; nothing else to do with the error.
    client.on('error', () => {});
    server.on('error', () => {});
  });
}

async function main() {
  const scratch = await createScratchDatabase('bench_round_trips');
  const relay = delayingRelay(new URL(scratch.url));
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const url = new URL(scratch.url);
  url.hostname = '127.0.0.1';
  url.port = String((relay.address() as net.AddressInfo).port);
  const handle = await openDatabase({ kind: 'postgres', url: url.href });
  try {
    const charges = await seedCharges(handle.db, 10);
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + WRITE_OFFS; i++) {
      const started = performance.now();
      await benchWriteOff(handle.db, charges[i % charges.length] ?? 0);
      if (i >= WARM_UP) times.push(performance.now() - started);
    }
    const roundTrip = 2 * delayMs;
    const median = medianOf(times);
    console.log(
      `write-off over a ${roundTrip} ms round trip: median ${median.toFixed(1)} ms, ${(median / roundTrip).toFixed(1)} round trips (${WRITE_OFFS} write-offs, one at a time)`,
    );
    await bootstrapAdmins(handle.db, [CONFIRMER]);
    const payments = await payEach(handle.db, charges);
    for (const kind of ['write_off', 'refund_payment'] as const) {
      const confirms = await timeConfirms(handle.db, kind, charges, payments);
      for (const [label, waits] of Object.entries(confirms)) {
        const ms = medianOf(waits);
        console.log(
          `Slack confirm of a ${kind === 'write_off' ? 'write-off' : 'refund'} until its answer, ${label}: median ${ms.toFixed(1)} ms, ${(ms / roundTrip).toFixed(1)} round trips (${CONFIRMS} confirms)`,
        );
      }
    }
  } finally {
    await handle.close();
    relay.close();
    await scratch.drop();
  }
}

/** A payment on each charge, for the refunds to refund (entry id by charge id). */
async function payEach(db: Database, charges: readonly number[]): Promise<Map<number, number>> {
  const payments = new Map<number, number>();
  for (const chargeId of charges) {
    const paid = await recordPayment(db, {
      chargeId,
      amountCents: 1_000_000,
      actor: 'import',
      source: 'import',
      idempotencyKey: `bench-payment-${chargeId}`,
    });
    if (!paid.ok) throw new Error('payment refused');
    payments.set(chargeId, paid.value.entryId);
  }
  return payments;
}

/**
 * A write-off or a refund confirmed as the Slack form does it (submitPending, answered at the
 * commit), each from a pending action of its own and for another amount, so no confirm is a
 * re-run. Odd and even confirms alternate with and without the modal's kind to read ahead with:
 * without it, the pending action is read first, then the charges (or the payments), then the
 * re-run probe, then the ledger runs.
 */
async function timeConfirms(
  db: Database,
  kind: Extract<ActionKind, 'write_off' | 'refund_payment'>,
  charges: readonly number[],
  payments: ReadonlyMap<number, number>,
) {
  const times = { 'as the modal sends it': [] as number[], 'reads one after another': [] as number[] };
  for (let i = 0; i < 4 * CONFIRMS; i++) {
    const chargeId = charges[i % charges.length] ?? 0;
    const patientId = (await getCharge(db, chargeId))?.patientId ?? 0;
    const amountText = ((i + 1) / 100).toFixed(2);
    const form: FormInput =
      kind === 'write_off'
        ? { patientId, charge: String(chargeId), amountText, reason: 'small_balance' }
        : { patientId, charge: String(chargeId), amountText, paymentEntryId: payments.get(chargeId) ?? 0 };
    const pending = await startRequest(db, {
      kind,
      requestedBy: CONFIRMER,
      origin: { via: 'command', channelId: 'CBENCH', threadTs: null, requesterId: CONFIRMER },
      hints: NO_HINTS,
    });
    if (!pending) throw new Error('no pending action');
    const together = i % 2 === 0;
    let answeredAfter = Number.NaN;
    const started = performance.now();
    const outcome = await submitPending(db, {
      pendingId: pending.id,
      actorId: CONFIRMER,
      form,
      now: new Date(),
      onCommitted: () => {
        answeredAfter = performance.now() - started;
      },
      ...(together ? { likelyKind: kind } : {}),
    });
    if (outcome.kind !== 'done' || Number.isNaN(answeredAfter)) throw new Error(`unexpected ${outcome.kind}`);
    if (i >= 2 * CONFIRMS)
      times[together ? 'as the modal sends it' : 'reads one after another'].push(answeredAfter);
  }
  return times;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
