/**
 * "Patient … insists she paid … my manager said to just let it go as a goodwill gesture. What's the
 * right way to do that in here, and which reason do I pick?": a general question whose story tells
 * the reason (service recovery) and asks how, or which reason. The answer leads with that reason
 * and the note it needs, as an answer about a patient does (reason-note.ts), rather than leaving
 * the biller to find it in the list. Not when reasons are compared ("collection agency vs bad
 * debt"): the reason read would be one of the two (reasonAsked).
 */
import { asksWhatToDo } from './advice-asked.ts';
import { reasonLine } from './reason-note.ts';
import type { HelpTopicId } from './topics.ts';

// How asked, or which reason: "how should that be recorded?" asks how as well; "what write off
// reason do I use for our billing error" asks which.
const HOW_OR_WHICH =
  /\b(?:how (?:do|can|would|should) (?:i|we)|how to|(?:which|what) (?:write[\s-]?off |w\/o )?reason|right way|best way|proper way|correct way)\b|\bhow (?:do|does|can|should|would|is|are) (?:that|this|it|these|those|they) (?:be |get |gets |to be )?(?:recorded|entered|logged|coded|posted|documented|handled|done|put in)\b/i;

// Whether the reason named needs a note: "does bad debt need a note?", "is a note required for
// courtesy?". The reason's own line answers it, yes or no.
const NOTE_ASKED =
  /\b(?:needs?|requires?|required|must have|has to have)\b[^?.!]{0,20}?\bnotes?\b|\bnotes?\b[^?.!]{0,30}?\b(?:needed|required|necessary|mandatory)\b/i;

/** The articles that tell how to write off, which a reason line belongs with. */
const WRITE_OFF_TOPICS: ReadonlySet<HelpTopicId> = new Set(['write-off-how', 'write-off-reasons']);

/** The line that leads a general answer with the reason the question tells, if it should. */
export function reasonLead(question: string, topic: HelpTopicId | null): string | undefined {
  if (!topic || !WRITE_OFF_TOPICS.has(topic)) return undefined;
  if (!HOW_OR_WHICH.test(question) && !asksWhatToDo(question) && !NOTE_ASKED.test(question)) return undefined;
  return reasonLine(question);
}
