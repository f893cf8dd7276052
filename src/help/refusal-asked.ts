/**
 * Whether a question is about a refusal: "why can't I …", "it won't let me", "greyed out", "it
 * says …". Such a question is about a charge the action is blocked on, and may be answered from
 * the article on refusals; one that is not ("can I write off part of the PR?") is neither.
 */
const REFUSAL_WORDS =
  /\b(?:why|how come|can'?t|cannot|can not|couldn'?t|won'?t|wont|doesn'?t|does not|didn'?t|isn'?t|not (?:let|allow|able|working|showing|going through)|unable|block\w*|gr[ae]y\w*|disabled|error\w*|refus\w*|reject\w*|denied|stuck|fail\w*|missing|message|says|said)\b/i;

export function asksWhyRefused(question: string): boolean {
  return REFUSAL_WORDS.test(question);
}
