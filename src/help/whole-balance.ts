/**
 * "María García lost her job, write off everything she owes under hardship": all a patient owes,
 * which is spread over several charges. Answered about one charge, the biller saw $40 of her $160
 * (and, through the word "under", the small-balance batch's steps). What is asked is her whole
 * balance: each open charge with what it owes, the total, how to write it all off at once (a
 * spread) or one charge at a time, and the asker's limit when the total is over it, since a
 * spread cannot go for approval.
 */
import type { Blocker } from '../domain/blockers.ts';
import type { ActorFacts } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import type { ChargeView } from '../ledger/index.ts';
import type { PatientSummary } from '../ledger/queries/patients.ts';
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';
import { actionAsked } from './action-asked.ts';
import { amountToAct, chargesServiceNamed, owedStated } from './charge-named.ts';
import type { SituationLookup } from './situation.ts';
import { chargesInOrderNamed, visitOrderNamed } from './visit-order.ts';

type Found = Extract<SituationLookup, { kind: 'found' }>;

/** The heading of the how-to's section on writing off all a patient owes. */
const WHOLE_SECTION = 'Spread over several charges';

// All the patient owes: "everything she owes", "his whole balance", "all of her charges",
// "everything on their account", "clear out her balance".
// Whose: "her", "his", "the patient's", or the patient's own name ("Maria Garcia's").
const WHOSE = String.raw`(?:her|his|their|the patient'?s|the|(?:\p{L}+\s+){0,2}\p{L}+'s)`;
const WHOLE_BALANCE = new RegExp(
  [
    String.raw`\b(?:everything|all|whatever|all that)\s+(?:that\s+)?(?:she|he|they|the patient|the pt)\s+(?:still\s+)?(?:owes?|has)\b`,
    String.raw`${WHOSE}\s+(?:whole|entire|full|total|complete)\s+(?:balance|bal|account|bill)\b`,
    String.raw`\ball (?:of )?${WHOSE}\s+(?:balance|bal|account|charges|bills|visits)\b`,
    String.raw`\beverything on ${WHOSE}\s+(?:account|balance)\b`,
    String.raw`\b(?:clear|zero|wipe)(?: out)? ${WHOSE}\s+(?:balance|account)\b`,
  ].join('|'),
  'iu',
);

/** Whether the question asks to write off all the patient owes, not one charge. */
export function asksToWriteOffWholeBalance(question: string): boolean {
  return WHOLE_BALANCE.test(question.replace(/[’‘]/g, "'")) && actionAsked(question) === 'write_off';
}

// A spread asked in words: "spread across her charges", "split over all his visits", "across her
// open charges, oldest first".
const SPREAD_ASKED =
  /\b(?:spread|split|divided?|applied|apply)\s+(?:it\s+|them\s+)?(?:across|over|between|among)\b|\bacross\s+(?:all\s+)?(?:of\s+)?(?:her|his|their|the)\s+(?:open\s+)?(?:charges|visits|balances|bills)\b/i;

/** Whether the question asks for a write-off spread across the patient's open charges. */
export function asksForSpread(question: string): boolean {
  return SPREAD_ASKED.test(question);
}

/** What a spread of the amount asked does with the patient's balance; undefined with no amount. */
function spreadLine(
  amountCents: number | undefined,
  totalCents: number,
  patientName: string,
): string | undefined {
  if (amountCents === undefined) return undefined;
  if (amountCents > totalCents)
    return (
      `A spread of ${formatCents(amountCents)} is more than the ${formatCents(totalCents)} ${patientName} owes in all, so the form refuses it: ` +
      `enter ${formatCents(totalCents)} or less.`
    );
  return `A spread of ${formatCents(amountCents)} clears the oldest open charge first, then the next, until it is used up.`;
}

