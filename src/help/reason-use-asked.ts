/**
 * "when should I use prompt pay discount?", "what is the bankruptcy reason for?", "can I write off
 * a balance for a patient who declared bankruptcy?": one write-off reason asked about, by when it
 * is used or by the story that calls for it. The search ranked the article that compares a
 * write-off with a cancel (its list of when to write off names the same words), or the how-to; the
 * reasons article answers it, led by what the reason is for and the note it needs.
 */
import { writeOffReasonInfo } from '../domain/reasons.ts';
import { reasonNamed } from './reason-note.ts';
import { REASON_MEANINGS } from './reasons-compared.ts';

// When or what for: "when should I use …", "when to use …", "when do we pick …", "what is … for",
// "what does … mean", "is … the right reason".
const USE_ASKED =
  /\bwhen (?:should|do|would|can|could|must|is it ok to|are we supposed to) (?:i|we|you|one|billers?) (?:use|pick|choose|select|apply)\b|\bwhen to (?:use|pick|choose|select|apply)\b|\bwhat(?:'s| is| are)\b[^?.!]{0,40}\b(?:for|used for)\s*\??\s*$|\bwhat does\b[^?.!]{0,40}\bmean\b|\bright reason\b/i;

// A story that is itself the reason, with a write-off asked: "a patient who declared bankruptcy",
// "the patient passed away", "she died".
const STORY_REASONS = new Set(['bankruptcy', 'deceased']);
const WRITE_OFF_ASKED = /\bwrit\w*[\s-]*off|\bw\/o\b|\bwriteoff/i;

// Two things set side by side, which reasons-compared.ts answers: "collection agency or bad debt".
const COMPARED = /\b(?:vs\.?|versus|difference|differ|diff|compared?|or)\b/i;

/** The one reason the question names, when it compares none. */
function oneReason(question: string) {
  return COMPARED.test(question) ? null : reasonNamed(question);
}

// Whether a reason may be used: "is prof courtesy allowed?", "can we use professional courtesy?",
// "is courtesy an ok reason?".
const ALLOWED_ASKED =
  /\b(?:allowed|permitted|acceptable|legit)\s*\??\s*$|\b(?:is|are)\b[^?.!]{0,40}\b(?:allowed|permitted|acceptable|an? (?:ok|okay|valid|real|legit) (?:write[\s-]?off )?reason)\b|\bcan (?:i|we|you) (?:use|pick|choose|select)\b|\bis there an?\b[^?.!]{0,30}\breason\b/i;
/** Whether the question asks whether a reason may be used ("is prof courtesy allowed?"). */
function asksIfAllowed(question: string): boolean {
  return ALLOWED_ASKED.test(question);
}

/** Whether the question asks about one write-off reason: when it is used, or its story's. */
export function asksAboutOneReason(question: string): boolean {
  const reason = oneReason(question);
  if (!reason || reason === 'other') return false;
  if (USE_ASKED.test(question) || asksIfAllowed(question)) return true;
  return STORY_REASONS.has(reason) && WRITE_OFF_ASKED.test(question);
}

/** "_Prompt-pay discount_ (`prompt_pay_discount`) is the reason for this: …. It needs no note." */
export function oneReasonLead(question: string): string | undefined {
  if (!asksAboutOneReason(question)) return undefined;
  const reason = oneReason(question);
  if (!reason) return undefined;
  const { label, noteHint } = writeOffReasonInfo(reason);
  const note = noteHint ? `It needs a note: ${noteHint}.` : 'It needs no note.';
  const yes = asksIfAllowed(question) ? 'Yes: ' : '';
  return `${yes}_${label}_ (\`${reason}\`) is the reason for this: ${REASON_MEANINGS[reason]}. ${note}`;
}
