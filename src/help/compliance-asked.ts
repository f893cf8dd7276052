/**
 * Write-offs asked for a reason that is none: "can I write off a balance for a friend of mine who's
 * a patient here?", "is it ok to just waive copays for everybody?". Answered with the how-to, both
 * read as a yes. A write-off needs a real reason from the list, with a note where it asks for one,
 * because waiving what patients owe without a documented reason is a compliance risk (DOMAIN
 * section 2): knowing the patient is no reason (a conflict of interest, for a billing manager to
 * decide), and waiving as a routine, for everyone, is the risk itself. The reasons article's
 * sections say so, and lead the answer.
 */
import { actionAsked } from './action-asked.ts';

// Someone the asker knows: a friend, a relative, a partner, a neighbour, a coworker.
const PERSON = String.raw`(?:(?:good|close|best|old|dear)\s+)?(?:friends?|buddy|buddies|pals?|relatives?|family(?:\s+members?)?|cousins?|aunts?|uncles?|mom|mum|mother|dad|father|parents?|brothers?|sisters?|siblings?|sons?|daughters?|kids?|child|children|wife|husband|spouse|partner|boyfriend|girlfriend|fianc[eé]e?|neighbou?rs?|roommates?|in-laws?|(?:mother|father|sister|brother)[\s-]in[\s-]law|grand(?:ma|mother|pa|father|parents?)|co-?workers?|colleagues?|church friends?)`;
// The person is the one whose balance would be waived.
const FOR_KNOWN = new RegExp(
  [
    // "for my friend", "on my mom's bill", "my brother's copay".
    String.raw`\b(?:for|of|on|to)\s+(?:my|our)\s+(?:own\s+)?${PERSON}\b`,
    String.raw`\bmy\s+${PERSON}'s\s+(?:\S+\s+)?(?:balance|bal|bill|copay|co-pay|account|charges?|visit|deductible|coinsurance|pr)\b`,
    // "for a friend", "a friend of mine", "friends and family".
    String.raw`\bfor\s+a\s+(?:(?:good|close|personal)\s+)?friend\b`,
    String.raw`\b(?:friends?|relatives?|family members?)\s+of\s+(?:mine|ours)\b`,
    String.raw`\b(?:friends?\s+(?:and|&|or)\s+family|family\s+(?:and|&|or)\s+friends?)\b`,
    // "a patient who's my neighbor", "she's my cousin".
    String.raw`\b(?:who'?s|who is|that'?s|she'?s|he'?s|they'?re|is|being)\s+(?:a\s+|my\s+)${PERSON}\s+of\s+mine\b`,
    String.raw`\b(?:who'?s|who is|that'?s|she'?s|he'?s|they'?re|being)\s+my\s+${PERSON}\b`,
    // "my sister is a patient here, can I waive her copay?".
    String.raw`\bmy\s+${PERSON}\s+(?:is|was|'s|who'?s|who is)\s+(?:also\s+)?(?:a\s+|one of our\s+)?(?:patients?|pts?|seen here)\b`,
    // "my own bill", "for myself", "someone I know".
    String.raw`\bmy\s+own\s+(?:balance|bal|bill|copay|co-pay|account|charges?|visit|deductible|pr)\b`,
    String.raw`\b(?:for|on)\s+myself\b`,
    String.raw`\b(?:someone|somebody|people|a patient|patients)\s+(?:that\s+)?i\s+know\b`,
    String.raw`\bpersonal\s+(?:friend|relationship|connection)\b`,
  ].join('|'),
  'i',
);

// Waiving what is owed, in billers' words.
const WAIVE =
  /\bwrit\w*[\s-]*off|\bwriteoffs?\b|\bw\/o\b|\bwaiv\w*|\bforgiv\w*|\bzero(?:ed|ing)?\s+out\b|\bwipe\w*\s+(?:out|off)?|\bcomp\b|\bknock\w*\s+off\b|\btake\w*\s+off\b|\bnot\s+(?:charge|bill|collect)\b|\bdon'?t\s+(?:charge|bill|collect)\b|\bstop\s+(?:charging|billing|collecting)\b|\bskip\w*\s+(?:the\s+)?(?:copay|co-pay|deductible|balance)/i;

/** Whether the question asks to write off or waive a balance for someone the asker knows. */
export function asksWaiverForSomeoneKnown(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return FOR_KNOWN.test(text) && WAIVE.test(text) && actionAsked(text) === 'write_off';
}

// For everyone, or as a habit: "for everybody", "for all our patients", "routinely", "as a rule".
const ROUTINE =
  /\b(?:for\s+)?(?:every(?:body|one)|every\s+(?:single\s+)?patient|all\s+(?:of\s+)?(?:our|the|my)?\s*patients|all\s+(?:of\s+)?(?:the\s+|our\s+)?(?:copays|co-pays|deductibles)|routine(?:ly)?|as\s+a\s+(?:rule|routine|policy|habit)|across\s+the\s+board|blanket|always|by\s+default|automatically|every\s+time|everyone'?s|all\s+the\s+time|as\s+standard)\b/i;
// Is it allowed at all: "is it legal", "is it ok to just", "will we get in trouble", "compliant".
const ALLOWED_AT_ALL =
  /\b(?:legal|illegal|compliant|compliance|against the (?:law|rules)|in trouble|kickbacks?|fraud|anti-?kickback|ok(?:ay)?\s+(?:to|if)\s+(?:we\s+|i\s+)?just|fine\s+to\s+just|allowed\s+to\s+just)\b/i;
// What patients owe as billers name it.
const OWED =
  /\bco-?pays?\b|\bco-?payments?\b|\bdeductibles?\b|\bco-?insurance\b|\bbalances?\b|\bbills?\b|\bpr\b/i;
// A batch of small balances is the practice's own sweep, with its reason: not this question.
const BATCH_OR_SIZE =
  /\bsmall\b|\btiny\b|\bbatch\w*|\bsweep\b|\bunder\b|\bbelow\b|\bless than\b|\$\s?\d|\b\d+\s*(?:dollars|bucks|cents)\b/i;

/**
 * Whether the question asks about waiving what patients owe as a routine (for everyone, always),
 * or whether waiving copays is allowed at all: not a small-balance batch.
 */
export function asksRoutineWaiver(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  if (BATCH_OR_SIZE.test(text) || !WAIVE.test(text) || !OWED.test(text)) return false;
  if (actionAsked(text) !== 'write_off') return false;
  return ROUTINE.test(text) || (ALLOWED_AT_ALL.test(text) && /\bwaiv\w*|\bforgiv\w*/i.test(text));
}
