/**
 * "what was the total we wrote off in November, and can I see it per biller?", "how much did we
 * write off last month by reason?": the practice's write-off totals for a month, by reason or by
 * person, which the monthly report shows (DOMAIN section 6, `report`). Read by its words ("total",
 * "see"), the question got the balance look-up, which is one patient's.
 */

// Written off, as billers say it.
const WRITTEN_OFF = /\bwrit\w*[\s-]*offs?\b|\bwrote\s+off\b|\bwriteoffs?\b|\bw\/o'?s?\b|\badjustments\b/i;
// A sum: "total", "sum", "how much did we write off", "altogether", "breakdown".
const TOTAL =
  /\btotals?\b|\btotal(?:ed|led)\b|\bsum\b|\baltogether\b|\bin all\b|\bbreak\s?downs?\b|\bbroken\s+down\b|\bhow\s+much\s+(?:did|have|has|was|were)\b|\bhow\s+much\s+(?:\S+\s+){0,2}?(?:we|our|the practice|the office|billers?|everyone|the team)\s+(?:wrote|written|writ\w*)\b|\bwhat\s+(?:did|have)\s+we\s+(?:write|written|wrote)\b|\breports?\b|\bsummary\b|\bnumbers\b|\bfigures\b/i;
// Over a month or period: "in November", "last month", "this month", "monthly", "per month".
const PERIOD =
  /\b(?:in|for|during|of|from|last|this|past|previous|the)\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:this|last|past|previous|each|every|per|a|the)\s+(?:month|quarter|year)\b|\bmonth'?s\b|\bmonthly\b|\bmonth[\s-]?end\b|\bytd\b|\byear[\s-]to[\s-]date\b|\bso far this\b/i;
// Grouped: "per biller", "by user", "by reason", "for each person", "who wrote off what".
const GROUPED =
  /\b(?:per|by|for each|each|broken down by|split by|grouped by)\s+(?:biller|billers|users?|person|people|staff(?:\s+member)?|employee|team member|reason|reasons|reason code|category|categories|actor|who)\b/i;
// A limit asked ("how much can a biller write off per month") is no report.
const LIMIT_ASKED =
  /\bhow\s+much\s+(?:\S+\s+){0,2}?(?:can|could|may|is allowed|are allowed)\b|\b(?:can|could|may)\s+(?:i|we|you|a\s+biller|billers|one)\s+(?:still\s+)?(?:writ\w*|w\/o|writeoff)\b|\blimits?\b|\bmax(?:imum)?\b|\bcap\b|\bwithout\s+approval\b|\ballowed\s+to\s+(?:writ\w*|w\/o)\b/i;

// "does an undone write-off still show up in the monthly report?": the undo's question.
const UNDONE = /\bundo\w*|\bundone\b|\bundid\b|\brevers\w*/i;

/** Whether the question asks for the practice's write-off totals for a period, or by person or reason. */
export function asksWriteOffTotals(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  if (!WRITTEN_OFF.test(text) || LIMIT_ASKED.test(text) || UNDONE.test(text)) return false;
  const total = TOTAL.test(text);
  const period = PERIOD.test(text);
  const grouped = GROUPED.test(text);
  return (total && (period || grouped)) || (period && grouped);
}
