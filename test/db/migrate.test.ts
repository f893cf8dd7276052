/**
 * Migrations run when the program opens the database. On PostgreSQL several instances may start
 * at once; the advisory lock makes them take turns, so each file is applied exactly once.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { describePostgres } from '../support/databases.ts';

describePostgres('migrations on PostgreSQL', () => {
  const baseUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `billing_migrate_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  afterAll(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  });

  it('four instances starting together apply each migration once and all open', async () => {
    await admin.unsafe(`create database ${name}`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    const handles = await Promise.all(
      Array.from({ length: 4 }, () =>
        openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 2 }),
      ),
    );
    try {
      const db = postgres(url.toString(), { max: 1 });
      const applied =
        await db`select hash, count(*)::int as times from drizzle.__drizzle_migrations group by hash`;
      const tables =
        await db`select count(*)::int as n from information_schema.tables where table_name = 'ledger_entries'`;
      await db.end();
      expect(applied.length).toBeGreaterThanOrEqual(4);
      expect(applied.every((row) => row.times === 1)).toBe(true);
      expect(tables[0]?.n).toBe(1);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
    }
  });
});
