/**
 * Statements one write-off sends to the database, counted with a Drizzle logger on an in-memory
 * PGlite: once for an operator (cli:…, no users-table look-up) and once for a Slack user.
 * BEGIN and COMMIT are sent by the driver itself, not through Drizzle: they are added here.
 *   npm run -s bench:statements            prints one JSON object
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { assessPr, grantRole, upsertCharge, upsertPatient, writeOff } from '../src/ledger/index.ts';

const BEGIN_AND_COMMIT = 2;

class CountingLogger implements Logger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
}

const logger = new CountingLogger();
const handle = await openDatabase({ kind: 'pglite-memory' }, { logger });
try {
  const { db } = handle;
  const patientId = await upsertPatient(db, {
    mrn: 'COUNT-1',
    firstName: 'Count',
    lastName: 'Statements',
    dateOfBirth: '1970-01-01',
  });
  const { id: chargeId } = await upsertCharge(db, {
    patientId,
    externalRef: 'count-1',
    dateOfService: '2026-10-01',
    description: 'Office visit 99213',
    prSource: 'remittance',
  });
  await assessPr(db, {
    chargeId,
    amountCents: 10_000,
    actor: 'import',
    source: 'import',
    idempotencyKey: 'c-pr',
  });
  await grantRole(db, { grantedBy: 'cli:bench', userId: 'UBENCH1', role: 'billing_manager' });

  const statementsFor = async (actor: string): Promise<number> => {
    const before = logger.count;
    const result = await writeOff(db, {
      chargeId,
      amountCents: 100,
      reason: 'small_balance',
      actor,
      source: 'cli',
      idempotencyKey: randomUUID(),
    });
    if (!result.ok) throw new Error(`unexpected blocker ${result.blockers[0]?.code}`);
    return logger.count - before + BEGIN_AND_COMMIT;
  };
  const operator = await statementsFor('cli:bench');
  const slackUser = await statementsFor('UBENCH1');
  console.log(JSON.stringify({ statementsPerWriteOff: { operator, slackUser } }));
} finally {
  await handle.close();
}
