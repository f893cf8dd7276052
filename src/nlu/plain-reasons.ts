/**
 * Write-off reasons told in plain words, as a story rather than by the code's name, often by
 * writers whose first language is not English: "she have no money now", "he pay quickly so we give
 * discount", "was waiting very long time and angry", "mistake of us", "she works in our lab".
 * reason.ts reads each right after the usual wording of its code, so its order still decides.
 */

// No money to pay with, told of the patient ("she have no money now", "doesn't have the money"),
// or not able to pay ("she not able to pay"); a social worker's letter vouches for it. Not "is
// able to pay", which says the opposite.
export const NO_MEANS_TO_PAY =
  /\b(?:ha(?:s|ve|d)|got|with) (?:no|zero) (?:money|income|funds|savings)\b|\b(?:doesn'?t|does not|don'?t|do not|didn'?t|did not) have (?:the |any |enough )?(?:money|funds)\b|\bout of money\b|\b(?:not|n'?t|never|no longer) able to (?:pay|afford)\b|\bcan not (?:pay|afford)\b|\bsocial (?:worker|services)\b/;

// Paying fast, told with the discount it earns: "he pay quickly so we give discount", "discount for
// paying right away", "quick pay discount". Paying fast alone tells no reason ("she paid right away,
// w/o the small rest" is a small balance).
// What was paid may stand between ("paid her whole balance the same day we mailed the statement").
const PAID_FAST = String.raw`\bpa(?:y|ys|id|ying) (?:(?:her|his|their|the|whole|full|entire|balance|bal|bill|it|all|in full|everything) ){0,4}?(?:(?:very|so|really|super|real) )?(?:quickly|quick|fast|promptly|right away|immediately|(?:the )?same day|on the spot)\b`;
// The discount by its name or by its percent off: "we give 10% off for that".
const DISCOUNT = String.raw`(?:\bdiscount\b|\b\d{1,2}(?:\.\d)?\s?(?:%|percent|pct) off\b)`;
export const PAID_FAST_FOR_DISCOUNT = new RegExp(
  String.raw`${PAID_FAST}(?=.*${DISCOUNT})|${DISCOUNT}.*${PAID_FAST}|\b(?:quick|fast)[\s-]?pay(?:ment)? discount\b`,
);

// Paid within the practice's prompt-pay terms, which is the discount's reason by itself: "she paid
// her balance within 10 days", "pays within two weeks of the statement", "paid on receipt". Not a
// payment that did not come ("hasn't paid within 90 days" tells of bad debt).
export const PAID_WITHIN_TERMS =
  /(?<!\b(?:not|never|n't|didn'?t|hasn'?t|haven'?t|wasn'?t) )\bpa(?:id|ys|ying) (?:[\w'-]+ ){0,4}?(?:within (?:\d{1,2}|a|one|two|three|five|seven|ten|fourteen|fifteen|thirty) (?:days?|weeks?)|(?:on|upon) receipt)\b/;

// Paid before being billed, with how it was paid in between: "discount for paying cash upfront",
// "paid in full in advance", "pays the whole bill up front". reason.ts reads "paid up front" alone.
export const PAID_AHEAD =
  /\bpa(?:y|ys|id|ying) (?:(?:in |with |by )?(?:cash|check|card|full|everything|it all|(?:the|her|his|their) (?:whole|full|entire) (?:bill|balance|bal|amount|visit))\s)?(?:up[\s-]?front|in advance|ahead of time)\b/;