// How much may be written off: "how much can I write off on Bob Smith", "what's the most I can w/o
// for her", "max I can write off".
const HOW_MUCH_ASKED =
  /\bhow much (?:can|could|may|am i allowed to|are we allowed to) (?:i |we |you )?(?:still )?(?:write[\s-]?off|w\/o|writeoff)\b|\b(?:the )?(?:most|max(?:imum)?) (?:that )?(?:i|we|you) (?:can|could|may) (?:write[\s-]?off|w\/o|writeoff)\b|\bmax(?:imum)? (?:write[\s-]?off|w\/o)(?: amount)?\b/i;

/** Whether the question asks how much of the patient's balance can be written off. */
export function asksHowMuchToWriteOff(question: string): boolean {
  return HOW_MUCH_ASKED.test(question.replace(/[’‘]/g, "'"));
}

/** The part section of the how-to: from a cent up to what is outstanding. */
const PART_SECTION = 'Write off part of what the patient owes';

/** At most this many open charges are named one by one; the rest are counted. */
const MAX_NAMED = 4;

function openChargesLine(patientName: string, open: readonly ChargeView[], totalCents: number): string {
  const named = open
    .slice(0, MAX_NAMED)
    .map((c) => `${c.description} (${c.dateOfService}), ${formatCents(c.outstandingCents)}`);
  const more = open.length > MAX_NAMED ? `, and ${open.length - MAX_NAMED} more` : '';
  return (
    `${patientName} owes ${formatCents(totalCents)} on ${open.length} open charges: ${named.join('; ')}${more}. ` +
    `To write it all off, enter ${formatCents(totalCents)} with _Spread across open charges, oldest first_ ticked, or write off each charge with \`all\`.`
  );
}

/** The asker's limit, when the total is over what it leaves: a spread cannot go for approval. */
function overLimitLine(actor: ActorFacts, totalCents: number, recentCents: number): string | undefined {
  if (actor.limitCents === null || totalCents + recentCents <= actor.limitCents) return undefined;
  return (
    `All of it is over your write-off limit of ${formatCents(actor.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours, ` +
    'and a spread cannot be sent for approval: write off one charge at a time (one over your limit goes for approval), or ask a billing manager or admin.'
  );
}

/**
 * The answer about the patient's whole balance, when the question asks to write it all off and it
 * is on more than one open charge; undefined otherwise.
 */
export async function wholeBalanceFound(
  asked: {
    readonly question: string;
    readonly patient: PatientSummary;
    readonly charges: readonly ChargeView[];
  },
  rules: {
    /** Who asks (a role stated, or the asker's own), and what they wrote off for the patient lately. */
    readonly asker: () => Promise<{ readonly actor: ActorFacts; readonly recentCents: number }>;
    readonly blockersOf: (chargeId: number) => Promise<readonly Blocker[]>;
    readonly reasonNote?: string | undefined;
    /** Whom it is answered for, when the question states a role (role-stated.ts). */
    readonly askedAs?: string | undefined;
  },
): Promise<Found | undefined> {
  const open = asked.charges.filter((c) => c.outstandingCents > 0);
  const [oldest] = open;
  const totalCents = open.reduce((sum, c) => sum + c.outstandingCents, 0);
  // "aisha jones owes $445, … how do I do a hardship write off": all she owes, said as a figure.
  const wholeTold =
    owedStated(asked.question) === totalCents &&
    amountToAct(asked.question) === undefined &&
    actionAsked(asked.question) === 'write_off';
  const spread = asksForSpread(asked.question) && actionAsked(asked.question) === 'write_off';
  // "how much can I write off on Bob Smith?": what each open charge allows, and the asker's limit.
  const howMuch = asksHowMuchToWriteOff(asked.question) && amountToAct(asked.question) === undefined;
  // "how much can I write off on his last visit?": the charge at that end of his visits (of those
  // the question names by what they were), not all his open charges added up; one with nothing
  // outstanding is the rules' to answer (already paid, written off), as any charge named is.
  const ordered = howMuch && visitOrderNamed(asked.question) ? inOrderNamed(asked) : undefined;
  if (ordered && !ordered.some((c) => c.outstandingCents > 0)) return undefined;
  if (howMuch && oldest) {
    // "how much can I write off on his MRI?": that charge's, when the question names one.
    const named =
      ordered?.filter((c) => c.outstandingCents > 0) ?? chargesServiceNamed(open, asked.question, null);
    const asking = named.length > 0 ? named : open;
    const askedCents = asking.reduce((sum, c) => sum + c.outstandingCents, 0);
    return howMuchFound(asked.patient, asking, askedCents, rules);
  }
  if (!oldest || open.length < 2 || !(wholeTold || spread || asksToWriteOffWholeBalance(asked.question)))
    return undefined;
  const spreadAmount = spread ? amountToAct(asked.question) : undefined;
  const spreadSaid = spreadLine(spreadAmount, totalCents, asked.patient.fullName);
  // Whether the asker may write off at all is the same on every charge.
  const blockers = (await rules.blockersOf(oldest.id)).filter((b) => b.code === 'NOT_AUTHORIZED');
  const { actor, recentCents } = await rules.asker();
  const limit =
    blockers.length === 0
      ? overLimitLine(actor, Math.min(spreadAmount ?? totalCents, totalCents), recentCents)
      : undefined;
  const name = asked.patient.fullName;
  return {
    kind: 'found',
    charge: open.at(-1) as ChargeView,
    situation: {
      blockers,
      subject: name,
      action: 'write_off',
      patientName: name,
      finding: [openChargesLine(name, open, totalCents), spreadSaid].filter(Boolean).join('\n'),
      ...(limit ? { limitNote: limit } : {}),
      ...(rules.reasonNote ? { reasonNote: rules.reasonNote } : {}),
      ...(rules.askedAs ? { askedAs: rules.askedAs } : {}),
      figureCents: totalCents,
      topic: 'write-off-how',
      section: WHOLE_SECTION,
    },
  };
}

