/**
 * Situations that tell a patient's facts with nothing asked to be done, so no rule is weighed:
 * a charge's balance (with what put PR back on it), several patients' balances asked together,
 * and what already happened on a charge (its ledger entries).
 */
import type { Database } from '../db/client.ts';
import type { EntryKind } from '../domain/charge.ts';
import { formatCents } from '../domain/money.ts';
import { type ChargeView, chargeHistory } from '../ledger/index.ts';
import type { PatientSummary } from '../ledger/queries/patients.ts';
import type { HelpSituation } from './answer.ts';
import { balancesLines } from './balances-asked.ts';
import { chargeBalance } from './charge-standing.ts';
import {
  type HistoryAsked,
  historyFinding,
  historyTopic,
  kindsOf,
  latestFinding,
  noneIsAnAnswer,
} from './history-asked.ts';
import { owedAgain } from './owed-again.ts';
import type { SituationLookup } from './situation.ts';
import type { HelpTopicId } from './topics.ts';
import { writtenDown } from './written-down.ts';

type Found = Extract<SituationLookup, { kind: 'found' }>;

/** Only shown to the asker (ephemeral or DM), so the patient's name may appear. */
export function subjectOf(charge: ChargeView): string {
  return `${charge.patientName} – ${charge.description} (${charge.dateOfService})`;
}

/**
 * A charge's facts told, with nothing asked to be done: no rule is weighed, the action is the
 * default one (no action's article is chosen by it), and the article is the one given.
 */
export function toldOfCharge(
  charge: ChargeView,
  told: Pick<HelpSituation, 'finding' | 'actors' | 'topic' | 'section'>,
): Found {
  return {
    kind: 'found',
    charge,
    situation: {
      blockers: [],
      subject: subjectOf(charge),
      action: 'write_off',
      patientName: charge.patientName,
      // Nothing is asked to be done, so no amount is the one asked: the examples, shown with the
      // patient's name, show none rather than a made-up one.
      figureCents: 0,
      ...told,
    },
  };
}

/** At most this many open charges are listed with a patient's balance; the rest are counted. */
const MAX_OPEN_LISTED = 5;

export function balanceOf(
  patient: PatientSummary,
  charges: readonly ChargeView[],
  mention: string,
): SituationLookup {
  const open = charges.filter((c) => c.outstandingCents > 0);
  const outstandingCents = open.reduce((sum, c) => sum + c.outstandingCents, 0);
  const newest = open.at(-1);
  // "what does Bob Smith owe" with two open charges: which ones, each with what it owes.
  if (open.length > 1 && newest) {
    const listed = open
      .slice(-MAX_OPEN_LISTED)
      .map((c) => `• ${c.description} (${c.dateOfService}): ${formatCents(c.outstandingCents)} outstanding`);
    const more = open.length > MAX_OPEN_LISTED ? [`• and ${open.length - MAX_OPEN_LISTED} more`] : [];
    const found = toldOfCharge(newest, {
      finding: [
        `${patient.fullName} owes ${formatCents(outstandingCents)} on ${open.length} open charges.`,
        ...listed,
        ...more,
      ].join('\n'),
      topic: 'balance-lookup',
    });
    return { ...found, situation: { ...found.situation, subject: patient.fullName }, mention };
  }
  return { kind: 'balance', patient, outstandingCents, openCharges: open.length, mention };
}

/**
 * A charge's balance asked: its figures lead, with the write-offs that brought it down and what
 * re-opened its PR (a refund, an undone write-off) when something did; the look-up article
 * follows, and the article's examples name the patient.
 */
export async function chargeBalanceFound(
  db: Database,
  charge: ChargeView,
  charges: readonly ChargeView[],
  mention: string,
): Promise<SituationLookup> {
  const entries = await chargeHistory(db, { chargeId: charge.id });
  // What brought it down (write-offs in effect) and what put PR back on it (a refund, an undo).
  const down = writtenDown(entries);
  const why = owedAgain(entries, charge.prSource);
  const finding = [chargeBalance(charge, charges), down?.text, why].filter(Boolean).join('\n');
  const actors = down?.actors ?? [];
  return { ...toldOfCharge(charge, { finding, actors, topic: 'balance-lookup' }), mention };
}

/**
 * Several patients' balances asked in one question (balances-asked.ts): each one's total, one line
 * each, with the look-up article. The answer is about no one charge: the first patient's newest
 * stands for it, and the examples keep their made-up patient.
 */
