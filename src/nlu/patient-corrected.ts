/**
 * A correction of who was meant, with nothing asked: "I meant Jane Roe, not Jane Doe", "wrong
 * patient on my last write-off, I meant Jane Roe not Jane Doe". It says a write-off went to the
 * wrong patient; what to do about it (undo the one on Jane Doe) is not said, so nothing is asked.
 * Read with the write-off it names as asked, it opened a new write-off for Jane Roe: money moved
 * for the patient the writer only named. With an undo ("… reverse the one on Jane Doe") or any
 * other verb of ours, the request is that (intent.ts).
 */
import { asksBeyondToldWriteOff } from './first-request.ts';

// "I meant A, not B", "we meant A not B", "meant to do A, not B".
const MEANT_NOT = /\b(?:i|we) meant\b[^.;!?]{1,60}?,?\s+not\b/;

/** Whether the lower-cased text only corrects whom an earlier action was meant for. */
export function onlyCorrectsPatient(lower: string): boolean {
  return lower.includes('meant') && MEANT_NOT.test(lower) && !asksBeyondToldWriteOff(lower);
}
