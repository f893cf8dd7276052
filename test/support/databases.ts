/**
 * Test databases. PGlite always; PostgreSQL too whenever TEST_DATABASE_URL is set (CI sets it).
 * Each PostgreSQL test database is created fresh and dropped afterwards. If the variable is set
 * but the server does not answer, the suite fails rather than skipping.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { describe, inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { takePooledPglite } from './pglite-pool.ts';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** A copy of the migrated template: a reused, emptied one when this worker has one (pglite-pool.ts). */
export function openPgliteTestDatabase(): Promise<DatabaseHandle> {
  return takePooledPglite(async () => new Blob([await readFile(inject('pgliteTemplatePath'))]));
}

/**
 * A fresh, empty database on the TEST_DATABASE_URL server, named after `prefix`; `drop()` removes
 * it (forcing out connections a failed test left behind).
 */
export async function createScratchPostgresDatabase(
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(baseUrl, (admin) => admin.unsafe(`create database ${name}`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(baseUrl, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`)),
  };
}

async function withAdmin(baseUrl: string, run: (admin: postgres.Sql) => Promise<unknown>): Promise<void> {
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await run(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export async function openPostgresTestDatabase(
  options: { maxConnections?: number } = {},
): Promise<DatabaseHandle> {
  const scratch = await createScratchPostgresDatabase('billing_test');
  const handle = await openDatabase({
    kind: 'postgres',
    url: scratch.url,
    maxConnections: options.maxConnections,
  });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

export function openTestDatabase(kind: TestDatabaseKind): Promise<DatabaseHandle> {
  return kind === 'pglite' ? openPgliteTestDatabase() : openPostgresTestDatabase();
}

const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);
let noticePrinted = false;

/** The PostgreSQL-only suites: concurrency cannot show on PGlite, which runs one query at a time. */
export const describePostgres = hasPostgres ? describe : describe.skip;

/** Runs the suite once per available database. */
export function describeEachDatabase(name: string, body: (kind: TestDatabaseKind) => void): void {
  const kinds: TestDatabaseKind[] = hasPostgres ? ['pglite', 'postgres'] : ['pglite'];
  if (!hasPostgres && !noticePrinted) {
    noticePrinted = true;
    console.info('TEST_DATABASE_URL is not set: PostgreSQL suites are skipped (PGlite suites run).');
  }
  describe.each(kinds)(`${name} [%s]`, (kind) => body(kind));
}
