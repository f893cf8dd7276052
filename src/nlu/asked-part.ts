/**
 * The part of a request that asks for something. Some of what people write asks nothing: a
 * lead-in before a dash or colon ("I'm new here - …"), an action negated ("do NOT write off … yet"),
 * what someone already did ("I already wrote off $40 for Jane, fyi"). Those parts are taken out
 * before the verbs are read (intent.ts), so they can neither become the request nor hide the one
 * that follows them.
 */
import { holdsOff } from './held-off.ts';
import { REMARK_FIRST } from './lone-word.ts';
import { unifyWriteOffWords } from './normalize.ts';
import { NON_NAME_WORDS } from './vocabulary.ts';

// Throwing something away, in slang: a write-off of what it names ("drop the $8"), an undo when
// that is a write-off, a cancel when the text says why the PR was wrong (intent.ts).
export const DISCARD = 'drop|ditch|scrap|nix|toss';

// "do not write off …", "don't refund her yet", "never mind, don't cancel it": a negated action is
// taken out with its object, up to the end of its clause, before the verbs are read; what is left
// decides ("don't write it off, cancel the PR instead, it was a duplicate" is a cancel; a dash ends
// the clause too: "Don't write it off - Lee Chen paid twice, so refund him"). Advice against it is
// a negation too ("I wouldn't write off her balance yet", "we shouldn't refund him", "let's not
// cancel it", "we're not going to write it off"). "Don't forget to write off …" is not a negation.
const NEGATED_ACTION = new RegExp(
  String.raw`\b(?:do not|don'?t|never|no need to|hold off (?:on|from)|(?:would|should|will)(?: not|n'?t)|won'?t|(?:let'?s|lets|(?:i'?d |we'?d )?rather|i'?m|im|i am|we'?re|we are) not(?: (?:going to|gonna))?|(?:not|never) (?:going to|gonna))(?: (?:yet|actually|just|really|necessarily|please|pls|go ahead and|bother(?: to)?|even))? (?:writeoffs?|write|undo|un-?do|reverse|revert|roll|refund\w*|reimburse|cancel|void|delete|remove|erase|waive|zero|wipe|clear|comp|forgive|${DISCARD}|take|knock|give|return|touch|run|process|apply|post)\b[^,.;!?]*?(?=[,.;!?]|\s-\s|\b(?:but|instead|just|rather)\b|$)`,
  'g',
);

