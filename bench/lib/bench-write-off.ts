/**
 * The write-off every ledger benchmark times: one cent off a charge, by the CLI's operator, under
 * a fresh idempotency key. A refusal would mean the benchmark measured something else: it stops.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/client.ts';
import { writeOff } from '../../src/ledger/index.ts';

export async function benchWriteOff(db: Database, chargeId: number): Promise<void> {
  const result = await writeOff(db, {
    chargeId,
    amountCents: 1,
    reason: 'small_balance',
    actor: 'cli:bench',
    source: 'cli',
    idempotencyKey: randomUUID(),
  });
  if (!result.ok) throw new Error(`unexpected blocker ${result.blockers[0]?.code}`);
}
