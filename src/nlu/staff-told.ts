/**
 * Professional courtesy told as a story: the patient works at the practice, once did, or is family
 * of someone who does. "he's our front desk lead Maria's son", "she's a retired nurse from our
 * office", "her mom works at our front desk", "she's one of our employees", "the husband of our
 * billing clerk". reason.ts reads the usual words first ("courtesy", "staff member", "Dr. Lee's
 * nephew"). Someone of ours named as who asks ("Maria at the front desk said write off $20") and a
 * patient's own family ("her mom paid at the desk") are no courtesy: a relative must belong to one
 * of ours, and the work must be done here.
 */
import { RELATIVE } from './relatives.ts';

// A job at the practice: the front desk's, billing's, the clinic's. No patient, no vendor.
const ROLE = `(?:front desk|front office|receptionists?|billers?|clerks?|coders?|schedulers?|managers?|supervisors?|leads?|directors?|administrators?|coordinators?|specialists?|nurses?|rns?|lpns?|mas?|medical assistants?|assistants?|doctors?|docs?|physicians?|providers?|surgeons?|nps?|techs?|technicians?|hygienists?|phlebotomists?|therapists?|staff(?: members?)?|employees?|coworkers?|co-workers?|colleagues?|team members?)`;
// Where we work: "here", "from our office", "in our billing department", "at the front desk". Not
// "at the hospital", which may be anyone's.
const OUR_PLACE = String.raw`(?:here|for us|with us|(?:at|in|for|from|with|of) our (?:[\w-]+ )?(?:office|practice|clinic|group|team|staff|front desk|front office|lab|billing|department|dept|desk)|(?:at|in) the (?:front desk|front office|billing office))`;
// Who the patient is: "she's", "he was", "pt is".
const PATIENT_IS = String.raw`\b(?:she|he|they|pt|patient)(?:'s|'re| is| was| are| were| used to be)`;
const ONCE = `(?:(?:retired|former|ex-?|old|longtime|long-time|new|own) )?`;

export const STAFF_TOLD = new RegExp(
  [
    // "our front desk lead Maria's son", "our billing clerk Denise's husband", "our MA's daughter".
    String.raw`\bour (?:[\w-]+ ){0,2}?${ROLE}(?: [\p{L}-]+)?(?:'s?|s') (?:own )?${RELATIVE}\b`,
    // "the son of our receptionist", "wife of one of our coders".
    String.raw`\b${RELATIVE} of (?:one of )?our (?:[\w-]+ ){0,2}?${ROLE}\b`,
    // "her mom works at our front desk", "his wife is a nurse here", "their dad works for us".
    String.raw`\b(?:her|his|their|whose) (?:own )?${RELATIVE} (?:works?|worked|used to work|(?:is|was) an? (?:[\w-]+ ){0,2}?${ROLE})(?: (?:full[\s-]time|part[\s-]time|now|still))? ${OUR_PLACE}`,
    // "his wife is one of our nurses", "her dad is our office manager", "their son is on staff here".
    String.raw`\b(?:her|his|their|whose) (?:own )?${RELATIVE} (?:is|was) (?:(?:one of )?our (?:[\w-]+ ){0,2}?${ROLE}\b|on (?:our |the )?staff\b)`,
    // "he's our front desk lead", "she's one of our employees", "she is our former MA".
    String.raw`${PATIENT_IS} (?:one of )?our ${ONCE}(?:[\w-]+ ){0,2}?${ROLE}\b`,
    // "she's a retired nurse from our office", "he is a former MA here", "she was a biller of ours".
    String.raw`${PATIENT_IS} an? ${ONCE}(?:[\w-]+ ){0,2}?${ROLE} (?:${OUR_PLACE}|of ours)`,
    // "she used to work here", "he retired from our practice", "worked at our clinic for 20 years".
    String.raw`\b(?:used to work|retired from|worked) ${OUR_PLACE}`,
  ].join('|'),
  'u',
);
