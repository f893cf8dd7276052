/**
 * Every "no" the product says is a Blocker: a stable code, one sentence a biller understands,
 * and the next step. Expected failures are values, not exceptions.
 */
import type { ActionKind } from './actions.ts';

export const BLOCKER_CODES = [
  'PR_PAID',
  'NOTHING_OUTSTANDING',
  'PR_CANCELLED',
  'AMOUNT_EXCEEDS_OUTSTANDING',
  'AMOUNT_INVALID',
  'REASON_REQUIRED',
  'NOTE_REQUIRED',
  'NOT_AUTHORIZED',
  'OVER_LIMIT',
  'ALREADY_REVERSED',
  'REMITTANCE_PR',
  'HAS_PAYMENTS',
  'HAS_WRITE_OFFS',
  'REFUND_EXCEEDS_PAYMENT',
  'NO_PAYMENT',
  'BALANCE_CHANGED',
  'SELF_APPROVAL',
  'APPROVAL_EXPIRED',
  'APPROVAL_DECIDED',
] as const;
export type BlockerCode = (typeof BLOCKER_CODES)[number];

/** What a button next to the explanation can start: an action of its own, or a fix on the form. */
export type NextAction = ActionKind | 'fix_amount' | 'fix_reason' | 'ask_admin' | 'request_approval' | 'none';

/** The form field a blocker belongs to, so a modal can show it in the right place. */
export type BlockerField = 'amount' | 'reason' | 'note' | 'charge' | 'payment' | null;

export interface Blocker {
  readonly code: BlockerCode;
  readonly message: string;
  readonly nextStep: string;
  readonly nextAction: NextAction;
  readonly field: BlockerField;
  /**
   * The person the sentence names (who wrote the PR off, who undid it), as stored: a Slack user
   * id, `cli:<user>` or `import`. The sentence has it as plain text; each front end renders it
   * (Slack as a mention, the CLI as it is), so the domain writes no front end's markup.
   */
  readonly actor?: string;
  /**
   * Only for a write-off rule found when a request is approved (rules/approval-write-off.ts): the
   * next step as the requester reads it; `nextStep` is then the approver's.
   */
  readonly requesterNextStep?: string;
}

export function blocker(
  code: BlockerCode,
  message: string,
  nextStep: string,
  nextAction: NextAction,
  field: BlockerField = null,
  actor?: string,
): Blocker {
  return actor === undefined
    ? { code, message, nextStep, nextAction, field }
    : { code, message, nextStep, nextAction, field, actor };
}

/** An amount the money rules refuse (`message` says why): the same words wherever it is checked. */
export function amountInvalid(message: string): Blocker {
  return blocker('AMOUNT_INVALID', message, 'Enter an amount such as 40 or 40.50.', 'fix_amount', 'amount');
}

/**
 * OVER_LIMIT is not a hard stop for the business: a single write-off above the limit becomes an
 * approval request (ledger/operations/approvals.ts); everything else refuses it like the others.
 */
export function isHardStop(b: Blocker): boolean {
  return b.code !== 'OVER_LIMIT';
}
