/**
 * Whether a question is about a refusal: "why can't I …", "it won't let me", "greyed out", "it
 * says …". Such a question is about a charge the action is blocked on, and may be answered from
 * the article on refusals; one that is not ("can I write off part of the PR?") is neither.
 */
const REFUSAL_WORDS =
  /\b(?:why|how come|can'?t|cannot|can not|couldn'?t|won'?t|wont|doesn'?t|does not|didn'?t|isn'?t|not (?:let|allow|able|working|showing|going through)|unable|block\w*|gr[ae]y\w*|disabled|error\w*|refus\w*|reject\w*|denied|stuck|fail\w*|missing|message|says|said)\b|\b(?:say(?:s|ing)?|said|tell(?:s|ing)?) (?:me )?no\b|\bkeeps? (?:saying|telling|failing|rejecting|refusing|erroring|bouncing)\b|\btried (?:\w+ )?(?:times|twice)\b/i;

// "a copay a patient refuses to pay", "she won't pay": the patient refuses, not the app.
const PATIENT_REFUSES_TO_PAY = /\b(?:refus\w*|declin\w*|won['’]?t|will not)\s+(?:to\s+)?pay\b/gi;
// "the button is grey", "it won't click", "red text": the app refusing, said of its controls.
const CONTROL_REFUSES =
  /\bgr[ae]y\b|\bred (?:text|error|message|warning|writing|letters)\b|\b(?:shows?|showing|turns?|turned|goes|went|comes up|came up) (?:up )?(?:in )?red\b|\b(?:won['’]?t|doesn['’]?t|can['’]?t)\s+click\b|\bunclickable\b/i;

export function asksWhyRefused(question: string): boolean {
  const aboutTheApp = question.replace(PATIENT_REFUSES_TO_PAY, ' ');
  return REFUSAL_WORDS.test(aboutTheApp) || CONTROL_REFUSES.test(aboutTheApp);
}
