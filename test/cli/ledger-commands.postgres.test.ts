import { describe } from 'vitest';
import { describeLedgerCommands } from './support/ledger-commands-suite.ts';

// PostgreSQL runs only where TEST_DATABASE_URL names a server (CI does).
if (process.env.TEST_DATABASE_URL) describeLedgerCommands('postgres');
else describe.skip('cli ledger commands [postgres]: TEST_DATABASE_URL is not set', () => {});
