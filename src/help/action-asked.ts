/**
 * Which action a help question is about: write-off, undo, refund or cancel. The same refusal
 * belongs to different articles for different actions (blocker-topics.ts), so both the patient's
 * situation (situation.ts) and an answer from the articles (answer.ts) ask this first.
 */
import { normalizeText } from '../nlu/normalize.ts';
import type { BlockedAction } from './blocker-topics.ts';
import { asksToWriteOffAgain } from './redo-asked.ts';
import { asksToRestoreWrittenOff } from './restore-asked.ts';
import { normalizeText as helpVocabulary } from './synonym-phrases.ts';

// The verb right after "can I", "why can't I", "trying to", …: the action the question asks about
// ("can I write off … or do I have to refund first" asks about the write-off; "can I write it off"
// does too).
// "is it possible to write off …", "any way to reverse …", "should I cancel …": asked too.
const ASKED_VERB =
  /\b(?:can(?:'?t|not| not)?|could(?:n'?t)?|how (?:do|can|should)|try(?:ing)? to|tried to|want to|need to|allow(?:ed)?(?: me)? to|able to|let me|lets me|is it (?:possible|ok|okay|allowed|fine|legal) to|(?:is there )?(?:a|any) way to|am i allowed to|may|should|go to|goes to|went to)(?: (?:i|we|you|u|still|just|even|ever|please))* (undo|un-?do|reverse|refund|cancel|writeoff|write (?:it|that|this|them|those|these|her balance|his balance|the rest) off)/g;
// "I don't want to write it off", "we never tried to refund": an action said not to be wanted is
// not the one asked.
const NEGATED_BEFORE = /\b(?:don'?t|do not|didn'?t|did not|doesn'?t|does not|not|never|won'?t|will not)\s*$/;

/** The verb of the first action asked that is not negated ("I go to cancel … I don't want to write it off"). */
function askedVerb(lower: string): string | undefined {
  for (const m of lower.matchAll(ASKED_VERB)) {
    if (!NEGATED_BEFORE.test(lower.slice(Math.max(0, m.index - 16), m.index))) return m[1];
  }
  return undefined;
}
const ACTION_OF_VERB: Readonly<Record<string, BlockedAction>> = {
  undo: 'undo_write_off',
  'un-do': 'undo_write_off',
  reverse: 'undo_write_off',
  refund: 'refund_payment',
  cancel: 'cancel_pr',
  writeoff: 'write_off',
};

// "how do I get her the money back", "pay him back", "reimburse the copay": a refund in other words.
const MONEY_BACK =
  /\b(?:money|payment|copay|co-pay|cash)\s+back\b|\b(?:give|pay|send|get)\s+(?:\S+\s+){0,3}?back\b(?!\s+on\b)|\breimburs/i;

// "Lee Chen wants the $68 he paid on the lipid panel back": money a patient paid, wanted back. What
// is wanted back must be money (an amount, a payment, what was paid), not a write-off.
const WANTED_BACK =
  /\b(?:wants?|wanted|wanting|asks? for|asked for|asking for|requests?|requested|requesting|expects?|expecting)\s+((?:\S+\s+){0,8}?)back\b/i;
const MONEY =
  /\$\s?\d|\b\d+(?:\.\d\d)?\s*(?:dollars|bucks)\b|\b(?:paid|payment|copay|co-pay|money|cash|deposit)\b/i;
const WRITE_OFF_WORDS = /\bwrit\w*[\s-]*off|\bw\/o\b|\bwriteoff/i;

/** Whether money is asked back: a refund, in so many words or in others ("give her the $60 back"). */
function refundAsked(question: string): boolean {
  return /\brefund(?!ed\b)/i.test(question) || MONEY_BACK.test(question) || wantsMoneyBack(question);
}

function wantsMoneyBack(question: string): boolean {
  const wanted = WANTED_BACK.exec(question)?.[1];
  return wanted !== undefined && MONEY.test(wanted) && !WRITE_OFF_WORDS.test(wanted);
}

