/**
 * Statements one write-off sends to the database, counted with a Drizzle logger on a scratch
 * PostgreSQL database and on an in-memory PGlite: once for an operator (cli:…, no users-table
 * look-up) and once for a Slack user.
 * BEGIN is sent by the driver itself, not through Drizzle, and so is COMMIT unless the app sends it
 * behind its last statements (commit-behind.ts): they are added here, a pair for each COMMIT the
 * app sent, and one pair when it sent none (the driver's own transaction).
 * Before this count was made smaller (the landed code) a write-off sent 9 (operator) and 10 (Slack
 * user) statements; the target is what tpcb-like sends per transaction (7), or fewer.
 *   npm run -s bench:statements   (SHOW_STATEMENTS=1 lists each statement on stderr)
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'drizzle-orm';
import { type Figure, printFigures } from '../bench/lib/figures.ts';
import { createScratchDatabase } from '../bench/lib/scratch-postgres.ts';
import { type Database, type DatabaseTarget, openDatabase } from '../src/db/client.ts';
import {
  assessPr,
  getEntry,
  grantRole,
  recordPayment,
  refundPayment,
  undoWriteOff,
  upsertCharge,
  upsertPatient,
  writeOff,
} from '../src/ledger/index.ts';
import { createPendingAction, NO_HINTS, submitPending } from '../src/workflow/index.ts';

const BEGIN_AND_COMMIT = 2;
/** BEGIN, three UPDATEs, a SELECT, an INSERT, END. */
const TPCB_STATEMENTS = 7;

class CountingLogger implements Logger {
  private statements = 0;
  private commits = 0;
  logQuery(query: string): void {
    if (process.env.SHOW_STATEMENTS) console.error(this.statements, query.replace(/\s+/g, ' ').slice(0, 400));
    if (query.trim().toLowerCase() === 'commit') this.commits++;
    else this.statements++;
  }
  /** Where the count stands now, to subtract from a later one. */
  mark() {
    return { statements: this.statements, commits: this.commits };
  }
  /** Statements since `mark`, BEGIN and COMMIT included. */
  since(mark: { statements: number; commits: number }): number {
    return this.statements - mark.statements + BEGIN_AND_COMMIT * Math.max(1, this.commits - mark.commits);
  }
}

/**
 * The write-offs' statement counts on one database, an operator's and a Slack user's, and the
 * refunds': a form's, which names the payment's charge, and the command line's, which does not.
 */
async function countOn(target: DatabaseTarget): Promise<{
  operator: number;
  slackUser: number;
  confirm: { beforeAck: number; all: number };
  refundFromForm: number;
  refundByPaymentOnly: number;
  undoFromConfirm: number;
  undoByIdOnly: number;
}> {
  const logger = new CountingLogger();
  const handle = await openDatabase(target, { logger });
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
      const before = logger.mark();
      const result = await writeOff(db, {
        chargeId,
        amountCents: 100,
        reason: 'small_balance',
        actor,
        source: 'cli',
        idempotencyKey: randomUUID(),
      });
      if (!result.ok) throw new Error(`unexpected blocker ${result.blockers[0]?.code}`);
      return logger.since(before);
    };
    const paid = await recordPayment(db, {
      chargeId,
      amountCents: 5_000,
      actor: 'import',
      source: 'import',
      idempotencyKey: 'c-paid',
    });
    if (!paid.ok) throw new Error('invariant: the payment is recorded');
    const refundStatements = async (withCharge: boolean): Promise<number> => {
      const before = logger.mark();
      const result = await refundPayment(db, {
        paymentEntryId: paid.value.entryId,
        ...(withCharge ? { chargeId } : {}),
        amountCents: 100,
        actor: 'UBENCH1',
        source: 'button',
        idempotencyKey: randomUUID(),
      });
      if (!result.ok) throw new Error(`unexpected blocker ${result.blockers[0]?.code}`);
      return logger.since(before);
    };
    return {
      operator: await statementsFor('cli:bench'),
      slackUser: await statementsFor('UBENCH1'),
      confirm: await confirmStatements(db, logger, patientId, chargeId),
      refundFromForm: await refundStatements(true),
      refundByPaymentOnly: await refundStatements(false),
      undoFromConfirm: await undoStatements(db, logger, chargeId, true),
      undoByIdOnly: await undoStatements(db, logger, chargeId, false),
    };
  } finally {
    await handle.close();
  }
}

/**
 * A Slack user's undo of their own write-off (not part of a batch): given the write-off's row, as a
 * confirm has just read it, or only its id (the command line), when the ledger reads it first.
 */