// A visit that went badly, told plainly: "was waiting very long time", "angry", "write off 25
// dollar for make her happy". The patient kept waiting, said with "long time" or "so long": not
// the office waiting on the insurer ("we waited a long time for the insurance", "can't wait long").
const PATIENT_WAITED = String.raw`(?<!\b(?:we|i)(?:'ve| have| had)?(?: been)? )\bwait(?:ed|ing)? (?:(?:(?:a|so|very|really|too|such a) )*long time|(?:so|very|really) long)\b(?! (?:for|on) (?:the |an? |their |our )?(?:insurance|ins|insurer|payer|payment|eob|era|remit\w*|check|claim)\b)`;
// Kept waiting a number of minutes or hours: "she waited 90 min", "waited over an hour", "waiting
// 45 minutes in the lobby". Not the office on hold ("we waited 40 min on hold with Aetna").
const PATIENT_WAITED_SO_LONG = String.raw`(?<!\b(?:we|i)(?:'ve| have| had)?(?: been)? )\bwait(?:ed|ing)? (?:for )?(?:(?:over|more than|almost|nearly|about|around|like|close to|at least) )?(?:\d{1,3}|an?|one|two|three|forty|forty-five|fifty|sixty|ninety) ?\+? ?(?:min|mins|minutes|hours?|hrs?)\b(?! (?:on hold|for (?:the |an? )?(?:insurance|ins|insurer|payer|call ?back|eob|claim)))`;
export const VISIT_WENT_BADLY = new RegExp(
  String.raw`${PATIENT_WAITED}|${PATIENT_WAITED_SO_LONG}|\b(?:angry|furious|irate|livid)\b|\bmake (?:her|him|them|the (?:patient|pt|family)) happy\b`,
);

