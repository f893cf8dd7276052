/**
 * Billing work this app does not do: statements, scheduling, claims, eligibility, payment plans,
 * sending accounts to collections, posting payments, reminders. Such an ask is `unknown`, and the
 * app answers with what it can do, rather than pulling it into the nearest thing it knows
 * ("send Jane her statement" is not a balance look-up). Only consulted when no action verb of
 * ours was found: "write it off, it went to collections" is still a write-off.
 */

export const OUT_OF_SCOPE_TASKS = [
  'statements',
  'scheduling',
  'claims',
  'eligibility',
  'payment_plans',
  'collections_referral',
  'payment_posting',
  'reminders',
] as const;

export type OutOfScopeTask = (typeof OUT_OF_SCOPE_TASKS)[number];

const TASK_PATTERNS: Record<OutOfScopeTask, RegExp> = {
  statements:
    /\b(?:send|mail|email|e-mail|text|print|resend|re-send|generate|run|drop|fax)\b.{0,40}\bstatements?\b/,
  // An appointment named by its day ("her Oct 5 appt", "the 10/5 appointment", "last appt") is the
  // visit a charge is for, not one to book: "what she owes for her Oct 5 appt" asks a balance.
  scheduling:
    /\b(?:schedule|reschedule|book|rebook)\b|(?<!(?:\d(?:st|nd|rd|th)?|\blast) )\b(?:appointment|appt)s?\b/,
  claims:
    /\b(?:claims?|appeal\w*|resubmit\w*|re-submit\w*|rebill\w*|re-bill\w*|superbill|denial|denied|corrected claim)\b/,
  eligibility: /\b(?:eligib\w*|coverage|verify (?:insurance|benefits)|benefits check|prior auth\w*)\b/,
  payment_plans: /\bpayment plans?\b|\binstall?ments?\b|\bmonthly payments?\b/,
  collections_referral:
    /\b(?:send|refer|turn over|transfer|place|assign|move)\b.{0,40}\bto (?:the |a |an )?(?:collections?|collection agency|agency)\b/,
  payment_posting:
    /\b(?:post|apply|record|enter|log|take) (?:a |the |her |his |their )?(?:\$?\d[\d.,]* )?(?:payment|copay|check)\b|\b(?:charge|run|swipe) (?:her|his|their|the) card\b/,
  reminders: /\breminders?\b|\bremind\b|\b(?:call|phone) (?:the patient|her|him|them)\b/,
};

/** The out-of-scope task the text asks for, or null. */
export function outOfScopeTask(lower: string): OutOfScopeTask | null {
  for (const task of OUT_OF_SCOPE_TASKS) {
    if (TASK_PATTERNS[task].test(lower)) return task;
  }
  return null;
}