async function undoStatements(
  db: Database,
  logger: CountingLogger,
  chargeId: number,
  rowKnown: boolean,
): Promise<number> {
  const written = await writeOff(db, {
    chargeId,
    amountCents: 100,
    reason: 'small_balance',
    actor: 'UBENCH1',
    source: 'button',
    idempotencyKey: randomUUID(),
  });
  if (!written.ok) throw new Error(`unexpected blocker ${written.blockers[0]?.code}`);
  const known = rowKnown ? await getEntry(db, written.value.entryId) : null;
  const before = logger.mark();
  const result = await undoWriteOff(
    db,
    {
      writeOffEntryId: written.value.entryId,
      actor: 'UBENCH1',
      source: 'button',
      idempotencyKey: randomUUID(),
    },
    known ?? undefined,
  );
  if (!result.ok) throw new Error(`unexpected blocker ${result.blockers[0]?.code}`);
  return logger.since(before);
}

/**
 * A Slack user's confirm of a write-off form, as the modal's submission runs it: the statements
 * sent before Slack is answered (at the ledger's commit, which also marks the pending action
 * executed) and in all (the summary and the Undo action after it). On PostgreSQL the reads go with the ledger's BEGIN, locks and
 * locking read, in one write (ledger/run-ahead.ts).
 */
async function confirmStatements(db: Database, logger: CountingLogger, patientId: number, chargeId: number) {
  const origin = { via: 'command' as const, channelId: 'CBENCH', threadTs: null, requesterId: 'UBENCH1' };
  const pending = await createPendingAction(db, {
    kind: 'write_off',
    requestedBy: 'UBENCH1',
    payload: {
      origin,
      hints: { ...NO_HINTS, amountCents: 300, reason: 'small_balance' },
      patientId,
      chargeId,
    },
  });
  if (!pending) throw new Error('invariant: a fresh pending action');
  const before = logger.mark();
  let atCommit = Number.NaN;
  const outcome = await submitPending(db, {
    pendingId: pending.id,
    actorId: 'UBENCH1',
    form: { patientId, charge: String(chargeId), amountText: '3.00', reason: 'small_balance' },
    now: new Date(),
    onCommitted: () => {
      atCommit = logger.since(before);
    },
    // As the modal's submission runs it: its reads start at once (workflow/read-ahead.ts).
    likelyKind: 'write_off',
  });
  if (outcome.kind !== 'done' || !outcome.summary) throw new Error(`unexpected outcome ${outcome.kind}`);
  return { beforeAck: atCommit, all: logger.since(before) };
}

const confirmFigure = (id: string, database: string, counts: { beforeAck: number; all: number }): Figure => ({
  id,
  label: `Statements before a Slack confirm's ack (a write-off, ${database}), of ${counts.all} in all`,
  value: counts.beforeAck,
  unit: '',
  baseline: null,
  ratio: null,
  target: 'reported',
  pass: null,
});

const figure = (id: string, who: string, value: number, operation = 'write-off'): Figure => ({
  id,
  label: `Statements per ${operation} (${who}), BEGIN and COMMIT included`,
  value,
  unit: '',
  baseline: { label: 'pgbench tpcb-like per transaction', value: TPCB_STATEMENTS },
  ratio: Math.round((value / TPCB_STATEMENTS) * 100) / 100,
  target: '<= 7',
  pass: value <= TPCB_STATEMENTS,
});

const scratch = await createScratchDatabase('bench_statements');
try {
  const postgres = await countOn({ kind: 'postgres', url: scratch.url });
  // PGlite skips the advisory lock statement (src/db/single-session.ts): one fewer.
  const pglite = await countOn({ kind: 'pglite-memory' });
  printFigures([
    figure('statements-operator', 'CLI operator, PostgreSQL', postgres.operator),
    figure('statements-slack-user', 'Slack user, PostgreSQL', postgres.slackUser),
    figure('statements-operator-pglite', 'CLI operator, PGlite', pglite.operator),
    figure('statements-slack-user-pglite', 'Slack user, PGlite', pglite.slackUser),
    confirmFigure('statements-confirm', 'PostgreSQL', postgres.confirm),
    confirmFigure('statements-confirm-pglite', 'PGlite', pglite.confirm),
    figure('statements-refund-form', 'Slack form, PostgreSQL', postgres.refundFromForm, 'refund'),
    figure(
      'statements-refund-payment-only',
      'command line, payment id only, PostgreSQL',
      postgres.refundByPaymentOnly,
      'refund',
    ),
    figure('statements-undo', 'Slack confirm, one write-off, PostgreSQL', postgres.undoFromConfirm, 'undo'),
    figure(
      'statements-undo-id-only',
      'command line, write-off id only, PostgreSQL',
      postgres.undoByIdOnly,
      'undo',
    ),
  ]);
} finally {
  await scratch.drop();
}
