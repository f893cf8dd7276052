/**
 * What the biller wants, from the lower-cased text (write-off spellings already unified to
 * `writeoff`). Questions about the product are told apart from requests first (question.ts), so
 * "how do I undo a write-off?" is help while "undo the write-off for Jane" is an undo. Asks the
 * app does not handle (scope.ts) are unknown, not the nearest action.
 */
import { asksStanding } from './account-standing.ts';
import { adjustsWithReason } from './adjustment-reasoned.ts';
import { type AskedPart, DISCARD } from './asked-part.ts';
import { givesWriteOffReasonField } from './labelled-fields.ts';
import { asksManagerTask } from './manager-ask.ts';
import { labelsChargeWrong, saysNeverOwed } from './never-owed.ts';
import { isNotBilling } from './not-billing.ts';
import { onlyCorrectsPatient } from './patient-corrected.ts';
import { asksPatientShare } from './patient-share.ts';
import { isProductQuestion, isPromptInjection } from './question.ts';
import { findCancelReason, headedByReasonLabel } from './reason.ts';
import type { Intent } from './schema.ts';
import { outOfScopeTask } from './scope.ts';
import { asksReminderToSelf } from './self-reminder.ts';
import { withoutThanks } from './thanked.ts';
import { undoesOtherThanWriteOff, undoesTheOne } from './undo-object.ts';
import { onlyTellsWish } from './wish-told.ts';
import { regretsWriteOff } from './write-off-regretted.ts';

export { isPromptInjection } from './question.ts';

export interface IntentMatch {
  readonly intent: Intent;
  /** True when a command verb or question form was found, not a guess from context. */
  readonly explicit: boolean;
}

export interface IntentSignals {
  readonly hasAmount: boolean;
  readonly hasThreshold: boolean;
  readonly hasPatient: boolean;
  /** The patient is named by two words or more (question.ts). */
  readonly hasFullName?: boolean;
}

const BATCH_SCOPE =
  /\b(?:every|all|each|any|everything|anything|everyone)\b|\b(?:balances|accounts|accts|patients|charges)\b|\bbatch\b|\bsweep\b|\bbulk\b|\bmass (?:writeoffs?|adjustments?|adj)\b|\bsmall[\s-]?bal|\bsm[\s-]?bals?\b/;
// Verbs that empty many balances at once: with a scope and a threshold they mean a batch.
const SWEEP_VERB =
  /\b(?:clear(?: out)?|sweep|wipe(?: out)?|zero out|close out|clean up|run (?:a |the )?(?:batch|sweep))\b/;
