/**
 * Questions the help desk does not answer from an article, whatever stray word of the billing
 * vocabulary they contain ("write me a poem" is not a write-off): instructions aimed at the
 * assistant itself, and requests for writing of another kind. They get the reply that no help
 * article covers them, and never a patient's data.
 */

// Text that tries to give the assistant new instructions or to read its own: prompt injection.
const INSTRUCTIONS_TO_ASSISTANT = [
  /\bignore (?:all |any |your |the |my |previous |prior |above |earlier )*(?:rules|instructions|guidelines|prompts?)\b/i,
  /\b(?:system|hidden|initial) prompt\b/i,
  /\bnew instructions?\b/i,
  /^\s*(?:system|assistant|developer)\s*:/i,
  /<\/?\s*[a-z][\w-]*\s*>/i,
  /\b(?:debug|developer|god|admin) mode\b/i,
  /\byou are now\b|\bpretend (?:you are|to be)\b|\bjailbreak/i,
];

// "write me a short poem about lasagna": something composed, not a billing question.
const COMPOSITION =
  /\b(?:write|compose|make|tell)\s+(?:me|us)?\s*(?:a|an|some)\s+(?:\w+\s+){0,2}(?:poem|story|song|joke|haiku|limerick|essay|riddle|rap)s?\b/i;

/** Whether the question is one no help article answers, however its words rank. */
export function notForTheHelpDesk(question: string): boolean {
  return INSTRUCTIONS_TO_ASSISTANT.some((p) => p.test(question)) || COMPOSITION.test(question);
}

// "every patient's balance", "which patients owe more than $300", "list everyone who owes more
// than $300", "anyone with a balance over $500": patients in the plural, all, or anyone at all.
const MANY_PATIENTS =
  /\b(?:every|each|all|which|what|list(?: of)?|whose)\s+(?:\w+\s+)?(?:patients|patient['’]s|patients['’]|people|accounts)\b|\bevery (?:patient|account)\b|\b(?:give|show|list) (?:me |us )?(?:the |their )?names\b|\b(?:everyone|everybody|anyone|anybody)\s+(?:who\s+|that\s+)?(?:still\s+)?(?:owes?|owing|has (?:a |an )?(?:balance|bal)|with (?:a |an )?(?:balance|bal))\b|\bwho(?:ever)? (?:still )?owes (?:us |the practice )?(?:more|over|above|at least|greater|>)/i;
const BALANCE_WORDS = /\b(?:balances?|owes?|owed|owing|outstanding|debts?|names)\b/i;
const ACTION_WORDS = /\bwrit\w*[\s-]*off|\bw\/o\b|\bbatch\b|\brefund|\bcancel|\bundo\b/i;

/**
 * "which patients owe us more than $300? give me names": balances of many patients at once,
 * which the assistant does not list; the look-up article says they are looked up one at a time.
 * A batch or a write-off over many patients is an action, answered by its own article.
 */
export function asksManyBalances(question: string): boolean {
  return MANY_PATIENTS.test(question) && BALANCE_WORDS.test(question) && !ACTION_WORDS.test(question);
}