// "I need to take that write-off back", "back out the w/o": a write-off taken back is undone.
const WRITE_OFF_TAKEN_BACK =
  /\b(?:take|takes|taking|took|pull|pulling|pulled)\s+(?:\S+\s+){0,2}?(?:writ\w*[\s-]*offs?|w\/o|writeoffs?)\s+back\b|\b(?:take|taking|took|back|backing|backed)\s+(?:back|out)\s+(?:the\s+|that\s+|this\s+|my\s+|her\s+|his\s+)?(?:writ\w*[\s-]*offs?|w\/o|writeoffs?)\b/i;

// "can Noah's write-off be undone?", "could the w/o on her visit get reversed?", "is it possible to
// have that write-off backed out": the write-off is what a verb of undoing is done to, in the passive.
// Read before the verb after "can", which here is the write-off's noun, not a write-off asked for.
const UNDONE = '(?:undone|reversed|reverted|unwound|rolled back|backed out|taken back|pulled back)';
const WRITE_OFF_UNDONE = new RegExp(
  String.raw`\bwriteoffs?\b(?:\s+\S+){0,5}?\s+(?:be|get|got|gets|been|being|is|are|was|were|have|had|has)\s+(?:\w+\s+)?${UNDONE}\b|\b(?:have|get|got|having|getting)\s+(?:\S+\s+){0,3}?writeoffs?\s+${UNDONE}\b`,
);

// "can it be refunded?", "could the estimate get cancelled", "can those be written off?": the
// action done to the charge or its PR, in the passive. Between the modal verb and "be"/"get" only
// what is acted on ("it", "her copay", "the 9/14 visit"), never a person who acts ("can I write off
// a charge that got cancelled?" asks about the write-off).
const PASSIVE_ACTION =
  /\b(?:can|could|should|will|would|may|might|is it possible (?:to|for))\s+(?!(?:i|we|you|u|someone|somebody|anyone)\b)(?:[^\s?.!,;]+\s+){0,4}?(?:be|get|have)\s+(?:(?:it|them|that|this)\s+)?(?:just\s+|still\s+|fully\s+|partly\s+)?(refunded|cancel+ed|voided|writeoff|writeoff'?d|w\/o'?d|undone|reversed)\b/;
const ACTION_OF_PASSIVE: Readonly<Record<string, BlockedAction>> = {
  refunded: 'refund_payment',
  voided: 'cancel_pr',
  writeoff: 'write_off',
  undone: 'undo_write_off',
  reversed: 'undo_write_off',
};

/** The action the question asks to have done to something, in the passive ("can it be refunded?"). */
function passiveActionAsked(lower: string): BlockedAction | undefined {
  const verb = PASSIVE_ACTION.exec(lower)?.[1];
  if (!verb) return undefined;
  if (/^cancel/.test(verb)) return 'cancel_pr';
  if (/^w(?:\/|riteoff)/.test(verb)) return 'write_off';
  return ACTION_OF_PASSIVE[verb];
}

// A write-off that was a mistake: "the $50 prompt pay discount was wrong", "written off as small
// balance by mistake", "that w/o was an error". What was written off in error is undone (DOMAIN
// section 3), whatever noun tells what it was (an estimate, a discount, a small balance).
const WRITTEN_OFF_NOUN = String.raw`(?:\bwriteoff\w*|\bw\/o\b|\b(?:wrote|written)\s+(?:\S+\s+){0,3}?off\b|\bdiscount\w*|\badjust(?:ment|ed)\b)`;
const IN_ERROR = String.raw`(?:\bwrong\w*|\bmistake\w*|\bin error\b|\ban error\b|\bby accident\b|\baccidental(?:ly)?\b|\bshould(?:n'?t| not| never)(?: have)?\b|\b(?:was|were)(?:n'?t| not) supposed\b|\bincorrect\w*|\bnot right\b)`;
const WRITE_OFF_IN_ERROR = new RegExp(
  `${WRITTEN_OFF_NOUN}[^.?!;]{0,80}?${IN_ERROR}|${IN_ERROR}[^.?!;]{0,20}?${WRITTEN_OFF_NOUN}`,
);