// "backout" and "back-out" are "back out" typed as one word.
// "retract my writeoff", "rescind the w/o": taking a write-off back in the words of a withdrawn
// statement. "put Mary Ann Lee's written-off balance back": up to five words before "back", as a
// name of three words and its possessive take four.
const UNDO =
  /\b(?:undo(?:ing|ne)?|un-?do|reverse|reversing|revert|rev(?= writeoff)|roll ?back|back[\s-]?out|take back|remove|delete|cancel|void|restore|reinstate|retract(?:ing)?|rescind(?:ing)?|(?:put|add|bring) (?:[\w$.'-]+ ){0,5}back)\b/;
// A balance re-opened, asked at the head of a clause ("re-open Stella Moreno's balance, the write off
// shouldn't have happened", "can you reopen her account"), takes its write-off away. Not told of
// what something else does ("the refund will reopen the PR, then write it off").
const REOPEN_ASKED =
  /(?:^|[,.;!?:]\s*|\s-\s|\b(?:please|pls|plz|just|then|and|go ahead and|(?:can|could|would) (?:you|u|we)(?: please| pls)?)\s+)re-?open\b/;
// Undoing said in other words, about a write-off (WRITE_OFF_WORD): "please take it back", "unwind
// the courtesy w/o", "back it out", "pull that back", "walk it back". Read as no undo, each of them
// fell through to the write-off the text names: a new write-off, the opposite of what was asked.
const UNDO_IN_OTHER_WORDS =
  /\b(?:(?:pull|walk) back|unwind(?:ing)?|(?:take|pull|walk|roll|dial) (?:it|them|those|(?:the|that|this|her|his|their|my) (?:[\w$.'-]+ ){0,3}?writeoffs?|that|this) back|back (?:it|that|this|them|those) out)\b/;

/** An undo verb, in the usual words or (only where "back" or "unwind" is written) in others. */
function undoes(lower: string): boolean {
  if (UNDO.test(lower) || ROLL_BACK.test(lower) || REOPEN_ASKED.test(lower)) return true;
  return (lower.includes('back') || lower.includes('unwind')) && UNDO_IN_OTHER_WORDS.test(lower);
}
// Throwing something away, in slang: a write-off of what it names ("drop the $8"), an undo when
// that is a write-off, a cancel when the text says why the PR was wrong.
const DISCARD_THIS = new RegExp(String.raw`\b(?:${DISCARD}) (?:the|it|that|this|her|his|their)\b`);
// Slang that undoes only when the write-off is its object: "scratch that write-off" (but "ditch
// the remaining $7, write it off" is a write-off).
const UNDO_SLANG = new RegExp(
  String.raw`\b(?:scratch|kill|${DISCARD}) (?:(?:the|that|this|my|her|his|their|last) )?(?:\$?[\d,.]+ )?writeoffs?\b`,
);
const UNDO_ALONE =
  /^(?:(?:please|pls|(?:can|could|would) (?:you|u)(?: please| pls)?) )?(?:undo|revert)\b|\bundo (?:that|it|this|my last)\b|^(?:please )?reverse (?:that|it|this|my last)\b/;
// A write-off named, or told with its object in between: "I shouldn't have written it off",
// "wrote that $20 off" (normalize.ts unifies only the spellings with nothing in between).
const WRITE_OFF_WORD =
  /\bwriteoffs?\b|\b(?:wrote|written) (?:it|that|this|them|those|(?:the|her|his|their|my) [\w$.,'-]+|\$?\d[\d.,]*) off\b/;
// Money put back on a patient's balance undoes a write-off, the only thing here that takes it off
// ("put the $20 back on Jane Roe's balance", "reinstate the $20", "restore her balance"). Not
// back on a card: that is a refund's business.
const BACK_ON_BALANCE =
  /\b(?:restore|reinstate) (?:[\w.'-]+ ){0,3}?(?:(?:balance|bal|amount)\b|\$\s?\d)(?!.*\bcard\b)|\b(?:put|add|bring) (?:[\w$.'-]+ ){0,5}back (?:on|onto|to|in) (?:[\w$.'-]+ ){0,3}(?:balance|bal|account|acct|ledger)\b/;
// An adjustment is how billing systems name a write-off: backing one out undoes it ("back out the
// $1,210 bad debt adjustment on Raj Kapoor", "reverse the courtesy adj", "take off the write-off",
// "take the hardship adjustment off"). Not an insurer's contractual adjustment.
const ADJUSTMENT_UNDONE =
  /\b(?:back(?:ing)?[\s-]?out|revers(?:e|ing)|take (?:off|back)|taking (?:off|back)|remove|delete|void|undo|cancel) (?:(?:[\w$.'-]|,(?=\d))+ ){0,5}?(?:adjustments?|adjs?|writeoffs?)\b|\b(?:take|back) (?:the|that|this|her|his|their|my|our) (?:(?:[\w$.'-]|,(?=\d))+ ){0,4}?(?:adjustments?|adjs?|writeoffs?) (?:off|out)\b|\b(?:adjustment|adj|writeoff) reversal\b/;
const NOT_OUR_ADJUSTMENT = /\b(?:contractual|insurance|ins|payer|co-?\d+|denial) (?:adjustments?|adjs?)\b/;
// A batch is undone whole: "roll back this morning's small balance batch", "the sweep … roll it back".
const BATCH_WORD = /\b(?:batch|sweep|small[\s-]?bal\w* run)\b/;
const ROLL_BACK = /\broll (?:it|that|this|them) back\b/;
// Verbs that erase a PR that was wrong. "zero out", "wipe" and "clear" also mean a write-off, so
// they cancel only when the text says why the PR was wrong (a duplicate, entered in error, …).
// Asked in the passive too: "the PR on her 10/28 visit should be cancelled", "needs to be voided",
// "needs cancelling" (not "shouldn't be cancelled", nor "the visit was cancelled", a story).
const CANCEL =
  /\b(?:cancel|void|erase|delete|remove|get rid of|take off)\b|\b(?:should|needs? to|has to|have to|must|ought to|to) (?:be|get) (?:cancell?ed|voided|erased|deleted|removed)\b|\bneeds? (?:cancell?ing|voiding|deleting|removing)\b/;
const CLEAR_VERB = new RegExp(
  String.raw`\b(?:zero(?:ed)? (?:(?:it|that|this|them) )?out|wipe(?: out)?|clear(?: out)?|scratch|${DISCARD}|take (?:it|that|this|the pr|(?:the|her|his|their) (?:[\w$.,'-]+ ){0,2}?(?:balance|bal|pr)) off)\b`,
);
const CANCEL_OBJECT =
  /\b(?:pr|patient responsibility|patient resp|pt resp|charge|balance|placeholder|self[\s-]?pay)\b/;
// "ref" is a refund only where a refund's object follows: "pls ref $42 to Jane Doe", "ref 20 to bob"
// (not "ref #4411" or "for ref"). "give … back" with up to six words between, a title, a full name
// (accented letters included: "send María García back $12.50") and the money: "give Mr. Tom Baker
// his $20 copay back". "return" the money or a payment, whoever's it is ("return Omar Farouk's $50
// payment"); not "return the call about her payment".
// "ref 35 bob smith" too, a bare number then a name, where "ref" opens the text or a clause (not "ref
// 99812", a reference number of five digits, nor "ref 2 visits").
const REFUND =
  /(?:^|[,.;:!?] |\s-\s)ref \d{1,4}(?:\.\d{1,2})? (?!(?:visits?|days?|times?|charges?|payments?|pmts?|patients?|pts?|weeks?|months?)\b)[a-z\u00c0-\u024f]|\bref (?:\$\s?\d|\d[\d,.]* (?:to|for)\b|to (?!the\b)[a-z])|\brefund\w*\b|\breimburse\w*\b|\b(?:give|send|hand) (?:[\w\u00c0-\u024f$.'-]+ ){0,6}back\b|\breturn (?:the |her |his |their |(?:[\w\u00c0-\u024f.'-]+ ){0,3}[\w\u00c0-\u024f.-]+'s? )?(?:\$\s?\d|\d[\d,.]* (?:dollars?|bucks?)\b|(?:[\w$.,'-]+ ){0,2}(?:payment|copay|co-pay|deposit|overpayment|money)\b)|\bpay (?:her|him|them|it|the patient) (?:\w+ )?(?:money )?back\b|\b(?:return|reverse) (?:the|her|his|their) (?:\$\d+ )?payment\b|\bmoney back\b/;
// Money of the patient's that has to go back to them, told with no refund verb: "the copay we
// collected from Omar Haddad needs to go back to him", "her $40 deposit should be sent back to her",
// "that payment has to be given back to the patient". Not back to an insurer or an agency.
const MONEY_GOES_BACK =
  /\b(?:copay|co-pay|payment|pmt|deposit|money|overpayment|prepayment|credit|\$\s?\d[\d,.]*)\b[^.;!?]{0,60}?\b(?:go|goes|going|be (?:sent|given|paid|returned|mailed|credited)|get (?:sent|given|paid)) back to (?:him|her|them|the (?:patient|pt|family|guarantor|parents?)|pt)\b/;
// "clear out all of Samuel O'Neil's PR", "clear her balance": emptying someone's balance forgives it.
// "give Tom Baker 25% off his $200 bill": a share taken off is a discount, written off; so is a
// discount given by its percent ("give Ed Walsh a 10% discount of the $400"). "comp" with
// its object, a patient's included ("comp Anne-Marie Dubois's $50 copay"), or the patient then the
// amount ("comp Leilani Kahale $35 - …"), but not workers' comp.
const WRITE_OFF =
  /\b\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent|pct) off\b|\bwriteoffs?\b|\btake care of (?:the |her |his |their |that |this )?(?:\$\s?\d|\d[\d,.]* (?:dollars?|bucks?)\b)|\bwrite (?:[\w$.,'-]+ ){1,3}off\b|\blet (?!me\b|us\b)(?:[\w$.,'-]+ ){1,3}go\b|\bdiscount (?:[\w$.,'-]+ ){0,4}by \$?\d|\bwrite (?:it|that|this|them|those|(?:the|her|his|their) (?:balance|pr|rest)) off\b|\bwaive\w*\b|\b(?:adjust(?:ment)?|adj) off\b|\bforgive\w*\b|\bcomp(?<!\bworkers?'? comp) (?:the|her|his|their|it|this|that|\$\s?\d|(?:[^\s,.;!?]+ ){0,3}?[^\s,.;!?]+'s?\s)|\bcomp(?<!\bworkers?'? comp) (?:[^\s,.;!?$\d]+ ){1,3}\$\s?\d|\bcomp\b(?=.*\bcourtesy\b)|\bzero(?:ed)? (?:(?:it|that|this|them) )?out\b|\bzero (?:the|her|his|their) (?:balance|pr)\b|\bwipe (?:out )?(?:the|her|his|their)\b|\bclear (?:out |off )?(?:all (?:of )?)?(?:the|her|his|their|(?:[^\s,.;!?]+ ){0,2}[^\s,.;!?]+'s?) (?:[\w-]+ )?(?:balance|bal|pr|\$\s?\d)|\b(?:give|apply|need|needs|want|wants|do|process|run|take) (?:[\w'.%-]+ ){0,3}(?:the |a )?(?:\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent|pct) (?:(?:prompt[\s-]?pay|courtesy|cash|early[\s-]?pay) )?|(?:prompt[\s-]?pay|courtesy|cash|early[\s-]?pay) )discount\b/;
// "check if Rob Tate paid anything on his 10/30 visit": whether someone paid or owes, asked to be
// looked at, is their balance.
// "what Anne-Marie Dubois still has open", "what does Tom have open on the 9/3 visit": what is open
// on the account, asked with "has" ("has open" ends its clause or says where: not "has open slots").
// "Amount due for Georgia Wells?", "what's his total due?", "her current PR": what is due, in the
// words of a statement.
const BALANCE =
  /\b(?:amount|amt|total|sum) due\b|\bcurrent (?:pr|patient resp\w*|pt resp\w*)\b|\bowe[sd]?\b|\bowing\b|(?<!small[\s-]?)\b(?:balance|bal)\b|\bopen (?:charges|items|pr)\b|\boutstanding\b|\bhow much\b|\bstatement\b|\bwhat'?s left\b|\bcharges for\b|\b(?:show|list|pull(?: up)?|look ?up|check|look at|peek at|glance at)\b.{0,40}\b(?:charges|account|acct|ledger|pr)\b|\b(?:showing|sitting|still|left) (?:on|in) (?:[\w'-]+ ){0,3}?(?:account|acct|ledger)\b|\b(?:account|acct) (?:show|say)s?\b|\bledger\b|\bopen (?:for|on)\b|\bwhat(?:'s| is| do we have) open\b|\baccount (?:summary|status)\b|\b(?:anything|something|still) open\b|\b(?:has|have|got)(?: still)? open(?=\s*(?:$|[,.;!?]|(?:for|on|with|from|in|now|today|right now|at the moment)\b))|\b(?:anything|something) (?:still )?(?:due|owed)\b|\bstill due\b|\b(?:all )?paid up\b|\btotal (?:pr|patient responsibility)\b|\b(?:check|see|find out|look|verify|confirm) (?:if|whether) (?:[\w'.-]+ ){1,4}?(?:(?:has |have |ever |already |actually |still )*(?:paid|owes?|made (?:a|any) payments?)|has (?:a|any) (?:balance|bal))\b/;
// "pull up Ben Ash": a look-up verb and a name, nothing else asked, is a balance look-up.
const LOOKUP_ALONE =
  /^(?:(?:please|pls|can you|could you) )?(?:pull up|look ?up|check on|bring up|open up)\b/;
// "PR for Kwame Mensah?", "bal on jane doe", "Kwame's PR?": the noun and a name, nothing else
// asked, is a look-up. Short or asked as a question: "PR for Kwame was posted twice" tells, it
// does not ask; "please" asks it too ("Kwame's PR please").
// A date of service may close it: "what's the PR on Pham Minh Duc DOS 10/2?", "bal for Jane Doe
// from 9/14", "Kwame's PR for the 10/2 visit?".
const SERVICE_DAY = String.raw`(?:\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th))`;
const DATE_TAIL = `(?:,? (?:(?:for|on|from|of) )?(?:(?:the )?(?:dos|date of service|service date|visit)(?: (?:on|of))?:? )?(?:the )?${SERVICE_DAY}(?: (?:visit|dos))?)?`;
const NOUN_LOOKUP = new RegExp(
  String.raw`^(?:(?:what(?:'?s| is) )?(?:the )?(?:current |total |open |outstanding )?(?:pr|prs|patient resp(?:onsibility)?|pt resp|balance|bal) (?:for|on|of|re) (?:[^\s,.;!?]+ ?){1,4}?${DATE_TAIL} ?\??|[^,.;!?]+'s? (?:current |total |open )?(?:pr|balance|bal)${DATE_TAIL}(?:\?+|,? (?:please|pls|plz)[.!?]*))$`,
);
const BALANCE_QUESTION = /^(?:what|how much|show|list|pull up|look ?up|check|balance|bal)\b|\?$/;

// "knock $25 off", "take off $5", "shave 10 bucks off": taking an amount off is a write-off of
// part of the PR (with no amount, "take off the PR" is a cancel). The point in "$2.50" ends no
// sentence: read as one, "knock $2.50 off" took nothing off.
const WITHIN_CLAUSE = String.raw`(?:[^.?!;]|\.(?=\d)){0,30}?`;
const AMOUNT_OFF = new RegExp(
  String.raw`\b(?:knock|take|shave|chop|lop|cut|strike|trim|slash|drop)\b${WITHIN_CLAUSE}\boff\b`,
);
// An adjustment is how billing systems name a write-off: "adj $18.40 off her bal" is one, as "adj
// off $18.40" is. Not an insurer's ("the ins adj $20 off the claim" tells what the payer did).
const ADJUSTED_OFF = new RegExp(String.raw`\b(?:adj|adjust)\b${WITHIN_CLAUSE}\boff\b`);

/** An amount taken off, in so many words ("knock $25 off", "adj $18.40 off"). */
function takesAmountOff(lower: string): boolean {
  return AMOUNT_OFF.test(lower) || (ADJUSTED_OFF.test(lower) && !NOT_OUR_ADJUSTMENT.test(lower));
}

// Coming off the balance, asked: "the rest of Bob Smith's balance needs to come off", "her $40 should
// come off", "can the rest come off?", "take it off", "take the rest off her account". With no verb of
// ours, "the rest of … balance" read as a balance look-up. Not told as done ("the $40 came off
// yesterday"); "take the PR off" with a why-it-was-wrong reason cancels (CLEAR_VERB).
const COMES_OFF =
  /\b(?:needs? to|need|should|has to|have to|must|can|could|to|gotta|got to|will|going to|gonna)(?: (?:just|all|please|pls))? (?:come|be taken|be knocked) off\b|^(?:can|could|should|will) (?:[\w$.,'-]+ ){1,6}?(?:come|be taken|be knocked) off\b|\btake (?:it|that|this|them|(?:all|the rest|(?:the|her|his|their) (?:[\w$.,'-]+ ){0,2}?(?:balance|bal|pr|rest|remainder|amount))) off\b/;

// A request headed by a write-off reason's label names a patient and an amount and asks nothing
// else (reason.ts): its first clause states nothing ("small balance for Jane Doe is $5" tells),
// and it is no question ("what is a prompt pay discount?"). Not when a report was taken out
// (asked-part.ts): "hardship - I already wrote off $60 for Bob Smith" asks nothing.
const STATES = /\b(?:is|are|was|were|has|had|have|owes?|owed|owing|left|remaining|still|due|paid|pays)\b/;

function headedByLabel(lower: string, lead: string, signals: IntentSignals): boolean {
  if (!signals.hasPatient || !signals.hasAmount) return false;
  if (!headedByReasonLabel(lower) && !(lead !== '' && headedByReasonLabel(lead))) return false;
  const firstClause = /^[^,.;!?]*?(?= - |[,;!?]|\.(?!\d)|$)/.exec(lower)?.[0] ?? lower;
  return !lower.includes('?') && !STATES.test(firstClause);
}

// A discount given by its percent on a stated amount, with no verb of ours: "Ed Walsh gets 10% prompt
// pay on his $400 visit", "Jane Doe qualifies for 20% hardship on the $150 charge", "Bob Smith should
// get a 25% courtesy discount on the $120 visit". The share of the amount is written off (the amount
// is worked out, amount-fraction.ts); a reason word says it is a discount, not a payment ("Ed gets
// 10% on his $400 visit" says nothing of one). Not told as done ("got", "received"), nor asked
// ("does Ed Walsh get 10% prompt pay …?": "get" counts only after a modal, "should get").
const DISCOUNT_GIVEN =
  /\b(?:gets|getting|receives|receiving|qualif(?:ies|ying) for|(?:is|are) (?:eligible|approved|due|owed) for|(?:should|will|can|could|would|to|gonna|needs? to) (?:get|receive|have|qualify for)|deserves|earns) (?:an? |the )?\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent|pct) (?:[\w-]+ ){0,3}?(?:prompt[\s-]?pay(?:ment)?|courtesy|discount|disc|hardship|charity|goodwill|service recovery|early[\s-]?pay(?:ment)?|cash)\b[^.;!?]{0,40}?\b(?:on|off|of|for|from)\b[^.;!?]{0,30}?(?:\$\s?\d|\d[\d,.]* (?:dollars?|bucks?)\b)/;