// The visit ran late on our side: "the doctor ran 90 minutes late", "Dr. Lin was running an hour
// behind", "the clinic was running way behind". The patient running late is no reason of ours ("she
// ran late to her appointment").
export const OUR_SIDE_RAN_LATE =
  /\b(?:doctor|doc|dr\.? [\w'-]+|provider|physician|surgeon|clinic|office|we|schedule|appointments?|appts?)(?:'s| was| were| is| had)? (?:ran|running|run) (?:[\w-]+ ){0,3}?(?:late|behind)\b/;

// The visit told bad in a sentence of its own: "she said the wait was awful", "the visit was a
// nightmare", "her experience was really terrible". Not the balance or the bill ("her bill was awful").
export const BAD_VISIT_TOLD =
  /\b(?:the|her|his|their|that|this|our) (?:wait(?: time)?|visit|experience|appointment|appt|service|care|check-?in|stay|treatment) (?:was|were|is|has been|had been) (?:(?:really|very|so|pretty|truly|just|absolutely|honestly) )*(?:awful|terrible|horrible|horrid|horrendous|dreadful|lousy|bad|poor|unacceptable|ridiculous|miserable|a nightmare|a disaster|a mess|way too long|too long|forever|endless)\b/;

// Our own slip, the owner after the noun: "mistake of us", "error on our part", "fault from our
// side" (reason.ts OUR_SLIP reads "our mistake").
export const SLIP_OF_OURS =
  /\b(?:mistake|error|fault|screw-?up)s? (?:of|from|on|by) (?:us|ours|me|our (?:side|end|office|staff|team|part))\b/;

// Someone who works at the practice, told by where they work or by the discount staff get: "staff
// discount, she works in our lab", "he works here", "who works at our front desk", "she's on staff
// here", "he is our staff". A person must work there: "if that works for us" is no one.
export const WORKS_WITH_US =
  /\b(?:staff|employee) discount\b|\b(?:she|he|they|who|pt|patient)(?:'s| is| are| was| were)? (?:(?:works?|working|worked) (?:here|for us|(?:in|at|for) our [\w-]+)|on (?:our |the )?staff|(?:one of )?our staff)\b/;

// "comp", "comp'd", "comped": a write-off given free, of no reason by itself; its reason is in the
// words around it. Not workers' comp, an insurance.
const COMPED = /\bcomp(?<!\bworkers?'? comp)(?:'?d|ed|ing)?\b/;
// The patient is a clinician ("she's a retired physician", "he is one of the nurses"): a comp for
// them is professional courtesy.
const PATIENT_IS_CLINICIAN =
  /\b(?:she|he|they|pt|patient)(?:'s|'re| is| was| are| were) (?:(?:a|an|one of (?:our|the))\s)?(?:[\w-]+ )?(?:physicians?|doctors?|docs?|nurses?|np|pa|md|dentists?|pharmacists?|clinicians?|providers?|surgeons?|therapists?|paramedics?|emts?)\b/;
// The visit went wrong on our side ("the doctor ran late", "a mix-up at check-in"): a comp for it is
// service recovery.
const OUR_VISIT_WENT_WRONG =
  /\b(?:ran (?:[\w-]+ ){0,2}?late|running (?:[\w-]+ ){0,2}?late|delay(?:ed|s)?|mix-?up|mixed up|inconvenien\w*)\b/;

/** The reason a comp is given for, from the words around it; null when they tell none (or no comp). */
export function compReason(lower: string): 'professional_courtesy' | 'service_recovery' | null {
  if (!lower.includes('comp') || !COMPED.test(lower)) return null;
  if (PATIENT_IS_CLINICIAN.test(lower)) return 'professional_courtesy';
  return OUR_VISIT_WENT_WRONG.test(lower) ? 'service_recovery' : null;
}

// Our own error with what it was in between: "our lab remake error", "our scheduling mistake", "our
// coding screw-up". reason.ts reads "our error" and "our mistake" with nothing between.
export const OUR_OWN_ERROR =
  /\bour (?:own )?(?:[\w-]+ ){1,2}?(?:error|mistake|fault|screw-?up|goof|oversight)s?\b/;

// A service done without the authorization we should have got: "we ran it without prior auth",
// "done without a pre-auth", "we never got the prior authorization". Getting it is the office's work.
export const WITHOUT_AUTH =
  /\bwithout (?:an? |the |getting (?:an? |the )?|obtaining (?:an? |the )?)?(?:prior |pre-?)?auth\w*\b|\b(?:we|i|office|staff) (?:never|didn'?t|did not|forgot to) (?:get|got|obtain|obtained|request|requested) (?:an? |the )?(?:prior |pre-?)?auth\w*\b/;

// "w/o Phil Grady 12.5 small", "write off 3 small for Ken Ito", "…, small": "small" alone right after
// the amount (ending the text or its clause, or before the name), or as a clause of its own at the
// end, is the small balance shorthand. Not "small" before what it sizes ("12 small items") nor
// elsewhere ("a small favor"). The reason is read with the patient's name taken out, so "w/o $7.5
// Ramírez small" and "w/o $9 for lee chen small" have only spaces (and "for") between the amount
// and a "small" that ends the text: the same shorthand after the name.
export const SMALL_AFTER_AMOUNT =
  /(?:\d|\bbucks?|\bdollars?) small(?=\s*(?:$|[,.;!)]|-\s|(?:for|on) ))|(?:^|[,;]|\s-)\s*small\s*[.!]*$|(?:\d|\bbucks?|\bdollars?)\s+(?:(?:for|on)\s+)?small\s*[.!]*$/;

// No home, which is hardship by itself: "she's homeless right now", "staying in a shelter now", "was
// evicted", "living out of his car". Not a shelter where someone works or gives ("volunteers at the
// homeless shelter"): only living there, or "homeless" said of a person.
export const NO_HOME =
  /\b(?:homeless(?! (?:shelter|outreach|services|program|coalition|clinic))|unhoused|houseless|evicted|eviction|no fixed (?:address|abode)|lost (?:her|his|their) (?:home|house|apartment|housing)|(?:living|lives|live|staying|stays|stay|sleeping|sleeps|is|are|now) (?:in|at) (?:a|the) (?:[\w-]+ ){0,2}?shelter|living (?:in|out of) (?:her|his|their|a) (?:car|van|truck)|on the streets?)\b/;

// The discount for paying at the visit, by its everyday names: "pay-at-time-of-service discount",
// "paid-in-full-at-checkout discount", "point-of-service discount", "checkout discount", "same-day
// pay discount". reason.ts reads "time of service discount" and "prompt pay" before it.
export const PAID_AT_VISIT_DISCOUNT =
  /\b(?:(?:pa(?:y|id|ying)(?:[\s-]in[\s-]full)?[\s-](?:at|on|in)[\s-](?:the[\s-])?)?(?:time[\s-]of[\s-]service|tos|point[\s-]of[\s-](?:service|sale)|pos|check[\s-]?out|check[\s-]?in|visit|desk|front[\s-]desk|counter)|same[\s-]day[\s-]pay(?:ment)?|pay[\s-]now|pay[\s-]in[\s-]full)[\s-](?:pay(?:ment)?[\s-])?disc(?:ount)?\b|\bpaid in full at (?:the )?(?:check[\s-]?out|front desk|desk|counter)\b/;
