/**
 * What a billing manager or admin does elsewhere in the product, asked in words: deciding a
 * write-off request ("approve Dana's $300 write-off", "reject the Nguyen write-off request"),
 * setting a limit ("set Kayla's write off limit to $250") or reading the month's write-offs
 * ("how much did we write off in October", "pull write-offs by biller for last month"). Each
 * names a write-off without asking for one, so without this rule each opened a write-off form.
 * They are help: the approvals-and-limits article says where each is done (the Approve and
 * Reject buttons, `/billing role … $250`, `/billing report`). Works on the lower-cased,
 * normalized text (write-off spellings unified to `writeoff`).
 */

// What may come before an imperative: a greeting, "please", "can you", "I need to", "go ahead and".
const LEAD = String.raw`(?:(?:hi|hey|hello|ok|okay|so|pls|please|plz|kindly|can|could|would|will|you|u|i|we|need|needs|to|want|wanna|let|me|us|go|ahead|and|just|also|then|now|quickly)\s+)*`;

// Deciding a request, as a command: the verb opens the text or a clause, and a write-off, a
// request or an approval is what it decides ("approve it" with a write-off named around it).
const DECIDE = new RegExp(
  String.raw`(?:^|[,.;!?:]\s*|\s-\s)${LEAD}(?:approve|reject|deny|decline|greenlight|green-light|sign off on|sign-off on)\s+` +
    String.raw`(?:[^\s,.;!?]+\s+){0,4}?(?:writeoffs?|requests?|approvals?|adjustments?)\b` +
    String.raw`|(?:^|[,.;!?:]\s*)${LEAD}(?:approve|reject|deny|decline|greenlight)\s+(?:it|this|that|them|these|those)\b(?=.*\bwriteoffs?\b|\s*[.!?]*$)`,
);
// Setting a limit, or asking for it changed: "set Kayla's write off limit to $250", "raise my
// limit to $500", "Kayla needs her write-off limit bumped to $250".
const LIMIT =
  /\b(?:set|change|raise|lower|increase|decrease|bump|update|reset|lift|remove|give)\b(?:\s+[^\s,.;!?]+){0,4}?\s+(?:writeoff\s+|approval\s+|dollar\s+)?limits?\b|\blimits?\s+(?:raised|lowered|increased|decreased|bumped|changed|set|updated|removed|lifted)\b/;
// Reading write-offs already made (normalize.ts makes "write-offs" one `writeoff`): the noun after
// a verb that shows or totals them, then a period, a breakdown or nothing ("show me write-offs for
// last month", not "pull write-off $40 Jane"); a write-off report or total; write-offs by person or
// reason, month or week; "how much / how many … did we write off".
const SHOW =
  '(?:pull|show|list|export|view|print|download|review|total|sum|count|tally|break down|report on|(?:get|give|send|email) (?:me|us))';
const SHOWN = String.raw`(?:\s+(?:me|us|up|out|of|the|all|our|my|every|total|monthly|this|last|previous|past|month'?s|week'?s|year'?s|today'?s|yesterday'?s|[\w-]+'s?))*`;
const PERIOD = String.raw`(?=\s*(?:$|[?.!;,]|(?:by|per|for|in|from|since|during|over|this|last|ytd|mtd|today|yesterday|so far|to date|done|made|posted|entered)\b))`;
const REPORT_NOUN = String.raw`(?:report|reports|totals?(?!\s+(?:bal|balance|amount|pr|of|due|owed|\$|\d))|summary|summaries|history|log|stats|statistics|numbers|breakdown|activity|volume)`;
const BY_WHO =
  '(?:biller|billers|user|users|person|people|staff|employee|reason|reasons|code|codes|provider|providers|location|category|type)';
const REPORT = new RegExp(
  String.raw`\b${SHOW}\b${SHOWN}\s+writeoffs?\b${PERIOD}` +
    String.raw`|\bwriteoffs?\s+${REPORT_NOUN}\b|\bwriteoffs?\s+(?:(?:\w+\s+){0,2}(?:by|per|for each)\s+${BY_WHO}|(?:by|per)\s+(?:month|week|day|quarter|year))\b(?!')` +
    String.raw`|^how (?:much|many)\b(?=[^.;!?]*\b(?:did|do|have|has|had|was|were)\b)(?=[^.;!?]*\bwriteoffs?\b)`,
);

const DECISION_WORD = /\b(?:approve|reject|deny|decline|green-?light|sign[\s-]off)\b/;

/** True when the text asks for a manager's or admin's task, not for a write-off. */
export function asksManagerTask(lower: string): boolean {
  if (DECISION_WORD.test(lower) && DECIDE.test(lower)) return true;
  if (lower.includes('limit') && LIMIT.test(lower)) return true;
  return lower.includes('writeoff') && REPORT.test(lower);
}
