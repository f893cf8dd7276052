/**
 * A story of what someone wanted, with no patient named: "lol that patient yesterday wanted us to
 * write off everything", "the patient wanted us to write off everything lol", "this guy expected us
 * to just write it all off". It tells, it asks nothing: read as asked, it opened a write-off of
 * everything for no one.
 *
 * With a patient named ("Jane Doe wants us to write off her $40") or an ask of ours ("… can you do
 * it?", "please write it off") it is read as before (intent.ts).
 */

// Someone other than the writer, then what they wanted done: "that patient (yesterday) wanted us
// to write off", "she was hoping we'd write off", "this guy expected us to just write it all off".
const WANTED_WRITE_OFF =
  /\b(?:(?:the|that|this|a|one|some|our|my) (?:patient|pt|guy|lady|woman|man|mom|dad|family|customer|caller|person)|she|he|they|someone|somebody|people)\b(?: [\w']+){0,3}? (?:wanted|wants|was hoping|were hoping|hoped|expected|expects|demanded|demands|insisted|begged|tried to get)(?: (?:us|me|the office|billing|the front desk))?(?: to| (?:we|i)(?:'d| would| could))?(?: just)? (?:writeoff|write (?:it|that|this|them|everything|all)\b)/;
// An ask of ours beside the story: then it is a request after all.
const ASKS =
  /\?|\b(?:can you|could you|can u|can we|could we|pls|please|plz|go ahead|let'?s|need to|needs to|we should|do it)\b/;

/** Whether the lower-cased text only tells what someone wanted written off. */
export function onlyTellsWish(lower: string): boolean {
  return lower.includes('writeoff') || lower.includes('write ')
    ? WANTED_WRITE_OFF.test(lower) && !ASKS.test(lower)
    : false;
}
