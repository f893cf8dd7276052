/**
 * "how do I post a patient payment in here?", "can the bot send out statements?", "can I delete a
 * ledger entry?", "can I write off the insurance portion?", "what's Bob Smith's SSN?": things the
 * billing app does not do, or data it does not hold. The nearest article alone reads as if it
 * did them (refund steps for posting a payment, a balance look-up for statements), so the answer
 * says so plainly first, then what the app offers instead. A patient named in such a question is
 * not looked up: no charge of theirs answers it.
 *
 * Besides single tasks, whole families of work belong to other systems: patient records (adding,
 * merging or correcting patients, changing their address, phone or insurance, appointments: the
 * practice-management or EHR system), claims and payers (claims, denials, appeals, eligibility, money owed back to an insurer, contractual
 * adjustments, handing accounts to an agency), and charges and fees (creating a charge or a fee,
 * changing a procedure code, payment plans). A family whose words also tell an action of ours
 * ("cancel the no-show fee entered in error", "a payment plan, but can I write the rest off?") is
 * left to that action's article.
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

// The record's history taken away or kept from view: "delete the write-off history", "wipe the
// audit log", "hide the refund from the audit trail", "scrub her ledger", and whatever the verb,
// "so the auditors don't see it".
const HISTORY_ERASED =
  /\b(?:delet\w*|eras\w*|remov\w*|wip(?:e|es|ed|ing)|purg\w*|scrub\w*|expung\w*|hid(?:e|es|ing|den)|conceal\w*|clear\w*|edit|edits|editing|alter\w*|modif\w*|rewrit\w*|tamper\w*|get rid of|cover(?:ing)? up)\b(?:\s+\S+){0,5}?\s+(?:histor(?:y|ies)|audit\s+(?:log|trail)s?|trail|ledger|logs?)\b/i;
const FROM_EYES =
  /\bso (?:that )?(?:the |our |an )?(?:auditors?|audit|compliance|nobody|no one|the practice|(?:my|the) (?:boss|manager))\b.{0,25}?\b(?:(?:don'?t|do not|doesn'?t|won'?t|will not|can'?t|cannot|never) (?:see|notice|find|know)|(?:sees?|notices?|finds?) nothing)\b/i;

// "write off the insurance portion", "adjust the payer's balance", "the insurance part of the bill".
const INSURANCE_BALANCE =
  /\b(?:insurance|insurer|insurer's|insurance's|payer|payer's|carrier|carrier's|plan's)\s+(?:portion|part|share|balance|side|amount|responsibility|owed|ar)\b|\b(?:portion|part|share|balance)\s+(?:the\s+)?(?:insurance|payer|insurer|carrier)\s+(?:owes|should pay|did not pay|didn't pay|denied)\b/i;

// "what's Bob Smith's SSN?", "his social security number", "her home address", "phone number".
const DATA_NOT_HELD =
  /\bssns?\b|\bsocial security\b|\bsocial sec\b|\bss ?#|\b(?:home|mailing|street|billing) address\b|\baddress (?:on file|for)\b|\bphone (?:number|#|no)\b|\bemail address\b|\binsurance (?:id|card|member id|policy number|number)\b|\bmember id\b|\bdiagnos[ie]s\b|\bdiagnosis codes?\b|\bcredit card (?:number|on file)\b/i;

// An action of ours asked beside the words of a family: "how do I cancel a no-show's PR entered in
// error", "she's on a payment plan, can I write off the rest?" are the cancel's and the write-off's.
const OUR_ACTION =
  /\bwrit\w*[\s-]*offs?\b|\bwrote\s+(?:\S+\s+){0,3}?off\b|\bw\/o\b|\bwriteoffs?\b|\bcancel|\bvoid\b|\brefund|\bundo\b|\bun-do\b|\brevers\w*|\bwaiv\w*/i;

