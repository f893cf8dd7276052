export * from './approval-requests.ts';
export * from './audit-log.ts';
export * from './charges.ts';
export * from './idempotency-records.ts';
export * from './ledger-entries.ts';
export * from './patients.ts';
export * from './pending-actions.ts';
export * from './users.ts';