// What is not wanted, named as a thing in parentheses or after a comma or dash: "cancel it please
// (NOT a write off)", "cancel the PR, not a refund", "void it - not a write-off!", "no write-off
// needed, cancel it", and said of what the text is about: "this isn't a write off, the PR … was
// entered in error — cancel it", "it's not a refund". Taken out like a negated action, so "cancel"
// never meets "write-off" in it and reads as undoing one. It ends at a dash or colon as at a comma:
// "Not a refund - just undo the $45 write-off", "not a write-off: refund her $20" ask after it.
const NEGATED_THING =
  /(?:\(|(?<=[,;:] |- )|^)\s*(?:(?:and|but|just|so|i repeat|repeat|again|definitely|absolutely|please|pls)[\s,]+)?(?:(?:this|that|it)(?:'s| is| was)? not|(?:this|that|it) (?:isn'?t|wasn'?t)|not|no|never|nothing like)(?: (?:an?|the|any|as an?))? (?:writeoffs?|refunds?|reversals?|undo|cancel(?:lation)?s?|adjustments?|voids?)\b(?:(?!\s-\s)[^,.;:!?()])*\)?/g;

// A short lead-in before a dash or colon that asks nothing itself: "I'm new here - what can a
// biller do?", "Before I call her back - does Ana owe anything?", "quick q: …". No amount, no verb
// of ours.
const PREAMBLE = /^([^-:,.?!$\d]{1,60}?)(?: - |: )(?=\S)/;
// A verb of ours in the lead-in makes it the request: "remove the PR on Oscar Lindqvist - insurance
// reprocessed and paid in full" asks the cancel before the dash, and what follows only tells why.
// So does money given back: "give Kyle Moss his money back - $45".
const ACTION_WORDS =
  /\b(?:writeoffs?|write|refund\w*|reimburse|cancel\w*|undo|void|reverse|waive|forgive|remove|delete|erase|get rid of|zero (?:it |that |this )?out|wipe|re-?open|back[\s-]?out|balance|bal|owe[sd]?|unwind|revert|(?:roll|take|pull|walk|back) (?:it|that|this|them) (?:back|out)|money back|(?:give|send|hand) (?:[\w$.'-]+ ){0,6}back)\b/;

// Words people start a chat message with that ask nothing: "wait whats the diff …", "ok so which
// reason …", "hmm, when can I undo …". Taken off so that questions anchored at the start are seen.
const FILLER =
  /^(?:(?:wait|ok|okay|so|um+|uh+|hm+|oh|also|btw|sorry|actually|quick q(?:uestion)?)\b[\s,!.-]*)+/;

// A lead-in that says a question follows, set off by a comma or a dash: "just checking, can a small
// balance batch be undone …?", "quick question, …", "out of curiosity - …", "sorry to bug you, …".
const ASKING_LEAD_IN =
  /^(?:(?:i'?m |i was |we'?re )?(?:just |only )?(?:checking|wondering|curious|asking|confirming|double[\s-]checking)(?: (?:in|here|again|quick|quickly|real quick))?|out of curiosity|(?:one |a |another )?(?:quick|random|dumb|silly|stupid|general|small|policy) (?:q|qq|question)|real quick|question for (?:you|u|y'?all|the team)|sorry to (?:bother|bug|pester) (?:you|u|y'?all|everyone)(?: again)?|for my own (?:knowledge|understanding|info|reference)|for (?:those|anyone|everyone|people|folks|all|y'?all|the (?:team|group)|(?:the |our )?(?:new|newer) (?:folks|hires|billers|people|staff|team members|ones))(?: (?:who (?:asked|are asking|were asking|have asked|wondered|are wondering|are new)|asking|wondering|new here))?|(?:just )?to clarify|as a (?:quick )?reminder)\s*[,!.:;-]+\s*/;

// A clause that says when, not what: "before I write anything off, what's Kwame's balance?",
// "check her acct before I call her back", "until we hear from the estate". Its verbs are what
// the writer will do, not what is asked. It ends at its clause, or where a question or a polite
// ask begins ("before I call her back can you check …").
const WHEN_I = String.raw`\b(?:before|until|till|til|unless) (?:i|we|you|u)\b`;
const WHEN_CLAUSE = new RegExp(
  String.raw`${WHEN_I}[^,.;!?]*?(?=[,.;!?]|\s-\s|\b(?:what|whats|how|can|could|would|please|pls)\b|$)`,
  'g',
);
// The same clause opening the text, with what sets it off: the question test reads what follows.
const LEADING_WHEN = new RegExp(String.raw`^${WHEN_I}[^,.;!?]*?(?:[,;:]|\s-\s)\s*`);
// "write anything off", "not refunding anything yet", "refund nothing": an action with no object
// names nothing to act on, so it is no request. Not "write off anything under $5" (a batch) or
// "anything she owes".
const ANYTHING_AS_OBJECT =
  /\b(?:writeoff|write|writing|refund\w*|cancel\w*|undo|void|waive\w*) (?:anything|nothing)(?: off)?(?: (?:yet|now|today|for now|just yet))?(?=\s*(?:[,.;!?]|$)|\s+(?:until|till|before|unless)\b)/g;

// What could be done later, told as a comfort, not asked: "write off $40 for Jane, we can always
// undo it later", "you can reverse it if the app is denied". Read as asked, the undo beat the
// write-off it speaks of.
const POSSIBLE_LATER = new RegExp(
  String.raw`\b(?:we|you|u|i|they|someone) (?:can|could|may|might) always\b[^,.;!?]*` +
    String.raw`|\b(?:we|you|u|i|they|someone) (?:can|could|may|might)(?: still| easily| just)? (?:undo|reverse|revert|unwind|take|pull|roll|back|cancel|refund|writeoff|write|fix|change|adjust)\b[^,.;!?]*?\b(?:later|afterwards|if|down the road|any ?time)\b[^,.;!?]*`,
  'g',
);

// The cheap look that spares POSSIBLE_LATER on most texts.
const MAY_BE_POSSIBLE = / (?:can|could|may|might) /;

// A greeting set off by its mark and the writer introducing themselves: "hi! new biller here",
// "hey team, I'm new here -", "hello, new to billing:". What follows is the question or request.
const INTRODUCTION =
  /^(?:(?:hi|hey|hello|good (?:morning|afternoon|evening)|morning|yo)(?: (?:team|all|there|folks|everyone|y'?all))?\s*[,!.]+\s*(?:(?:i'?m |i am |im )?(?:a |the )?new (?:biller|billers|here|hire|to (?:this|billing|the team|the app))(?: here)?\b[\s,!.:;-]*)?|(?:i'?m |i am |im )?(?:a |the )?new (?:biller|hire)(?: here)?\b[\s,!.:;-]+|(?:i'?m |i am |im )new here\b[\s,!.:;-]+)/;

/** The text without the words it starts with that ask nothing (an introduction, FILLER, a remark, ASKING_LEAD_IN). */
function withoutLeadIns(lower: string): string {
  return lower
    .replace(INTRODUCTION, '')
    .replace(FILLER, '')
    .replace(REMARK_FIRST, '')
    .replace(ASKING_LEAD_IN, '');
}

/** The lead-in before a dash or colon that asks nothing (PREAMBLE), or null. */
function preambleOf(text: string): RegExpExecArray | null {
  const lead = PREAMBLE.exec(text);
  if (!lead?.[1] || ACTION_WORDS.test(lead[1]) || lead[1].split(' ').length > 7) return null;
  return lead;
}

/** The text without a lead-in that asks nothing (PREAMBLE, FILLER), so the ask after it decides. */
function withoutPreamble(lower: string): string {
  const text = withoutLeadIns(lower).replace(LEADING_WHEN, '');
  const lead = preambleOf(text);
  return lead === null ? text : text.slice(lead[0].length);
}

// A question about something already done, asked of a person: "did you already write off …?",
// "@Dana have you refunded her?". Not a request: nothing is to be done.
const ASKS_ABOUT_PAST =
  /^(?:@[\w.-]+[,:]? )?(?:did|have|has|had) (?:\w+ )?(?:already |ever |just |actually )?(?:writeoff|write|refund\w*|cancel\w*|undo|undid|reverse\w*|void\w*|run|ran)\b/;

// Whether something was done, asked in the passive: "… or did that get written off?", "was it
// written off?", "has the $40 been refunded?". The write-off is what is asked about, never asked
// for, so its clause is taken out and what else the text asks (a balance) decides. Runs on the
// unified text, where "written off" is `writeoff`; it ends at the question mark it needs. Not
// whether it may be done ("is possible write off 60$ from Hamid?", "is it ok to write off …"): that
// asks for the write-off (question.ts).
const ASKED_IF_DONE =
  /\b(?:(?:did|does|do|has|have|had|will) (?:[\w$.'/-]+ ){0,4}?(?:get|got|gotten|been)|(?:was|were|is|are)(?! (?:it |we |i )?(?:possible|ok|okay|allowed|able)\b)(?: [\w$.'/-]+){0,4}?(?: been)?) (?:(?:already|ever|just|actually|all|fully|really) )*(?:writeoff|refunded|cancell?ed|reversed|voided|undone|waived)\b[^,.;!?]*(?=\?)/g;

// Whether an action named by its noun is done, asked: "was Lee Chen's refund done yet?", "has Bob
// Smith's write-off been processed?", "did Jane Doe's refund go through?", "is the refund for Tom
// Baker done?". The action is asked about, never asked for (as ASKED_IF_DONE reads the passive), so
// its clause is taken out. At a clause's start: "… can you check the refund went through, and refund
// him $40" is not this.
const NOUN_ASKED_IF_DONE =
  /(?:^|(?<=[,.;!?:]\s)|(?<=\s-\s))(?:was|were|is|are|has|have|had|did|does)\b[^,.;!?]{0,60}?\b(?:refunds?|writeoffs?|write[\s-]?offs?|w\/os?|cancellations?|reversals?|undo|voids?)\b[^,.;!?]{0,40}?\b(?:done|processed|completed?|finished|finali[sz]ed|posted|issued|applied|handled|taken care of|(?:go|goes|gone|went|come|came|get|got|gotten) (?:through|out)|through|sent(?: out)?|submitted|approved|happen(?:ed)?)\b[^,.;!?]*/g;
// The cheap look that spares NOUN_ASKED_IF_DONE on most texts.
const STATUS_START =
  /^(?:was|were|is|are|has|have|had|did|does)\b|(?:[,.;!?:]|\s-) (?:was|were|is|are|has|have|had|did|does)\b/;

// The same with the action named first and asked after a comma or dash: "the refund for Tom, is it
// done?", "Jane Doe's write-off - did it go through?", "that $40 refund for Bob, has it been
// processed yet?". As "is the refund for Tom done?" is, the action is asked about, not for.
const STATUS = `(?:done|processed|completed?|finished|finali[sz]ed|posted|issued|applied|handled|taken care of|(?:go|goes|gone|went|come|came|get|got|gotten) (?:through|out)|through|sent(?: out)?|submitted|approved|happen(?:ed)?)`;
const NOUN_THEN_ASKED_IF_DONE = new RegExp(
  String.raw`(?:^|(?<=[.;!?:]\s))(?:(?:the|that|this|her|his|their|my|our|(?:[\p{L}-]+\s+){0,2}[\p{L}'-]+'s?)\s+)(?:[\w$.'-]+\s+){0,3}?(?:refunds?|writeoffs?|write[\s-]?offs?|w\/os?|cancellations?|reversals?|undo|voids?)\b[^.;!?]{0,40}?(?:,|\s-)\s*(?:was|were|is|are|has|have|had|did|does)\s+(?:it|that|this|they|those|these)\b(?:\s+(?:already|all|ever|actually|yet|been|really))*\s+${STATUS}\b[^,.;!?]*`,
  'gu',
);
const STATUS_AFTER =
  /(?:,|\s-)\s*(?:was|were|is|are|has|have|had|did|does)\s+(?:it|that|this|they|those|these)\b/;

/** The text without a clause that asks whether an action is done (NOUN_ASKED_IF_DONE). */
function withoutStatusAsked(text: string): string {
  const asked = STATUS_START.test(text) ? text.replace(NOUN_ASKED_IF_DONE, ' ') : text;
  return STATUS_AFTER.test(asked) ? asked.replace(NOUN_THEN_ASKED_IF_DONE, ' ') : asked;
}

// A person saying what someone already did: "I already wrote off $40 for Jane Doe, fyi", "Karen
// refunded Mr. Tanaka's copay this morning", "the front desk voided it". Taken out with its clause
// (on the text before write-off spellings are unified, which lose the tense), so what else the
// text asks decides: "I wrote off $40 for Jane by mistake, can you undo it?".
// A coworker is named by a word that is no billing word (checked in withoutReports); without an
// auxiliary only in the simple past, so "jane doe written off twice" is not read as her report.
const ADVERBS = '(?: (?:already|just|also|previously|accidentally|mistakenly))*';
const PAST_DONE = 'wrote|refunded|cancell?ed|undid|reversed|voided|adjusted|waived|issued|processed|ran';
const PERFECT_DONE =
  'written|refunded|cancell?ed|undone|reversed|voided|adjusted|waived|issued|processed|run';
// "the other biller", "another biller", "one of the other billers", "a coworker".
const COWORKER = String.raw`(?:(?:my|our|the|a|an|another|one of (?:my|our|the)) (?:[\p{L}-]+ )?(?:coworker|co-worker|colleague|manager|supervisor|biller|boss|lead|team|office|front desk|receptionist|billing (?:team|dept|department|office))s?)`;
// With no one named, "already" still tells it was done: "fyi already wrote off the $30 …" (the one
// who did it was an addressed mention, normalize.ts, or is the writer). At a clause's start only.
const NO_SUBJECT = String.raw`(?:^|(?<=[,.;:!?(-] |\b(?:fyi|btw|ps|fwiw|heads up|just so you know) ))`;
const REPORTED_PAST = new RegExp(
  String.raw`\b(?:(?:i|we|she|he|they|someone|somebody)(?: (?:already|just|also|previously|had|have|has|accidentally|mistakenly))* (?:${PAST_DONE}|written)` +
    String.raw`|(?:${COWORKER}|(?<name>[\p{L}][\p{L}'-]+))${ADVERBS} (?:${PAST_DONE}|ha[sd]${ADVERBS} (?:${PERFECT_DONE})))\b` +
    String.raw`[^,.;!?]*?(?=[,.;!?]|\s-\s|\b(?:but|so|can you|could you|please|pls)\b|$)`,
  'gu',
);

// A dash set off by spaces ends the clause too: "I wrote off the wrong patient - reverse the $40
// write-off on Carlos Vega" asks after it, as after a comma.
const CLAUSE_REST = String.raw`[^,.;!?]*?(?=[,.;!?]|\s-\s|\b(?:but|so|can you|could you|please|pls)\b|$)`;
// Read before REPORTED_PAST, which would take "fyi" for a coworker's name and stop there.
const UNNAMED_REPORT = new RegExp(String.raw`${NO_SUBJECT}already (?:${PAST_DONE})\b${CLAUSE_REST}`, 'g');
// Without "already", a clause that opens with the simple past ("Wrote off $25 for Ruth Meyer
// yesterday, fyi") is a report when the text says it tells (fyi, heads up) or when it was done (a
// past day); read as asked, it wrote off the $25 again. "wrote" and the like are never imperative.
const UNNAMED_PAST = new RegExp(String.raw`${NO_SUBJECT}(?:${PAST_DONE})\b${CLAUSE_REST}`, 'g');
// "ok, done - wrote off the $15 …", "wrote off $15 for Bob Smith already": a task reported finished,
// or "already" anywhere in it, tells too.
const TELLS_WHAT_WAS_DONE =
  /(?:^|[,.;!?]\s*)(?:ok(?:ay)?[\s,]*|yep[\s,]*|so[\s,]*)?(?:all |it'?s |that'?s |just )?done\b(?=\s*(?:[,.;:!]|-\s|$))|\balready\b|\b(?:fyi|btw|fwiw|heads up|just so you know|just so (?:everyone|everybody|y'?all|you all|all|the team) knows?|(?:just )?letting (?:you|everyone|everybody|y'?all|you all|all|the team) know|for your records|yesterday|earlier today|this morning|last (?:night|week|friday|monday|tuesday|wednesday|thursday))\b/;

// What was done, told in the passive: "he was refunded already", "her copay got refunded", "the $40
// has already been written off". Nothing is asked of it: read as asked, "cancel the PR for Bob
// Smith, he was refunded already" was a refund. Not asked as a question ("was she refunded?", which
// ASKED_IF_DONE reads): the clause must not end at a question mark.
const PASSIVE_REPORT = new RegExp(
  String.raw`\b(?:was|were|(?:has|have|had)${ADVERBS} been|got|gotten)${ADVERBS} (?:${PERFECT_DONE}|reimbursed)\b${CLAUSE_REST}(?!\?)`,
  'g',
);

// Every verb REPORTED_PAST can end on: most texts have none, and this test is cheaper.
const ANY_PAST_VERB = new RegExp(String.raw`\b(?:${PAST_DONE}|${PERFECT_DONE})\b`);

// A plan, not a request: "I was going to write off Will's $12 but he paid it", "we were about to
// refund her", "I'm thinking of writing off the $8". Taken out with its clause like a report,
// unless what follows asks for the planned thing ("… but ran out of time, can you do it?").
// "I'm going to write off …" (now) and "I meant to …" (often a slip being corrected) are not plans.
const PLANNED =
  /\b(?:i|we|she|he|they|someone|somebody)(?:(?: was| were| had been|'d been) (?:going to|gonna|about to|planning (?:to|on))|(?: was| were|'?m| am|'?re| are) (?:thinking (?:of|about)|considering)| (?:had )?(?:planned|intended) to)\b[^,.;!?]*?(?=[,.;!?]|\b(?:but|so|can you|could you|please|pls)\b|$)/g;
// A plan on a condition not met yet: "once it's approved we'll write off the $300", "we'll refund
// her when the check clears", "if she pays $20 I can write off the rest". Done later, not asked now.
const ACTION_LATER = String.raw`\b(?:i|we|they|someone)(?:'ll| will| can| could| would| should| are going to| plan to)(?: (?:then|just|probably|go ahead and))* (?:write|writeoff|w\/o|wo|refund|cancel|undo|reverse|void|waive|adjust|take|comp|zero|wipe|forgive)\b`;
// "if" after asking or wondering is "whether", no condition: "I was wondering if we could write
// off …", "let me know if you can refund her" ask for it now. Taken out as a plan, the polite
// opener left no request at all.
const CONDITION = String.raw`\b(?:once|when|after|as soon as|(?<!\b(?:wonder(?:ing|ed)?|know|see|ask(?:ing|ed)?|check(?:ing)?|curious) )if)\b`;
const PLANNED_ON_CONDITION = new RegExp(
  String.raw`${CONDITION}[^.;!?]{0,80}?${ACTION_LATER}[^,.;!?]*?(?=[,.;!?]|\b(?:but|so|can you|could you|please|pls)\b|$)` +
    `|${ACTION_LATER}[^,.;!?]{0,60}?${CONDITION}[^,.;!?]*`,
  'g',
);
// The cheap look that spares PLANNED_ON_CONDITION on most texts.
const CONDITION_WORD = /once|when|after|as soon as|if /;
const PLAN_WORD = /\b(?:going|gonna|about|planning|planned|intended|thinking|considering)\b/;
const DO_THE_PLAN =
  /\b(?:(?:can|could|would|will) (?:you|u|someone|somebody)(?: please| pls)? (?:do|handle|take care of|finish|process|go ahead with) (?:it|that|this|them)|(?:please|pls) (?:do|handle|finish|process) (?:it|that|this)|go ahead)\b/;

// A request someone else made, quoted or reported, and turned down: "Karen asked 'can we write off
// Samuel O'Neil's balance?' and the answer is no", "Jane Doe asked if we could waive her copay, we
// said no". The ask is told, not made; read as made, the refused write-off was opened. Quoted up to
// the closing quote (a name's apostrophe inside it is no close), or reported with "if" or "whether"
// to the end of its clause.
const ASKED_BY_SOMEONE = String.raw`\b(?:asked|asks|was asking|wanted to know|wondered)(?: (?:me|us|you|him|her|them|the team|everyone))?`;
const REPORTED_ASK = new RegExp(
  String.raw`${ASKED_BY_SOMEONE}[,:]? ['"][^\n]{0,200}?[?.!]?['"](?=\s|[,.;!?]|$)` +
    `|${ASKED_BY_SOMEONE} (?:if|whether) [^.;!?]*[.;!?]?`,
  'g',
);
// The ask turned down: "the answer is no", "we said no", "told her no", "it was denied", "Karen declined".
const TURNED_DOWN =
  /\b(?:(?:the )?answer (?:is|was) no|said no|told (?:her|him|them|the (?:patient|pt)) no|(?:was|were|got|been|is) (?:denied|declined|refused|rejected|turned down|not approved)|(?:declined|denied|refused|rejected|turned (?:it|that|this|her|him|them) down)\b)/;
// The cheap look that spares REPORTED_ASK on most texts.
const MAY_REPORT_ASK = /\b(?:asked|asks|asking|wanted to know|wondered)\b/;

/** `plain` without an ask someone made that was turned down, or null when it has none. */
function withoutRefusedAsk(plain: string): string | null {
  if (!MAY_REPORT_ASK.test(plain) || !TURNED_DOWN.test(plain)) return null;
  const rest = plain.replace(REPORTED_ASK, ' ');
  return rest === plain ? null : rest;
}

/** `plain` without the clauses that report what someone did or planned, or null when there are none. */
function withoutReports(text: string): string | null {
  const refused = withoutRefusedAsk(text);
  const plain = refused ?? text;
  let found = refused !== null;
  let rest = plain;
  if (ANY_PAST_VERB.test(plain)) {
    const told = TELLS_WHAT_WAS_DONE.test(plain) ? plain.replace(UNNAMED_PAST, ' ') : plain;
    const unnamed = told.replace(UNNAMED_REPORT, ' ').replace(PASSIVE_REPORT, ' ');
    found = unnamed !== plain;
    rest = unnamed.replace(REPORTED_PAST, (clause: string, ...args: unknown[]) => {
      const groups = args.at(-1) as { name?: string } | undefined;
      if (groups?.name !== undefined && NON_NAME_WORDS.has(groups.name)) return clause;
      found = true;
      return ' ';
    });
  }
  const planned = PLAN_WORD.test(rest);
  const conditioned = CONDITION_WORD.test(rest);
  if (planned || conditioned) {
    const withoutPlans = planned ? rest.replace(PLANNED, ' ') : rest;
    const unplanned = conditioned ? withoutPlans.replace(PLANNED_ON_CONDITION, ' ') : withoutPlans;
    if (unplanned !== rest && !DO_THE_PLAN.test(unplanned)) {
      found = true;
      rest = unplanned;
    }
  }
  return found ? rest : null;
}

// "wrote off", "wrote it off", "wrote the $20 off": the write-off a reported action was.
const WROTE_OFF =
  /\b(?:wrote|written) (?:(?:it|that|this|them|those|(?:the|her|his|their|my) [\w$.,'-]+|\$?\d[\d.,]*) )?off\b|\b(?:wrote|written)off\b/;

export interface AskedPart {
  /** The text without a lead-in that asks nothing: what the question test reads. */
  readonly asked: string;
  /** Also without negated actions and reported ones: what the verbs are read from. */
  readonly acted: string;
  /** "did you already write off …?": a question about something already done. */
  readonly asksAboutPast: boolean;
  /** "I wrote off Helen Wu by mistake, add it back": an undo verb then undoes that write-off. */
  readonly reportedWriteOff: boolean;
  /** Something someone did or planned was taken out ("I already wrote off …"). */
  readonly reported: boolean;
  /** The lead-in taken off before a dash or colon ("hardship - Bob Smith $60"), or ''. */
  readonly lead: string;
  /** "don't do anything yet", "hold off": no action is asked, whatever verbs the text has (held-off.ts). */
  readonly heldOff: boolean;
}

/** `lower` is the normalized text; `plain` the same before write-off spellings were unified. */
export function readAsked(lower: string, plain?: string): AskedPart {
  const asked = withoutPreamble(lower);
  // Whether an action is done, asked, is taken out first: "was the refund for Tom Baker processed?"
  // is no report of Baker processing anything.
  const unreported = plain === undefined ? null : withoutReports(withoutStatusAsked(plain));
  const reported = unreported !== null;
  const rest = reported ? unifyWriteOffWords(withoutPreamble(unreported)).replace(/^[\s,.;!?-]+/, '') : asked;
  const unasked = withoutStatusAsked(rest)
    .replace(ASKED_IF_DONE, ' ')
    .replace(NEGATED_ACTION, ' ')
    .replace(NEGATED_THING, ' ')
    .replace(WHEN_CLAUSE, ' ');
  const acted = (MAY_BE_POSSIBLE.test(unasked) ? unasked.replace(POSSIBLE_LATER, ' ') : unasked).replace(
    ANYTHING_AS_OBJECT,
    ' ',
  );
  return {
    asked,
    acted,
    asksAboutPast: ASKS_ABOUT_PAST.test(asked),
    reportedWriteOff: reported && WROTE_OFF.test(plain ?? ''),
    reported,
    lead: asked === lower ? '' : (preambleOf(withoutLeadIns(lower))?.[1] ?? ''),
    heldOff: holdsOff(rest),
  };
}
