/**
 * "how do i approve and also what reasons need a note", "how do I undo a write-off? and who can
 * refund?": two questions in one message. Answered as one, the article that ranks best for the
 * whole answers only one of them; each is answered from its own article, one after the other,
 * when the two ask about different articles (answer.ts).
 */

// Where the second question starts: "and also", "also,", "? and", "? also", "; plus".
const SECOND_STARTS =
  /\s*(?:[,;]\s*)?\band also\b[,:]?\s*|\?\s+(?:and|also|plus)\b[,:]?\s*|[;?]\s+(?:also|plus)\b[,:]?\s*/i;
// Each part is a question of its own: it asks how, what, which, who, when, why, or can/do/is.
const ASKS =
  /^(?:how|what|what's|whats|which|who|whom|when|where|why|can|could|do|does|did|is|are|should|may|will|would)\b/i;
const MIN_WORDS = 2;

/** The two questions the message asks, or null when it asks one (as far as its words tell). */
export function twoQuestions(question: string): readonly [string, string] | null {
  const found = SECOND_STARTS.exec(question);
  if (!found) return null;
  const first = question.slice(0, found.index).trim();
  const second = question.slice(found.index + found[0].length).trim();
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  if (words(first) < MIN_WORDS || words(second) < MIN_WORDS) return null;
  if (!ASKS.test(first) || !ASKS.test(second)) return null;
  return [first, second];
}