// Patient records, the practice-management or EHR system's: "add a new patient", "merge duplicate
// patient records", "fix her date of birth", "book an appointment", "delete a patient".
const PATIENT_RECORDS = [
  /\b(?:add|adding|create|creating|register|registering|enter|entering|set up|setting up|onboard\w*|delete|deleting|remove|removing)\s+(?:a\s+|an\s+|the\s+|this\s+|that\s+)?(?:new\s+)?(?:patients?|patient (?:records?|charts?|accounts?|profiles?|files?))\b(?!['’]s|\s+(?:responsibility|balance|portion|pr|owes?|owed)\b)/i,
  /\b(?:merge|merging|combine|combining|consolidate|consolidating|link|linking|unmerge|unlink)\b[^.?!]{0,40}?\b(?:patients?|records?|charts?|profiles?|mrns?|accounts|duplicates?|dupes?)\b/i,
  /\b(?:duplicate|dup|dupe|double)\s+(?:patients?|patient (?:records?|charts?|accounts?|profiles?)|records|charts?|profiles?|mrns?)\b/i,
  /\b(?:change|changing|update|updating|edit|editing|correct|correcting|fix|fixing)\b[^.?!]{0,30}?\b(?:date of birth|dob|birth ?date|demographics?|gender|last name|first name|maiden name|name on (?:the|her|his|their) (?:record|account|chart))\b/i,
  // "change a patient's address", "update her phone number", "edit his insurance on file".
  /\b(?:change|changing|update|updating|edit|editing|correct|correcting|fix|fixing)\b[^.?!]{0,30}?\b(?:(?:home |mailing |street |billing )?address(?:es)?|phone(?: numbers?)?|cell(?: numbers?)?|e-?mail(?: address)?|contact (?:info|information|details)|emergency contact|guarantor|pharmacy)\b/i,
  /\b(?:change|changing|update|updating|edit|editing|correct|correcting|fix|fixing|switch|switching)\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:patient'?s|pt'?s|her|his|their)\s+(?:primary\s+|secondary\s+)?(?:insurance|insurer|payer|carrier|plan)\b(?!\s+(?:portion|part|share|balance|side|amount|responsibility|owed|owes|ar|pr|paid)\b)/i,
  /\b(?:schedule|scheduling|book|booking|reschedule|rescheduling|make|making)\s+(?:\S+\s+){0,3}?(?:appointments?|appts?|visits? for)\b/i,
];

// Claims and payers, the billing system's and the payer portal's: "appeal a denial", "resubmit
// the claim", "claim status", "prior auth".
const CLAIM_WORK = [
  /\bappeal\w*\b[^.?!]{0,60}?\b(?:claims?|denials?|denied|insurance|insurer|payers?|carrier|medicare|medicaid)\b|\b(?:claims?|denials?|denied|insurance|insurer|payers?|carrier)\b[^.?!]{0,60}?\bappeal\w*/i,
  /\b(?:submit\w*|resubmit\w*|re-submit\w*|file|filing|refile|rebill\w*|send|sending|resend|correct\w*|fix\w*|track\w*|follow up on|status of|check (?:on )?(?:the )?status of)\s+(?:\S+\s+){0,3}?(?:claims?|837s?|cms-?1500s?|ub-?04s?|superbills?)\b/i,
  /\bclaims?\s+(?:status|denials?|denied|rejected|rejections?|scrubb\w*|edits?|follow[\s-]?up)\b|\b(?:denied|rejected|denial of (?:the|a|her|his|their)?)\s*claims?\b/i,
  /\b(?:work|working|handle|handling|fix|fixing|resolve|resolving)\s+(?:\S+\s+){0,2}?denials?\b/i,
  /\b(?:prior|pre)[\s-]?auth\w*|\bpre[\s-]?cert\w*|\breferral auth\w*/i,
];

// Coverage, the payer's: "check the patient's insurance eligibility", "verify her benefits".
const COVERAGE =
  /\beligibility\b|\beligible for (?:coverage|benefits|insurance)\b|\bverif\w*\s+(?:\S+\s+){0,3}?(?:insurance|coverage|benefits)\b|\b(?:insurance|coverage|benefits?)\s+(?:verification|check|lookup|look-up)\b|\bcheck\s+(?:\S+\s+){0,3}?(?:coverage|benefits)\b|\b(?:insurance|coverage)\s+(?:is\s+|still\s+)*active\b|\bdeductible (?:met|left|remaining)\b/i;

// Money owed back to a payer: "refund the insurance company for an overpayment", "the payer
// recouped", "insurance overpaid us".
const PAYER_REFUND =
  /\brefund\w*\s+(?:\S+\s+){0,5}?(?:to|back to)\s+(?:the\s+|an?\s+)?(?:insurance|insurer|insurers|payers?|carriers?|insurance company|health plan|medicare|medicaid)\b|\brefund\w*\s+(?:the\s+)?(?:insurance|insurer|payer|carrier|insurance company|medicare|medicaid)\b|\b(?:insurance|insurer|payer|carrier|medicare|medicaid)\s+(?:\S+\s+)?(?:overpa\w*|recoup\w*|took (?:the )?money back|clawback|clawed back|wants? (?:its |their |the )?money back)|\b(?:overpayments?|overpaid)\s+(?:from|by)\s+(?:the\s+)?(?:insurance|insurer|payer|carrier|medicare|medicaid)\b/i;

// The payer's adjustment of the fee: "contractual adjustment", "contractual allowance", "CO-45".
const CONTRACTUAL =
  /\bcontractual\w*|\bcontract(?:ed)? (?:adjustments?|allowances?|rates?|write-?offs?)\b|\bco-?45\b/i;

// Handing an account over: "send an account to collections", "refer her to a collection agency",
// "report him to the credit bureau". Past tense tells what was done ("it was sent to collections").
const TO_COLLECTIONS =
  /\b(?:send|sending|submit|submitting|refer|referring|turn\s+(?:\S+\s+){0,3}?over|turning\s+(?:\S+\s+){0,3}?over|transfer|transferring|place|placing|assign|assigning|report|reporting|push|move)\s+(?:\S+\s+){0,4}?(?:to|with)\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:collections?|collection agenc(?:y|ies)|collectors?|credit (?:bureaus?|agenc(?:y|ies)))\b/i;

