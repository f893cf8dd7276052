/**
 * "Who wrote off Priya Patel's office visit?", "when was Lee Chen's payment refunded?": a question
 * about what already happened on a charge is answered from its ledger entries (who, when, how much,
 * why), not with what can be done on it now.
 */

import type { EntryKind } from '../domain/charge.ts';
import { actorInWords } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { CANCEL_REASONS, WRITE_OFF_REASONS } from '../domain/reasons.ts';
import type { EntryRow } from '../ledger/append-entry.ts';
import { owedAgain } from './owed-again.ts';
import type { HelpTopicId } from './topics.ts';

/**
 * What the question asks the story of: one kind of entry, how the charge was settled, its whole
 * story, or the latest thing done on the patient's charges ("who touched her account last?").
 */
export type HistoryAsked = EntryKind | 'settled' | 'story' | 'latest';

// Asked in the past: who/when/why/what reason/was/did … followed by a past form of an action, at
// the start of the question or of a clause after the charge is named ("O'Neil Jan 9 visit -
// wasn't that paid already?", "the Roe PT charge, who gave the discount?"); negated too ("didn't
// she pay?", "hasn't it been written off?").
const PAST_QUESTION =
  /^\s*(?:(?:and|so)\s+)?(?:who|when|where|why|what (?:reason|date|day)|which reason|how much|was|were|did|has|had|have)\b|(?:^|[-–—,;:?!.]\s*|\s(?:and|but|so)\s+)\s*(?:who|when|where|what (?:reason|date|day)|which reason|how (?:much|many)|what (?:payments?|refunds?)|was|wasn'?t|were|weren'?t|did|didn'?t|has|hasn'?t|had|hadn'?t)\b/i;
// "ever written off", "has her copay been refunded": the past asked without a question word.
// "what's written off on her PT and by who": what was done, and by whom, asked as a present state.
const EVER_DONE =
  /\bwhat(?:'s|’s| is| was| has been| got)\s+(?:been\s+)?(?:written|wrote)[\s-]?off\b[^.?!]*\bby whom?\b|\bever\b.*\b(?:paid|refunded|cancel+ed|wr(?:ote|itten)[\s-]?off|discounted)\b|\b(?:has|have|had)\s+(?:\S+\s+){0,3}?been\s+(?:paid|refunded|cancel+ed|written[\s-]?off|discounted)\b/i;
// "who gave the discount", "who applied the w/o", "who did the write-off", "discount given": a
// write-off (a discount is one: prompt-pay) someone made, asked in other words.
const WRITE_OFF_DONE =
  /\b(?:gave|given|applied|did|done|made|took|taken|entered|posted|approved|put (?:on|in|through))\b(?:\s+\S+){0,3}?\s+(?:discount|adjustment|write[\s-]?offs?|writeoffs?|w\/o)\b|\b(?:discount|adjustment|write[\s-]?off|writeoff|w\/o)\s+(?:was\s+|been\s+)?(?:given|applied|done|made|taken|entered|posted|approved)\b|\bdiscounted\b/i;

// A write-off (or a discount, which is one) named, then said to be gone: "who removed the discount",
// "the write-off is gone, who took it off?", "where did the w/o go?". A write-off leaves the
// balance only by an undo, which the history records (by whom, when).
const WRITE_OFF_NAMED = String.raw`(?:discount\w*|adjustment|write[\s-]?offs?|writeoffs?|w\/o)`;
const WRITE_OFF_GONE = new RegExp(
  String.raw`\b${WRITE_OFF_NAMED}\b[^.?!]{0,60}?\b(?:removed|deleted|gone|disappeared|vanished|went away|taken (?:off|away)|took (?:\S+ )?(?:off|away))\b|\b(?:removed|deleted|took (?:off|away)|taken (?:off|away))\b\s+(?:\S+\s+){0,2}?${WRITE_OFF_NAMED}\b|\bwhere did\b[^.?!]{0,40}?\b${WRITE_OFF_NAMED}\b[^.?!]{0,40}?\bgo\b`,
  'i',
);
// "did the write-off go through?", "did my coworker's w/o post?": whether a write-off was recorded.
const WRITE_OFF_THROUGH = new RegExp(
  String.raw`\b${WRITE_OFF_NAMED}\b[^.?!]{0,60}?\b(?:go|goes|gone|went|get|got) through\b|\b${WRITE_OFF_NAMED}\b[^.?!]{0,40}?\b(?:post|posted|stick|stuck|take effect|took effect|save|saved|apply|applied)\b|\b(?:did|has|had)\s+(?:it|that|this)\s+(?:go|gone|went|get|got) through\b`,
  'i',
);

// "what happened to that charge?", "what happened?": the charge's whole story.
const WHAT_HAPPENED = /\bwhat(?:'s|’s| has)? happened\b|\bwhat went on\b/i;

// The latest change asked, by whoever made it: "who touched her account last?", "who was the last
// to change his charge", "who last worked on it", "what was the last thing done on her account",
// "latest activity on Bob Smith", "most recent change to her balance", "when was it last updated".
const TOUCHED = String.raw`(?:touch(?:ed)?|chang(?:ed|e)|edit(?:ed)?|modif(?:ied|y)|updat(?:ed|e)|work(?:ed)? on|mess(?:ed)? with|access(?:ed)?|adjust(?:ed)?|post(?:ed)?|did (?:something|anything)|do (?:something|anything)|(?:made|make) (?:a |the )?changes?|handl(?:ed|e))`;
const LATEST_ASKED = new RegExp(
  String.raw`\b(?:who|what|when|which (?:user|biller|person))\b[^.?!]{0,20}?\blast\b[^.?!]{0,30}?\b${TOUCHED}\b|\b(?:who|what|when|which (?:user|biller|person))\b[^.?!]{0,10}?\b(?:was |were )?${TOUCHED}\b[^.?!]{0,40}?\b(?:last|most recently|latest)\b|\b(?:last|latest|most recent|newest|recent)\s+(?:activity|change|changes|edit|edits|entry|entries|transaction|transactions|action|actions|update|updates|thing (?:done|that happened)|person|one)\b[^.?!]{0,20}?\b(?:on|to|for|in)\b|\b(?:who|what)(?:'s| is| was)\s+(?:the\s+)?(?:last|latest|most recent)\s+(?:activity|change|edit|entry|transaction|action|update|thing)\b`,
  'i',
);

const PAST_FORMS: ReadonlyArray<readonly [RegExp, HistoryAsked]> = [
  [WHAT_HAPPENED, 'story'],
  [/\bpaid or (?:was it )?written[\s-]?off\b|\bwritten[\s-]?off or (?:was it )?paid\b/i, 'settled'],
  [/\b(?:undid|undone|reversed)\b|\bdid\b.*\bundo\b/i, 'write_off_reversal'],
  [WRITE_OFF_GONE, 'write_off_reversal'],
  [/\brefunded\b|\bgot (?:\w+ )?refund\b/i, 'refund'],
  [/\bcancel+ed\b/i, 'cancellation'],
  [/\bwr(?:ote|itten)(?:\s+(?:it|this|that|them|her|his|the \w+))?[\s-]?off\b|\bw\/o'?d\b/i, 'write_off'],
  [WRITE_OFF_DONE, 'write_off'],
  [WRITE_OFF_THROUGH, 'write_off'],
  // "did Jane Doe pay anything toward …", "has Bob paid for his MRI?": what was paid on it.
  [/\b(?:pay|paid|payments?)\b/i, 'payment'],
];

// "why can't I undo …", "who can write off …": what may be done, however it starts.
const MAY_BE_DONE =
  /\b(?:can|can['’]?t|cannot|could(?:n['’]?t)?|won['’]?t|will|should|may|able to|let me)\b/i;

/** Whether the question asks what already happened on a charge, and about which kind of entry. */
export function historyAsked(question: string): HistoryAsked | null {
  if (WHAT_HAPPENED.test(question) && !MAY_BE_DONE.test(question)) return 'story';
  // "who touched her account last?": the latest entry, or the latest of the kind it names.
  if (LATEST_ASKED.test(question) && !MAY_BE_DONE.test(question))
    return PAST_FORMS.find(([pattern]) => pattern.test(question))?.[1] ?? 'latest';
  if (!(PAST_QUESTION.test(question) || EVER_DONE.test(question)) || MAY_BE_DONE.test(question)) return null;
  return PAST_FORMS.find(([pattern]) => pattern.test(question))?.[1] ?? null;
}

/** The article that says what can be done about an entry of this kind. */
export function historyTopic(asked: HistoryAsked, question: string): HelpTopicId {
  if (asked === 'write_off' && /\breason\b/i.test(question)) return 'write-off-reasons';
  const topics: Partial<Record<HistoryAsked, HelpTopicId>> = {
    write_off: 'undo-write-off',
    write_off_reversal: 'undo-write-off',
    refund: 'refund-payment',
    cancellation: 'cancel-pr',
  };
  return topics[asked] ?? 'balance-lookup';
}

/** Everything done on a charge after its PR was assessed: a charge's story. */
const STORY_KINDS: readonly EntryKind[] = [
  'payment',
  'refund',
  'write_off',
  'write_off_reversal',
  'cancellation',
];

/** The entry kinds a charge's story must have to be the one asked about. */
export function kindsOf(asked: HistoryAsked): readonly EntryKind[] {
  if (asked === 'settled') return ['payment', 'write_off'];
  if (asked === 'story') return STORY_KINDS;
  if (asked === 'latest') return [...STORY_KINDS, 'pr_assessed'];
  // A payment's story includes what of it went back: a refunded payment was not kept.
  return asked === 'payment' ? ['payment', 'refund'] : [asked];
}

/**
 * The entry kinds a listing tells: those asked, and what took any of them back, so that a
 * write-off since undone or a payment since refunded is never listed as if it still stood.
 */
function toldKinds(asked: HistoryAsked): readonly EntryKind[] {
  const kinds = new Set(kindsOf(asked));
  if (kinds.has('write_off')) kinds.add('write_off_reversal');
  // "I thought we undid that": the write-offs too, the one undone and any still in effect.
  if (kinds.has('write_off_reversal')) kinds.add('write_off');
  if (kinds.has('payment')) kinds.add('refund');
  // "how much was refunded?": out of which payment, too.
  if (kinds.has('refund')) kinds.add('payment');
  return [...kinds];
}

/**
 * Whether "none" answers the question: "did she pay anything toward the 9/14 visit?" is answered
 * "no payment" about that visit, not about another charge that has one.
 */
export function noneIsAnAnswer(asked: HistoryAsked): boolean {
  return asked === 'payment' || asked === 'write_off';
}

const VERB: Partial<Record<EntryKind, string>> = {
  pr_assessed: 'PR assessed',
  payment: 'Paid',
  refund: 'Refunded',
  write_off: 'Written off',
  write_off_reversal: 'Write-off undone',
  cancellation: 'Cancelled',
};

const REASON_LABELS: ReadonlyMap<string, string> = new Map<string, string>([
  ...WRITE_OFF_REASONS.map((r) => [r.code, r.label] as const),
  ...CANCEL_REASONS.map((r) => [r.code, r.label] as const),
]);

/**
 * The latest entry among the charges' entries: who made it, what it was, how much and when, with
 * what is outstanding on that charge now.
 */
export function latestFinding(
  entries: readonly EntryRow[],
  outstandingCents: number,
  subject: string,
): { readonly text: string; readonly actors: readonly string[] } | undefined {
  const latest = entries.reduce<EntryRow | undefined>(
    (last, e) =>
      !last ||
      e.createdAt.getTime() > last.createdAt.getTime() ||
      (e.createdAt.getTime() === last.createdAt.getTime() && e.id > last.id)
        ? e
        : last,
    undefined,
  );
  if (!latest) return undefined;
  return {
    text: `The latest entry on ${subject}, as the ledger records it:\n${line(latest)}\n${formatCents(outstandingCents)} is outstanding on that charge now.`,
    actors: [latest.actor],
  };
}

function line(entry: EntryRow): string {
  const verb = VERB[entry.kind] ?? entry.kind;
  const day = entry.createdAt.toISOString().slice(0, 10);
  const reason = entry.reason ? `, reason: ${REASON_LABELS.get(entry.reason) ?? entry.reason}` : '';
  const note = entry.note ? ` (note: “${entry.note}”)` : '';
  return `• ${verb}: ${formatCents(entry.amountCents)} by ${actorInWords(entry.actor)} on ${day}${reason}${note}.`;
}

/**
 * The charge's entries of the kinds asked, one line each, and who made them. For a charge paid
 * or written off, both its payments and write-offs are told, with what is outstanding now.
 */
export function historyFinding(
  entries: readonly EntryRow[],
  asked: HistoryAsked,
  outstandingCents: number,
  /** The charge's PR source, for what can be done about PR a refund re-opened. */
  prSource?: string,
): { readonly text: string; readonly actors: readonly string[] } | undefined {
  const kinds = toldKinds(asked);
  const told = entries.filter((e) => kinds.includes(e.kind));
  if (asked === 'payment') return paymentsFinding(entries, told, outstandingCents, prSource);
  const now = `${formatCents(outstandingCents)} is outstanding now.`;
  // "did her write-off go through?" on a charge with none: said plainly, never left to the how-to.
  if (told.length === 0 && asked === 'write_off')
    return { text: `No write-off is recorded on this charge: ${now}`, actors: [] };
  if (told.length === 0) return undefined;
  // "how much was refunded?": the sum said, beside what was paid, not left to be added up.
  const refunded = told.some((e) => e.kind === 'refund')
    ? `${formatCents(sumOf(told, 'refund'))} of the ${formatCents(sumOf(told, 'payment'))} paid was refunded. `
    : '';
  return {
    text: `What the ledger records:\n${told.map(line).join('\n')}\n${refunded}${now}`,
    actors: [...new Set(told.map((e) => e.actor))],
  };
}

const sumOf = (entries: readonly EntryRow[], kind: EntryKind) =>
  entries.filter((e) => e.kind === kind).reduce((cents, e) => cents + e.amountCents, 0);

/**
 * "No payment is recorded on this charge: $185.00 was assessed and $0.00 paid; $185.00 is
 * outstanding now.", or the payments and refunds one line each, with the same figures.
 */
function paymentsFinding(
  entries: readonly EntryRow[],
  told: readonly EntryRow[],
  outstandingCents: number,
  prSource: string | undefined,
): { readonly text: string; readonly actors: readonly string[] } {
  const assessed = sumOf(entries, 'pr_assessed');
  const refunded = sumOf(entries, 'refund');
  const paid = sumOf(entries, 'payment') - refunded;
  const kept = refunded > 0 ? ' after refunds' : '';
  const figures = `${formatCents(assessed)} was assessed and ${formatCents(paid)} paid${kept}; ${formatCents(outstandingCents)} is outstanding now.`;
  if (told.length === 0) return { text: `No payment is recorded on this charge: ${figures}`, actors: [] };
  // A refund is why a charge paid for owes again: said, not left to be worked out from the lines.
  const why = owedAgain(entries, prSource);
  return {
    text: `What the ledger records:\n${told.map(line).join('\n')}\n${figures}${why ? `\n${why}` : ''}`,
    actors: [...new Set(told.map((e) => e.actor))],
  };
}
