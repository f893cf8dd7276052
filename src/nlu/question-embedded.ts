/**
 * A question about the product asked inside a statement rather than opening the text: "nobody told
 * me what reason to pick when a patient dies, which one is it", "my approval request has been
 * sitting there for a week, does it expire?". question.ts reads questions by how they start; these
 * start with the story.
 */

// Which reason, code or option to choose, asked indirectly ("not sure what reason to use", "no idea
// which code I should pick"): the choice is the product's rules.
const WHICH_TO_CHOOSE =
  /\b(?:what|which) (?:(?:write-?off |writeoff )?(?:reason|code|reason code|option|category|button|type)s?|one) (?:to|(?:i|we) (?:should|need to|have to|am supposed to|are supposed to|'?m supposed to|'?re supposed to)|should (?:i|we)|do (?:i|we)) (?:pick|use|choose|select|put(?: down)?|enter|apply|go with|mark|code)\b/;

// A question set off after the story: its clause, up to the question mark that ends the text.
const LAST_CLAUSE = /(?:^|[,.;:!]\s|\s-\s)([^,.;:!?]+)\?+\s*$/;
const QUESTION_OPENING =
  /^(?:(?:and|but|so|then|now)\s+)?(?:(?:does|do|did|will|would|can|could|should|is|are|was|has|have) (?:it|that|this|they|those|these|there|i|we|my|the)\b|(?:what|how|when|where|why|who)\b)/;
// A story that opens with one of our actions asks it ("undo the last batch, is that possible?").
const OPENS_WITH_ACTION =
  /^(?:please |pls )?(?:writeoff|write|refund|cancel|undo|reverse|void|waive|delete|remove|run|process|approve)\b/;

/** Whether the text asks, indirectly, which reason or option to choose (WHICH_TO_CHOOSE). */
export function asksWhichToChoose(lower: string): boolean {
  return WHICH_TO_CHOOSE.test(lower);
}

/** Whether a story is followed by a question about it in its last clause (LAST_CLAUSE). */
export function asksAfterStory(lower: string): boolean {
  const clause = LAST_CLAUSE.exec(lower);
  if (!clause?.[1] || clause.index === 0 || OPENS_WITH_ACTION.test(lower)) return false;
  return QUESTION_OPENING.test(clause[1].trim());
}
