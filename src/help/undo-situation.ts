/**
 * "Why can't I undo the write-off on Jane's charge?": the charge's write-off an undo would act on,
 * checked with the same undo rule the ledger uses, including whether it was already reversed (and
 * by whom). "Can I undo Tom Baker's write-off?" is about a charge that has a write-off: a charge
 * without one has nothing to undo, which is not the same as nothing standing in the way. When
 * nothing does, the answer names the write-off the undo would reverse and what the charge would
 * owe again, so the biller knows it is the one they mean before they open the form.
 */
import type { Database } from '../db/client.ts';
import type { Blocker } from '../domain/blockers.ts';
import { isoDay } from '../domain/calendar-day.ts';
import { type ActorFacts, actorInWords, checkUndo } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { isWriteOffReason, writeOffReasonInfo } from '../domain/reasons.ts';
import { type ChargeView, chargeHistory, isSmallBalanceBatchId, loadActor } from '../ledger/index.ts';

type Entry = Awaited<ReturnType<typeof chargeHistory>>[number];

interface UndoTarget {
  readonly writeOff: Entry;
  readonly reversal: Entry | undefined;
}

/**
 * The write-off an undo of this charge acts on: the newest one not yet reversed, else the newest
 * (whose reversal says why there is nothing more to undo); null when the charge has none.
 */
async function undoTarget(db: Database, chargeId: number, batchAsked = false): Promise<UndoTarget | null> {
  const history = await chargeHistory(db, { chargeId });
  const reversalOf = (writeOff: Entry) =>
    history.find((e) => e.kind === 'write_off_reversal' && e.refersToEntryId === writeOff.id);
  const all = history.filter((e) => e.kind === 'write_off');
  // "undo the batch write-off": the charge's part of a small-balance batch, when it has one.
  const ofBatch = batchAsked
    ? all.filter((w) => w.batchId !== null && w.batchId !== undefined && isSmallBalanceBatchId(w.batchId))
    : [];
  const writeOffs = ofBatch.length > 0 ? ofBatch : all;
  const writeOff = writeOffs.findLast((w) => !reversalOf(w)) ?? writeOffs.at(-1);
  return writeOff ? { writeOff, reversal: reversalOf(writeOff) } : null;
}

export async function undoBlockers(
  db: Database,
  chargeId: number,
  actor: string | ActorFacts,
  batchAsked = false,
): Promise<readonly Blocker[]> {
  const target = await undoTarget(db, chargeId, batchAsked);
  if (!target) return [];
  const { writeOff, reversal } = target;
  return checkUndo(
    {
      writtenOffBy: writeOff.actor,
      reversal: reversal ? { actor: reversal.actor, createdAt: reversal.createdAt } : null,
    },
    typeof actor === 'string' ? await loadActor(db, actor) : actor,
  );
}

/**
 * The charges that have a write-off, undone or not, ordered by the write-off an undo would act on,
 * oldest first: "undo Priya Patel's write-off" means the latest one made, whatever the visit dates.
 */
export async function chargesWithWriteOffs(
  db: Database,
  charges: readonly ChargeView[],
): Promise<ChargeView[]> {
  const targets = await Promise.all(
    charges.map(async (charge) => ({ charge, target: await undoTarget(db, charge.id) })),
  );
  return targets
    .flatMap(({ charge, target }) => (target ? [{ charge, entryId: target.writeOff.id }] : []))
    .sort((a, b) => a.entryId - b.entryId)
    .map((t) => t.charge);
}

/** At most this many charges with a write-off are named when the one asked about has none. */
const MAX_NAMED = 2;

/**
 * What to say when the charge an undo is asked about has no write-off: that there is nothing to
 * undo, for the whole patient when none of their charges has one, else where their write-offs are.
 */
export function nothingToUndo(patientName: string, withWriteOffs: readonly ChargeView[]): string {
  if (withWriteOffs.length === 0)
    return `${patientName} has no write-off on any charge, so there is nothing to undo.`;
  const named = [...withWriteOffs]
    .reverse()
    .slice(0, MAX_NAMED)
    .map((c) => `${c.description} (${c.dateOfService})`);
  const more = withWriteOffs.length > MAX_NAMED ? `, and ${withWriteOffs.length - MAX_NAMED} more` : '';
  return `This charge has no write-off, so there is nothing to undo on it. ${patientName}'s write-offs are on ${named.join('; ')}${more}.`;
}

/**
 * "Undoing it reverses the $20.00 write-off (_Service recovery / patient experience_) made by
 * cli:demo on 2026-03-02; $60.00 would be outstanding again.": the write-off an undo of this charge
 * acts on, and what the charge owes after it. Undefined when there is none left to undo (the rules
 * then say why). `asker` is who asks: their own write-off is said to be theirs.
 */
