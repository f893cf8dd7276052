/** A TCP relay in front of a PostgreSQL database that counts what the client sends. */
import { connect, createServer, type Server } from 'node:net';
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { rowsOf } from '../../src/db/rows.ts';
import { createScratchPostgresDatabase } from './databases.ts';
import { listenInFront, tieTogether } from './tcp-relay.ts';

export interface CountingRelay {
  readonly server: Server;
  readonly url: string;
  /** How often the client wrote after the server had last written: its round trips. */
  turns(): number;
  /** How many writes the client made, on all its connections. */
  writes(): number;
  resetTurns(): void;
}

export async function countingRelay(databaseUrl: string): Promise<CountingRelay> {
  const target = new URL(databaseUrl);
  let turns = 0;
  let writes = 0;
  let clientWroteLast = false;
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    client.on('data', (chunk) => {
      if (!clientWroteLast) turns++;
      clientWroteLast = true;
      writes++;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      clientWroteLast = false;
      client.write(chunk);
    });
    tieTogether(client, upstream);
  });
  const url = await listenInFront(server, databaseUrl);
  return {
    server,
    url,
    turns: () => turns,
    writes: () => writes,
    resetTurns: () => {
      turns = 0;
      writes = 0;
    },
  };
}

/** A scratch PostgreSQL database reached through a counting relay. */
export interface RelayedDatabase {
  readonly handle: DatabaseHandle;
  readonly relay: CountingRelay;
  /**
   * Sessions of this database inside a transaction and not running anything: ledger runs begun
   * ahead (ledger/run-ahead.ts) and left open.
   */
  transactionsLeftOpen(): Promise<number>;
  /** Closes the pool, then the relay, then drops the database. */
  close(): Promise<void>;
}

/**
 * A few connections, as the app's pool has: reads sent on their own would spread over them, and a
 * transaction left open would starve the rest.
 */
export async function openRelayedScratchDatabase(
  prefix: string,
  maxConnections = 3,
): Promise<RelayedDatabase> {
  const scratch = await createScratchPostgresDatabase(prefix);
  const relay = await countingRelay(scratch.url);
  const handle = await openDatabase({ kind: 'postgres', url: relay.url, maxConnections });
  return {
    handle,
    relay,
    transactionsLeftOpen: () => transactionsLeftOpen(handle),
    close: async () => {
      await handle.close();
      relay.server.close();
      await scratch.drop();
    },
  };
}

async function transactionsLeftOpen(handle: DatabaseHandle): Promise<number> {
  // A released run's ROLLBACK may still be on its way: give it a moment before counting.
  for (let tries = 0; ; tries++) {
    const [row] = rowsOf(
      await handle.db.execute(sql`
        select count(*)::int as open from pg_stat_activity
        where datname = current_database() and state = 'idle in transaction'`),
    );
    const open = Number(row?.open);
    if (open === 0 || tries === 20) return open;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
