/**
 * Questions about approving and about the limit, whose words point elsewhere: "approve button is
 * greyed out" reads as a refusal (the write-off's "greyed out"), and "it says my limit is reached
 * but I only did $20 today" as how limits are set. The first asks why the asker cannot approve a
 * request (their own, not a manager or admin, already decided, too old: DOMAIN section 3), the
 * second why the limit counts more than one write-off (everything written off for that patient in
 * the last 24 hours, DOMAIN section 4).
 */

// Approving: "approve button", "can't approve", "the approval won't go through".
const APPROVING = /\bapprov(?:e|ing|al)\b/i;
// It cannot be done: greyed out, missing, refused.
const CANNOT =
  /\bgr[ae]y(?:ed)?(?:[\s-]?out)?\b|\bdisabled\b|\b(?:is|was|are)n'?t (?:there|showing|working)\b|\bdoes(?:n'?t| not) (?:work|show|appear|do anything)\b|\bdoes nothing\b|\b(?:no|missing|don'?t see (?:the|an?|any))\s+(?:approve\s+)?buttons?\b|\b(?:can'?t|cannot|can not|won'?t|unable to|not able to)\s+(?:let me\s+)?(?:approve|click)\b|\bwon'?t let me\b|\bnot clickable\b|\bunclickable\b/i;
// Asked of a write-off (the form's buttons), not of approving.
const WRITE_OFF_TOO = /\bwrit\w*[\s-]*off|\bw\/o\b|\bwriteoff|\brefund|\bcancel|\bundo\b/i;

/** Whether the question asks why the asker cannot approve a request. */
export function asksWhyCannotApprove(question: string): boolean {
  return APPROVING.test(question) && CANNOT.test(question) && !WRITE_OFF_TOO.test(question);
}

// The limit said to be reached: "my limit is reached", "says I'm over my limit", "hit my cap".
const LIMIT_REACHED =
  /\b(?:limit|cap)\b[^.?!]{0,20}?\b(?:reached|hit|exceeded|used up|maxed)\b|\b(?:reached|hit|exceeded|over|above|past|maxed(?: out)?)\s+(?:my |the |your )?(?:write[\s-]?off )?(?:limit|cap)\b/i;
// Though little was done: "but I only did $20 today", "I've only written off $20".
const ONLY_LITTLE = /\bonly\b|\bjust\b|\bbarely\b|\bhaven'?t\b|\bnot even\b|\bbut i\b/i;

/** Whether the question asks why the limit is reached though the asker did little. */
export function asksWhyLimitReached(question: string): boolean {
  return LIMIT_REACHED.test(question) && ONLY_LITTLE.test(question);
}

// How an approver decides: "how do I approve a write-off one of my billers sent me?", "where do I
// reject a request", "how can a manager sign off on a biller's w/o". Asked as the approver, not
// as the one who needs approval ("how do I get approval", "does it need approval").
const HOW_TO_DECIDE =
  /\b(?:how|where|when)\s+(?:do|can|should|would|does)\s+(?:i|we|you|a (?:billing )?manager|an admin|managers|admins)\s+(?:go about\s+|actually\s+)?(?:approv(?:e|ing)|reject(?:ing)?|deny(?:ing)?|declin(?:e|ing)|ok(?:ay)?|sign(?:ing)?[\s-]?off(?: on)?)\b|\bhow to\s+(?:approve|reject|deny|decline|sign[\s-]?off(?: on)?)\b|\b(?:where|how)\s+(?:do|can)\s+(?:i|we)\s+(?:see|find|view)\s+(?:\S+\s+){0,3}?(?:requests?|approvals?)\s+(?:waiting|pending|to approve|for (?:my|me to)\b)/i;

/**
 * Whether the question asks how an approver approves or rejects a write-off request (the buttons
 * on the request, the requests waiting on the Home tab), not why they cannot.
 */
export function asksHowToApprove(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return HOW_TO_DECIDE.test(text) && !CANNOT.test(text);
}