export function balancesFound(
  patients: readonly { readonly patient: PatientSummary; readonly charges: readonly ChargeView[] }[],
  mention: string,
): SituationLookup {
  const first = patients.find((p) => p.charges.length > 0);
  const charge = first?.charges.at(-1);
  if (!first || !charge) return { kind: 'none' };
  const finding = balancesLines(patients.map((p) => ({ fullName: p.patient.fullName, charges: p.charges })));
  return {
    kind: 'found',
    charge,
    situation: {
      blockers: [],
      subject: patients.map((p) => p.patient.fullName).join(' and '),
      action: 'write_off',
      finding,
      topic: 'balance-lookup',
    },
    mention,
  };
}

/**
 * A question about what already happened on a charge: the newest of the charges it may be about
 * whose ledger has an entry of the kind asked, told from those entries with the article on what
 * can be done about them. When none has one, "none" answers a question about one charge's payments;
 * otherwise undefined, and the question is then answered as asked now.
 */
/**
 * The article beside a charge's story ("what happened?"): the one of the last thing done to it (an
 * undone write-off's undo, a refund's, a cancel's), not the balance look-up's steps; a story of
 * payments only stays with the look-up. Any other past asked has its own (historyTopic).
 */
function storyArticle(
  past: HistoryAsked,
  entries: readonly { readonly kind: EntryKind }[],
  rest: string,
): { readonly topic: HelpTopicId; readonly section?: string } {
  // "did her write-off go through?" with none recorded: how to write it off, not how to undo one.
  if (past === 'write_off' && !entries.some((e) => e.kind === 'write_off')) return { topic: 'write-off-how' };
  if (past !== 'story') return { topic: historyTopic(past, rest) };
  const last = entries.findLast((e) => e.kind !== 'payment' && kindsOf('story').includes(e.kind));
  const section = last ? STORY_SECTIONS[last.kind] : undefined;
  return { topic: historyTopic(last?.kind ?? past, rest), ...(section ? { section } : {}) };
}

/** The section that tells what the last thing done means now: an undo done, a refund made. */
const STORY_SECTIONS: Partial<Record<EntryKind, string>> = {
  write_off_reversal: '"Already undone"',
  refund: 'A refund re-opens the PR',
};

export async function historyFound(
  db: Database,
  past: HistoryAsked,
  rest: string,
  charges: readonly ChargeView[],
): Promise<Found | undefined> {
  if (past === 'latest') return latestFound(db, charges);
  const only = charges.length === 1 && noneIsAnAnswer(past);
  for (const charge of [...charges].reverse()) {
    const entries = await chargeHistory(db, { chargeId: charge.id });
    const told = historyFinding(entries, past, charge.outstandingCents, charge.prSource);
    if (!told || (!only && !entries.some((e) => kindsOf(past).includes(e.kind)))) continue;
    return toldOfCharge(charge, {
      finding: told.text,
      actors: told.actors,
      ...storyArticle(past, entries, rest),
    });
  }
  return undefined;
}

/**
 * "who touched Margit Halvorsen's account last?": the latest entry on the charges asked about (all
 * the patient's when none is named), who made it, what, how much and when, from the ledger.
 */
async function latestFound(db: Database, charges: readonly ChargeView[]): Promise<Found | undefined> {
  const all = await Promise.all(
    charges.map(async (charge) => ({ charge, entries: await chargeHistory(db, { chargeId: charge.id }) })),
  );
  const latest = all
    .flatMap(({ charge, entries }) => entries.map((entry) => ({ charge, entries, entry })))
    .reduce<
      | {
          charge: ChargeView;
          entries: (typeof all)[number]['entries'];
          entry: (typeof all)[number]['entries'][number];
        }
      | undefined
    >((last, e) => (!last || laterEntry(e.entry, last.entry) ? e : last), undefined);
  if (!latest) return undefined;
  const subject = charges.length > 1 ? `${latest.charge.patientName}'s charges` : 'this charge';
  const told = latestFinding(latest.entries, latest.charge.outstandingCents, subject);
  if (!told) return undefined;
  const { kind } = latest.entry;
  return toldOfCharge(latest.charge, {
    finding: told.text,
    actors: told.actors,
    topic: kind === 'pr_assessed' || kind === 'payment' ? 'balance-lookup' : historyTopic(kind, ''),
  });
}

/** Whether entry a was made after entry b (the later id, at the same moment). */
function laterEntry(
  a: { readonly createdAt: Date; readonly id: number },
  b: { readonly createdAt: Date; readonly id: number },
): boolean {
  const at = a.createdAt.getTime() - b.createdAt.getTime();
  return at > 0 || (at === 0 && a.id > b.id);
}