/** The charges at the end of the patient's visits the question names, among those it names by service. */
function inOrderNamed(asked: { readonly question: string; readonly charges: readonly ChargeView[] }) {
  const named = chargesServiceNamed(asked.charges, asked.question, null);
  return chargesInOrderNamed(named.length > 0 ? named : asked.charges, asked.question);
}

/** "how much can I write off on Bob Smith?": up to what each open charge owes, and the asker's limit. */
async function howMuchFound(
  patient: PatientSummary,
  open: readonly ChargeView[],
  totalCents: number,
  rules: Parameters<typeof wholeBalanceFound>[1],
): Promise<Found> {
  const newest = open.at(-1) as ChargeView;
  const blockers = (await rules.blockersOf(newest.id)).filter((b) => b.code === 'NOT_AUTHORIZED');
  const { actor, recentCents } = await rules.asker();
  const each = open
    .slice(0, MAX_NAMED)
    .map((c) => `${c.description} (${c.dateOfService}), ${formatCents(c.outstandingCents)}`);
  const more = open.length > MAX_NAMED ? `, and ${open.length - MAX_NAMED} more` : '';
  const owes =
    open.length === 1
      ? `At most ${formatCents(totalCents)} can be written off for ${patient.fullName}: what is outstanding on ${each[0]}.`
      : `At most ${formatCents(totalCents)} can be written off for ${patient.fullName}, what ${open.length} open charges owe: ${each.join('; ')}${more}. On each charge, at most what it owes.`;
  const limit =
    blockers.length > 0
      ? undefined
      : actor.limitCents === null
        ? 'You have no write-off limit, so all of it goes through without approval.'
        : `Without approval, up to ${formatCents(Math.max(0, actor.limitCents - recentCents))} (your write-off limit is ${formatCents(actor.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours); more goes to a billing manager or admin for approval.`;
  const name = patient.fullName;
  return {
    kind: 'found',
    charge: newest,
    situation: {
      blockers,
      subject: name,
      action: 'write_off',
      patientName: name,
      finding: [owes, limit].filter(Boolean).join('\n'),
      ...(rules.askedAs ? { askedAs: rules.askedAs } : {}),
      figureCents: totalCents,
      topic: 'write-off-how',
      section: PART_SECTION,
    },
  };
}
