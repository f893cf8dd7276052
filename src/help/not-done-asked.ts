/**
 * "how do I post a patient payment in here?", "can the bot send out statements?", "can I delete a
 * ledger entry?", "can I write off the insurance portion?", "what's Bob Smith's SSN?": things the
 * billing app does not do, or data it does not hold. The nearest article alone reads as if it
 * did them (refund steps for posting a payment, a balance look-up for statements), so the answer
 * says so plainly first, then what the app offers instead. A patient named in such a question is
 * not looked up: no charge of theirs answers it.
 */
import type { HelpTopicId } from './topics.ts';

export interface NotDone {
  /** What the app does not do, and what to do instead, in a sentence or two. */
  readonly lead: string;
  /** The article that tells what the app offers instead. */
  readonly topic: HelpTopicId;
  /** The heading of that article's section to show first, when one fits. */
  readonly section?: string;
}

// "post a payment", "record the copay she paid", "enter a patient payment", "apply a check".
const POSTS_PAYMENT =
  /\b(?:post|posting|record|recording|enter|entering|apply|applying|log|logging|add|adding|take|taking|accept|accepting|key in|input)\s+(?:(?:a|an|the|this|that|her|his|their|my)\s+)?(?:\S+\s+){0,2}?(?:payments?|copay payment|checks?|cash payment|card payment|remittances?|eras?|eobs?)\b/i;
// Undoing a payment is the refund: "post a refund" or "take back a payment" is not a posting.
const REFUND_WORDS = /\brefund|\bback\b|\breimburs/i;

// "send out patient statements", "email her a bill", "text reminders to patients", "print a statement".
const SENDS_TO_PATIENTS =
  /\b(?:send|sends|sending|email|e-mail|mail|mailing|text|texting|print|printing|generate|generating|produce|run)\b(?:\s+\S+){0,4}?\s+(?:statements?|bills?|invoices?|letters?|reminders?|dunning)\b|\bpatient statements?\b/i;

// "delete a ledger entry", "remove the transaction", "edit an entry that was entered wrong".
const DELETES_ENTRY =
  /\b(?:delete|deleting|deleted|remove|removing|erase|erasing|edit|editing|modify|modifying|wipe|purge)\b(?:\s+\S+){0,4}?\s+(?:ledger\s+)?(?:entry|entries|transactions?|postings?|line items?|ledger lines?|records?)\b|\b(?:ledger\s+)?(?:entry|entries|transactions?)\b(?:\s+\S+){0,3}?\s+(?:be\s+)?(?:deleted|removed|erased|edited)\b/i;

// "write off the insurance portion", "adjust the payer's balance", "the insurance part of the bill".
const INSURANCE_BALANCE =
  /\b(?:insurance|insurer|insurer's|insurance's|payer|payer's|carrier|carrier's|plan's)\s+(?:portion|part|share|balance|side|amount|responsibility|owed|ar)\b|\b(?:portion|part|share|balance)\s+(?:the\s+)?(?:insurance|payer|insurer|carrier)\s+(?:owes|should pay|did not pay|didn't pay|denied)\b/i;

// "what's Bob Smith's SSN?", "his social security number", "her home address", "phone number".
const DATA_NOT_HELD =
  /\bssns?\b|\bsocial security\b|\bsocial sec\b|\bss ?#|\b(?:home|mailing|street|billing) address\b|\baddress (?:on file|for)\b|\bphone (?:number|#|no)\b|\bemail address\b|\binsurance (?:id|card|member id|policy number|number)\b|\bmember id\b|\bdiagnos[ie]s\b|\bdiagnosis codes?\b|\bcredit card (?:number|on file)\b/i;

/** What the question asks that the app does not do, if it asks such a thing. */
export function notDoneAsked(question: string): NotDone | undefined {
  const text = question.replace(/[’‘]/g, "'");
  if (DATA_NOT_HELD.test(text))
    return {
      lead:
        'The billing app holds no Social Security numbers, addresses, phone numbers, insurance cards or clinical details: ' +
        "only each patient's name, birth date and MRN, and their charges with what is paid, written off and owed. " +
        "Look those up in the practice's own patient records.",
      topic: 'balance-lookup',
      section: 'What you see',
    };
  if (DELETES_ENTRY.test(text))
    return {
      lead:
        'Nothing in the ledger is ever deleted or edited: each change is a new entry, so the record always shows what ' +
        'happened, who did it and when. A wrong entry is put right by the entry that takes it back: undo a wrong ' +
        'write-off (then make it again correctly), cancel PR that was wrong, or have a billing manager refund a payment.',
      topic: 'undo-write-off',
    };
  if (INSURANCE_BALANCE.test(text))
    return {
      lead:
        "The billing app writes off patient responsibility (PR) only: what the patient owes after insurance. The insurance's " +
        "portion is outside it; it is settled or adjusted with the payer in the practice's billing system.",
      topic: 'write-off-how',
    };
  if (SENDS_TO_PATIENTS.test(text))
    return {
      lead:
        'The billing app sends nothing to patients: no statements, bills or reminders. It answers people in your Slack ' +
        "workspace. Statements go out from the practice's billing system; in here you can look up what a patient owes.",
      topic: 'balance-lookup',
      section: 'Check a balance',
    };
  if (POSTS_PAYMENT.test(text) && !REFUND_WORDS.test(text))
    return {
      lead:
        "Payments are not posted in the billing app: payments and remittances reach its ledger from the practice's billing " +
        'system. In here you can see what was paid on each charge, and a billing manager can refund a payment.',
      topic: 'balance-lookup',
      section: 'What you see',
    };
  return undefined;
}
