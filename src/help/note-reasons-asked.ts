/**
 * "which w/o reasons require a note?", "do all reasons need a note?", "when is a note required?":
 * the reasons that need a note, as a list (DOMAIN section 2, src/domain/reasons.ts), which the
 * reasons article's section of that name gives with what each note says. Read by its words, "require
 * a note" is the form's refusal (NOTE_REQUIRED), whose section says only that the form asks.
 * "which reasons don't need a note?" asks for the other list.
 */

import { WRITE_OFF_REASONS } from '../domain/reasons.ts';
import { withChatSpelling } from './chat-spelling.ts';

// A note asked of the reasons in general: which, any, all, when.
const WHICH_REASONS_NEED =
  /\b(?:which|what|any|all|every|do|does|list)\b[^?.!]{0,40}?\breasons?\b[^?.!]{0,40}?\b(?:needs?|requires?|required|must have|have to have|has to have|ask(?:s)? for|come with)\b[^?.!]{0,20}?\bnotes?\b/i;
const WHEN_NOTE_NEEDED =
  /\bwhen (?:is|are|do(?:es)?) (?:i |we |you )?(?:a )?notes? (?:is |are )?(?:required|needed|mandatory|necessary|need(?:ed)?)\b|\bwhen (?:do|does|must|should) (?:i|we|you) (?:\w+ )?(?:need to |have to )?(?:add|write|include|enter|put|type) (?:in )?a note\b|\bwhich (?:ones|of them) (?:need|require)s? a note\b/i;
// Said of the reasons that need none: "don't need a note", "no note", "without a note".
const NO_NOTE =
  /\b(?:do(?:n'?t|es(?:n'?t)?| not)|does not|no|without|skip(?:ping)? the)\s+(?:need\s+|require\s+)?(?:a\s+|any\s+)?notes?\b/i;

/** Whether the question asks which reasons need a note; 'none' when it asks which need none. */
export function asksWhichReasonsNeedNote(asked: string): 'note' | 'none' | null {
  // "wat reasons need a note 4 w/o": asked as "what reasons need a note for w/o".
  const question = withChatSpelling(asked);
  if (!WHICH_REASONS_NEED.test(question) && !WHEN_NOTE_NEEDED.test(question)) return null;
  return NO_NOTE.test(question) && !/\bdo all\b/i.test(question) ? 'none' : 'note';
}

// "what reasons are there?", "what are the reason codes", "list the write-off reasons", "which
// reasons can I pick from": the whole list, both halves of it.
const LIST_OF_REASONS =
  /\b(?:what|which)\s+(?:are\s+(?:the\s+)?|r\s+(?:the\s+)?)?(?:(?:write[\s-]?off|w\/o|wo|adjustment)\s+)?(?:reasons|reason codes?)\b|\b(?:list|all|available|possible|valid|allowed)\s+(?:of\s+)?(?:the\s+)?(?:(?:write[\s-]?off|w\/o)\s+)?(?:reasons|reason codes)\b|\breasons?\s+(?:codes?\s+)?(?:are there|are available|can (?:i|we) (?:use|pick|choose)|to (?:pick|choose) from|do (?:we|i) have)\b|\b(?:options|choices)\s+(?:\S+\s+){0,6}?reasons?\b|^\W*(?:the\s+)?(?:write[\s-]?off|w\/o|writeoff)\s+reasons?(?:\s+codes?)?\W*$|\breasons?\s+(?:options|choices)\b|^\W*(?:the\s+)?(?:write[\s-]?off\s+|w\/o\s+)?reasons?\s+(?:for|4)\s+(?:a\s+)?(?:write[\s-]?offs?|w\/o|writeoffs?)\W*$/i;

// "what cancel reasons are there?", "reasons to cancel PR": a cancel's three, not a write-off's.
const CANCEL_REASONS = /\bcancel\w*\s+(?:pr\s+)?reasons?\b|\breasons?\b[^?.!]{0,25}?\bcancel\w*/i;

/** Whether the question asks for the list of write-off reasons (and not which need a note). */
export function asksForReasonList(asked: string): boolean {
  const question = withChatSpelling(asked);
  return (
    LIST_OF_REASONS.test(question) &&
    asksWhichReasonsNeedNote(question) === null &&
    !asksForCancelReasons(question)
  );
}

/** Whether the question asks which reasons a cancel of PR takes. */
export function asksForCancelReasons(question: string): boolean {
  return CANCEL_REASONS.test(question);
}

/**
 * Which reasons need which note, from the reasons themselves (DOMAIN section 2), in one short
 * paragraph: told with a REASON_REQUIRED or NOTE_REQUIRED refusal, which the form shows without
 * the list.
 */
export function reasonsNeedingNoteLine(): string {
  const needs = WRITE_OFF_REASONS.filter((r) => r.noteHint !== null)
    .map((r) => `_${r.label}_ (${r.noteHint})`)
    .join('; ');
  const none = WRITE_OFF_REASONS.filter((r) => r.noteHint === null)
    .map((r) => `_${r.label}_`)
    .join(', ');
  return `Reasons that need a note, and what it says: ${needs}. No note needed: ${none}.`;
}
