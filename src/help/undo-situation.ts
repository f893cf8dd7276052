/**
 * "Why can't I undo the write-off on Jane's charge?": the charge's newest write-off, checked with
 * the same undo rule the ledger uses, including whether it was already reversed (and by whom).
 */
import type { Database } from '../db/client.ts';
import type { Blocker } from '../domain/blockers.ts';
import { checkUndo } from '../domain/index.ts';
import { chargeHistory, loadActor } from '../ledger/index.ts';

export async function undoBlockers(
  db: Database,
  chargeId: number,
  actor: string,
): Promise<readonly Blocker[]> {
  const history = await chargeHistory(db, { chargeId });
  const writeOff = history.findLast((e) => e.kind === 'write_off');
  if (!writeOff) return [];
  const reversal = history.find((e) => e.kind === 'write_off_reversal' && e.refersToEntryId === writeOff.id);
  return checkUndo(
    {
      writtenOffBy: writeOff.actor,
      reversal: reversal ? { actor: reversal.actor, createdAt: reversal.createdAt } : null,
    },
    await loadActor(db, actor),
  );
}
