/**
 * A question whether something is lawful or compliant: "Is it a compliance problem to routinely waive
 * copays?", "is it legal to write off copays for family members?", "does waiving deductibles violate
 * anti-kickback rules?", "would forgiving small balances get us in trouble?". It asks the rule
 * (DOMAIN.md section 2: routinely waiving what patients owe is a compliance risk), never for the
 * write-off it names, even with a patient named ("is it legal to waive Jane Doe's copay?"). Read as
 * a request, the first opened a write-off form for no one. "waive Tom's copay, is that a compliance
 * problem?" opens with the request and stays it: only a question from its first word is read here.
 */

// A yes/no question, or a "what's the risk" one, from its first word.
const QUESTION_START =
  /^(?:is|isn'?t|are|aren'?t|was|would|wouldn'?t|could|can|does|doesn'?t|do|will|might|may|what(?:'s| is| are)|whats)\b/;
// The law, compliance or the rules of payers, asked about.
const LAWFUL =
  /\b(?:complian(?:ce|t)|non-?compliant|(?:il)?legal(?:ly)?|(?:un)?lawful|against (?:the )?(?:law|rules|regulations?|regs)|anti-?kickback|kickbacks?|stark law|oig|fraud\w*|violat\w*|(?:get|land|put) (?:us|me|the (?:practice|office|clinic)) in(?:to)? trouble|inducements?)\b/;
// What would be done: a write-off in any of its words.
const FORGIVING =
  /\b(?:waiv\w*|forgiv\w*|writeoffs?|write (?:[\w$.'-]+ ){0,3}off|comp(?:ing|ed|s)?|discount\w*|zero(?:ing)? out|not (?:bill|charg|collect)\w*)\b/;

/** The text asks whether a write-off, waiver or discount is lawful or compliant. */
export function asksCompliance(lower: string): boolean {
  return QUESTION_START.test(lower) && LAWFUL.test(lower) && FORGIVING.test(lower);
}
