/**
 * Who may undo a small-balance batch, told to someone who may not. The rules' NOT_AUTHORIZED for
 * a single write-off sends someone without the right to an admin for a biller role; for a batch
 * that is untrue: a biller may undo only their own write-offs, and a batch is a billing manager's
 * or admin's, undone as a whole by them (or by whoever applied it, DOMAIN.md section 4). The same
 * check decides (checkUndo); only its words are made true for a batch here. Pure.
 */
import { type ActorFacts, type Blocker, blocker, can, type Role } from '../../domain/index.ts';

/** What the person pressing can still do, by their role; nobody is pointed at a refusal. */
function insteadFor(role: Role | null): string {
  if (role === null) return 'Looking up balances needs a role in the billing app: ask an admin for one.';
  if (can(role, 'write_off')) return 'You can still write off single charges and undo your own write-offs.';
  return 'You can still look up balances and ask me billing questions.';
}

/** Said to those who might think a biller role is what they lack (billers know it is not). */
function roleWouldNotHelp(role: Role | null): string {
  return role !== null && can(role, 'write_off') ? '' : ' A biller role would not change that.';
}

/**
 * `refusal` is checkUndo's blocker for the batch's write-off; `appliedBy` is who applied the
 * batch, named only when they may still undo it themselves (their role may have been changed).
 */
export function batchUndoRefusal(refusal: Blocker, pressedBy: ActorFacts, appliedBy: ActorFacts): Blocker {
  if (refusal.code !== 'NOT_AUTHORIZED') return refusal;
  const applierMay = can(appliedBy.role, 'undo_any_write_off') || can(appliedBy.role, 'undo_own_write_off');
  const who = applierMay
    ? `${appliedBy.userId}, who applied it, or another billing manager or admin`
    : 'a billing manager or admin';
  return blocker(
    'NOT_AUTHORIZED',
    `You may not undo this small-balance batch: a batch is undone as a whole, and only ${who} can undo it.${roleWouldNotHelp(pressedBy.role)}`,
    `Ask ${who} to undo it if it should be. ${insteadFor(pressedBy.role)}`,
    'ask_admin',
    null,
    applierMay ? appliedBy.userId : undefined,
  );
}
