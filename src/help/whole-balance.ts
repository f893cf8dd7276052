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
import { amountToAct, owedStated } from './charge-named.ts';
import type { SituationLookup } from './situation.ts';

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
  if (!oldest || open.length < 2 || !(wholeTold || asksToWriteOffWholeBalance(asked.question)))
    return undefined;
  // Whether the asker may write off at all is the same on every charge.
  const blockers = (await rules.blockersOf(oldest.id)).filter((b) => b.code === 'NOT_AUTHORIZED');
  const { actor, recentCents } = await rules.asker();
  const limit = blockers.length === 0 ? overLimitLine(actor, totalCents, recentCents) : undefined;
  const name = asked.patient.fullName;
  return {
    kind: 'found',
    charge: open.at(-1) as ChargeView,
    situation: {
      blockers,
      subject: name,
      action: 'write_off',
      patientName: name,
      finding: openChargesLine(name, open, totalCents),
      ...(limit ? { limitNote: limit } : {}),
      ...(rules.reasonNote ? { reasonNote: rules.reasonNote } : {}),
      ...(rules.askedAs ? { askedAs: rules.askedAs } : {}),
      figureCents: totalCents,
      topic: 'write-off-how',
      section: WHOLE_SECTION,
    },
  };
}