// The same noted in shorthand, the discount first: "ppd 5% on Castillo $180 = $9", "prompt pay 10% for
// Ed Walsh - $400 CT", "5% ppd on Lee Chen's $200". A discount with its percent and an amount, at the
// start of the text or of a clause, asks nothing else.
const DISCOUNT_NOTED =
  /(?:^|[,;:]\s*|\s-\s)(?:(?:ppd|pp disc\w*|prompt[\s-]?pay(?:ment)?(?: disc\w*)?)\s+\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent|pct)|\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent|pct)\s+(?:ppd|pp disc\w*|prompt[\s-]?pay(?:ment)?(?: disc\w*)?))(?!\w)[^.;!?]{0,40}?(?:\$\s?\d|\d[\d,.]* (?:dollars?|bucks?)\b)/;
// The same with the amount first, the discount right after it: "Lee Chen $14, 10% ppd", "Jane Doe $200 -
// 5% prompt pay". The percent of that amount is written off (amount-fraction.ts).
const DISCOUNT_NOTED_AFTER =
  /(?:\$\s?\d[\d,.]*|\b\d[\d,.]* (?:dollars?|bucks?))[\s,;:-]+(?:(?:at|with|less|minus)\s+)?\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent|pct)\s+(?:ppd|pp disc\w*|prompt[\s-]?pay(?:ment)?(?: disc\w*)?)(?!\w)/;
