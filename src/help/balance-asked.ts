/**
 * Whether a question about a patient asks what they owe ("what is Tom Baker's balance?", "how do I
 * look up Jane Doe's balance?") rather than for something to be done about it. The words of a
 * balance ("owes", "balance") are in most questions about a patient; they ask for the balance only
 * when no action of ours is in the question ("why can't I write off Jane's balance?" is about the
 * write-off, and so is "she still owes $20, anything stopping me from writing it off?") and no
 * advice is asked ("she can't pay what she owes, what should I do?").
 */
import { asksToAct } from './action-asked.ts';
import { asksWhatToDo } from './advice-asked.ts';
import { amountAsked } from './charge-named.ts';
import { reasonNamed } from './reason-note.ts';
import { asksToRestoreWrittenOff } from './restore-asked.ts';
import { asksWhatStatusMeans } from './status-asked.ts';
import { normalizeText } from './synonym-phrases.ts';

// What remains owed: "what's left on her x-ray" ("whats left", typed fast), "anything left to
// pay", "why is it down to $100?".
const BALANCE_WORDS =
  /\b(?:balance|bal|owe[sd]?|owing|outstanding|how much)\b|\b(?:what(?:'s|’s| is|s)|anything|still|is there)\s+left\b|\bleft\s+to\s+(?:pay|collect)\b|\b(?:down to|went down|gone down|dropped|decreased|lower than (?:it was|before))\b/i;

// Our actions, as the help's vocabulary writes them (synonym-phrases.ts): "writing it off", "wrte
// of", "w/o", "pay her back" and "take it back" are found however they were typed.
const ACTION_TERMS = /\b(?:writeoff|refund\w*|cancel\w*|undo\w*|revers\w*|void\w*|waiv\w*)\b/;

// "how do I see each charge for Priya Patel with what was paid vs written off": asked how to look
// something up, whatever the words after it name.
const LOOKUP_ASKED =
  /\b(?:how (?:do|can|would) (?:i|we|you)|where (?:do|can) (?:i|we)|can (?:i|we)|is there a way to|want to|need to)\s+(?:\w+\s+)?(?:see|view|check|look ?up|pull up|find)\b(?! (?:out )?(?:if|whether|why)\b)/i;

// A balance asked in words: "how much", "what's her balance", "what does she owe".
const ASKED_IN_WORDS = /\bhow much\b|\bwhat(?:'s|’s| is| does| do|s)\b/i;

/**
 * "noah davis ekg 15 bucks small bal": an amount and a write-off reason, in a biller's shorthand,
 * is a write-off asked for, though "bal" is a balance word. Not when the balance is asked in words.
 */
function terseWriteOff(question: string): boolean {
  return (
    reasonNamed(question) !== null && amountAsked(question) !== undefined && !ASKED_IN_WORDS.test(question)
  );
}

// Billed though the state told says nothing is owed: "her lab panel got cancelled but she still got a
// statement?" asks what she owes, whatever action's word tells the state.
const STILL_BILLED =
  /\bstill\s+(?:got|gets|getting|received|receiving|receives|being sent|was sent|sent)\s+(?:a |an |the |her |his )?(?:statements?|bills?|invoices?)\b|\bstill (?:being |getting |got )?(?:billed|invoiced)\b/i;

/** Whether the question says the patient is still billed ("but she still got a statement?"). */
export function saysStillBilled(question: string): boolean {
  return STILL_BILLED.test(question);
}

// Whether the patient still owes, asked as a question: "does she still owe the PR?", "is he still
// on the hook?", "does Lee Chen owe anything now after the refunds?". A balance question, whatever
// was done before ("she got a refund, does she …"); the name may have been taken out ("does owe
// anything").
const STILL_OWES_ASKED =
  /\b(?:does|do|did|is|are|will|would)\s+(?:he|she|they|the patient|the pt|\S+)\s+still\s+(?:owe|owing|have to pay|need to pay|on the hook)\b|\b(?:does|do|is|are)\s+(?:(?:he|she|they|the patient|the pt|(?:\S+\s+){0,2}?\S+)\s+)?(?:owe|owing)\s+(?:anything|something|the pr|it|us)\b/i;

/** Whether the question asks if the patient still owes ("got a refund, does she still owe the PR?"). */
export function asksStillOwes(question: string): boolean {
  return STILL_OWES_ASKED.test(question);
}

// "owes what", "owe how much", "what's owed now".
const OWES_WHAT = /\bow(?:es?|ing)\s+(?:what|how much)\b|\bwhat(?:'s|’s| is)\s+owed\b/i;

// What is owed asked in words, now: "what does she owe now", "how much does he owe after that",
// "what's her balance now", "where does that leave her balance".
const OWED_NOW_ASKED =
  /\b(?:what|how much)\s+(?:does|do|did|will)\s+(?:he|she|they|the patient|the pt|\S+)\s+(?:still\s+|now\s+|actually\s+)?owe\b|\bwhat(?:'s|’s| is)\s+(?:(?:the|his|her|their|the patient'?s)\s+)?(?:balance|bal|outstanding)\s+now\b|\bwhere does (?:that|this) leave (?:her|his|their|the)\s+(?:balance|bal)\b/i;
// An action told as done, not asked: "her write-off got undone", "it was refunded", "the PR got
// cancelled", "he reversed it". The balance asked after it is what the ledger holds now.
const ACTION_TOLD_DONE =
  /\b(?:got|was|were|been|has been|had been|is)\s+(?:\S+\s+)?(?:undone|reversed|refunded|cancel+ed|written[\s-]?off|voided)\b|\b(?:someone|somebody|he|she|they|my (?:manager|boss|coworker|colleague)|\S+)\s+(?:undid|reversed|refunded|cancel+ed|wrote)\b/i;
// A what-if: "if I undo it", "after I refund", "once we cancel".
const WHAT_IF = /\b(?:if|once|when|after)\s+(?:i|we|you|u|someone|they)\b|\bwould\b|\bwere to\b/i;

/** Whether what is owed now is asked after an action told as done ("write-off got undone?? what does she owe now"). */
export function asksOwedAfterDone(question: string): boolean {
  return (
    OWED_NOW_ASKED.test(question) &&
    ACTION_TOLD_DONE.test(question) &&
    !WHAT_IF.test(question) &&
    !asksToAct(question)
  );
}

export function asksForBalance(question: string): boolean {
  // "how do I get that balance back on the books?" asks for an undo, not what is owed.
  if (asksToRestoreWrittenOff(question)) return false;
  if (STILL_OWES_ASKED.test(question) && !asksToAct(question)) return true;
  if (STILL_BILLED.test(question) && !asksToAct(question)) return true;
  // "kalani's write-off got undone?? what does she owe now": the balance, after what was done.
  if (asksOwedAfterDone(question)) return true;
  // "lee chen owes what now?": what is owed asked, whatever "what now" reads as.
  if (OWES_WHAT.test(question) && !asksToAct(question)) return true;
  // "what does the written off status on her charge mean?": her charges, with the statuses explained.
  if (asksWhatStatusMeans(question)) return true;
  if (LOOKUP_ASKED.test(question)) return true;
  return (
    BALANCE_WORDS.test(question) &&
    !ACTION_TERMS.test(normalizeText(question)) &&
    !asksWhatToDo(question) &&
    !terseWriteOff(question)
  );
}

// The patient's total asked in words, beside whatever else the question asks: "how much does he
// owe, and can I write off the $25 one?", "what's her balance? and can I …", "what's the balance"
// (the name taken out of "what's Bob Smith's balance").
const TOTAL_ASKED =
  /\bhow much (?:does|do|did|is) (?:he|she|they|the patient|the pt|\S+) (?:still )?(?:owe|owing)\b|\bwhat (?:does|do) (?:he|she|they|the patient) (?:still )?owe\b|\bwhat(?:'s|’s| is)\s+(?:(?:the|his|her|their|the patient'?s|(?:\S+\s+)?\S*['’]s)\s+)?(?:total|balance|bal)\b/i;

/** Whether the question asks what the patient owes in all, whether or not it asks more. */
export function asksTotalToo(question: string): boolean {
  return TOTAL_ASKED.test(question);
}
