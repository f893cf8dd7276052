/**
 * What the biller wants, from the lower-cased text (write-off spellings already unified to
 * `writeoff`). Questions are told apart from commands first, so "how do I undo a write-off?"
 * is help while "undo the write-off for Jane" is an undo.
 */
import type { Intent } from './schema.ts';

export interface IntentMatch {
  readonly intent: Intent;
  /** True when a command verb or question form was found, not a guess from context. */
  readonly explicit: boolean;
}

// Text that tries to steer an assistant rather than ask for billing work.
const INJECTION =
  /\b(?:ignore|disregard|forget|override|bypass) (?:all |any |the |your |these |my |of )*(?:previous|prior|above|earlier|system|safety|instructions|rules|guidelines|prompts?|directions|limits)\b|\bsystem prompt\b|\byou are now\b|\bjailbreak\b|\bdeveloper mode\b|\bnew instructions\b/;

// Questions about how things work. "how much …" and "what does X owe" are balance questions.
const HELP_STRONG =
  /^(?:how (?:do|does|can|should|would|could|to|come|are|is)\b|why\b|which\b|what happens\b|what(?:'s| is) the (?:difference|rule|policy|process|limit|max|maximum|most|reason code)|what (?:reason|code)\b|when (?:should|can|do|does|is)\b|where (?:do|can|is|are)\b|who (?:can|approves|should)\b|explain\b|help$|help (?:with|on|me understand)\b|is there a\b|difference between\b)|\bwhy\b|\bgr[ae]y(?:ed)? ?out\b|\bdisabled\b|\bwon'?t let me\b|\b(?:doesn'?t|does not|isn'?t|not) let(?:ting)? me\b|\bdifference between\b|\bhow (?:do|can|should) (?:i|we|you)\b|\bhow to\b|\bwhat does .{1,40} mean\b|\bam i allowed\b|\bwhat are (?:the )?(?:rules|reasons|limits|options)\b|\berror (?:message|says)\b|\bwhy (?:can'?t|won'?t|isn'?t)\b/;
// Softer question forms that a polite command also uses: help only when no amount is given.
const HELP_WEAK =
  /^(?:can (?:i|we|billers?)|could (?:i|we)|should (?:i|we)|is it (?:ok|okay|possible|allowed)|do (?:i|we) need|are (?:we|billers) allowed|what if)\b/;
const CAN_NOT = /\bcan(?:no|')?t (?:i |we )?(?:writeoff|undo|refund|cancel|reverse|see|find)\b/;

const BATCH_SCOPE =
  /\b(?:every|all|each|any|everything|anything|everyone)\b|\b(?:balances|accounts|patients|charges)\b|\bbatch\b|\bsweep\b|\bbulk\b|\bsmall[\s-]?bal/;
const UNDO =
  /\b(?:undo|un-?do|reverse|revert|roll ?back|back out|take back|unwriteoff|un-writeoff|remove|delete|cancel|void)\b/;
const UNDO_ALONE =
  /^(?:please )?(?:undo|revert)\b|\bundo (?:that|it|this|my last)\b|^(?:please )?reverse (?:that|it|this|my last)\b/;
const WRITE_OFF_WORD = /\bwriteoffs?\b/;
const CANCEL = /\b(?:cancel|void|erase|delete|remove|zero out)\b/;
const CANCEL_OBJECT =
  /\b(?:pr|patient responsibility|patient resp|pt resp|charge|balance|placeholder|self[\s-]?pay)\b/;
const NOT_BILLING = /\b(?:appointment|appt|meeting|booking|subscription|order|reservation|lunch)\b/;
const REFUND =
  /\brefund\w*\b|\breimburse\w*\b|\b(?:give|send|pay) (?:her|him|them|it|the patient) (?:\w+ )?(?:money )?back\b|\b(?:return|reverse) (?:the|her|his|their) (?:\$\d+ )?payment\b|\bmoney back\b/;
const WRITE_OFF =
  /\bwriteoffs?\b|\bwrite (?:it|that|this|them|those|(?:the|her|his|their) (?:balance|pr|rest)) off\b|\bwaive\w*\b|\badjust(?:ment)? off\b|\bforgive\w*\b|\bcomp (?:the|her|his|their|it)\b|\bzero (?:out )?(?:the|her|his|their) (?:balance|pr)\b|\bwipe (?:out )?(?:the|her|his|their)\b|\bclear (?:the|her|his|their) (?:balance|pr)\b/;
const BALANCE =
  /\bowe[sd]?\b|\bowing\b|(?<!small[\s-]?)\b(?:balance|bal)\b|\bopen (?:charges|items|pr)\b|\boutstanding\b|\bhow much\b|\bstatement\b|\bwhat'?s left\b|\bcharges for\b|\b(?:show|list|pull up|look ?up|check)\b.{0,40}\b(?:charges|account|ledger|pr)\b|\bledger\b|\bopen (?:for|on)\b|\bwhat(?:'s| is| do we have) open\b|\baccount (?:summary|status)\b/;
const BALANCE_QUESTION = /^(?:what|how much|show|list|pull up|look ?up|check|balance|bal)\b|\?$/;

function looksLikeHelp(lower: string, hasAmount: boolean): boolean {
  if (/^how much\b/.test(lower) || /^what (?:does|do|is|'s) .{1,40} owe\b/.test(lower)) return false;
  if (HELP_STRONG.test(lower) || CAN_NOT.test(lower)) return true;
  return HELP_WEAK.test(lower) && !hasAmount;
}

export function isPromptInjection(lower: string): boolean {
  return INJECTION.test(lower);
}

export function detectIntent(
  lower: string,
  signals: { hasAmount: boolean; hasThreshold: boolean },
): IntentMatch {
  const found = (intent: Intent): IntentMatch => ({ intent, explicit: true });
  if (isPromptInjection(lower)) return found('unknown');
  if (looksLikeHelp(lower, signals.hasAmount)) return found('help');
  if (
    signals.hasThreshold &&
    BATCH_SCOPE.test(lower) &&
    (WRITE_OFF.test(lower) || /small[\s-]?bal/.test(lower))
  ) {
    return found('small_balance_batch');
  }
  if ((UNDO.test(lower) && WRITE_OFF_WORD.test(lower)) || UNDO_ALONE.test(lower))
    return found('undo_write_off');
  if (REFUND.test(lower)) return found('refund_payment');
  if (CANCEL.test(lower) && !NOT_BILLING.test(lower) && CANCEL_OBJECT.test(lower)) return found('cancel_pr');
  if (WRITE_OFF.test(lower)) return found('write_off');
  if (BALANCE.test(lower) && (BALANCE_QUESTION.test(lower) || !NOT_BILLING.test(lower)))
    return found('balance');
  if (CANCEL.test(lower) && !NOT_BILLING.test(lower)) return found('cancel_pr');
  return { intent: 'unknown', explicit: false };
}
