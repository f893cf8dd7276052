/**
 * "María García lost her job and can't pay what she owes. what should I do?": the question asks
 * what to do, not what is owed. Read by its words ("owes"), it was answered with her balance and
 * the look-up article; what a biller asking for advice needs is the action that fits the story
 * (for a balance not to be collected, a write-off with the reason the story tells) and what
 * stands in its way.
 */

// What to do asked, in the ways billers ask it.
const WHAT_TO_DO =
  /\bwhat (?:should|do|can|would|must) (?:i|we) do\b|\bwhat(?:'s| is)? (?:do (?:i|we) do )?now\b|\bnow what\b|\bwhat are (?:my|our|the) options\b|\bwhat(?:'s| is) (?:the|my|our) (?:options?|next step|best (?:way|move|thing)|right (?:way|move|thing)|correct (?:way|thing)|way to go)\b|\bhow (?:do|should|can|would) (?:i|we) (?:handle|deal with|proceed|go about|approach)\b|\bany (?:advice|suggestions?|ideas)\b|\bwhat do you (?:suggest|recommend|advise)\b|\bhow to (?:handle|deal with|proceed)\b/i;

/** Whether the question asks what to do rather than what something is. */
export function asksWhatToDo(question: string): boolean {
  return WHAT_TO_DO.test(question.replace(/[’‘]/g, "'"));
}
