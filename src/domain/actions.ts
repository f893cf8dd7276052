/**
 * The one list of action kinds: what a user can ask for, confirm in a modal, be refused, and ask
 * "why not?" about. Every other list of kinds (pending actions, refusals, next steps, the
 * per-kind tables of workflow/ and slack/) is derived from ACTION_KINDS or typed
 * `Record<ActionKind, …>`, so the compiler names every place a new kind still lacks.
 *
 * Adding a kind (say `approval`):
 * 1. Add it to ACTION_KINDS below and give it a permission in ACTION_PERMISSION (add the
 *    Permission in roles.ts if it is new). If "why can't I …?" should answer it for a charge,
 *    add it to WHY_ACTIONS and give ledger/queries/why.ts its check.
 * 2. Write `src/workflow/actions/<kind>.ts`: a WorkflowAction (load the modal's model, resolve
 *    the form into a target, execute it through the ledger, summarize the result) and list it in
 *    `src/workflow/actions/index.ts`.
 * 3. Write `src/slack/actions/<kind>.ts`: a SlackAction (callback id, title, labels) and list it
 *    in `src/slack/actions/index.ts`; write its pure builder `src/slack/views/<kind>-modal-builder.ts`
 *    and list it in MODAL_BUILDERS (`src/slack/modal-views.ts`).
 * 4. `npm run typecheck` now names anything else that still lacks the kind.
 */
import type { Permission } from './roles.ts';

export const ACTION_KINDS = [
  'write_off',
  'undo_write_off',
  'cancel_pr',
  'refund_payment',
  'approval',
  'small_balance_batch',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export function isActionKind(value: unknown): value is ActionKind {
  return typeof value === 'string' && (ACTION_KINDS as readonly string[]).includes(value);
}

/** What starting each kind needs; undo also allows "own write-offs only" (checked per write-off). */
export const ACTION_PERMISSION: Record<ActionKind, Permission> = {
  write_off: 'write_off',
  undo_write_off: 'undo_own_write_off',
  cancel_pr: 'cancel_pr',
  refund_payment: 'refund_payment',
  approval: 'approve',
  small_balance_batch: 'run_batch',
};

/** The kinds "why can't I …?" answers for one charge (an undo is about an entry, not a charge). */
export const WHY_ACTIONS = [
  'write_off',
  'cancel_pr',
  'refund_payment',
] as const satisfies readonly ActionKind[];
export type WhyAction = (typeof WHY_ACTIONS)[number];
