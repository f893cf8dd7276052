/**
 * "Kwame Harris has two lab panels in October, an estimate he paid ($125) and the remittance
 * ($145). Did he get billed twice, and what should I do?": an estimate collected at the visit
 * (placeholder PR) and the remittance's PR for the same service, side by side. Answered as a
 * write-off of the estimate, the biller was told it is already paid, which says nothing of the
 * two charges. What the biller needs: which one is the estimate, that the remittance's amount
 * replaces it and stays, and what the rules say of cancelling the estimate (refund first, when it
 * was paid).
 */
import type { Blocker } from '../domain/blockers.ts';
import { formatCents } from '../domain/money.ts';
import type { ChargeView } from '../ledger/index.ts';
import { estimateStoryAsked } from './estimate-asked.ts';
import type { SituationLookup } from './situation.ts';
import { subjectOf } from './told-situation.ts';

type Found = Extract<SituationLookup, { kind: 'found' }>;

/** The heading of the cancel article's section on an estimate and its remittance. */
const ESTIMATE_SECTION = 'An estimate, then the remittance';

interface EstimatePair {
  readonly estimate: ChargeView;
  readonly remittance: ChargeView;
}

/**
 * The newest estimate not cancelled that has a remittance's PR for the same service (the same
 * description) among the charges; undefined when there is none.
 */
export function estimateBesideRemittance(charges: readonly ChargeView[]): EstimatePair | undefined {
  for (const estimate of [...charges].reverse()) {
    if (estimate.prSource !== 'placeholder' || estimate.status === 'cancelled') continue;
    const remittance = charges.findLast(
      (c) =>
        c.prSource === 'remittance' && c.description === estimate.description && c.status !== 'cancelled',
    );
    if (remittance) return { estimate, remittance };
  }
  return undefined;
}

const named = (charge: ChargeView) => `${charge.description} (${charge.dateOfService})`;

/** "an estimate collected at the visit ($125.00, paid)": the charge's figure in a few words. */
function figure(charge: ChargeView): string {
  if (charge.outstandingCents === 0 && charge.paidCents > 0) return `${formatCents(charge.paidCents)}, paid`;
  const paid = charge.paidCents > 0 ? `, ${formatCents(charge.paidCents)} paid` : '';
  return `${formatCents(charge.outstandingCents)} outstanding${paid}`;
}

/** What the two charges are, said before what the rules say of cancelling the estimate. */
function background({ estimate, remittance }: EstimatePair): string {
  return (
    `Not the same bill twice: ${named(estimate)} is an estimate collected at the visit (placeholder PR, ${figure(estimate)}), ` +
    `and ${named(remittance)} is the PR from the insurance remittance (${figure(remittance)}), which replaces the estimate. ` +
    `The estimate is the one to cancel; the remittance's PR stays, as what ${remittance.patientName} owes.`
  );
}

/**
 * The answer about the estimate when the question asks whether the patient was billed twice (or
 * sets the estimate against the remittance) and the patient has such a pair; undefined otherwise.
 * `cancelBlockers`: the rules' answer for cancelling a charge, as the asker would be answered.
 */
export async function estimatePairFound(
  question: string,
  charges: readonly ChargeView[],
  cancelBlockers: (chargeId: number) => Promise<readonly Blocker[]>,
): Promise<Found | undefined> {
  if (!estimateStoryAsked(question)) return undefined;
  const pair = estimateBesideRemittance(charges);
  if (!pair) return undefined;
  const { estimate } = pair;
  return {
    kind: 'found',
    charge: estimate,
    situation: {
      blockers: await cancelBlockers(estimate.id),
      subject: subjectOf(estimate),
      action: 'cancel_pr',
      patientName: estimate.patientName,
      background: background(pair),
      standing: `${formatCents(estimate.outstandingCents)} is outstanding on the estimate.`,
      figureCents: estimate.outstandingCents,
      topic: 'cancel-pr',
      section: ESTIMATE_SECTION,
    },
  };
}