// Charged though it should not have been: "we charged … we shouldn't have", "should never have
// been billed", "charged by mistake", "wasn't supposed to be charged", "never owed it".
export const WRONGLY_CHARGED = new RegExp(
  [
    String.raw`\b(?:charged|billed|collected|took)\s+(?:\S+\s+){0,5}?(?:we|they|you|i|she|he)\s+(?:should(?:n'?t| ?not)|never should|were(?:n'?t| not) supposed to|did(?:n'?t| not) need to)(?:\s+have)?\b`,
    String.raw`\b(?:should(?:n'?t| ?not)|should never|never should)\s+have\s+(?:been\s+)?(?:charged|billed|collected)\b`,
    String.raw`\b(?:was|were|got|been)(?:n'?t| not)? supposed to (?:be )?(?:charged|billed)\b`,
    String.raw`\b(?:charged|billed|collected)\s+(?:\S+\s+){0,4}?(?:by mistake|in error|by accident|wrongly|incorrectly|for nothing)\b`,
    String.raw`\b(?:wrongly|mistakenly|accidentally|incorrectly)\s+(?:charged|billed|collected)\b`,
    String.raw`\b(?:did(?:n'?t| not)|does(?:n'?t| not)|never) (?:actually |really )?owe(?:d)?\b`,
    // "that charge is bogus", "the PR on it is wrong", "this bill was a mistake": the PR itself.
    String.raw`\bbogus\b`,
    String.raw`\b(?:charge|pr|bill|copay|co-pay)\s+(?:on (?:it|this|that|her|his) )?(?:is|was|'s)\s+(?:just |totally |completely )?(?:wrong|invalid|a mistake|an error|in error|not (?:hers|his|theirs|valid))\b`,
  ].join('|'),
  'i',
);

// A charge told to be a duplicate: "the sept one is a dup", "it was entered twice". Duplicate PR is
// wrong PR, which is cancelled with the reason "duplicate" (DOMAIN section 3).
const DUPLICATE =
  /\b(?:is|was|'s|are|were|it's|its)\s+(?:a\s+|the\s+)?(?:dup|dupe|duplicate|double)s?\b|\bduplicated\b|\b(?:entered|posted|charged|billed) twice\b|\bdouble[- ]?(?:billed|charged|entered|posted)\b/;

// An estimate whose remittance has come: "remittance came back $0 patient resp, what do I do with the
// estimate". Once the remittance says what is owed, the estimate is the PR to cancel.
const REMITTANCE_CAME =
  /\b(?:remit\w*|era|eob|insurance|payer|ins)\b[^.?!;]{0,20}?\b(?:came back|came in|come back|arrived|posted|says|said|shows|showed)\b/;
const ESTIMATE_NAMED = /\bestimates?\b|\bplaceholders?\b/;

/**
 * The action the story the question tells calls for, with no verb of ours asked: a write-off made
 * in error is undone ("the prompt pay discount was wrong, how do I take it off"); a duplicate is
 * cancelled ("the sept self-pay one is a duplicate"), and so is an estimate once its remittance
 * came ("remittance came back $0, what do I do with the estimate").
 */
function storyAction(lower: string): BlockedAction | undefined {
  if (WRITE_OFF_IN_ERROR.test(lower)) return 'undo_write_off';
  if (DUPLICATE.test(lower)) return 'cancel_pr';
  // "she should never have been charged for it", "billed by mistake", "that charge is bogus": PR
  // that was wrong is cancelled (refund first when paid), not written off; money asked back is the
  // refund's question.
  if (WRONGLY_CHARGED.test(lower) && !refundAsked(lower)) return 'cancel_pr';
  // "the EOB came back lower than the estimate, how do i give her the $60 back?" is a refund.
  if (ESTIMATE_NAMED.test(lower) && REMITTANCE_CAME.test(lower) && !refundAsked(lower)) return 'cancel_pr';
  return undefined;
}