// Charges and fees, the billing system's: "add a charge for a no-show fee", "charge a late fee",
// "change the CPT code on a charge", "set up a payment plan".
const FEES_AND_CHARGES = [
  /\b(?:late|no[\s-]?show|missed[\s-]?appointment|cancellation|rebooking|returned[\s-]?check|nsf|bounced[\s-]?check|records?|paperwork|form|processing|convenience|finance|billing|interest)\s+(?:fees?|penalty|penalties)\b|\b(?:late|no[\s-]?show|finance|interest)\s+charges?\b/i,
  /\b(?:charg\w*|add\w*|apply\w*|accru\w*)\s+(?:\S+\s+){0,2}?interest\b/i,
  /\b(?:add|adding|create|creating|enter|entering|post|posting|put in|key in|input|bill|billing|make|making)\s+(?:a\s+|an\s+|the\s+|another\s+|new\s+|extra\s+|additional\s+)*(?:charges?|fees?|line items?|procedures?|cpt codes?|services?)\b(?!\s+(?:to|for)\s+(?:the\s+)?(?:write|w\/o))/i,
  /\b(?:change|changing|edit|editing|update|updating|correct|correcting|fix|fixing|modify|modifying|swap|replace|add|adding)\b[^.?!]{0,30}?\b(?:cpt|hcpcs|procedure codes?|billing codes?|icd(?:-?10)?|dx codes?|modifiers?|units|place of service|rendering provider)\b|\brecod(?:e|ing)\b/i,
];
const PAYMENT_PLAN =
  /\bpayment[\s-]?plans?\b|\binstall?ments?\b|\bbudget plans?\b|\b(?:monthly|recurring|scheduled|automatic)\s+payments?\b|\bauto[\s-]?pay\b/i;