// The cheap look that spares DISCOUNT_GIVEN on most texts.
const MAY_GIVE_PERCENT = /%|percent|pct/;

// "eat the $12", "we'll just eat it, small bal": swallowing a cost is slang for writing it off, only
// where money is named; "come grab it before the PTs eat it all" is lunch.
const EAT_IT = /\beat (?:the|it|that|this)\b/;
const MONEY_NAMED =
  /\$\s?\d|\b\d[\d,.]* (?:dollars?|bucks?)\b|\b(?:balance|bal|pr|copay|co-pay|fee|charge|cost|difference|diff|remainder|rest|amount|writeoffs?|loss|small|hardship|courtesy)\b/;

/** A write-off verb, the slang for throwing something away included, or a discount given. */
function writesOff(lower: string): boolean {
  return (
    WRITE_OFF.test(lower) ||
    (EAT_IT.test(lower) && MONEY_NAMED.test(lower)) ||
    DISCARD_THIS.test(lower) ||
    (MAY_GIVE_PERCENT.test(lower) &&
      (DISCOUNT_GIVEN.test(lower) || DISCOUNT_NOTED.test(lower) || DISCOUNT_NOTED_AFTER.test(lower)))
  );
}

/** "… needs to come off": a write-off, or a cancel when the text says the PR was wrong. */
function comesOff(lower: string): Intent | null {
  if (!lower.includes(' off') || !COMES_OFF.test(lower)) return null;
  return findCancelReason(lower) !== null && CANCEL_OBJECT.test(lower) ? 'cancel_pr' : 'write_off';
}

