/**
 * Where a patient's account stands, asked in everyday words rather than with "balance" or "owe":
 * "where do we stand with Priya Patel?", "where does Jane Doe stand", "what's she at?", "is Tom Baker
 * all square with us?", "has Jane Doe paid off her 10/14 visit yet?", "what do we show for Jane Doe?". With a patient named, each asks
 * their balance (intent.ts); read as a question about the app or as nothing, none was answered.
 */

// "where do we stand with …", "where does Jane Doe stand", "where are we at with her account",
// "what's she at?" (the last only ending the text: "what's she at the clinic for" asks no balance).
const STANDING =
  /\bwhere (?:do|does|did) (?:[^\s,.;!?]+ ){1,4}?stands?\b|\bwhere(?:'s| is| are) (?:[^\s,.;!?]+ ){1,4}?at\b|\bwhat(?:'?s| is) (?:[^\s,.;!?]+ ){1,4}?at[\s?!.]*$/;
// "is Tom Baker all square with us?", "is she settled up?", "is Jane paid off?": asked, as a question.
const SETTLED =
  /\b(?:all square|square(?:d)? (?:up|away)|square with us|settled up|all settled|paid off|all paid)\b/;
const ASKED = /\?|^(?:is|are|has|have|did)\b/;
// "has Jane Doe paid off her 10/14 visit yet?", "did Bob Smith pay his bill?": whether the patient
// paid. Group 1 is who paid: not the writer or a coworker ("did you pay …"), nor an insurer.
const PAID_ASKED =
  /^(?:has|have|did) ((?:[^\s,.;!?]+ ){1,4}?)(?:(?:already|ever|fully|finally|actually) )?(?:paid|pay)\b[^?]*\?/;
const NOT_THE_PATIENT =
  /^(?:you|u|we|i|someone|somebody|anyone|anybody)\b|\b(?:insurance|ins|insurer|payer|carrier|plan|medicare|medicaid|aetna|cigna|bcbs|uhc|humana|tricare|remit\w*)\b/;
// Another thing of ours asked about: "where do we stand on Jane Doe's refund?" asks no balance.
const OTHER_THING =
  /\b(?:writeoffs?|refund\w*|undo\w*|cancel\w*|revers\w*|approv\w*|limits?|batch\w*|claims?|appeals?)\b/;

// What the records hold for a patient, asked: "what do we show for Imogen Clarke-Hughes?", "what've
// we got for Jane Doe", "what are we showing on Bob Smith", "what does the system have for her",
// "what's on Jane Doe's account", "what is on the acct for Tom Baker". Each asks the balance.
const RECORDS_HOLD =
  /\bwhat (?:do|did|does) (?:we|you|the system|our system|the ledger) (?:show|have|see)(?: (?:now|currently|right now))? (?:for|on|under)\b|\bwhat(?:'ve| have|'s| has) (?:we|you|the system) got (?:for|on|under)\b|\bwhat(?:'re| are) (?:we|you) (?:showing|seeing) (?:for|on|under)\b|\bwhat(?:'s| is) (?:showing |sitting |still |left )?on (?:[^\s,.;!?]+ ){1,4}?(?:account|acct|ledger)\b/;

// A day or a slot asked of someone's schedule: "what do we have for Dr. Patel on Monday" asks no balance.
const SCHEDULE =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:tomorrow|tonight|schedule\w*|shifts?|appointments?|appts?|slots?|lunch|coverage|on call|meetings?)\b/;

/** The (lower-cased, normalized) text asks where an account stands, in everyday words. */
export function asksStanding(lower: string): boolean {
  if (OTHER_THING.test(lower)) return false;
  if (STANDING.test(lower) || (SETTLED.test(lower) && ASKED.test(lower))) return true;
  if (RECORDS_HOLD.test(lower) && !SCHEDULE.test(lower)) return true;
  const payer = PAID_ASKED.exec(lower)?.[1];
  return payer !== undefined && !NOT_THE_PATIENT.test(payer);
}