// "I need it cancelled", "we want this refunded", "I'd like the charge voided": the outcome asked.
const WANTED_DONE =
  /\b(?:need|needs|want|wants|wanted|would like|'d like|have to get|has to be|needs to be|need to get|want to get)\s+(?:it|this|that|them|this one|the (?:charge|pr|visit|balance|bill))\s+(?:to be\s+)?(?:just\s+)?(cancel+ed|voided|refunded|undone|reversed)\b/;

/** The action whose outcome the question says is wanted ("I need it cancelled"). */
function wantedDone(lower: string): BlockedAction | undefined {
  const verb = WANTED_DONE.exec(lower)?.[1];
  if (!verb) return undefined;
  if (/^cancel|^void/.test(verb)) return 'cancel_pr';
  return verb === 'refunded' ? 'refund_payment' : 'undo_write_off';
}

/**
 * The action the question's story calls for (storyAction), when no verb of ours asks another: what
 * was done or happened is then told, not asked about ("has two x-rays, … one is a duplicate").
 */
export function actionOfStory(question: string): BlockedAction | undefined {
  const { lower } = normalizeText(question);
  if (WRITE_OFF_UNDONE.test(lower) || passiveActionAsked(lower) || askedVerb(lower)) return undefined;
  return storyAction(lower);
}

/**
 * Whether the question asks to do one of the actions ("can I write off …", "how do I refund …"),
 * the verb read as the request parser reads it or as the help's vocabulary does ("can I just write
 * it off", "how do I wrte of").
 */
export function asksToAct(question: string): boolean {
  const { lower } = normalizeText(question);
  return (
    askedVerb(lower) !== undefined ||
    askedVerb(helpVocabulary(question)) !== undefined ||
    passiveActionAsked(lower) !== undefined
  );
}

/**
 * Which action the question is about: a write-off said to be undone ("can her write-off be
 * reversed?"); else the one asked after "can I", "why can't I", "trying to";
 * else undo when it asks a written-off balance back (restore-asked.ts) or the write-off itself;
 * else a refund when money paid is wanted back; else write-off unless it says undo, refund or
 * cancel.
 */
export function actionAsked(question: string): BlockedAction {
  const { lower } = normalizeText(question);
  // "can I write it off again? the undo was a mistake": the write-off made again, not an undo.
  if (asksToWriteOffAgain(question)) return 'write_off';
  if (WRITE_OFF_UNDONE.test(lower)) return 'undo_write_off';
  const passive = passiveActionAsked(lower);
  if (passive) return passive;
  const asked = askedVerb(lower);
  if (asked) return ACTION_OF_VERB[asked.startsWith('write') ? 'writeoff' : asked] ?? 'undo_write_off';
  // "… someone wrote it off as small balance, I need it cancelled": the outcome asked wins over
  // the story told on the way (a write-off in error would be undone; here the cancel is asked, and
  // its rules say to undo first).
  const wanted = wantedDone(lower);
  if (wanted) return wanted;
  const told = storyAction(lower);
  if (told) return told;
  // "how do I get that balance back on the books?": written-off PR comes back by an undo.
  if (asksToRestoreWrittenOff(question)) return 'undo_write_off';
  if (/\b(undo|un-do|reverse|revers(?:e|ing|al))\b/i.test(question) || WRITE_OFF_TAKEN_BACK.test(question))
    return 'undo_write_off';
  // "the PR was cancelled and can't be written off" tells a state, and asks about the write-off.
  if (refundAsked(question)) return 'refund_payment';
  // "if we refunded her payment, what would she owe?": a refund supposed is the refund's question.
  if (/\b(?:if|once|suppose|say)\b[^.?!]{0,30}?\brefunded\b/i.test(question)) return 'refund_payment';
  if (
    /\bcancel(?!l?ed\b)|\b(?:have|has|be|been|get) cancel+ed\b|\bget rid of\b|\berase\b|\bvoid\b/i.test(
      question,
    )
  )
    return 'cancel_pr';
  return 'write_off';
}