// Asked, not told: "tell me what he owes", "what's her balance?", "can you check her account".
const ASKS = /\?|\b(?:tell me|let me know|what|whats|how much|show|check|look ?up|pull up|see)\b/;

/** A balance asked for, a look-up alone ("pull up Ben Ash") or as a question ("what does he owe"). */
function asksBalance(lower: string, signals: IntentSignals): boolean {
  if (BALANCE.test(lower) && ASKS.test(lower)) return true;
  return signals.hasPatient && (looksUp(lower) || asksPatientShare(lower));
}

// Whom the text is addressed to, typed as plain text before it ("@billing lookup Magdalena
// Wiśniewska", "hey @billing, pull up Bob Smith"), and the marks left of a Slack mention taken out
// (normalize.ts): the look-up starts after them, as every other request is read wherever it stands.
const ADDRESSED_FIRST =
  /^[\s,!.:-]*(?:(?:hey|hi|hello|yo|ok|okay|morning|good morning)[\s,!.:-]*(?=@))?(?:@[\w.-]+[\s,!.:-]*)*/;

/** A look-up verb or noun and a name, nothing else asked ("pull up Ben Ash", "bal for jane doe?"). */
function looksUp(lower: string): boolean {
  const asked = lower.replace(ADDRESSED_FIRST, '');
  return LOOKUP_ALONE.test(asked) || NOUN_LOOKUP.test(asked);
}

