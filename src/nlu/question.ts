/**
 * Is this a question about how the product works, or a request to do something? One decision
 * shared by the request path (which declines questions: they never open a form) and the help
 * path (which answers them). Works on the lower-cased, normalized text (`writeoff` unified).
 *
 * A question about how something works is help even when it carries an action verb ("can
 * write-offs be reversed?"). A request in the form of a polite question is still the request
 * ("can you write off $40 for Jane?"): what tells them apart is who is asked to act (you, the
 * app) and whether the text names what to act on (a patient, an amount).
 */

import { asksStanding } from './account-standing.ts';
import { weighsTwoActions } from './actions-weighed.ts';
import { asksCompliance } from './compliance-question.ts';
import { asksPastFailedAttempt } from './failed-attempt.ts';
import { namesOtherSubject } from './other-subject.ts';
import { SOMEONES_SHARE } from './patient-share.ts';
import { asksAfterStory, asksWhichToChoose } from './question-embedded.ts';

export interface QuestionSignals {
  /** An amount was written that is not a threshold. */
  readonly hasAmount: boolean;
  /** A threshold was written ("under $5"): with "can we …" it names what to act on. */
  readonly hasThreshold?: boolean;
  /** A patient is named. */
  readonly hasPatient: boolean;
  /** The patient is named by two words or more ("Derek Shaw"): one alone may be a vendor or a coworker. */
  readonly hasFullName?: boolean;
}

// Text that tries to steer an assistant rather than ask for billing work.
const INJECTION =
  /\b(?:ignore|disregard|forget|override|bypass) (?:all |any |the |your |these |my |of )*(?:previous|prior|above|earlier|system|safety|instructions|rules|guidelines|prompts?|directions|limits)\b|\bsystem prompt\b|\byou are now\b|\bjailbreak\b|\bdeveloper mode\b|\bnew instructions\b/;

// Question forms that only ever ask how things work ("what happens if …", asked as a supposition
// too: "what would happen if I wrote off …").
const HELP_STRONG =
  /^(?:how (?:do|does|can|should|would|could|to|come|are|is)\b|why\b|which\b|what (?:happens|(?:would|will|could|might|'d|'ll) happen)\b|what (?:counts|qualifies) as\b|what(?:'s| is) considered\b|what(?:'?s| is) the (?:diff(?:erence)?|rule|policy|process|limit|max|maximum|most|reason code)|what (?:reason|code)\b|when (?:should|can|do|does|is)\b|where (?:do|can|is|are)\b|who (?:can|approves|should|is allowed|may)\b|explain\b|help$|help (?:with|on|me understand)\b|is there a\b|diff(?:erence)? between\b|walk me through\b|tell me (?:how|about|what|why)\b)|\bwhy\b|\bgr[ae]y(?:ed)? ?out\b|\bdisabled\b|\bwon'?t let me\b|\b(?:doesn'?t|does not|isn'?t|not) let(?:ting)? me\b|\bdiff(?:erence)? between\b|\bhow (?:do|can|should) (?:i|we|you)\b|\bhow (?:i|we) (?:can|could|should|do|may|must|need to|have to)\b|\bhow to\b|\bwhat does .{1,40} mean\b|\bam i allowed\b|\bwhat are (?:the )?(?:rules|reasons|limits|options)\b|\berror (?:message|says)\b|\b(?:refundable|reversible|undoable)\b|\bor should (?:i|we)\b|^(?:does|do(?! (?:the|a|this|that|my|her|his|their) writeoff\b[^?]*$)|will|would|can|could|should|is) (?:(?!not\b|we\b|you\b|u\b|i\b|they\b|possible\b|ok\b|okay\b|allowed\b)\w+ )?(?:refunding|writeoff|cancell?ing|undoing|reversing|voiding)\b|\bwhy (?:can'?t|won'?t|isn'?t)\b/;
// ("how I can cancel …", "how we should refund …": the question in the order of the statement, as
// writers of another first language often ask it, is the same question.)
// Softer question forms that a polite command also uses: help only when no amount is given.
const HELP_WEAK =
  /^(?:can (?:i|we|billers?|(?:a|an|the|any|every) (?:biller|billing manager|manager|admin|viewer|user|front desk)|someone|anyone|somebody|anybody)|could (?:i|we)|should (?:i|we)|is (?:it )?(?:ok|okay|possible|allowed)|do (?:i|we) need|are (?:we|billers) allowed|what if)\b/;
