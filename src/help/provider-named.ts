/**
 * "Dr. Lewis wants to waive the bill for the office manager's mother": the name after "Dr." is the
 * provider's, the one who decides, not a patient whose account is asked about. Read as a patient,
 * it listed the patients called Lewis, with birth dates and MRNs, under a general question.
 *
 * Doctors are patients too ("write off $60 for Dr. Ruth Adler, courtesy", "Dr. Ruth Adler's
 * balance"), so a name after a provider's title stays a patient's when it is one patient's full
 * name spelled out, and the provider is not the one acting in the sentence. A surname alone after
 * a title ("Dr. Lewis") is how a provider is named, and is no patient.
 */
import { regExpLiteral } from '../domain/regexp-literal.ts';

// A provider's title right before a name: "Dr. Lewis", "Doctor Lewis", "our provider Lewis".
const TITLE = String.raw`(?:dr|doctor|doc|provider|physician|surgeon|np)\.?\s+`;
// The provider acting: "Dr. Lewis wants / asked / said / approved …".
const ACTING = String.raw`\s+(?:(?:has|had|just|also|already)\s+)?(?:wants?|wanted|asks?|asked|says?|said|told|tells|needs?|needed|would like|approved|approves|agreed|decided|ok'?d|okayed|signed|requested|requests|insists?|insisted)\b`;

/** Whether the question writes the name right after a provider's title. */
export function afterProviderTitle(question: string, name: string): boolean {
  return new RegExp(`\\b${TITLE}${regExpLiteral(name)}(?![\\p{L}])`, 'iu').test(question);
}

/** Whether the name, after a provider's title, is the one acting in its sentence ("Dr. X wants"). */
export function providerActing(question: string, name: string): boolean {
  return new RegExp(`\\b${TITLE}${regExpLiteral(name)}${ACTING}`, 'iu').test(question);
}
