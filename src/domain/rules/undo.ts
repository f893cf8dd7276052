import { type Blocker, blocker } from '../blockers.ts';
import { isoDay } from '../calendar-day.ts';
import { can, WHO_GRANTS_ACCESS } from '../roles.ts';
import type { ActorFacts } from './facts.ts';

export interface UndoFacts {
  /** Who made the write-off being undone. */
  readonly writtenOffBy: string;
  /** When it was already reversed, by whom and when. */
  readonly reversal: { readonly actor: string; readonly createdAt: Date } | null;
  /** The write-off is one of a small-balance batch, which is undone as a whole. */
  readonly inBatch?: boolean;
}

/** A write-off can be undone once, by the person who made it or by a billing manager or admin. */
export function checkUndo(facts: UndoFacts, actor: ActorFacts): Blocker[] {
  const own = facts.writtenOffBy === actor.userId;
  const allowed = can(actor.role, 'undo_any_write_off') || (own && can(actor.role, 'undo_own_write_off'));
  if (!allowed) {
    const whose = own ? 'this write-off' : `a write-off made by ${facts.writtenOffBy}`;
    return [
      blocker(
        'NOT_AUTHORIZED',
        `You may not undo ${whose}.`,
        can(actor.role, 'write_off')
          ? 'Ask a billing manager or the person who made it to undo it.'
          : `Ask ${WHO_GRANTS_ACCESS}.`,
        'ask_admin',
        null,
        own ? undefined : facts.writtenOffBy,
      ),
    ];
  }
  if (facts.reversal) {
    return [
      blocker(
        'ALREADY_REVERSED',
        `${facts.inBatch ? 'This batch' : 'This write-off'} was already undone by ${facts.reversal.actor} on ${isoDay(facts.reversal.createdAt)}.`,
        facts.inBatch
          ? 'Nothing more to undo; preview and apply a new batch if these balances should not be collected.'
          : 'Nothing more to undo; write off again if the PR should not be collected.',
        'write_off',
        null,
        facts.reversal.actor,
      ),
    ];
  }
  return [];
}