// "batch under 5", "sweep at $3": the batch named, with its threshold, is the batch asked for.
const BATCH_NOUN = /\b(?:batch|sweep)\b/;

function isBatch(lower: string, signals: IntentSignals): boolean {
  if (!signals.hasThreshold || !BATCH_SCOPE.test(lower)) return false;
  // "undo the batch under $5", "roll back the sweep under $3": a batch undone is no new one.
  if (BATCH_WORD.test(lower) && undoes(lower)) return false;
  // "sm bal w/o under 2.50": small balances under a threshold are a batch, "all" written or not.
  return (
    writesOff(lower) ||
    /small[\s-]?bal|\bsm[\s-]?bals?\b|\bsb\b/.test(lower) ||
    SWEEP_VERB.test(lower) ||
    BATCH_NOUN.test(lower)
  );
}

// A placeholder thrown away, in slang: "kill the placeholder estimate on Jane Roe", "nix the
// estimate", "scrap that placeholder". A placeholder is an estimate the remittance replaces
// (DOMAIN.md section 1): it is cancelled, never written off, so no reason need be told.
const PLACEHOLDER_DISCARDED = new RegExp(
  String.raw`\b(?:${DISCARD}|kill|zap|scratch|get rid of|wipe(?: out)?|clear(?: out)?|zero(?:ed)? out) (?:[\w$.'-]+ ){0,3}?(?:placeholders?|estimates?)\b`,
);

function isCancel(lower: string): boolean {
  if (isNotBilling(lower)) return false;
  if (PLACEHOLDER_DISCARDED.test(lower)) return true;
  if (!CANCEL_OBJECT.test(lower)) return false;
  // "zero out the PR, it never should have been there": a PR never owed is as good a why as a reason.
  const saysWhyWrong = findCancelReason(lower) !== null || saysNeverOwed(lower);
  return CANCEL.test(lower) || (CLEAR_VERB.test(lower) && saysWhyWrong);
}

// A sentence of its own that asks a balance: "Lee Chen is on a payment plan, … What does he owe in
// total?". The payment plan is told, the balance is asked: the out-of-scope words name no task then.
// A dash between words parts the told from the asked as a full stop does ("she's on a payment
// plan - what does she owe?").
const QUESTION_SENTENCE = /[^.!?;]*\?/g;
const TOLD_APART = /\s-\s/;

function asksBalanceApart(lower: string): boolean {
  if (!lower.includes('?')) return false;
  const questions = (lower.match(QUESTION_SENTENCE) ?? []).map((s) => s.split(TOLD_APART).pop() ?? s);
  return questions.some(
    (sentence) => BALANCE.test(sentence) && ASKS.test(sentence) && outOfScopeTask(sentence) === null,
  );
}

