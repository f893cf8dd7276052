/**
 * An adjustment with a write-off reason is a write-off: billers post one as "admin adj $25 pt Lyle
 * Moss", "adj $25 admin adj pt …", "svc recovery adj $45 pt Dora Lake", "adjust $20 for Bob Smith,
 * prompt pay" (DOMAIN section 2 lists these reasons for write-offs). "courtesy adj $100 …" already
 * reads so as a reason's label (reason.ts); the adjustment word may stand anywhere.
 *
 * Not an insurer's or a contract's adjustment ("the ins adj $20", "contractual adj $40"), nor an
 * adjustment with no reason ("adj $25 for Bob Smith" may be anything), nor a question.
 */
import { findWriteOffReason } from './reason.ts';

const ADJUSTMENT = /\b(?:adj|adjs|adjust|adjustment)\b/;
const NOT_OUR_ADJUSTMENT =
  /\b(?:contractual|contract|insurance|ins|insurer|payer|payor|plan|co-?\d+|denial|cms|medicare|medicaid) (?:adjustments?|adjs?|adjust)\b|\b(?:ins|insurance|payer|payor|plan) (?:will |would |should )?adjust\b/;

/** Whether the lower-cased text posts an adjustment of ours with a write-off reason. */
export function adjustsWithReason(lower: string): boolean {
  if (!ADJUSTMENT.test(lower) || lower.includes('?') || NOT_OUR_ADJUSTMENT.test(lower)) return false;
  return findWriteOffReason(lower) !== null;
}
