/**
 * "it says 'already written off by Dana on Oct 3'", "approved by Sam last week": the name after
 * what was done and "by" is the colleague who did it, as the app's messages name them, not a
 * patient whose account is asked about. Read as a patient ("Sam" is close to Samuel O'Neil), it
 * answered about another patient's charge as if it were the one in the message.
 */
import { regExpLiteral } from '../domain/regexp-literal.ts';

// What a colleague did to a charge or a request, as the app's messages and billers say it.
const DONE_BY = String.raw`\b(?:written[\s-]?off|wrote[\s-]?off|w\/o(?:'?d)?|undone|reversed|approved|rejected|declined|requested|refunded|cancel+ed|entered|posted|made|done)\s+by\s+`;

/** Whether the question writes the name as the one who did something ("written off by Dana"). */
export function colleagueActing(question: string, name: string): boolean {
  return new RegExp(`${DONE_BY}${regExpLiteral(name.trim())}(?![\\p{L}])`, 'iu').test(question);
}
