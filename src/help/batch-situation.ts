/**
 * "will José Núñez's estimate get picked up by a small balance batch under $60?": whether a batch
 * would write off the patient's charge. A batch takes charges with more than $0 and at most its
 * amount outstanding, whose visit is at least 60 days old, and never an estimate collected at the
 * visit (placeholder PR), which waits for its remittance (ledger/queries/small-balances.ts). Read
 * as a balance look-up, the answer told what was owed and not whether a batch would take it.
 */

import { actorInWords } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS, whyBatchLeavesOut } from '../domain/rules/batch.ts';
import type { ChargeView } from '../ledger/index.ts';
import type { PatientSummary } from '../ledger/queries/patients.ts';
import { ageCutoff } from '../ledger/queries/small-balances.ts';
import { daysText } from './batch-age.ts';
import { amountAsked } from './charge-named.ts';
import type { SituationLookup } from './situation.ts';
import { subjectOf, toldOfCharge } from './told-situation.ts';

// A batch named: "small balance batch", "the batch", "small-balance run", "the small bal cleanup".
const BATCH_NAMED =
  /\bbatch\w*\b|\bsmall[\s-]?bal(?:ance)?s?\s+(?:run|cleanup|clean-up|sweep|write[\s-]?offs?)\b/i;
// Whether it would be taken: "picked up", "included", "caught", "swept up", "written off by", "is
// it in the small balance batch under $10?", "will it be in the $5 batch?".
const PICKED_UP =
  /\bpick(?:ed|s)? (?:it |them )?up\b|\bget (?:picked|caught|swept|included)\b|\binclud\w*|\bcaught\b|\bswept\b|\bin (?:the|a) batch\b|\bby (?:the|a) (?:small[\s-]?bal\w* )?batch\b|\bwould (?:the|a) batch\b|\bwill (?:the|a) batch\b|\b(?:be|get|go|end up|land|fall|make it)\s+in(?:to)?\s+(?:the|a|an|any)\b[^.?!]{0,40}?\bbatch\b|\bqualif\w*\s+for\b|\beligible\b|\bin\s+(?:the|a|an|any|this|that|our|my|next|tomorrow'?s|today'?s)\s+(?:[^\s.?!]+\s+){0,4}?batch\b/i;
// Asked of the past: "was it part of a batch?", "did a batch write it off?", "was it in the batch".
const WAS_IN =
  /\b(?:was|were|did|has|had)\b[^.?!]{0,60}?\b(?:part of|in|into|by|from)\s+(?:the|a|an|any|that)\b[^.?!]{0,30}?\bbatch\b|\bdid (?:the|a|any) (?:small[\s-]?bal\w* )?batch\b/i;

/** Whether the question asks if a small-balance batch would write off the patient's charge. */
export function asksIfBatchTakes(question: string): boolean {
  return BATCH_NAMED.test(question) && PICKED_UP.test(question) && !asksIfBatchTook(question);
}

/** Whether the question asks if a small-balance batch did write off the patient's charge. */
export function asksIfBatchTook(question: string): boolean {
  return BATCH_NAMED.test(question) && WAS_IN.test(question);
}

/** A charge's write-offs, each with the batch it was part of and whether it was undone. */
export interface ChargeWriteOff {
  readonly amountCents: number;
  readonly batchId: string | null;
  readonly actor: string;
  readonly day: string;
  readonly undone: boolean;
}

/**
 * "was Bob Smith's office visit part of a small balance batch?": whether a batch wrote it off, and
 * which batch, from the charge's ledger; undefined when the question asks no such thing.
 */
