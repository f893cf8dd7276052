import { describeLedgerCommands } from './support/ledger-commands-suite.ts';

describeLedgerCommands('pglite');
