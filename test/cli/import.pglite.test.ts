import { describeImport } from './support/import-suite.ts';

describeImport('pglite');