export function batchTookFound(
  question: string,
  charge: ChargeView | undefined,
  writeOffs: readonly ChargeWriteOff[],
  mention: string,
): SituationLookup | undefined {
  if (!charge || !asksIfBatchTook(question)) return undefined;
  const named = `${charge.description} (${charge.dateOfService})`;
  const inBatch = writeOffs.filter((w) => w.batchId !== null);
  const lines = inBatch.map(
    (w) =>
      `Yes: ${formatCents(w.amountCents)} of ${named} was written off by small-balance batch ${w.batchId}, run by ${actorInWords(w.actor)} on ${w.day}` +
      (w.undone
        ? '; that batch was undone since, so it no longer counts.'
        : '. A batch is undone as a whole: undoing it puts back every balance it wrote off.'),
  );
  const finding =
    lines.length > 0
      ? `${lines.join('\n')}\n${formatCents(charge.outstandingCents)} is outstanding on it now.`
      : `No: no small-balance batch wrote off ${named}. ${formatCents(charge.outstandingCents)} is outstanding on it now.`;
  return {
    ...toldOfCharge(charge, { finding, topic: 'small-balance-batch', section: BATCH_SECTION }),
    mention,
  };
}

// The batch's amount: "under $60", "below 60", "at most $5", "<= $10".
const UNDER = /(?:\bunder|\bbelow|\bless than|\bat most|\bup to|<=?)\s*(\$?\s?\d[\d,]*(?:\.\d\d)?)/i;

/** The amount the batch asked about is for, in cents. */
function batchAmount(question: string): number | undefined {
  const under = UNDER.exec(question)?.[1];
  return under ? amountAsked(under.startsWith('$') ? under : `$${under}`) : amountAsked(question);
}

const BATCH_SECTION = 'Every small balance at once (a batch)';

function verdict(charge: ChargeView, underCents: number | undefined, cutoff: string, days: number): string {
  const named = `${charge.description} (${charge.dateOfService})`;
  switch (whyBatchLeavesOut(charge, { underCents, serviceOnOrBefore: cutoff })) {
    case 'estimate':
      return (
        `No: ${named} is an estimate collected at the visit (placeholder PR, ${formatCents(charge.outstandingCents)} outstanding), ` +
        'and a batch never picks up estimates, whatever their amount: an estimate waits for its remittance, or is cancelled if it was wrong.'
      );
    case 'nothing_outstanding':
      return `No: nothing is outstanding on ${named}.`;
    case 'over_amount':
      return `No: ${named} has ${formatCents(charge.outstandingCents)} outstanding, more than the ${formatCents(underCents ?? 0)} the batch is for.`;
    case 'too_recent':
      return (
        `Not yet: the visit of ${named} is less than ${daysText(days)} old, and a batch leaves ` +
        `younger balances, which may still be paid (${formatCents(charge.outstandingCents)} outstanding).`
      );
    case null:
      return underCents !== undefined
        ? `Yes: ${named} has ${formatCents(charge.outstandingCents)} outstanding, at most ${formatCents(underCents)}, on a visit at least ${daysText(days)} old.`
        : `Yes, in a batch of ${formatCents(charge.outstandingCents)} or more: ${named} has that much outstanding, on a visit at least ${daysText(days)} old.`;
  }
}

/** Whether a batch would take each charge the question names, as the situation to answer with. */
export function batchTakesFound(
  question: string,
  patient: PatientSummary,
  named: readonly ChargeView[],
  params: { readonly today: string; readonly mention: string },
): SituationLookup | undefined {
  const [first] = named;
  if (!first || !asksIfBatchTakes(question)) return undefined;
  const underCents = batchAmount(question);
  const one = named.length === 1;
  // The batch's minimum age is the practice's (SMALL_BALANCE_MIN_AGE_DAYS): the answer tells it
  // with the help desk's, the default until then.
  const findingFor = (days: number): string => {
    const cutoff = ageCutoff(params.today, days);
    const lines = named.map((c) => verdict(c, underCents, cutoff, days));
    return one ? (lines[0] as string) : lines.map((l) => `• ${l}`).join('\n');
  };
  return {
    kind: 'found',
    charge: first,
    situation: {
      blockers: [],
      subject: one ? subjectOf(first) : patient.fullName,
      action: 'write_off',
      patientName: patient.fullName,
      finding: findingFor(DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS),
      findingFor,
      figureCents: 0,
      topic: 'small-balance-batch',
      section: BATCH_SECTION,
    },
    mention: params.mention,
  };
}
