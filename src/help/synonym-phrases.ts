/**
 * The phrase half of the synonym layer: multi-word things billers write ("greyed out", "pay her
 * back", "under $5", "can't write off") rewritten to single concept words before tokenizing,
 * for articles and questions alike.
 */
import { BLOCKER_CODES, type BlockerCode } from '../domain/blockers.ts';

/** The forms of the verb a write-off is made with. */
const WRITE_FORMS = ['write', 'wrote', 'writing', 'written', 'writes'];
/** Real words one slip from a form of "write", which are not slips. */
const NOT_SLIPS = new Set([
  'white',
  'whites',
  'whiting',
  'trite',
  'writhe',
  'writer',
  'writers',
  'rite',
  'rites',
  'rote',
  'waiting',
]);

/**
 * A form of "write" misspelt by one slip (a letter missing, extra or wrong, or two swapped):
 * "wrte", "wirte", "writen", "writting", "writ". Each becomes the form it is a slip of, so that
 * "how do i wrte of a balance" and "can I writ it off" read as a write-off. Fuzzy search is no
 * help here: the verb matters only together with the "off" after it, which the phrases read.
 */
function mendWriteSlips(text: string): string {
  return text.replace(/\b[a-z]{3,8}\b/g, (word) => {
    if (WRITE_FORMS.includes(word) || NOT_SLIPS.has(word)) return word;
    return WRITE_FORMS.find((form) => withinOneSlip(word, form)) ?? word;
  });
}

function withinOneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** Multi-word phrases, rewritten to one concept word before tokenizing. Order matters. */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  // "write off" in all its spellings, before anything that looks at "off" or "of".
  [/\bw\/\s?o(?:ff)?\b/g, ' writeoff '],
  // "can I wo it", "pls wo the $5": "w/o" typed without its slash, after who would do it.
  [/(?<=\b(?:i|we|u|you|to|pls|please|plz|just|and)\s+)wo(?:'?d)?\b(?!['’])/g, ' writeoff '],
  // "write off", "write-of" (its verb's slips are mended first, mendWriteSlips).
  [/\b(?:write|wrote|writing|written|writes)[\s-]*offs?\b/g, ' writeoff '],
  [/\b(?:wright|right)[\s-]+offs?\b/g, ' writeoff '],
  [/\b(?:write|wrote|writing|written|writes)[\s-]?of\b/g, ' writeoff '],
  [/\b(?:write|wrote|writing|written|writes)\s+((?:\S+\s+){1,2}?)off\b/g, ' writeoff $1 '],
  [/\b(?:patient|pt)'?s?\s+(?:resp|responsibility|responsability|portion|share)\b/g, ' pr '],
  // "erase part of her bill", "delete some of what he owes", "wipe out half the balance": a cancel
  // always takes everything outstanding, never part (DOMAIN §3); part of PR not collected is a
  // partial write-off.
  [
    /\b(?:erase|erasing|erased|delete|deleting|deleted|remove|removing|removed|wipe|wiping|wiped|clear|clearing|get rid of|void|voiding|zero|zeroing|zeroed)\s+(?:out\s+|off\s+)?(?:(?:just|only)\s+)?(?:part|some|a (?:part|portion|bit|chunk)|a few dollars|half|\d+%)\s+of\b(?:\s+what\b[^.?!]{0,30}?\b(?:owes?|owed|owing|due)\b)?/g,
    ' writeoff partial of pr ',
  ],
  // "erase the part they'll never pay", "delete a balance the patient can't pay": PR that is right
  // but will not be collected is written off (DOMAIN §3), whatever verb a beginner uses for it; a
  // cancel is for PR that was wrong. Read before "can't pay" becomes "hardship" below.
  [
    /\b(?:erase|erasing|erased|delete|deleting|deleted|remove|removing|removed|wipe|wiping|wiped|clear|clearing|get rid of|void|voiding)\b(?:\s+out\b)?(?=[^.?!]*\b(?:never (?:going to |gonna |gon'?na |be able to )?(?:pay|be paid|be collected|collect)|(?:can'?t|cannot|can not|won'?t|will not|unable to|not able to|(?:is|are|'?re|'?s)(?:n'?t| not| never) (?:going to|gonna)) (?:ever )?pay)\b)/g,
    ' writeoff ',
  ],
  // "they're never going to pay", "isn't going to pay": PR not collected, which is written off.
  [
    /\bnever (?:going to |gonna |gon'?na |be able to )?(?:pay|be paid|be collected)\b|\b(?:is|are|'?re|'?s)(?:n'?t| not| never) (?:ever )?(?:going to|gonna) pay\b/g,
    ' writeoff ',
  ],
  // "knock $15 off what she owes", "take 20 bucks off his balance", "shave a bit off the bill",
  // "reduce what the patient owes", "comp part of her balance": right PR, part not collected, which
  // is a write-off, not a balance look-up.
  [
    /\b(?:knock|knocks|knocking|knocked|take|takes|taking|took|shave|shaves|shaving|shaved|chop|chopping|cut|cutting|lop|trim|trimming|drop|dropping|strike|discount|discounting|credit|crediting|comp|comping|comped)\s+(?:(?:\$\s?\d[\d,.]*|\d[\d,.]*)(?:\s*(?:dollars|bucks))?\s+|(?:some|part|a (?:bit|little|few (?:bucks|dollars)|portion|chunk)|something|half)(?:\s+of it)?\s+)?off\s+(?:of\s+)?(?:what\b[^.?!]{0,30}?\b(?:owes?|owed|owing|due)\b|(?:the|her|his|their|a|this|that|my|your|our)\s+(?:patient'?s?\s+|pt'?s?\s+)?(?:balance|bal|bill|pr|tab|total|statement|account|copay|amount due)\b)/g,
    ' writeoff partial pr ',
  ],
  [
    /\b(?:reduce|reduces|reducing|lower|lowers|lowering|discount|discounting|comp|comping|credit|crediting|knock down|bring down|cut down|zero out part of|zero out some of)\s+(?:(?:part|some|half|a (?:part|portion|bit|chunk))\s+of\s+)?(?:what\b[^.?!]{0,30}?\b(?:owes?|owed|owing|due)\b|(?:the|her|his|their|a|this|that|my|your|our)\s+(?:patient'?s?\s+|pt'?s?\s+)?(?:balance|bal|bill|pr|tab|total|statement|copay|amount due)\b)/g,
    ' writeoff partial pr ',
  ],
  // "because they waited two hours", "after a long wait": a courtesy for the patient's experience,
  // the reason service recovery.
  [
    /\b(?:waited|waiting|wait)\s+(?:for\s+)?(?:over\s+|more than\s+|almost\s+|nearly\s+|like\s+)?(?:an?\s+|\w+\s+)?(?:hours?|hrs?|minutes?|mins|forever|ages|so long|too long|a long time)\b|\b(?:long|awful|terrible|horrible)\s+wait(?:s|ing)?(?: times?)?\b|\bwait times?\b/g,
    ' service recovery ',
  ],
  [/\b(?:can'?t|cannot|can not|unable to|not able to)\s+(?:pay|afford)\b/g, ' hardship '],
  [/\b(?:lost (?:her|his|their|my) job|unemployed|out of work|no income|low income)\b/g, ' hardship '],
  [/\bpass(?:ed)? away\b/g, ' deceased '],
  // A patient who refuses to pay is the story (a debt not collected), not the app refusing: "where do I
  // write off a copay a patient refuses to pay". Read before "refuses" becomes "blocked" below.
  [
    /\b(?:refus\w*|declin\w*|won'?t|will not)\s+to\s+pay\b|\b(?:refus\w*|won'?t|will not)\s+pay\b/g,
    ' bad debt ',
  ],
  [/\b(?:gr[ae]y(?:ed)?[\s-]?out|gr[ae]yed)\b/g, ' blocked '],
  // "the write off button is grey", "it won't click": a control the app keeps from being used.
  [
    /(?:\b(?:is|was|are|were|looks|stays|went|turned|goes|shows|showing|all|just)|['’]s)\s+(?:still\s+)?(?:all\s+)?gr[ae]y\b|\b(?:button|option|link)\s+gr[ae]y\b|\bred (?:text|error|message|warning|writing|letters)\b|\b(?:shows?|showing|turns?|turned|goes|went|comes up|came up) (?:up )?(?:in )?red\b|\b(?:won'?t|doesn'?t|does not|can'?t|cannot)\s+click\b|\bunclickable\b/g,
    ' blocked ',
  ],
  // "I don't see the write-off button" is a blocked button, not a balance look-up.
  [/\b(?:don'?t|do not|doesn'?t|does not|can'?t|cannot|can not)\s+(?:see|find)\b/g, ' missing blocked '],
  [
    /\b(?:won'?t|will not|doesn'?t|does not|didn'?t|did not|isn'?t|not)\s+(?:let|letting|allow|allowing|work|working)(?:\s+me)?\b/g,
    ' blocked ',
  ],
  [/\b(?:can'?t|cannot|can not|unable to|not able to|not allowed to|not possible to)\b/g, ' blocked '],
  [/\bhow come\b/g, ' why '],
  [/\b(?:disabled|stuck|refused|refuses|refusing)\b/g, ' blocked '],
  [
    /\b(?:remove|delete|erase|cancel|void|get rid of)\s+(?:the\s+|a\s+|my\s+|that\s+|this\s+|an\s+)?writeoff/g,
    ' undo writeoff',
  ],
  [/\b(?:take|taking|took|roll|rolling|back)\s+(?:it\s+|that\s+|this\s+|them\s+)?(?:back|out)\b/g, ' undo '],
  // "I need to take that write-off back": the write-off itself taken back, which is an undo.
  [
    /\b(?:take|takes|taking|took|pull|pulling|pulled)\s+(?:\S+\s+){0,2}?writeoffs?\s+back\b/g,
    ' undo writeoff ',
  ],
  // "he wants the $68 he paid back": money paid, wanted back, which is a refund.
  [
    /\b(?:wants?|wanted|wanting|asking for|asks for|asked for)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:\$\s?\d[\d,.]*|money|payment|copay|cash)\b[^.?!]{0,40}?\bback\b/g,
    ' refund ',
  ],
  // "I double clicked confirm", "pressed it twice by accident": one confirm repeated, which applies
  // once; the accident is the repeat's, not a write-off made by mistake (which is undone).
  [
    /(?:\b(?:accidentally|accidently|mistakenly)\s+)?(?:\bdouble[\s-]?(?:click\w*|tap\w*|press\w*|submit\w*)|\b(?:click\w*|press\w*|hit|hitting|tap\w*|submit\w*|confirm\w*)\s+(?:\S+\s+){0,2}?twice)\b(?:\s+(?:by (?:accident|mistake)|accidentally|by accident))?/g,
    ' repeatconfirm ',
  ],
  [
    /\b(?:by mistake|by accident|mistakenly|accidentally|accidently|wrong (?:patient|pt|person|account|guy|one|chart))\b/g,
    ' mistake ',
  ],
  // "get that balance back on the books": PR written off put back, which is an undo.
  [/\bback on (?:the |our |her |his |their |its )?(?:books|account|ledger|balance)\b/g, ' undo '],
  [
    /\b(?:pay|paying|paid|give|giving|send|sending|return|returning|get|getting)\s+(?:\S+\s+){0,3}?back\b(?!\s+on\b)/g,
    ' refund ',
  ],
  [/\b(?:difference|overpayment|extra|excess|change) back\b/g, ' refund '],
  // "paid the same statement twice", "double paid", "the extra money": a duplicate payment, which
  // is given back with a refund (not a duplicate charge, which is cancelled).
  [
    /\b(?:paid|pays|paying|payed)\b[^.?!]{0,40}?\btwice\b|\bdouble[\s-]?paid\b|\bpaid (?:it )?double\b|\b(?:extra|excess|surplus) (?:money|payment|cash|funds)\b/g,
    ' paidtwice ',
  ],
  [
    /\b(?:return|returning)\s+(?:the\s+|their\s+|his\s+|her\s+|a\s+)?(?:money|payment|cash|funds)\b/g,
    ' refund ',
  ],
  [/\bmoney back\b/g, ' refund '],
  [/\bco[\s-]pay/g, 'copay'],
  [/\bco[\s-]workers?\b/g, 'coworker'],
  [/\b(?:someone|somebody|anyone|another (?:biller|user|person)|the other biller) else\b/g, ' someone '],
  [/\b(?:other|another) (?:biller|billers|user|person)\b/g, ' someone '],
  [
    /(?:\bunder|\bbelow|\bless than|\bsmaller than|\blower than|\bsub-?|<)\s*\$?\s?(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|ten)(?:\s*(?:dollars|bucks))?/g,
    ' small under ',
  ],
  // "me and another biller at the exact same time": two people on one charge, not a batch "at once".
  [
    /\b(?:at )?the (?:exact |very )?same (?:time|moment|instant|second)\b|\bsimultaneous(?:ly)?\b|\bconcurrent(?:ly)?\b|\brace condition\b/g,
    ' concurrent ',
  ],
  [
    /\b(?:all at once|at once|in bulk|en masse|in one go|one shot|all of them|every balance|all balances|all the balances|everyone|every patient|all patients)\b/g,
    ' batch ',
  ],
  [
    /\b(?:over|above|past|exceeds?|exceeding|more than|bigger than|greater than|larger than)\s+(?:my|the|our)\s+(?:limit|max|maximum|cap)\b/g,
    ' over limit ',
  ],
  [
    /\b(?:over|above|more than|bigger than|greater than|larger than)\s+\$\s?\d[\d,]*(?:\.\d+)?/g,
    ' over limit ',
  ],
  // "bigger than what I'm allowed to do", "more than I can write off on my own": over the limit.
  [
    /\b(?:over|above|bigger than|more than|greater than|larger than|higher than|beyond)\s+(?:what\s+)?(?:i'?m|i am|we'?re|i'?s|billers? (?:are|is))\s+(?:allowed|permitted|able|authori[sz]ed)\b|\b(?:over|above|bigger than|more than|greater than|larger than|higher than|beyond)\s+(?:what\s+)?(?:i|we)\s+(?:can|may)\s+(?:do|approve|writeoff)\b/g,
    ' over limit ',
  ],
  [/\bsign[\s-]?off\b/g, ' approve '],
  [
    /\b(?:make|making|set|give|giving|grant|granting|add|assign|promote)\s+(?:someone|somebody|them|him|her|\w+)\s+(?:(?:a|an|the)\s+)?(?:admin|billing manager|manager|biller|viewer|role|access|permission)s?\b/g,
    ' role grant ',
  ],
  // "How much can I write off" asks about limits; "how much does she owe" about a balance.
  [
    /\bhow (?:much|many dollars|high)\s+(?:(?:can|may|is)\s+(?:i|we|a biller|billers|my limit)|(?:i|we)\s+(?:can|may|am allowed))\b/g,
    ' limit ',
  ],
  // "how much did we write off last month": the practice's write-off totals, the monthly report.
  [
    /\bhow much (?:did |have |has |do )?(?:we|the practice|our practice|the team|everyone|each \w+)\s+(?:\S+\s+){0,2}?writeoff\b|\b(?:total|totals|sum of)\s+(?:\S+\s+){0,2}?writeoffs?\b|\bwriteoffs?\s+(?:for|in|during|over)\s+(?:the\s+|last\s+|this\s+|a\s+)?(?:month|quarter|year)\b|\b(?:last|this|previous|each|per)\s+month'?s?\s+writeoffs?\b/g,
    ' report writeoff ',
  ],
  [/\b(?:how much|amount due)\b/g, ' lookup balance '],
  [
    /\b(?:more than|bigger than|greater than|larger than|exceeds?|exceeding|over|above)\s+(?:the\s+|what(?:'s| is)\s+|what'?s\s+)?(?:outstanding|balance|owed|left)\b/g,
    ' exceeds outstanding ',
  ],
  [/\b(?:look[\s-]?up|pull up|check on)\b/g, ' lookup '],
  [
    /\bwriteoff\s+(?:(?:it|this|that|them)\s+)?(?:or|vs\.?)\s+(?:an?\s+|to\s+)?cancel|\bcancel\w*\s+(?:(?:it|this|that|them)\s+)?(?:or|vs\.?)\s+(?:an?\s+|to\s+)?writeoff/g,
    ' writeoff cancel difference ',
  ],
  [
    /\b(?:which should|when should i|when do i use|same thing|same as|right call|better to)\b/g,
    ' difference ',
  ],
  // "show me how to …" asks for steps; it is not a request to show (look up) something.
  [/\b(?:show|tell|teach|walk) me (?:how|through)\b/g, ' '],
  // "the form says …": quoting a message the app showed, which is how a blocker reaches a biller.
  [
    /\b(it|form|app|message|error|slack|modal|screen|popup)\s+(?:says|said|say|shows|showed|tells me)\b/g,
    ' $1 blocked ',
  ],
  // "a cancel compared to a write-off", "as opposed to": two things set side by side.
  [/\b(?:compared|comparing)\s+(?:to|with)\b|\bas opposed to\b/g, ' difference '],
  // "cancel instead of writing off": two actions compared. "Janet instead of Jane" is a mistake.
  [/\b(?:instead of|rather than)\s+(?=writeoff|cancel|refund|undo|revers)/g, ' difference '],
  // "when is it a cancellation and when is it a write-off", "they keep mixing them up": two things
  // told apart.
  [
    /\bwhen (?:is|do|should|would)\b[^?.!]{0,40}?\band when\b|\bmix(?:ing|es|ed)? (?:them |these |those |it |the two )?up\b|\bmixed up\b|\btell (?:them|the two) apart\b/g,
    ' difference ',
  ],
  // "re-opens", "still shows a balance after the refund": PR owed again.
  [/\bre-?open(s|ed|ing)?\b/g, ' reopen '],
  [
    /\bstill (?:shows?|showing|has|have|owes?|owing) (?:a |her |his |the )?(?:balance|bal|pr)\b|\bbalance (?:went|came|is|was) back\b|\b(?:balance|bal|pr|outstanding|it) (?:went|goes|has gone|is going|jumped|increased) up\b/g,
    ' reopen balance ',
  ],
  // "can I see which charges it would hit": the preview before a change.
  [
    /\b(?:see|show|list|check|review) (?:me )?(?:which|what|how many) (?:charges|balances|patients|accounts)\b[^?.!]{0,30}?\b(?:would|will|it'?d)\b|\bdry[\s-]?run\b/g,
    ' preview ',
  ],
  // "how long does it sit there": how long a request waits before it expires. What waits is kept
  // ("how long does an approval request stay open").
  [/\bhow long\b([^?.!]{0,30}?)\b(?:sit|sits|wait|waits|stay|stays|pending|last|lasts)\b/g, ' expire $1 '],
  // "which reason do I use": a reason asked for, not two actions compared.
  [
    /\b(?:which|what) (?:reason|code)s? (?:do|should|would|can) (?:i|we|you) (?:use|pick|choose|select)\b/g,
    ' reason ',
  ],
  // "can I type my own reason", "none of the options fit": the custom reason, `other`.
  [
    /\b(?:(?:my|our|your|a|their) own|custom|free[\s-]?text|made[\s-]up) (?:reason|code)s?\b|\bnone of the (?:options|reasons|codes|choices|categories)\b|\b(?:isn'?t|not|aren'?t) (?:in|on) the (?:list|dropdown|drop[\s-]down|menu)\b/g,
    ' custom reason other ',
  ],
  // "type exact cents", "dollars and cents": how an amount is written, not a small balance.
  [
    /\b(?:(?:exact|exactly|in|type|typing|enter|entering|with|and)\s+cents|decimals?|decimal point)\b/g,
    ' amount ',
  ],
  // "I wrote off the wrong amount": a write-off done by mistake, which is undone.
  [
    /\bwriteoff\s+(?:(?:it|that|this)\s+)?(?:on\s+|for\s+)?(?:the\s+|a\s+)?wrong\b/g,
    ' writeoff mistake undo ',
  ],
  // "a visit that never happened": PR that should not exist, which is cancelled. A "no-show fee" is
  // a fee charged for the missed visit, which exists and is written off like any PR.
  [
    /\b(?:never (?:happened|took place|came in|showed(?: up)?)|did ?n[o']?t (?:happen|come in|show up)|no[\s-]?show(?:ed)?)\b(?![\s-]+(?:fees?|charges?|penalt(?:y|ies))\b)/g,
    ' erase enteredinerror ',
  ],
  // What is left is a no-show fee: one word, not "show" (a look-up).
  [/\bno[\s-]?show\b/g, ' noshow '],
  // "my manager said to let it go as a goodwill gesture": PR that is right, not collected to make
  // up for the patient's experience, which is a write-off with the reason service recovery.
  [/\bgood[\s-]?will\b/g, ' writeoff service recovery '],
  [
    /\b(?:let|letting|lets)\s+(?:it|that|this|them|the (?:balance|bal|charge|amount|rest|pr)|her|him)\s+(?:go|slide)\b|\b(?:eat|eating|absorb|absorbing)\s+(?:it|that|the (?:cost|balance|charge|amount|difference))\b/g,
    ' writeoff ',
  ],
  // "the front desk keyed the same charge in twice", "double billed": a duplicate, which is cancelled.
  [
    /\b(?:keyed|entered|posted|billed|charged|put|added|rang|created|booked)\b[^.?!]{0,30}?\btwice\b|\bdouble[\s-]?(?:billed|charged|entered|posted|booked|keyed)\b|\bduplicated\b|\bdupes?\b/g,
    ' duplicate ',
  ],
  // "we decided not to chase it": choosing not to collect PR that is right is a write-off.
  [
    /\b(?:not (?:going )?to|won'?t|will not|aren'?t going to|decided not to|don'?t want to|no longer|stop) (?:chase|chasing|collect|collecting|pursue|pursuing|go after|bill|billing)\b/g,
    ' writeoff ',
  ],
  // "now mine fails": an error a biller ran into.
  [/\b(?:fails|failed|failing)\b/g, ' blocked '],
  // "it needs approval", "under my limit": the limits and approvals.
  [/\bneed(?:s|ed|ing)?\s+(?:an?\s+|manager\s+|managers\s+)?approv\w*/g, ' approve limit '],
  [
    /\b(?:under|below|within)\s+(?:my|the|our|your)\s+(?:writeoff\s+)?(?:limit|max|maximum|cap)\b/g,
    ' limit ',
  ],
  // "totals by reason and by user": the monthly report, not the list of reasons.
  [
    /\b(?:totals?|report|summary|breakdown|numbers|broken (?:out|down)|split (?:out|up))\b[^.?!]{0,30}?\bby (?:reason|user|biller|person)(?: and by (?:reason|user|biller|person))?\b/g,
    ' report ',
  ],
  // "what info do I need": the note a reason asks for.
  [
    /\bwhat (?:info|information|details|documentation|docs|paperwork|proof) (?:do|should|would|must) (?:i|we) (?:need|have|provide|get|keep)\b/g,
    ' note reason ',
  ],
  // "a biller vs a billing manager": roles compared, which is who may do what.
  [
    /\b(?:biller|viewer|admin|billing manager|manager)s?\s+(?:and|vs\.?|versus|or)\s+(?:an?\s+)?(?:biller|viewer|admin|billing manager|manager)s?\b/g,
    ' role role ',
  ],
  // "what do I need to enter": what the form asks for, which is the reason and its note.
  [
    /\bwhat (?:do|should|would) (?:i|we) (?:need to |have to )?(?:enter|put|write|fill in|include|type)\b/g,
    ' note reason ',
  ],
  // "paid too much" is an overpayment, not an amount the form refused.
  [/\b(?:paid|pays|paying|overpaid) (?:way )?too much\b/g, ' overpaid '],
  // "says the amount is too high": the amount is more than what is outstanding.
  [
    /\b(?:amount (?:is |was )?)?too (?:high|much|big|large)\b/g,
    ' blocked exceeds outstanding amountexceedsoutstanding ',
  ],
  // One word, so that the cancel reason does not read as an error message a biller ran into.
  [/\b(?:entered|posted|keyed|billed) (?:in error|by mistake|wrong(?:ly)?)\b/g, ' enteredinerror '],
];

/** The actions a biller can be stopped from doing, by the first letters of how they are written. */
const BLOCKABLE_ACTIONS: readonly (readonly [string, string])[] = [
  ['writeoff', 'writeoff'],
  ['cancel', 'cancel'],
  ['refund', 'refund'],
  ['undo', 'undo'],
  ['revers', 'undo'],
];
const ACTION_PATTERN = 'writeoff|cancel\\w*|refund\\w*|undo\\w*|revers\\w*';
/** "can't write off …" and "write-off button greyed out": the blocked action, a few words apart. */
const BLOCKED_THEN_ACTION = new RegExp(`\\bblocked\\s+(?:\\S+\\s+){0,3}?(${ACTION_PATTERN})`, 'g');
const ACTION_THEN_BLOCKED = new RegExp(
  `\\b(${ACTION_PATTERN})\\s+(?:(?:button|option|is|was|keeps|got|gets|being|always)\\s+){0,3}blocked\\b`,
  'g',
);

/**
 * "Blocked" alone says little: every article mentions something that cannot be done. What a
 * question is about is which action is blocked, so that pair becomes one term of its own
 * ("blockedwriteoff") that only the article about that action's blockers contains, in place of
 * the generic "blocked".
 */
function markBlockedActions(text: string): string {
  const compound = (whole: string, action: string) => {
    const canonical = BLOCKABLE_ACTIONS.find(([prefix]) => action.startsWith(prefix))?.[1] ?? action;
    return ` ${whole.replace(/\bblocked\b/, ' ')} blocked${canonical} `;
  };
  // The tight "<action> … blocked" form first: in "cancel blocked because of write-offs" it is the
  // cancel that is blocked, not the write-off.
  return text.replace(ACTION_THEN_BLOCKED, compound).replace(BLOCKED_THEN_ACTION, compound);
}

/**
 * "It says refund first" names the remedy, not what the biller is trying to do: one term of its
 * own keeps "refund" from pulling a question about a blocked cancel towards the refund article.
 */
function markRemedies(text: string): string {
  return text
    .replace(/\brefund\w*\s+(?:\S+\s+){0,3}?first\b/g, ' refundfirst ')
    .replace(/\bundo\w*\s+(?:\S+\s+){0,3}?first\b/g, ' undofirst ');
}

/**
 * A blocker's name ("nothing outstanding", "NOTHING_OUTSTANDING", "remittance PR") is one thing,
 * not its words: "outstanding" alone would pull a question about the message towards balances.
 * Each becomes one term, the same term the search indexes for the article that explains it.
 */
const BLOCKER_NAMES: readonly (readonly [RegExp, string])[] = BLOCKER_CODES.map((code) => {
  const words = code.toLowerCase().split('_');
  const pattern = words.map((w) => (w === 'offs' ? 'offs?' : w)).join(String.raw`[\s_-]+`);
  return [new RegExp(String.raw`\b${pattern}\b`, 'g'), ` ${blockerTerm(code)} `];
});

/** The one search term for a blocker code: "NOTHING_OUTSTANDING" -> "nothingoutstanding". */
export function blockerTerm(code: BlockerCode): string {
  return code.toLowerCase().replace(/_/g, '');
}

/** Lowercase, unaccented, with typed apostrophes unified and phrases rewritten to concepts. */
export function normalizeText(text: string): string {
  let out = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'");
  for (const [pattern, replacement] of BLOCKER_NAMES) out = out.replace(pattern, replacement);
  out = mendWriteSlips(out);
  for (const [pattern, replacement] of PHRASES) out = out.replace(pattern, replacement);
  return markBlockedActions(markRemedies(out));
}
