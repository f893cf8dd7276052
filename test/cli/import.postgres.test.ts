import { describe } from 'vitest';
import { describeImport } from './support/import-suite.ts';

if (process.env.TEST_DATABASE_URL) describeImport('postgres');
else describe.skip('cli import [postgres]: TEST_DATABASE_URL is not set', () => {});