export async function undoStanding(
  db: Database,
  charge: ChargeView,
  asker: string,
  batchAsked = false,
): Promise<{ readonly text: string; readonly actor: string | null; readonly group?: string } | undefined> {
  const target = await undoTarget(db, charge.id, batchAsked);
  if (!target || target.reversal) return undefined;
  const { writeOff } = target;
  const reason = reasonLabel(writeOff);
  const who = writeOff.actor === asker ? 'you' : actorInWords(writeOff.actor);
  const made = `made by ${who} on ${isoDay(writeOff.createdAt)}`;
  const after = formatCents(charge.outstandingCents + writeOff.amountCents);
  // A batch or a spread is undone whole: the undo puts back every part of it, not this one alone.
  // That leads the answer, before what else is (not) in the way.
  const group = !writeOff.batchId
    ? undefined
    : isSmallBalanceBatchId(writeOff.batchId)
      ? 'This write-off was part of a small-balance batch, which is undone only as a whole: undoing it puts back every balance of that batch, not this one alone.'
      : 'This write-off was part of a write-off spread over several charges, which is undone only as a whole: undoing it puts back every part of it, not this one alone.';
  // "can his write-off be undone?" asks whether anyone may, not only the asker: the rule says who.
  const whoMay = ' It can be undone by whoever made it or by a billing manager or admin.';
  const text = `Undoing it reverses the ${formatCents(writeOff.amountCents)} write-off${reason} ${made}; ${after} would be outstanding on this charge again.${whoMay}`;
  // Who made it is named by id: a front end that can turns it into a mention.
  return {
    text,
    actor: writeOff.actor === asker ? null : writeOff.actor,
    ...(group ? { group } : {}),
  };
}

/**
 * "Priya Patel - can I undo the write-off?" when two of her write-offs are in effect: the question
 * does not say which. The answer is about the latest one made (as "undo her write-off" means), and
 * this line names the others still in effect, so that the one meant is not missed: each is undone
 * on its own. Undefined when the chosen one is the only one.
 */
export async function otherWriteOffs(
  db: Database,
  patientName: string,
  charges: readonly ChargeView[],
  chosen: ChargeView,
): Promise<string | undefined> {
  const inEffect: string[] = [];
  for (const charge of [...charges].reverse()) {
    if (charge.id === chosen.id) continue;
    const target = await undoTarget(db, charge.id);
    if (!target || target.reversal) continue;
    const { writeOff } = target;
    inEffect.push(
      `• ${charge.description} (${charge.dateOfService}): ${formatCents(writeOff.amountCents)}${reasonLabel(writeOff)}, made by ${actorInWords(writeOff.actor)} on ${isoDay(writeOff.createdAt)}.`,
    );
  }
  if (inEffect.length === 0) return undefined;
  const count = inEffect.length === 1 ? 'another write-off' : `${inEffect.length} other write-offs`;
  return (
    `${patientName} has ${count} in effect:\n${inEffect.join('\n')}\n` +
    `Each write-off is undone on its own: to undo ${inEffect.length === 1 ? 'that one' : 'one of these'} instead, ask again naming its visit or date.`
  );
}

/** " (_Small balance_)": the write-off's reason as billers read it, or nothing when it has none. */
function reasonLabel(writeOff: Entry): string {
  return writeOff.reason && isWriteOffReason(writeOff.reason)
    ? ` (_${writeOffReasonInfo(writeOff.reason).label}_)`
    : '';
}

// "undo the batch write-off", "the small balance batch": the write-off a batch made is meant.
const BATCH_WORDS = /\bbatch\w*|\bsmall[\s-]balances?\s+(?:run|job|sweep)\b/i;

/** Whether the question means the write-off a small-balance batch made on the charge. */
export function batchWriteOffAsked(question: string): boolean {
  return BATCH_WORDS.test(question);
}

/**
 * "Bob Smith's office visit has 3 write-offs: …": every write-off on the charge, each with whether
 * it was undone (by whom, when) or is still in effect, when it has more than one. An undo acts on
 * one of them, and "already undone" is said of one while another still stands.
 */
export async function writeOffsOfCharge(db: Database, charge: ChargeView): Promise<string | undefined> {
  const history = await chargeHistory(db, { chargeId: charge.id });
  const writeOffs = history.filter((e) => e.kind === 'write_off');
  if (writeOffs.length < 2) return undefined;
  const lines = writeOffs.map((w) => {
    const reversal = history.find((e) => e.kind === 'write_off_reversal' && e.refersToEntryId === w.id);
    const batch = w.batchId && isSmallBalanceBatchId(w.batchId) ? ', in a small-balance batch' : '';
    const state = reversal
      ? `already undone by ${actorInWords(reversal.actor)} on ${isoDay(reversal.createdAt)}`
      : 'still in effect';
    return `• ${formatCents(w.amountCents)}${reasonLabel(w)} by ${actorInWords(w.actor)} on ${isoDay(w.createdAt)}${batch}: ${state}.`;
  });
  const inEffect = writeOffs.filter(
    (w) => !history.some((e) => e.kind === 'write_off_reversal' && e.refersToEntryId === w.id),
  ).length;
  return (
    `This charge has ${writeOffs.length} write-offs (${inEffect} still in effect); each is undone on its own, once:\n${lines.join('\n')}\n` +
    `${formatCents(charge.outstandingCents)} is outstanding now.`
  );
}