// Someone's own cancelling told in a story, never asked of the app: "he had actually called to
// cancel", "she phoned ahead to cancel", "they tried to cancel online", "cancel her appointment".
// Read as asked, "… called to cancel, our mistake" beside "write off $20" was an undo.
const CANCEL_TOLD =
  /\b(?:called|call|calls|calling|phoned|texted|emailed|messaged|wanted|wants|tried|tries|asked|had|needed|meant|forgot|remembered)(?: (?:in|ahead|us|the office|the front desk|back))? to cancel\b|\bcancel (?:the|her|his|their|an?|my|our) (?:\w+ )?(?:appointment|appt|visit|session|booking)s?\b/g;

/** The text without a cancel told of the patient (CANCEL_TOLD); the cheap look first. */
function withoutCancelTold(lower: string): string {
  return lower.includes('cancel') ? lower.replace(CANCEL_TOLD, ' ') : lower;
}

// A reminder or notice to the team ("Reminder: month-end close is Monday, please finish your
// write-offs by Friday", "heads up - all refunds go through Dana this week", "PSA: …"), or their own
// work named as theirs ("get your write-offs in by Friday"): with no patient and no amount, nothing
// is asked of the app.
const TEAM_NOTICE =
  /^(?:(?:friendly |quick |gentle )?reminders?|fyi|psa|heads[\s-]?up|announcement|notice|note to (?:all|everyone|team)|(?:hi |hey |hello )?(?:team|all|everyone|folks|y'?all))\b\s*[:,!-]|\b(?:your|everyone'?s|all your|their) (?:[\w-]+ ){0,2}?(?:writeoffs?|refunds|adjustments|cancell?ations|undos)\b/;

// A write-off as the topic of small talk: "come grab lunch before the write-off meeting", "team
// meeting about write-offs at 3", "the write-off report looks off". A meeting, a training or a report
// on write-offs, told of, asks for none (read as asked, each opened an empty write-off form).
const TOPIC_NOUN =
  'meeting|mtg|huddle|training|session|call|sync|class|webinar|workshop|standup|review|report|policy|process|queue|spreadsheet|dashboard|numbers|presentation|slides|deck|agenda';
const WRITE_OFF_AS_TOPIC = new RegExp(
  String.raw`\b(?:before|after|during|at|to|from|for|in|skip|miss(?:ed)?|join|attend|about)\s+(?:the|our|my|this|today'?s|tomorrow'?s|weekly|monthly|next|a)\s+(?:[\w-]+\s+)?writeoffs?\s+(?:${TOPIC_NOUN})\b` +
    String.raw`|\b(?:${TOPIC_NOUN}|chat|talk|discussion|training)\s+(?:about|on|re|regarding|covering)\s+(?:the\s+|our\s+)?writeoffs?\b` +
    String.raw`|\bwriteoffs?\s+(?:${TOPIC_NOUN})\s+(?:looks?|looked|seems?|seemed|is|was|are|were|got|has|had|moved|starts?|started|ran|runs|went|will|at|tomorrow|today|tonight)\b`,
);
// What else would make the text a request once the topic is set aside.
const STILL_ASKS = /\bwriteoffs?\b|\b(?:refund|cancel|undo|reverse|waive|balance|bal|owes?)\b|\?/;

/** Whether the text talks of write-offs as a meeting's or a report's topic (WRITE_OFF_AS_TOPIC). */
export function talksOfWriteOffsAsTopic(lower: string): boolean {
  return lower.includes('writeoff') && WRITE_OFF_AS_TOPIC.test(lower);
}

/** Write-offs only talked of as a meeting's or a report's topic, no amount and nothing else asked. */
function writeOffOnlyTopic(lower: string, signals: IntentSignals): boolean {
  if (signals.hasAmount || !lower.includes('writeoff') || !WRITE_OFF_AS_TOPIC.test(lower)) return false;
  return !STILL_ASKS.test(lower.replace(new RegExp(WRITE_OFF_AS_TOPIC.source, 'g'), ' '));
}

function remindsTeam(lower: string, signals: IntentSignals): boolean {
  return !signals.hasPatient && !signals.hasAmount && !signals.hasThreshold && TEAM_NOTICE.test(lower);
}

// Paying told as the patient's plan, not asked: "she'll pay the balance next week", "he is going to
// pay off his bal on Friday", "Olga promised to pay the rest". The balance is news, not a look-up.
const PAYMENT_PROMISED =
  /\b(?:she|he|they|pt|patient|family|guarantor|[\p{L}'-]+)(?:'ll| will| is going to|'s going to| are going to| gonna| plans? to| promised to| agreed to| said (?:she|he|they)(?:'d| would))(?: (?:just|also|probably|definitely))? pay\b/u;

/**
 * The intent of the lower-cased, normalized text. `read` is what of it is asked (readAsked, given
 * the text before write-off spellings were unified, which keeps their tense: "I wrote off …"
 * reports, it does not ask); the caller reads it once, as the amount needs it too.
 */
export function detectIntent(text: string, signals: IntentSignals, read: AskedPart): IntentMatch {
  const found = (intent: Intent): IntentMatch => ({ intent, explicit: true });
  if (isPromptInjection(text)) return found('unknown');
  if (isProductQuestion(read.asked, signals)) return found('help');
  if (read.asksAboutPast) return found('unknown');
  // "Remind me to write off Gail Ross's balance on Monday": a reminder, which the app does not keep.
  if (asksReminderToSelf(text)) return found('unknown');
  const { reportedWriteOff } = read;
  const lower = withoutThanks(withoutCancelTold(read.acted));
  // "Reminder: … finish your write-offs by Friday": work the team is reminded of, no one named.
  if (remindsTeam(text, signals)) return { intent: 'unknown', explicit: true };
  // "lol that patient yesterday wanted us to write off everything": a story, no one named (wish-told.ts).
  if (!signals.hasPatient && onlyTellsWish(text)) return { intent: 'unknown', explicit: true };
  // "before the write-off meeting": a write-off talked of, none asked.
  if (writeOffOnlyTopic(lower, signals)) return { intent: 'unknown', explicit: true };
  // "… we'll write off the $300 once it's approved, don't do anything yet. Just tell me what he
  // owes": an action held off is never the request; a balance asked beside it is.
  if (read.heldOff) return found(asksBalance(lower, signals) ? 'balance' : 'unknown');
  if (isBatch(lower, signals)) return found('small_balance_batch');
  // "approve Dana's $300 write-off", "set Kayla's write off limit to $250", "pull write-offs by
  // biller": a manager's task names a write-off without asking for one; the help desk says where.
  if (asksManagerTask(read.asked)) return found('help');
  // "undo the refund for Bob", "Dana refunded Bob's copay, undo it": only write-offs have an undo.
  if (undoesOtherThanWriteOff(lower, text)) return found('unknown');
  // "wrong patient on my last write-off, I meant Jane Roe not Jane Doe": who was meant, nothing asked.
  if (onlyCorrectsPatient(lower)) return found('unknown');
  if (
    (undoes(lower) && (WRITE_OFF_WORD.test(lower) || BATCH_WORD.test(lower) || reportedWriteOff)) ||
    BACK_ON_BALANCE.test(lower) ||
    regretsWriteOff(lower) ||
    // "reverse the one on Jane Doe": what was done to her, and only a write-off has an undo.
    undoesTheOne(lower) ||
    (ADJUSTMENT_UNDONE.test(lower) && !NOT_OUR_ADJUSTMENT.test(lower)) ||
    UNDO_ALONE.test(lower) ||
    UNDO_SLANG.test(lower)
  )
    return found('undo_write_off');
  if (REFUND.test(lower) || (lower.includes(' back to ') && MONEY_GOES_BACK.test(lower)))
    return found('refund_payment');
  if (isCancel(lower)) return found('cancel_pr');
  if (writesOff(lower) || (signals.hasAmount && takesAmountOff(lower))) return found('write_off');
  // "the PR on her 11/3 visit should never have been there": a PR never owed is cancelled.
  if (!isNotBilling(lower) && (saysNeverOwed(lower) || labelsChargeWrong(lower))) return found('cancel_pr');
  const offTheBalance = comesOff(lower);
  if (offTheBalance !== null) return found(offTheBalance);
  if (outOfScopeTask(lower)) return found(asksBalanceApart(lower) ? 'balance' : 'unknown');
  if (!read.reported && headedByLabel(lower, read.lead, signals)) return found('write_off');
  // "adj $25 admin adj pt Lyle Moss", "svc recovery adj $45 pt Dora Lake" (adjustment-reasoned.ts).
  if (!read.reported && signals.hasPatient && signals.hasAmount && adjustsWithReason(lower))
    return found('write_off');
  // "Patient - Lee Chen / Amount - $33 / Reason - deceased": a form with a write-off reason in it.
  if (!read.reported && signals.hasPatient && signals.hasAmount && givesWriteOffReasonField(lower))
    return found('write_off');
  // "Just so everyone knows, Tom Baker's balance was written off by Karen last week": the balance is
  // what the report was about, with nothing asked of it; read as asked, the FYI opened a look-up.
  const balanceOnlyTold = (read.reported || PAYMENT_PROMISED.test(lower)) && !ASKS.test(lower);
  if (BALANCE.test(lower) && !balanceOnlyTold && (BALANCE_QUESTION.test(lower) || !isNotBilling(lower)))
    return found('balance');
  if (CANCEL.test(lower) && !isNotBilling(lower)) return found('cancel_pr');
  if (looksUp(lower) && signals.hasPatient && !isNotBilling(lower)) return found('balance');
  // "can you tell me what nguyen thi lan's pt resp is": the patient's share asked by its billing name.
  if (signals.hasPatient && asksPatientShare(lower) && !isNotBilling(lower)) return found('balance');
  // "where do we stand with Priya Patel?", "is Tom Baker all square with us?" (account-standing.ts).
  if (signals.hasPatient && asksStanding(lower) && !isNotBilling(lower)) return found('balance');
  return { intent: 'unknown', explicit: false };
}
