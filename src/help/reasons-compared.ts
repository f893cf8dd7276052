/**
 * "bad debt vs sent to collections", "what's the difference between hardship and charity": two
 * write-off reasons set side by side. The article has a section on one of them at most (bad debt),
 * so the answer leads with each reason compared: what it is for, its code, and the note it needs.
 */
import { type WriteOffReason, writeOffReasonInfo } from '../domain/reasons.ts';
import { reasonNamed } from './reason-note.ts';
import type { HelpTopicId } from './topics.ts';

// Things set side by side: "vs", "versus", "difference between … and …", "or", "compared to".
const COMPARED = /\b(?:difference|differ|diff|vs\.?|versus|compared?|or)\b/i;
// Where the question splits into the things compared.
const BETWEEN = /\b(?:vs\.?|versus|and|or|compared (?:to|with))\b|[/,]/i;

/** What each reason is for, in a few words. */
export const REASON_MEANINGS: Readonly<Record<WriteOffReason, string>> = {
  small_balance: 'a balance too small to be worth billing',
  financial_hardship: 'the patient cannot pay and qualifies under the practice’s charity or hardship policy',
  bad_debt:
    'the practice tried to collect (statements, calls, letters), got nothing, and stops pursuing it itself',
  collection_agency:
    'the balance is handed to an outside collection agency, which goes on pursuing it; if the agency recovers money, undo the write-off so the payment can be posted',
  deceased: 'the patient has died',
  bankruptcy: 'the patient’s debts were discharged in bankruptcy',
  prompt_pay_discount: 'a discount for paying promptly, as the practice’s policy sets it',
  service_recovery: 'goodwill after a poor experience',
  professional_courtesy: 'waived as a courtesy, for example for a colleague',
  administrative: 'the balance exists because of a mistake the practice made',
  other: 'none of the listed reasons fits; the note says what the reason is',
};

/** The reasons the question compares, in its order; fewer than two when it compares none. */
function reasonsCompared(question: string): WriteOffReason[] {
  if (!COMPARED.test(question)) return [];
  const found: WriteOffReason[] = [];
  for (const part of question.split(BETWEEN)) {
    const reason = part && reasonNamed(part);
    if (reason && !found.includes(reason)) found.push(reason);
  }
  return found.length >= 2 ? found : [];
}

/**
 * Whether the question sets two write-off reasons side by side ("prompt pay discount vs small
 * balance write off"): the reasons' article answers it, not the article named after one of them
 * (the small-balance batch).
 */
export function comparesReasons(question: string): boolean {
  return reasonsCompared(question).length >= 2;
}

const REASON_TOPICS: ReadonlySet<HelpTopicId> = new Set(['write-off-reasons', 'write-off-how']);

/** Each reason compared, with what it is for and its note, to lead a general answer. */
export function reasonsComparedLead(question: string, topic: HelpTopicId | null): string | undefined {
  if (!topic || !REASON_TOPICS.has(topic)) return undefined;
  const reasons = reasonsCompared(question);
  if (reasons.length === 0) return undefined;
  const lines = reasons.map((code) => {
    const { label, noteHint } = writeOffReasonInfo(code);
    const note = noteHint ? `needs a note: ${noteHint}` : 'needs no note';
    return `• _${label}_ (\`${code}\`): ${REASON_MEANINGS[code]}. It ${note}.`;
  });
  return `The reasons differ in what they say happened to the balance:\n${lines.join('\n')}`;
}