// Whether an action is allowed, asked of no patient but of anyone in a role ("can a biller write off
// $200 without approval?", "can managers refund $500?"), of any charge ("is it possible to write off
// part of a charge, like $10 of $30?", "… $50 of a $100 payment?") or of the writer's own rights ("can
// I write off $150 myself?", "… without approval?"): the rule is asked, with an amount only to
// picture it. Read as a request, it opened a form for no one. "can you w/o $40 for Jane Doe?" asks
// the app (POLITE_REQUEST); a patient named makes it that patient's request.
const ALLOWED_ASKED =
  /^(?:(?:can|could|may) (?:i|we|billers?|managers?|admins?|viewers?|users?|billing managers?|(?:a|an|the|any|every) (?:biller|billing manager|manager|admin|viewer|user|front desk))|is (?:it )?(?:ok|okay|possible|allowed)|are (?:we|billers|managers) allowed)\b/;
// A role, any charge or payment, an example amount, or the writer alone: who or what the rule is about.
const ANY_ONE_ASKED =
  /\b(?:(?:a|an|any|every|some) (?:\$?\d[\d,.]* )?(?:(?:single|whole|patient'?s?|big|small|large|partial|paid) )?(?:biller|billing manager|manager|admin|viewer|user|charge|payment|pmt|copay|co-pay|balance|bill|visit|claim|writeoff|refund|patient|pr|account)s?|billers|managers|admins|viewers|(?:like|say|e\.?g\.?|for example|for instance),? \$?\d|myself|ourselves|by my ?self|on (?:my|our) own|without (?:(?:a|an|any|manager'?s?|an? manager'?s?) )?(?:approval|sign[\s-]?off|permission|note)|over (?:my|our|the) limit)\b/;
// "can we un-write-off Derek Shaw?", "could we refund Bob Smith": the team asked to act on a patient
// it names in full is asked for the action, as "can you …" is. "can I undo Tom Baker's write-off?"
// asks whether I may (the help desk answers it for that patient); "can we undo a write-off?", naming
// no one, asks how it works, as "can we refund a payment made through Stripe?" does.
const TEAM_ASKED = /^(?:can|could) we\b/;
// Asking the team's own judgement, not the app to act: "should we write off Grace's $80 or send it
// to collections?", "do we write off the $12 or wait?", "is it better to refund it or write it off?".
// "should I/we …" always asks advice (a request says what to do); the other openings ask it when
// they weigh two courses ("… or <verb> …").
const ADVICE = /^(?:should|shall) (?:i|we)\b|^(?:is|would) it (?:be )?(?:better|best|smarter|wiser) to\b/;
const CHOICE_START =
  /^(?:do|would|could|can|are) (?:i|we)\b|^(?:is|would) it\b|^(?:is|are) (?:this|that|it|these|those)\b/;
const OTHER_COURSE =
  /\bor (?:should (?:i|we) |do (?:i|we) |would (?:i|we) |(?:just |rather |better |to |we |i )+)?(?:send|refer|keep|leave|wait|bill|rebill|hold|call|set|put|turn|move|give|offer|charge|collect|try|write|writeoff|refund|cancel|void|undo|reverse|let|not|go|eat|waive|comp|adjust|post|split|ask|escalate)\b/;
// Whether something is needed or allowed, asked: "do I need manager approval to w/o $300?", "does a
// $300 write-off need approval?", "will it need a note?", "is approval required to refund $500?",
// "are billers allowed to write off $300?". The rule is asked about, even with an amount or a
// patient named: nothing is asked to be done. Not whether the patient needs to pay ("does she
// still need to pay the $40?"): that asks a balance.
const ASKS_WHAT_IS_NEEDED =
  /^(?:do|does|did|will|would|is|are)\b(?:(?!\b(?:still|pay|owe)\b)[^.?!,;]){0,60}?\b(?:needs?|needed|requires?|required|necessary|mandatory|allowed|permitted)\b(?! to (?:pay|owe)\b)/;
// The same asked as the other of two courses: "can I write off $70 for Jane Doe or does it need
// approval?", "… or is a note required?". The rule is what is asked; "can you write off $70 for Jane
// Doe?" asks the app to act (POLITE_REQUEST) and stays the request.
const OR_ASKS_WHAT_IS_NEEDED =
  /\bor (?:(?:does|do|will|would) (?:it|that|this|i|we|she|he) (?:need|require)|(?:is|are) (?:(?:it|that|this|there) )?(?:(?:manager |an? )?(?:approval|note|sign[\s-]?off) )?(?:needed|required|necessary))\b/;
// An action named with "a"/"an" is any such action, and asked about it a yes/no question asks what
// it does: "is a refund going to remove the PR too?", "will a write-off show on her statement?",
// "does an undo put the PR back?". A request names the one to do ("the refund for Jane").
const ANY_ACTION_ASKED =
  /^(?:is|are|will|would|does|do) (?:a|an|any) (?:[\w$.,-]+ ){0,2}?(?:refund|writeoff|cancel(?:lation)?|undo|reversal|void|adjustment|batch|sweep)s?\b/;
// Whether the writer may act without what the rule asks for: "can I write off $40 for Jane Doe as
// hardship without a note?", "could I refund Bob Smith $500 without approval?". As "… or does it need
// approval?" does (OR_ASKS_WHAT_IS_NEEDED), it asks the rule, even with a patient and an amount named;
// "can you write off $40 for Jane Doe without a note?" asks the app to act (POLITE_REQUEST).
const OWN_RIGHT_WITHOUT =
  /^(?:can|could|may) i (?:still |just |even )?(?:writeoff|write|refund|cancel|void|undo|reverse|waive|do)\b[^?]{0,120}?\bwithout (?:(?:a|an|any|the|manager'?s?|an? manager'?s?|my manager'?s?) )?(?:approval|sign[\s-]?off|permission|note|notes|documentation|reason)\b[^?]*\?\s*$/;
const CAN_NOT = /\bcan(?:no|')?t (?:i |we )?(?:writeoff|undo|refund|cancel|reverse|see|find)\b/;

// "can you …", "could you please …", "would you mind …": the app is asked to act. Not when it is
// asked to explain ("can you explain how refunds work?"). Greetings may come first.
const POLITE_REQUEST =
  /^(?:(?:hi|hey|hello|good morning|morning|yo)\b[\s,!.-]*(?:team|all|there|folks)?[\s,!.-]*)?(?:(?:can|could|would|will) (?:you|u|ya|someone|somebody)(?: please| pls| plz| kindly| just)? (?!explain|tell|describe|clarify|help me understand|show me how)|would you mind\b|(?:can|could|may) (?:i|we) (?:get|have|see|pull up|look at)\b)/;

// What the app can do, asked of any such thing: "can you refund a payment partially?", "can you undo
// a batch?", "could you write off part of a charge?". The object is any one ("a", "an", "any", "part
// of a"), or the action is told only by how ("partially"); with no patient, no amount and a question
// mark, nothing is there to act on and the app's ability is asked. "can you refund Jane Doe's $20
// payment?" names both and stays the request; "can you undo that write-off?" names one of a thread.
const ANY_OBJECT =
  /\b(?:a|an|any|multiple|several|more than one) (?:[\w-]+ ){0,2}?(?:payments?|pmts?|charges?|writeoffs?|refunds?|batch(?:es)?|balances?|prs?|copays?|co-pays?|visits?|bills?|adjustments?|sweeps?|cancell?ations?|estimates?|placeholders?|reversals?)\b|\b(?:partially|partly|in part)\b/;
const FOR_THE_WRITER = /\bfor (?:me|us)\b/;

function asksAbility(lower: string, signals: QuestionSignals): boolean {
  return (
    !signals.hasPatient &&
    !signals.hasAmount &&
    signals.hasThreshold !== true &&
    /^(?:can|could) (?:you|u)\b/.test(lower) &&
    /\?\s*$/.test(lower) &&
    ANY_OBJECT.test(lower) &&
    !FOR_THE_WRITER.test(lower)
  );
}

// A question's opening word: a wh-word, or an auxiliary verb that starts a yes/no question.
const WH_START = /^(?:what|whats|what's|which|who|whom|whose|when|where|why|how)\b/;
const AUX_START = /^(?:can|could|should|shall|do|does|did|is|are|was|were|will|would|may|must|has|have)\b/;
const HYPOTHETICAL = /^(?:if|what if|suppose|supposing|say)\b/;
// A condition, then a command: "if Gwen's $95 is still open on Friday, w/o as bad debt", "if she
// hasn't paid by the 1st, refund the deposit". The request is on a condition the biller checks when
// confirming; nothing moves without the confirm, so it is the request, not a question. Not when a
// question is asked ("if I write off $20 by accident, can I undo it?").
const CONDITION_THEN_COMMAND =
  /^(?:if|unless|once)\b[^,?;]{1,120}, (?:(?:then|please|pls|just|go ahead and) )*(?:writeoff|refund|cancel|undo|void|reverse|waive|adjust off|zero out)\b[^?]*$/;
// Words of the product: a question that uses none of them is not about it ("what's the weather").
// Waiving and forgiving are write-offs in other words, and compliance is why reasons need notes
// (DOMAIN.md section 2): "is it a compliance problem to routinely waive copays?" asks the rule.
const PRODUCT_TOPIC =
  /\b(?:waiv\w*|forgiv\w*|complian(?:ce|t)|writeoffs?|billers?|billing managers?|managers?|admins?|viewers?|refund\w*|undo\w*|revers\w*|cancel\w*|balances?|bal|pr|reasons?|notes?|limits?|approv\w*|roles?|batch\w*|button|form|modal|charges?|payments?|owe[sd]?|outstanding|sweep\w*|permission\w*|access|slack|app|bot|hardship|charity|bad debt|collections?|deceased|bankruptcy|courtesy|prompt[\s-]pay|small[\s-]bal\w*|service recovery|administrative)\b/;
// "what can you do?", "what are you for?": a question about the app itself.
const CAPABILITY =
  /^(?:what (?:can|do|else can) (?:you|u|i) (?:do|ask|help)|what are you (?:for|able)|what do you (?:do|handle|support)|commands|options|menu)\b/;
// Nouns that name how the product works, not a thing to act on ("write-off reasons?").
const GENERIC_TOPIC =
  /\b(?:reasons|reason codes?|rules|policy|policies|process|procedure|options|permissions|limits|steps|workflow)\b/;
// "over $100", "more than $100": a limit asked about, not an amount to act on.
const LIMIT_AMOUNT =
  /\b(?:over|above|more than|greater than|larger than|bigger than|exceeding|up to)\s+\$?\d/;
// A question about a balance ("what does Jane owe?", "what's her balance?"), not about the product.
// Someone's PR, their share in other words, asks it too ("what's Chloe's total PR?", patient-share.ts).
const BALANCE_ASK = new RegExp(
  String.raw`\bowe[sd]?\b|\bowing\b|\b(?:balance|bal)\b|\boutstanding\b|\bwhat'?s left\b|\bopen (?:charges|items|pr)\b|${SOMEONES_SHARE}`,
);
// Someone's balance, not balances in general ("what's her balance?" vs "what counts as a small balance?").
// "what's", "that's" are no one's: "what's the amount due on the batch?" asks of no patient.
const PERSON_REF =
  /\b(?:her|his|their|she|he|they|them|this patient|the patient|pt)\b|(?<!\b(?:what|that|it|there|here|let))'s\b/;
const OTHER_ACTIONS = /\b(?:writeoffs?|refund\w*|undo\w*|cancel\w*|revers\w*|reasons?|approv\w*|limits?)\b/;

const ANYONE_ASKED = /^(?:can|could|would|will) (?:someone|somebody|anyone|anybody)\b/;
const BATCH_NAMED = /\b(?:batch|sweep|mass|bulk)\b/;

export function isPromptInjection(lower: string): boolean {
  return INJECTION.test(lower);
}

/**
 * The text is on another subject and names nothing of ours ("what's the weather in Denver", "how
 * do I reset my Epic password"): neither help nor a request, and a capitalised word in it is no
 * patient.
 */
export function isOffTopic(lower: string): boolean {
  return namesOtherSubject(lower) && !PRODUCT_TOPIC.test(lower);
}

/** A patient's balance asked as a question: the request path answers it, not the help desk. */
function asksForBalance(lower: string, signals: QuestionSignals): boolean {
  if (startsWithBalanceAsk(lower)) return true;
  if (!BALANCE_ASK.test(lower)) return false;
  return signals.hasPatient || (PERSON_REF.test(lower) && !OTHER_ACTIONS.test(lower));
}

// A polite frame before what is asked: "when you get a chance", "when u have a sec", "whenever you
// can", "if you could", "at your convenience", a greeting first. It asks nothing of its own; read
// as the question's opening ("when …", "if …"), "when you get a chance could you please write off
// $35 for Joan Pratt" was help. What follows it decides ("when you get a sec, how do I undo a
// write-off?" is still help). Not "when you wrote off …" or "if you could not reach her".
const POLITE_OPENER =
  /^(?:(?:hi|hey|hello|good morning|morning|yo)\b[\s,!.-]*(?:team|all|there|folks)?[\s,!.-]*)?(?:when(?:ever)? (?:you|u|ya) (?:get|have|got|find) (?:a |the )?(?:(?:free|spare|quick) )?(?:chance|sec|second|minute|min|moment|mo|tick)|whenever (?:you|u|ya)(?:'re| are) (?:free|able)|whenever (?:you|u|ya) can|when (?:you|u|ya) can|if (?:you|u|ya) (?:could|can|would|don'?t mind)(?! not\b)|at your (?:earliest )?convenience)\b[\s,!.;:-]*(?:(?:please|pls|plz|kindly)\b[\s,]*)?/;

/** The text without a polite frame before what it asks ("when you get a chance, …"). */
export function withoutPoliteOpener(lower: string): string {
  const opener = POLITE_OPENER.exec(lower);
  if (!opener) return lower;
  const rest = lower.slice(opener[0].length);
  return rest === '' ? lower : rest;
}

/** True when the text asks how the product works; false when it asks the app to do something. */
export function isProductQuestion(text: string, signals: QuestionSignals): boolean {
  const lower = withoutPoliteOpener(text);
  if (isPromptInjection(lower)) return false;
  // "Tried to write off $500 for Lorna Bell and it said over my limit. What now?" (failed-attempt.ts).
  if (asksPastFailedAttempt(lower)) return true;
  if (POLITE_REQUEST.test(lower)) return asksAbility(lower, signals);
  // "how do I reset my Epic password": a question on another subject is none of the help desk's.
  if (isOffTopic(lower)) return false;
  // "where do we stand with Priya Patel?": a patient's standing asked is their balance.
  if (signals.hasPatient && asksStanding(lower)) return false;
  if (HELP_STRONG.test(lower) || CAN_NOT.test(lower)) return !startsWithBalanceAsk(lower);
  // "is it legal to waive copays for staff?" (compliance-question.ts).
  if (asksCompliance(lower)) return true;
  if (weighsTwoActions(lower, signals.hasAmount)) return true;
  // "nobody told me what reason to pick when a patient dies" (question-embedded.ts).
  if (!signals.hasAmount && asksWhichToChoose(lower)) return true;
  if (
    ASKS_WHAT_IS_NEEDED.test(lower) ||
    OR_ASKS_WHAT_IS_NEEDED.test(lower) ||
    ANY_ACTION_ASKED.test(lower) ||
    OWN_RIGHT_WITHOUT.test(lower)
  )
    return true;
  if (ADVICE.test(lower) || (CHOICE_START.test(lower) && OTHER_COURSE.test(lower))) return true;
  // "can we w/o all balances under $5": a threshold asked of the team names what to act on.
  const hasAmount =
    (signals.hasAmount && !LIMIT_AMOUNT.test(lower)) ||
    (signals.hasThreshold === true && /^(?:can|could) we\b/.test(lower));
  if (HYPOTHETICAL.test(lower) && PRODUCT_TOPIC.test(lower)) return !CONDITION_THEN_COMMAND.test(lower);
  if (CAPABILITY.test(lower)) return true;
  if (WH_START.test(lower)) return PRODUCT_TOPIC.test(lower) && !asksForBalance(lower, signals);
  const teamAskedOfPatient = signals.hasFullName === true && TEAM_ASKED.test(lower);
  // "can someone tell me how much Fatima Noor owes?": anyone asked for a patient's balance asks it,
  // as "can you tell me …" does; "can someone tell me how batches work?" names no one and is help.
  if (ANYONE_ASKED.test(lower) && signals.hasPatient && asksForBalance(lower, signals)) return false;
  if (HELP_WEAK.test(lower) && !hasAmount && !teamAskedOfPatient) return true;
  if (
    !signals.hasPatient &&
    signals.hasThreshold !== true &&
    ALLOWED_ASKED.test(lower) &&
    ANY_ONE_ASKED.test(lower)
  )
    return true;
  // "do the small balance sweep, threshold $5": a batch told with its threshold, not asked, names
  // what to act on ("do we do the sweep under $5?" still asks).
  const batchTold = signals.hasThreshold === true && !lower.includes('?') && BATCH_NAMED.test(lower);
  const namesNothing = !signals.hasPatient && !hasAmount && !batchTold;
  if (/^help\b/.test(lower)) return namesNothing;
  // "my approval request has been sitting for a week, does it expire?" (question-embedded.ts).
  if (namesNothing && PRODUCT_TOPIC.test(lower) && asksAfterStory(lower)) return true;
  if (AUX_START.test(lower)) return namesNothing && PRODUCT_TOPIC.test(lower);
  return namesNothing && GENERIC_TOPIC.test(lower) && (lower.endsWith('?') || lower.split(' ').length <= 4);
}

function startsWithBalanceAsk(lower: string): boolean {
  return /^how much\b/.test(lower) || /^what (?:does|do|is|'s) .{1,40} owe\b/.test(lower);
}
