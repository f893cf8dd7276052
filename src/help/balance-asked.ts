/**
 * Whether a question about a patient asks what they owe ("what is Tom Baker's balance?", "how do I
 * look up Jane Doe's balance?") rather than for something to be done about it. The words of a
 * balance ("owes", "balance") are in most questions about a patient; they ask for the balance only
 * when no action of ours is in the question ("why can't I write off Jane's balance?" is about the
 * write-off, and so is "she still owes $20, anything stopping me from writing it off?") and no
 * advice is asked ("she can't pay what she owes, what should I do?").
 */
import { asksWhatToDo } from './advice-asked.ts';
import { asksToRestoreWrittenOff } from './restore-asked.ts';
import { asksWhatStatusMeans } from './status-asked.ts';
import { normalizeText } from './synonym-phrases.ts';

// What remains owed: "what's left on her x-ray", "anything left to pay".
const BALANCE_WORDS =
  /\b(?:balance|bal|owe[sd]?|owing|outstanding|how much)\b|\b(?:what(?:'s|’s| is)|anything|still)\s+left\b|\bleft\s+to\s+(?:pay|collect)\b/i;

// Our actions, as the help's vocabulary writes them (synonym-phrases.ts): "writing it off", "wrte
// of", "w/o", "pay her back" and "take it back" are found however they were typed.
const ACTION_TERMS = /\b(?:writeoff|refund\w*|cancel\w*|undo\w*|revers\w*|void\w*|waiv\w*)\b/;

// "how do I see each charge for Priya Patel with what was paid vs written off": asked how to look
// something up, whatever the words after it name.
const LOOKUP_ASKED =
  /\b(?:how (?:do|can|would) (?:i|we|you)|where (?:do|can) (?:i|we)|can (?:i|we)|is there a way to|want to|need to)\s+(?:\w+\s+)?(?:see|view|check|look ?up|pull up|find)\b(?! (?:out )?(?:if|whether|why)\b)/i;

export function asksForBalance(question: string): boolean {
  // "how do I get that balance back on the books?" asks for an undo, not what is owed.
  if (asksToRestoreWrittenOff(question)) return false;
  // "what does the written off status on her charge mean?": her charges, with the statuses explained.
  if (asksWhatStatusMeans(question)) return true;
  if (LOOKUP_ASKED.test(question)) return true;
  return (
    BALANCE_WORDS.test(question) && !ACTION_TERMS.test(normalizeText(question)) && !asksWhatToDo(question)
  );
}
