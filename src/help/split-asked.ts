/**
 * "can I just do three $90 write-offs for the same patient instead of one $270 so it doesn't need
 * approval?": a write-off split into pieces to stay under the limit. The limit counts everything
 * the user wrote off for the same patient in the last 24 hours (DOMAIN section 4), so splitting
 * gets around nothing; the limits article's section on the limit says so, and leads the answer.
 * Read by its words, the question got the section on going over the limit, which never says it.
 */

// Pieces: "split it", "break it up", "in chunks", "several smaller write-offs", "three $90
// write-offs", "one at a time".
const PIECES =
  /\bsplit\w*|\bbreak\w*\s+(?:\S+\s+)?(?:up|into|down)\b|\bchunks?\b|\bpieces?\b|\binstall?ments?\b|\bsmaller (?:ones|amounts|write[\s-]?offs|w\/os)\b|\b(?:several|multiple|a few|(?:two|three|four|five|six|\d+)(?:\s+\$?\d[\d,.]*)?)\s+(?:small(?:er)?\s+)?(?:write[\s-]?offs|writeoffs|w\/os)\b|\bone at a time\b/;
// What splitting would be for: staying under the limit, or out of approval.
const THE_LIMIT = /\blimit|\bapprov\w*|\bcap\b|\bunder (?:the|my|\$)|\bmax(?:imum)?\b|\bthreshold\b/;

/** Whether the question asks about splitting a write-off to stay under the limit. */
export function asksToSplitUnderLimit(question: string): boolean {
  const lower = question.toLowerCase();
  return PIECES.test(lower) && THE_LIMIT.test(lower);
}
