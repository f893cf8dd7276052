/** How every mutating command reports: blockers (exit 3), one JSON document, or a sentence. */
import type { LedgerResult } from '../ledger/index.ts';
import { reportBlockers } from './blocker-output.ts';
import { type CliIo, EXIT_OK } from './command.ts';
import { replayedNotice } from './mutation-args.ts';
import { toJson } from './output.ts';

export interface MutationReport<T> {
  readonly json: boolean;
  /** The readable line(s); `replayed` is the notice to weave in when the key was seen before. */
  readonly describe: (value: T, replayed: string) => string;
  /** Extra keys for the JSON document (e.g. the refund's notice that PR re-opens). */
  readonly extraJson?: Record<string, unknown>;
}

/**
 * The contract's keys first, in the order DOMAIN.md lists them, then the rest alphabetically. A
 * repeat with the same key prints the first result (DOMAIN.md §5): its value comes back from the
 * stored record, whose keys the database orders its own way, so the order is fixed here.
 */
const CONTRACT_KEY_ORDER = [
  'batchId',
  'entryId',
  'chargeId',
  'amountCents',
  'count',
  'totalCents',
  'outstandingCents',
];

/** Objects at every depth (a batch's charges, an undo's reversals) get the same order. */
export function inContractOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inContractOrder);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const rank = (key: string) => {
    const i = CONTRACT_KEY_ORDER.indexOf(key);
    return i === -1 ? CONTRACT_KEY_ORDER.length : i;
  };
  const keys = Object.keys(record).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, inContractOrder(record[key])]));
}

export function reportMutation<T extends object>(
  io: CliIo,
  result: LedgerResult<T>,
  report: MutationReport<T>,
): number {
  if (!result.ok) return reportBlockers(io, result.blockers, report.json);
  if (!report.json) {
    io.stdout(`${report.describe(result.value, replayedNotice(result.replayed))}\n`);
    return EXIT_OK;
  }
  // The document is the same on a repeat; that nothing new was written is said beside it.
  io.stdout(toJson(inContractOrder({ ...result.value, ...report.extraJson })));
  if (result.replayed) io.stderr(`Already done earlier with this key; nothing new was written.\n`);
  return EXIT_OK;
}
