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

export function reportMutation<T extends object>(
  io: CliIo,
  result: LedgerResult<T>,
  report: MutationReport<T>,
): number {
  if (!result.ok) return reportBlockers(io, result.blockers, report.json);
  if (report.json) io.stdout(toJson({ ...result.value, replayed: result.replayed, ...report.extraJson }));
  else io.stdout(`${report.describe(result.value, replayedNotice(result.replayed))}\n`);
  return EXIT_OK;
}