/** Whether any of the patterns matches. */
function anyOf(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((p) => p.test(text));
}

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
  if (COVERAGE.test(text))
    return {
      lead:
        'The billing app holds no insurance data: no coverage, eligibility, benefits or deductibles, so it cannot ' +
        "check them. Verify eligibility on the payer's portal or in the practice's billing system; in here you see " +
        'what the patient owes after insurance.',
      topic: 'balance-lookup',
      section: 'What you see',
    };
  if (CONTRACTUAL.test(text))
    return {
      lead:
        "Contractual adjustments are not made in the billing app: the part of a fee that the payer's contract does " +
        "not allow comes off on the payer's remittance, in the practice's billing system. The app only sees the " +
        'patient responsibility (PR) the remittance leaves, and writes off only that.',
      topic: 'write-off-how',
    };
  if (PAYER_REFUND.test(text))
    return {
      lead:
        'The billing app does not refund insurers: money owed back to a payer (an insurance overpayment or a ' +
        "recoupment) is returned in the practice's billing system. A refund in here gives back a payment the " +
        'patient made, and only that.',
      topic: 'refund-payment',
    };
  if (!OUR_ACTION.test(text)) {
    const family = familyNotDone(text);
    if (family) return family;
  }
  // "so the auditors don't see it" first: hiding, whatever is to be taken away.
  const hides = FROM_EYES.test(text) || (HISTORY_ERASED.test(text) && !DELETES_ENTRY.test(text));
  if (hides)
    return {
      lead:
        "No: the ledger's history is permanent, for every role. Entries are never updated or deleted, so the record " +
        'always shows what happened, who did it and when, and nothing can be hidden from it. An undo hides nothing ' +
        'either: it adds a reversal entry beside the write-off, and both stay in the history and the audit log. A ' +
        'wrong write-off is put right by undoing it and making it again correctly.',
      topic: 'undo-write-off',
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

/**
 * A family of work done in another system, asked with no action of ours beside it: patient
 * records, claims, handing accounts to an agency, charges and fees, payment plans.
 */
function familyNotDone(text: string): NotDone | undefined {
  if (anyOf(PATIENT_RECORDS, text))
    return {
      lead:
        'The billing app does not add, edit, merge or delete patients, and books no appointments: patients and ' +
        "their records come from the practice's practice-management or EHR system, and are changed there. In " +
        'here you find a patient by name or MRN and see what they owe.',
      topic: 'balance-lookup',
      section: 'Finding the right patient',
    };
  if (anyOf(CLAIM_WORK, text))
    return {
      lead:
        'The billing app does no claim work: it submits, tracks, corrects and appeals no claims, and has no denials ' +
        "or authorizations to work. That is done in the practice's billing system or on the payer's portal. In here " +
        'you act on what the patient owes (PR) once the remittance says it: write it off, or cancel PR the practice ' +
        'created that was wrong.',
      topic: 'write-off-vs-cancel',
    };
  if (TO_COLLECTIONS.test(text))
    return {
      lead:
        'The billing app sends nothing to a collection agency or a credit bureau: an account is handed over outside ' +
        'it, the way your practice works with its agency. Once it has been, write the PR off with the reason _Sent ' +
        'to collection agency_, which records that it went; the app itself sends nothing.',
      topic: 'write-off-reasons',
      section: 'Reasons that need no note',
    };
  if (anyOf(FEES_AND_CHARGES, text))
    return {
      lead:
        'The billing app creates no charges or fees (late fees, no-show fees, interest) and changes none of a ' +
        "charge's details, such as its procedure (CPT) code: charges are entered and corrected in the practice's " +
        'billing system, and reach the app from there. In here you act on the PR of a charge that exists: write it ' +
        'off, or cancel it if it was wrong.',
      topic: 'write-off-vs-cancel',
    };
  if (PAYMENT_PLAN.test(text))
    return {
      lead:
        'The billing app does not set up payment plans or take scheduled payments: arrange the plan in the ' +
        "practice's billing system, from which payments reach the app. In here you can look up what the patient " +
        'owes, and write off what the practice decides not to collect.',
      topic: 'balance-lookup',
      section: 'Check a balance',
    };
  return undefined;
}
