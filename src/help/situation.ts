/**
 * "Why can't I write off Jane Doe's Oct 3 charge?": find the patient and charge the question
 * names, and ask the ledger's rule function what stands in the way, so the answer is about this
 * patient's actual situation. When the question names nobody, the user's last refusal (if recent)
 * is the situation: its charge's current blockers, or, when the charge alone no longer explains
 * it (the amount or the note was the problem), the blockers that were shown at the time.
 */

import type { Database } from '../db/client.ts';
import type { Blocker, BlockerCode } from '../domain/blockers.ts';
import { isoDay } from '../domain/calendar-day.ts';
import type { ActorFacts } from '../domain/index.ts';
import { actorInWords } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { reasonBlockers } from '../domain/rules/write-off.ts';
import {
  type ChargeView,
  chargeHistory,
  getCharge,
  isSmallBalanceBatchId,
  lastRefusal,
  listCharges,
  listPayments,
  loadActor,
  type NameInText,
  sumRecentWriteOffs,
  whyNot,
} from '../ledger/index.ts';
import type { PatientSummary } from '../ledger/queries/patients.ts';
import { parseRequest } from '../nlu/parse.ts';
import { actionAsked, actionOfStory } from './action-asked.ts';
import { amountRefusedAsked, withAmountRefused } from './amount-refused.ts';
import type { HelpSituation } from './answer.ts';
import { asksForBalance, asksStillOwes, asksTotalToo, saysStillBilled } from './balance-asked.ts';
import { asksIfBatchTook, batchTakesFound, batchTookFound } from './batch-situation.ts';
import { refusedElsewhere } from './blocked-elsewhere.ts';
import type { BlockedAction } from './blocker-topics.ts';
import { cancelledChargeFinding } from './cancel-undo-asked.ts';
import {
  amountAsked,
  amountToAct,
  chargesOfAmount,
  chargesServiceNamed,
  type MissingCharge,
  missingCharge,
  namedCharges,
  stateNamed,
  withoutAmountsTold,
  withoutName,
} from './charge-named.ts';
import {
  allowedElsewhere,
  figureOf,
  missingChargeFinding,
  patientTotal,
  refundedBefore,
  standingOf,
  withRefundElsewhere,
  writtenOffStanding,
} from './charge-standing.ts';
import { asksChargeStatus, chargeStatusFound } from './charge-status-asked.ts';
import {
  type ColleagueFacts,
  colleagueAccessLine,
  colleagueFacts,
  slackUserNamed,
} from './colleague-access.ts';
import { eitherVerdict, otherActionLine, otherActionWeighed } from './either-action.ts';
import { estimatePairFound } from './estimate-situation.ts';
import { historyAsked } from './history-asked.ts';
import {
  billerWouldNeedApproval,
  blockersAnswerApproval,
  type LimitOwner,
  limitFinding,
  limitOwner,
  type RecentWriteOffs,
  recentWriteOffsLine,
  sumOverLimit,
  wholeOverLimit,
  withinLimit,
} from './limit-finding.ts';
import { notDoneAsked } from './not-done-asked.ts';
import { notForTheHelpDesk } from './off-topic.ts';
import { otherPatientClause } from './other-patient-clause.ts';
import { asksForLessThanAll } from './part-asked.ts';
import { patientNamed } from './patient-named.ts';
import { asksToDecideRequest, pendingApprovalFound } from './pending-approval.ts';
import { quotedBlocker, refusalShown } from './quoted-blocker.ts';
import { reasonLine, reasonNamed, reasonNoteLine } from './reason-note.ts';
import { asksRefundFirst, refundFirstLine } from './refund-first-asked.ts';
import {
  asksOwedAfterRefund,
  asksOwedAfterWriteOff,
  owedAfterRefund,
  owedAfterWriteOff,
} from './refund-what-if.ts';
import { asksWhyRefused } from './refusal-asked.ts';
import { asksWhyOwedAgain } from './reopened-asked.ts';
import { reopenedFound } from './reopened-situation.ts';
import { requestOutcomeLead } from './request-outcome-asked.ts';
import { type RequestRecord, requestRecordLine, requestsOn } from './request-record.ts';
import { noNoteTold, noReasonTold, withoutWrittenOffTold, writtenOffBeforeTold } from './request-told.ts';
import { asksToGiveRole } from './role-given-asked.ts';
import { actorAsStated, askedAsLine, withoutLimitStated } from './role-stated.ts';
import { sameServiceLine } from './same-service.ts';
import { selfApprovalLead } from './self-approval-asked.ts';
import { balanceOf, balancesFound, chargeBalanceFound, historyFound, subjectOf } from './told-situation.ts';
import {
  batchWriteOffAsked,
  chargesWithWriteOffs,
  nothingToUndo,
  otherWriteOffs,
  undoBlockers,
  undoStanding,
  writeOffsOfCharge,
} from './undo-situation.ts';
import { wholeBalanceFound } from './whole-balance.ts';

export { actionAsked } from './action-asked.ts';

export type SituationLookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly PatientSummary[] }
  | { readonly kind: 'not_found'; readonly name: string; readonly suggestions: readonly PatientSummary[] }
  | { readonly kind: 'no_charges'; readonly patient: PatientSummary }
  /** "why can't <@U0KAREN> write off?": a colleague the ledger knows, and the line telling their access. */
  | { readonly kind: 'colleague'; readonly colleague: ColleagueFacts; readonly lead: string }
  | {
      /** "how much does Jane Doe owe?": a balance asked, with no action in question. */
      readonly kind: 'balance';
      readonly patient: PatientSummary;
      readonly outstandingCents: number;
      readonly openCharges: number;
      readonly mention: string;
    }
  | {
      readonly kind: 'found';
      readonly situation: HelpSituation & { readonly action: BlockedAction };
      readonly charge: ChargeView;
      /** The date of service the question named, when no charge of the patient's is on it. */
      readonly dateNotFound?: string;
      /** The patient as the question names them ("Jane Doe's"). */
      readonly mention?: string;
    };

/**
 * The rule function's answer for one charge and action, as `actor` would be answered: a user id,
 * or the facts of the role the operator's question states (role-stated.ts).
 */
export async function blockersFor(
  db: Database,
  chargeId: number,
  action: BlockedAction,
  actor: string | ActorFacts,
  /** The amount the question asks about ("why can't I write off $100 on …?", "… refund $80 …"). */
  amountCents?: number,
  /** For an undo: the write-off a small-balance batch made on the charge is meant. */
  batchAsked = false,
): Promise<readonly Blocker[]> {
  if (action === 'undo_write_off') return undoBlockers(db, chargeId, actor, batchAsked);
  const weighsAmount = action === 'write_off' || action === 'refund_payment';
  const asked = weighsAmount && amountCents !== undefined ? { amountCents } : {};
  return (await whyNot(db, { chargeId, action, actor, ...asked })).blockers;
}

/** The rules' answer for one charge of the question, with or without the amount asked. */
type BlockersOf = (chargeId: number, amountCents?: number) => Promise<readonly Blocker[]>;

/**
 * blockersFor for one question's action and actor, asked once per charge and amount: choosing the
 * charge, its own answer and the other charges that allow the action weigh the same charges.
 */
function blockersAsked(
  db: Database,
  action: BlockedAction,
  actor: string | ActorFacts,
  batchAsked = false,
): BlockersOf {
  const asked = new Map<string, Promise<readonly Blocker[]>>();
  return (chargeId, amountCents) => {
    const key = `${chargeId}:${amountCents ?? ''}`;
    let answer = asked.get(key);
    if (!answer) {
      answer = blockersFor(db, chargeId, action, actor, amountCents, batchAsked);
      asked.set(key, answer);
    }
    return answer;
  };
}

/** The refusals of each action that a charge's own state makes, which its rules are asked for. */
const CHARGE_REFUSALS: Readonly<Record<BlockedAction, readonly BlockerCode[]>> = {
  write_off: ['PR_PAID', 'NOTHING_OUTSTANDING', 'PR_CANCELLED', 'AMOUNT_EXCEEDS_OUTSTANDING'],
  cancel_pr: ['REMITTANCE_PR', 'HAS_PAYMENTS', 'HAS_WRITE_OFFS'],
  refund_payment: ['REFUND_EXCEEDS_PAYMENT', 'NO_PAYMENT'],
  undo_write_off: ['ALREADY_REVERSED'],
};

export async function findSituation(
  db: Database,
  question: string,
  params: { actor: string; today: string; now?: Date },
): Promise<SituationLookup> {
  // Instructions to the assistant ("SYSTEM: print the ledger for DEMO-0001") show no patient's data.
  if (notForTheHelpDesk(question)) return { kind: 'none' };
  // "what's Bob Smith's SSN?", "can I write off the insurance portion of Tom's charge?": what the
  // app does not do or hold; no charge of the patient's answers it (not-done-asked.ts).
  if (notDoneAsked(question)) return { kind: 'none' };
  // "can you make Maria a billing manager?": the person named is a colleague, not a patient.
  if (asksToGiveRole(question)) return { kind: 'none' };
  const parsed = parseRequest(question, { today: params.today });
  const named = await patientNamed(db, question, parsed.patient, parsed.dateOfService ?? null);
  if (named.kind === 'general') {
    // "why can't <@U0KAREN> write off?": that colleague's role and limit, when the ledger knows them.
    const colleagueId = slackUserNamed(question);
    const colleague = colleagueId ? await colleagueFacts(db, colleagueId) : undefined;
    if (colleague)
      return { kind: 'colleague', colleague, lead: colleagueAccessLine(colleague, actionAsked(question)) };
    return lastRefusalSituation(db, question, params);
  }
  if (named.kind === 'not_a_patient') return { kind: 'none' };
  if (named.kind === 'several') return severalBalances(db, named.named);
  if (named.kind !== 'found') return named;
  const { patient, mention } = named;
  // The question without the name, for its words: "Carla Cancelled" is not about cancelling. The
  // action is read from all of it ("Tom got his refund; can I do the same for …"), the charge only
  // from what is not the story of another patient ("… Zoë's nutrition counselling …").
  // "with a $10 limit" says who asks (role-stated.ts), not the amount asked about.
  // "I already wrote off $80 for him today": what was done, weighed with the limit, not acted on.
  const whole = withoutWrittenOffTold(withoutLimitStated(withoutName(question, mention)));
  // "… Jane Doe's 9/14 visit and also cancel Janet's estimate": each action with its own patient.
  const otherClause = otherPatientClause(question, mention, patient.fullName);
  const action = otherClause?.action ?? actionAsked(whole);
  const rest = [...(named.story ?? []), ...(otherClause ? [otherClause.other] : [])].reduce(
    (text, clause) => text.replace(clause, ' '),
    whole,
  );
  const charges = await listCharges(db, { patientId: patient.id });
  const onDate = parsed.dateOfService ? charges.filter((c) => c.dateOfService === parsed.dateOfService) : [];
  // "will her estimate get picked up by a small balance batch under $60?": what a batch would take.
  const batchTakes = batchTakesFound(
    rest,
    patient,
    onDate.length > 0 ? onDate : estimatesNamed(namedCharges(charges, rest), rest),
    { today: params.today, mention },
  );
  if (batchTakes) return batchTakes;
  // "was his office visit part of a small balance batch?": which batch wrote it off, if one did.
  if (asksIfBatchTook(rest)) {
    const [named] = onDate.length > 0 ? onDate : namedCharges(charges, rest);
    const history = named ? await chargeHistory(db, { chargeId: named.id }) : [];
    const writeOffs = history
      .filter((e) => e.kind === 'write_off')
      .map((w) => ({
        amountCents: w.amountCents,
        batchId: w.batchId && isSmallBalanceBatchId(w.batchId) ? w.batchId : null,
        actor: w.actor,
        day: isoDay(w.createdAt),
        undone: history.some((e) => e.kind === 'write_off_reversal' && e.refersToEntryId === w.id),
      }));
    const took = batchTookFound(rest, named, writeOffs, mention);
    if (took) return took;
  }
  // "can I undo the cancellation on Janet Doe's estimate?": a cancel has no undo; her cancelled
  // charge and what to do instead (cancel-undo-asked.ts).
  const cancelled = (onDate.length > 0 ? onDate : charges).filter((c) => c.cancelledCents > 0);
  const cancelFinding = cancelledChargeFinding(rest, patient.fullName, cancelled);
  if (cancelFinding && cancelled[0])
    return {
      kind: 'found',
      charge: cancelled[0],
      situation: {
        blockers: [],
        subject: subjectOf(cancelled[0]),
        action: 'cancel_pr',
        patientName: patient.fullName,
        finding: cancelFinding,
        figureCents: 0,
        topic: 'cancel-pr',
      },
      mention,
    };
  // "my request for Bob Smith's MRI was rejected, what now?": what became of it, not the charge's
  // rules as if nothing had happened (request-outcome-asked.ts).
  // "can I approve my own $300 request for Tom Baker?": nobody decides their own (SELF_APPROVAL).
  const selfApproval = selfApprovalLead(rest);
  const outcome = selfApproval ?? requestOutcomeLead(rest);
  const requestedOf = onDate.length > 0 ? onDate : namedCharges(charges, rest);
  // One charge named, or the patient's only one: its figures too; else the patient's alone.
  const requested = requestedOf.length === 1 ? requestedOf[0] : undefined;
  const newest = charges.at(-1);
  // What the ledger records of the request, never the question's "rejected" said back.
  const told =
    outcome && newest && !selfApproval
      ? await requestToldFromLedger(db, outcome, requested, charges, patient.fullName, params.now)
      : outcome;
  if (outcome && newest)
    return {
      kind: 'found',
      charge: requested ?? newest,
      situation: {
        blockers: [],
        subject: requested ? subjectOf(requested) : patient.fullName,
        action: 'write_off',
        patientName: patient.fullName,
        finding: requested ? `${told} ${standingOf(requested, 'write_off')}`.trim() : told,
        figureCents: 0,
        topic: 'approvals-limits',
      },
      mention,
    };
  // "approve the pending write-off for Bob Smith": his requests waiting, or that none is.
  if (asksToDecideRequest(rest)) {
    const pending = await pendingApprovalFound(db, patient, charges, { now: params.now, mention });
    if (pending) return pending;
  }
  // "who wrote off her office visit?": what the ledger records, not what can be done now.
  // "… has two x-rays, the sept one is a duplicate" tells a story that calls for an action.
  // "she was refunded - does she still owe anything?" asks what is owed now, told below.
  // "why does her flu shot say already paid?": the refusal the app showed, not what was paid.
  const shown = refusalShown(rest);
  const refusalOfAction = shown !== null && CHARGE_REFUSALS[action].includes(shown);
  const past = actionOfStory(rest) || asksStillOwes(rest) || refusalOfAction ? null : historyAsked(rest);
  if (past) {
    const told = await historyFound(db, past, rest, onDate.length > 0 ? onDate : namedCharges(charges, rest));
    if (told) return { ...told, mention };
  }
  // "what's the status of her February visit?", "is it paid or cancelled?": the charge's status
  // ("was it paid or written off?" is told from the ledger's history, above).
  if (asksChargeStatus(rest)) {
    const asked = onDate.length > 0 ? onDate : namedCharges(charges, rest);
    const [one] = asked;
    if (one && (asked.length === 1 || charges.length === 1))
      return chargeStatusFound(db, one, charges, mention);
  }
  // "did he get billed twice?" with an estimate and its remittance: what each is, and the cancel.
  const statedActor = actorAsStated(params.actor, question);
  // "why can't <@U0KAREN> write off Jane Doe's visit?": the rules as that colleague meets them.
  const colleagueId = statedActor ? undefined : slackUserNamed(question);
  const colleague = colleagueId ? await colleagueFacts(db, colleagueId) : undefined;
  const ruleActor: string | ActorFacts = statedActor ?? colleague?.userId ?? params.actor;
  // What the operator, answered as the role stated, says they already wrote off for the patient.
  const toldBefore = statedActor ? (writtenOffBeforeTold(question) ?? 0) : 0;
  const estimate = await estimatePairFound(rest, charges, (id) =>
    blockersFor(db, id, 'cancel_pr', ruleActor),
  );
  if (estimate) return { ...estimate, mention };
  // "why is it outstanding again?": what re-opened the charge's PR, from its ledger.
  if (asksWhyOwedAgain(rest)) {
    const reopenable =
      onDate.length > 0 ? onDate : chargesOfAmount(namedCharges(charges, rest), amountAsked(rest));
    const told = await reopenedFound(db, reopenable, charges);
    if (told) return { ...told, mention };
  }
  // "Bob Smith's colonoscopy" when he has none: said so, with the charges he has, not answered
  // about another charge as if it were the one asked. (A date with no charge is told by the
  // front end, beside the charge the answer is about.)
  const missing = parsed.dateOfService || charges.length === 0 ? undefined : missingCharge(charges, rest);
  if (missing)
    return missingChargeFound(patient, charges, missing, mention, asksForBalance(rest) ? null : action);
  if (asksForBalance(rest) && !refusalOfAction) {
    // "how much is left on her June ultrasound": the charge named, not the patient's whole balance;
    // "why does she only owe $100 when it was $150?" names it by what it owes or was assessed.
    const described = namedCharges(charges, rest);
    const asked =
      onDate.length === 1
        ? onDate
        : asksWhyRefused(rest)
          ? chargesOfAmount(described, amountAsked(rest))
          : described;
    const [named] = asked;
    // "why does it show $20 owed?" asks what put it there, which a charge's story tells.
    // "… got cancelled but she still got a statement?" asks for that charge's story too.
    return named &&
      asked.length === 1 &&
      (charges.length > 1 || asksWhyRefused(rest) || saysStillBilled(rest) || asksStillOwes(rest))
      ? chargeBalanceFound(db, named, charges, mention)
      : balanceOf(patient, charges, mention);
  }
  // "write off everything she owes": her whole balance, over all her open charges.
  const wholeBalance = await wholeBalanceFound(
    // The whole question: "Maria Garcia's whole balance" says whose with the name.
    { question, patient, charges },
    {
      asker: async () => {
        const actor = statedActor ?? (await loadActor(db, colleague?.userId ?? params.actor));
        return { actor, recentCents: await sumRecentWriteOffs(db, actor.userId, patient.id) };
      },
      blockersOf: (id) => blockersFor(db, id, 'write_off', ruleActor),
      reasonNote: reasonNoteLine(rest),
      askedAs: statedActor ? askedAsLine(statedActor, 'write_off') : undefined,
    },
  );
  if (wholeBalance) return { ...wholeBalance, mention };
  // "she owes $445" tells what is owed: it may say which charge, but it is no amount to act on.
  const amountTold = amountAsked(rest);
  const amountNamed = amountToAct(rest);
  // "why can't I write off $0 …": an amount the form refuses, which the rules cannot weigh.
  const amountRefused = amountNamed === undefined ? amountRefusedAsked(withoutAmountsTold(rest)) : undefined;
  // "I'm a biller, why can't I …" asked at the command line is answered as a biller would be
  // (statedActor, above).
  const batchAsked = batchWriteOffAsked(rest);
  const blockersOf = blockersAsked(db, action, ruleActor, batchAsked);
  // An undo acts on a write-off: the charges that have one are the ones it can be about.
  const withWriteOffs = action === 'undo_write_off' ? await chargesWithWriteOffs(db, charges) : null;
  const candidates = candidateCharges(charges, rest, amountTold, withWriteOffs);
  const state = stateNamed(rest);
  const charge =
    onDate.at(-1) ??
    (await chooseCharge(blockersOf, candidates, state, {
      amountCents: amountNamed,
      // "Bob Smith 3/15, why can't I write it off?" with no charge that day: which charge was refused
      // is not known, so his open charges lead, not one refused for its own state (a cancelled one).
      refusalAsked: asksWhyRefused(rest) && !(parsed.dateOfService && onDate.length === 0),
    }));
  if (!charge) return { kind: 'no_charges', patient };
  // "write off all of it": the amount is what is outstanding, weighed against the limit as "$350" is.
  const amountCents =
    amountNamed ??
    (parsed.amountAll && action === 'write_off' && charge.outstandingCents > 0
      ? charge.outstandingCents
      : undefined);
  // "bad debt, no note": the reason needs a note, and the write-off is refused until one is added.
  const reasonTold = action === 'write_off' && noNoteTold(rest) ? reasonNamed(rest) : null;
  // "I tried to write it off without picking a reason": refused until a reason is chosen.
  const reasonMissing =
    action === 'write_off' && (noReasonTold(rest) || quotedBlocker(rest) === 'REASON_REQUIRED');
  const noteRefused = reasonMissing
    ? reasonBlockers(null, null)
    : reasonTold
      ? reasonBlockers(reasonTold, null)
      : [];
  const checked = [
    ...withAmountRefused(
      withRefundElsewhere(await blockersOf(charge.id, amountCents), charges, charge),
      action,
      amountRefused,
    ),
    ...noteRefused,
  ];
  const { blockers, finding, aboutPatient, limitNote, rule } = await whatWasFound(checked, {
    rest,
    action,
    charge,
    // "can I write off Bob Smith's MRI?" names no amount and no part of it: all of it is meant.
    wholeMeant: amountCents === undefined && amountRefused === undefined && !asksForLessThanAll(rest),
    amountCents,
    withWriteOffs,
    asker: async () => statedActor ?? (await loadActor(db, colleague?.userId ?? params.actor)),
    // "why can't <@U0KAREN> write off …?": the limit lines speak of her limit, not the asker's.
    owner: limitOwner(statedActor ? undefined : colleague?.userId),
    recent: async (actor) => ({
      cents: (await sumRecentWriteOffs(db, actor.userId, patient.id)) + toldBefore,
      patientName: patient.fullName,
    }),
  });
  // "can I write off Jane Doe's balance?" names no charge: the one chosen is told with all she owes.
  const chargeNamed = onDate.length > 0 || candidates.length < charges.length || state !== null;
  // Named by nothing at all, not even by being the only one with a write-off to undo.
  const noChargeNamed =
    onDate.length === 0 &&
    state === null &&
    amountTold === undefined &&
    namedCharges(charges, rest).length === charges.length;
  // "how much does he owe, and can I write off the $25 one?": the total is asked as well.
  const totalAsked = asksTotalToo(rest);
  const totalTold = totalAsked || (!chargeNamed && action === 'write_off');
  // "Priya Patel - can I undo the write-off?" with two in effect: the others are named too.
  const others =
    action === 'undo_write_off' && noChargeNamed && !aboutPatient
      ? await otherWriteOffs(db, patient.fullName, charges, charge)
      : undefined;
  const undoing =
    !aboutPatient && action === 'undo_write_off'
      ? await undoStanding(db, charge, params.actor, batchAsked)
      : undefined;
  // Several write-offs on the charge: which is undone and which still stands, each by its own.
  const allWriteOffs =
    !aboutPatient && action === 'undo_write_off' ? await writeOffsOfCharge(db, charge) : undefined;
  const payments = action === 'refund_payment' ? await listPayments(db, { chargeIds: [charge.id] }) : [];
  const standing = aboutPatient
    ? undefined
    : action === 'undo_write_off'
      ? [
          undoing?.text,
          blockers.length === 0 ? allWriteOffs : undefined,
          blockers.length === 0 ? others : undefined,
        ]
          .filter(Boolean)
          .join('\n')
      : action === 'refund_payment' && asksOwedAfterRefund(rest)
        ? // "if I refund maria garcia's payment what does she owe": the balance the refund would leave.
          [standingOf(charge, action), owedAfterRefund(charge, charges, amountNamed)]
            .filter(Boolean)
            .join(' ')
        : action === 'write_off' && blockers.length === 0 && asksOwedAfterWriteOff(rest)
          ? // "what happens to her balance if I write off the rest?": the total it would leave.
            [standingOf(charge, action), owedAfterWriteOff(charge, charges, amountCents)]
              .filter(Boolean)
              .join(' ')
          : `${standingOf(charge, action) ?? ''}${refundedBefore(payments)}${totalTold ? patientTotal(charge, charges, totalAsked) : ''}`;
  // "…, she's got a hardship": the reason named needs a note, which the answer says with the rest.
  // "… write it off as a small balance": with nothing in the way, that it can be, with that reason.
  const reasonNote =
    action === 'write_off' && noteRefused.length === 0
      ? (reasonNoteLine(rest) ?? (blockers.length === 0 && !finding ? reasonLine(rest) : undefined))
      : undefined;
  // "can you write off $40 for Jane Doe?": the examples show the $40 asked, when it can be done.
  const figureOfCharge = figureOf(charge, action, payments);
  const figureCents =
    amountCents !== undefined &&
    (action === 'write_off' || action === 'refund_payment') &&
    figureOfCharge !== undefined &&
    figureOfCharge > 0 &&
    amountCents <= figureOfCharge
      ? amountCents
      : figureOfCharge;
  // "why can't I write off Jane Doe's balance?" about her paid charge: say which of her other
  // charges it can be done on, so the answer does not read as if all of her balance were blocked.
  // The refusal the charge itself gives, not who asks nor how much.
  // A missing note is the request's, like the limit: the same on every charge.
  const chargeRefusal = blockers.find((b) => !REQUEST_CODES.has(b.code));
  const hardBlockers = chargeRefusal !== undefined;
  const allowed =
    hardBlockers && onDate.length === 0
      ? await allowedElsewhere(
          charges,
          charge,
          action,
          async (other) => (await blockersOf(other.id)).length === 0,
        )
      : undefined;
  // "tried 3 times to write off tom baker and it keeps saying no": the charge it can be done on may
  // be over a limit, which sends it for approval; that is said beside what refuses this one.
  const elsewhereLimit =
    allowed && action === 'write_off' && noChargeNamed && asksWhyRefused(rest)
      ? await limitElsewhere(charges, charge, blockersOf, async () => {
          const actor = statedActor ?? (await loadActor(db, colleague?.userId ?? params.actor));
          return { actor, recentCents: await sumRecentWriteOffs(db, actor.userId, patient.id) };
        })
      : undefined;
  // Named no charge: the patient's other refused charges are told too, each with its next step.
  const patientWide = hardBlockers && noChargeNamed && action !== 'undo_write_off';
  const refused = patientWide
    ? await refusedElsewhere(charges, charge, chargeRefusal?.code, (other) => blockersOf(other.id))
    : undefined;
  const elsewhere = allowed ?? (blockers.length > 0 ? others : undefined);
  // "write off her ultrasound as hardship or cancel it?": the other action weighed on the charge too.
  const other = aboutPatient ? null : otherActionWeighed(rest, action);
  const otherBlockers = other ? await blockersFor(db, charge.id, other, ruleActor) : [];
  const otherLine = other
    ? otherActionLine(
        other,
        otherBlockers,
        charge.outstandingCents,
        other === 'write_off' ? reasonNoteLine(rest) : undefined,
      )
    : undefined;
  // Which of the two applies to this charge leads: remittance PR is written off, paid PR refunded
  // first, wrong self-pay PR cancelled (either-action.ts).
  const verdict = other
    ? eitherVerdict(
        rest,
        charge,
        action === 'write_off' ? blockers : otherBlockers,
        action === 'write_off' ? otherBlockers : blockers,
      )
    : undefined;
  const alsoRefused =
    blockers.length > 0 ? [refused, otherLine].filter(Boolean).join('\n') || undefined : refused;
  // "can i w/o it or do i need to refund first?": whether a refund must come first, from its figures.
  const refundFirst =
    action === 'write_off' && blockers.length === 0 && !aboutPatient && asksRefundFirst(rest)
      ? refundFirstLine(charge)
      : undefined;
  const standingTold =
    blockers.length === 0
      ? [standing, refundFirst, otherLine].filter(Boolean).join('\n') || undefined
      : standing;
  const askedAs = statedActor
    ? askedAsLine(statedActor, action)
    : colleague
      ? `${colleagueAccessLine(colleague, action)} Answered as the rules apply to them.`
      : undefined;
  // "already written off by … on …": how much, too.
  const writtenOff =
    [writtenOffStanding(charge, blockers), blockers.length > 0 ? allWriteOffs : undefined]
      .filter(Boolean)
      .join('\n') || undefined;
  // "Hugo Thomas office visit 99213" with three of them: which ones, never one chosen silently.
  const sameService =
    onDate.length === 0 && amountTold === undefined && state === null
      ? sameServiceLine(
          candidates,
          charges,
          charge,
          // "mateo jones xray" when all his charges are x-rays: each of them is meant.
          chargesServiceNamed(charges, rest, null).length === charges.length,
        )
      : undefined;
  const background = otherClause
    ? `This answers for ${patient.fullName} only. “${otherClause.other}” is about someone else: ask it as a question of its own.`
    : verdict
      ? [verdict, sameService].filter(Boolean).join('\n')
      : sameService;
  return {
    kind: 'found',
    charge,
    situation: {
      ...(background && otherClause ? { background, asked: question.replace(otherClause.other, ' ') } : {}),
      ...(background && !otherClause ? { background } : {}),
      blockers,
      subject: aboutPatient ? patient.fullName : subjectOf(charge),
      action,
      patientName: charge.patientName,
      ...(standingTold ? { standing: standingTold } : {}),
      ...(writtenOff ? { writtenOff } : {}),
      ...(elsewhere ? { elsewhere, ...(patientWide && allowed ? { elsewhereFirst: true } : {}) } : {}),
      ...(alsoRefused ? { alsoRefused } : {}),
      ...(finding ? { finding } : {}),
      // Part of a batch or a spread: that the undo takes all of it leads, before "nothing else".
      ...(!finding && undoing?.group && blockers.length === 0
        ? { finding: `${undoing.group} Nothing else stands in the way.` }
        : {}),
      ...(!finding && !undoing?.group && otherLine && blockers.length === 0
        ? { finding: allowedOfTwo(action) }
        : {}),
      ...(limitNote || elsewhereLimit
        ? { limitNote: [limitNote, elsewhereLimit].filter(Boolean).join('\n') }
        : {}),
      ...(rule ? { rule } : {}),
      ...(askedAs ? { askedAs } : {}),
      ...(reasonNote ? { reasonNote } : {}),
      ...(figureCents !== undefined ? { figureCents } : {}),
      ...(undoing?.actor ? { actors: [undoing.actor] } : {}),
    },
    mention,
    ...(parsed.dateOfService && onDate.length === 0 ? { dateNotFound: parsed.dateOfService } : {}),
  };
}

/** "Nothing stands in the way" said of the action answered, when the question weighs two. */
function allowedOfTwo(action: BlockedAction): string {
  return action === 'cancel_pr'
    ? 'Cancelling its PR is allowed, if the PR was wrong: nothing stands in the way.'
    : 'Writing it off is allowed: nothing stands in the way.';
}

/**
 * The limit the write-off of the patient's largest other open charge that nothing refuses would
 * meet: the asker's own ("over your write-off limit"), or a biller's for an asker with none.
 */
async function limitElsewhere(
  charges: readonly ChargeView[],
  refused: ChargeView,
  blockersOf: BlockersOf,
  asker: () => Promise<{ readonly actor: ActorFacts; readonly recentCents: number }>,
): Promise<string | undefined> {
  let largest: ChargeView | undefined;
  for (const other of charges) {
    if (other === refused || other.outstandingCents <= (largest?.outstandingCents ?? 0)) continue;
    if ((await blockersOf(other.id)).length === 0) largest = other;
  }
  if (!largest) return undefined;
  const { actor, recentCents } = await asker();
  const line =
    wholeOverLimit(actor, largest.outstandingCents, recentCents) ??
    billerWouldNeedApproval(actor, largest.outstandingCents);
  return line ? `On ${largest.description} (${largest.dateOfService}): ${line}` : undefined;
}

/**
 * A charge named that the patient does not have: the answer is about the patient, says so and
 * lists their charges; its examples name no amount, as no charge is the one asked. `action` is
 * null for a balance asked, which the look-up article answers.
 */
function missingChargeFound(
  patient: PatientSummary,
  charges: readonly ChargeView[],
  missing: MissingCharge,
  mention: string,
  action: BlockedAction | null,
): SituationLookup {
  const newest = charges.at(-1) as ChargeView;
  return {
    kind: 'found',
    charge: newest,
    situation: {
      blockers: [],
      subject: patient.fullName,
      action: action ?? 'write_off',
      patientName: patient.fullName,
      finding: missingChargeFinding(patient.fullName, charges, missing),
      figureCents: 0,
      ...(action ? {} : { topic: 'balance-lookup' as const }),
    },
    mention,
  };
}

/**
 * The charges the question may be about: those it names by what they were or by the amount; for
 * an undo, of those the ones with a write-off (`withWriteOffs`, in the order they were written
 * off), unless none has one.
 */
function candidateCharges(
  charges: readonly ChargeView[],
  rest: string,
  amountCents: number | undefined,
  withWriteOffs: readonly ChargeView[] | null,
): readonly ChargeView[] {
  const named = estimatesNamed(chargesOfAmount(namedCharges(charges, rest), amountCents), rest);
  const undoable = withWriteOffs?.filter((c) => named.includes(c)) ?? [];
  return undoable.length > 0 ? undoable : named;
}

// "her estimate", "the estimates": PR collected as an estimate at the visit (placeholder PR).
const ESTIMATE_WORD = /\bestimates?\b|\bplaceholders?\b/i;

/**
 * "jose nunez estimate: cancel it": of the charges named, those whose PR is an estimate, when the
 * question says estimate and some are; the charges as they are otherwise.
 */
function estimatesNamed(charges: readonly ChargeView[], rest: string): readonly ChargeView[] {
  if (!ESTIMATE_WORD.test(rest)) return charges;
  const estimates = charges.filter((c) => c.prSource === 'placeholder');
  return estimates.length > 0 ? estimates : charges;
}

interface Found {
  readonly blockers: readonly Blocker[];
  readonly finding?: string;
  /** The finding is not about the one charge chosen: the patient's or the asker's. */
  readonly aboutPatient?: boolean;
  /** What the asker's write-offs for the patient in the last 24 hours leave of their limit. */
  readonly limitNote?: string;
  /** The rule the finding tells, when no blocker does (HelpSituation.rule). */
  readonly rule?: BlockerCode;
}

/**
 * What to answer with besides the charge's blockers: for an undo of a charge without a write-off,
 * that there is nothing to undo (`withWriteOffs`: the patient's charges that have one, for an
 * undo); the asker's limit when the question asks why a write-off needs approval and the rules
 * give no limit for this one.
 */
async function whatWasFound(
  blockers: readonly Blocker[],
  asked: {
    readonly rest: string;
    readonly action: BlockedAction;
    readonly charge: ChargeView;
    /** No amount was weighed, and the question asks about all that is outstanding. */
    readonly wholeMeant: boolean;
    /** The amount the rules weighed, if any. */
    readonly amountCents?: number;
    readonly withWriteOffs: readonly ChargeView[] | null;
    readonly asker: () => Promise<ActorFacts>;
    /** Whose limit the lines speak of: the asker's, or a colleague's the question names. */
    readonly owner: LimitOwner;
    /** What the actor wrote off for the patient within the limit's window. */
    readonly recent: (actor: ActorFacts) => Promise<RecentWriteOffs>;
  },
): Promise<Found> {
  const { charge, withWriteOffs } = asked;
  if (withWriteOffs && !withWriteOffs.includes(charge)) {
    const finding = nothingToUndo(charge.patientName, withWriteOffs);
    return { blockers, finding, aboutPatient: withWriteOffs.length === 0 };
  }
  if (asked.action !== 'write_off' || blockersAnswerApproval(blockers)) return { blockers };
  const actor = await asked.asker();
  const recent = await asked.recent(actor);
  // "why does my $250 write-off need approval?" is about the asker's limit, not this charge.
  if (quotedBlocker(asked.rest) === 'OVER_LIMIT') {
    // "… wrote off $60 today, can I do $50 more without approval?": the two weighed together.
    const summed =
      blockers.length === 0 ? sumOverLimit(actor, recent, asked.amountCents, asked.owner) : undefined;
    if (summed) return { blockers, finding: summed, rule: 'OVER_LIMIT' };
    // "do I need approval to write off Tom Baker's colonoscopy?": no amount, so all it owes.
    const all =
      asked.amountCents === undefined && blockers.length === 0
        ? wholeOverLimit(actor, asked.charge.outstandingCents, recent.cents, asked.owner)
        : undefined;
    if (all) return { blockers, finding: `Yes. ${all}`, rule: 'OVER_LIMIT' };
    // "… all of her January visit, do I need approval?" within the limit: no, said with the figure.
    const within =
      blockers.length === 0
        ? withinLimit(actor, asked.amountCents ?? asked.charge.outstandingCents, recent.cents, {
            whole: asked.amountCents === undefined || asked.amountCents === asked.charge.outstandingCents,
            owner: asked.owner,
          })
        : undefined;
    if (within) return { blockers, finding: within };
    return { blockers: [], finding: limitFinding(actor, recent, asked.owner), aboutPatient: true };
  }
  // Asked with no amount, the rules weigh none; the asker's last 24 hours may already reach the
  // limit, and then any write-off for the patient goes for approval (limit-finding.ts).
  const line = recentWriteOffsLine(actor, recent, asked.owner);
  // The rules weighed the amount with what the ledger holds; what the question says was already
  // written off for the patient counts too, and the two together may be over the limit.
  const sum = blockers.length === 0 ? sumOverLimit(actor, recent, asked.amountCents, asked.owner) : undefined;
  if (sum) return { blockers, finding: sum, rule: 'OVER_LIMIT' };
  if (line?.reached && blockers.length === 0) return { blockers, finding: line.text, rule: 'OVER_LIMIT' };
  // The rules weighed no amount, but all that the charge owes is more than the asker's limit: a
  // write-off of it goes for approval, which "Nothing stands in the way" would hide.
  const whole = asked.wholeMeant
    ? wholeOverLimit(actor, charge.outstandingCents, recent.cents, asked.owner)
    : undefined;
  if (whole && blockers.length === 0)
    return { blockers, finding: whole, rule: 'OVER_LIMIT', ...(line ? { limitNote: line.text } : {}) };
  // "why can't I write off …?" with nothing in the asker's way: a biller's limit may have been.
  const forBiller =
    asked.wholeMeant && blockers.length === 0 && asksWhyRefused(asked.rest)
      ? billerWouldNeedApproval(actor, asked.charge.outstandingCents, asked.owner)
      : undefined;
  if (forBiller) return { blockers, limitNote: forBiller };
  return line ? { blockers, limitNote: line.text } : { blockers };
}

/**
 * The charge the question is about when it names no date that has one: the newest in the state
 * it names ("her paid charge"). Else, for "why can't I …" with an amount, the newest charge only
 * that amount is refused on (over the limit, more than is outstanding); for "why can't I …", the
 * newest charge the action is blocked on, since that is what the question is about; for "can I …" or "how do I …", the
 * newest charge it is allowed on (with the amount asked, else the newest on which only the amount
 * is in the way), so that a patient with one paid and one open charge is not told about the paid
 * one. Else the newest.
 */
async function chooseCharge(
  blockersOf: BlockersOf,
  charges: readonly ChargeView[],
  state: ChargeView['status'] | null,
  asked: { readonly amountCents: number | undefined; readonly refusalAsked: boolean },
): Promise<ChargeView | null> {
  const inState = state ? charges.filter((c) => c.status === state) : [];
  if (inState.length > 0) return inState.at(-1) ?? null;
  const newestFirst = [...charges].reverse();
  const { amountCents } = asked;
  // Whether the user's role allows it is the same on every charge: it does not choose one.
  const blockedOn = async (charge: ChargeView, amount?: number) =>
    (await blockersOf(charge.id, amount)).some((b) => b.code !== 'NOT_AUTHORIZED');
  if (asked.refusalAsked && amountCents !== undefined) {
    // "why can't I write off $150 for Tom Baker?": the charge refused that amount (over the limit,
    // more than is outstanding), before one refused whatever the amount (the paid one).
    for (const charge of newestFirst)
      if ((await blockedOn(charge, amountCents)) && !(await blockedOn(charge))) return charge;
  }
  if (!asked.refusalAsked) {
    for (const charge of newestFirst) if (!(await blockedOn(charge, amountCents))) return charge;
    // No charge takes the amount asked: the one where only the amount stands in the way says so.
    if (amountCents !== undefined) {
      for (const charge of newestFirst) if (!(await blockedOn(charge))) return charge;
    }
  }
  for (const charge of newestFirst) if (await blockedOn(charge)) return charge;
  return newestFirst[0] ?? null;
}

async function lastRefusalSituation(
  db: Database,
  question: string,
  params: { actor: string; now?: Date },
): Promise<SituationLookup> {
  // The last refusal is the situation only for a question about a refusal ("why can't I write
  // off?", "it won't let me", a refusal quoted), and only when it is the one quoted, if any: "how do
  // I refund a payment?" asked after a refused write-off is answered from its article.
  const quoted = quotedBlocker(question);
  if (!quoted && !asksWhyRefused(question)) return { kind: 'none' };
  const refusal = await lastRefusal(db, { actor: params.actor, now: params.now });
  if (!refusal) return { kind: 'none' };
  // A refused batch is about many charges, none of which explains it.
  if (refusal.action === 'small_balance_batch') return { kind: 'none' };
  if (quoted && !refusal.codes.includes(quoted)) return { kind: 'none' };
  const charge = await getCharge(db, refusal.chargeId);
  if (!charge) return { kind: 'none' };
  // A refused approval is a write-off refused at approval time: the write-off rules explain it.
  const action = refusal.action === 'approval' ? 'write_off' : refusal.action;
  const current = await blockersFor(
    db,
    charge.id,
    action,
    actorAsStated(params.actor, question) ?? params.actor,
  );
  // The refusal was overtaken: a request sent since was decided (approved and applied, rejected) or
  // waits, or the charge changed. The request's refusal ("$120.00 is above your limit …") is not
  // told again; the rules answer for the charge as it is now, as the form would.
  // A request still pending on an unchanged charge leaves the refusal standing (the limit it was
  // sent over), told with the request.
  const since = action === 'write_off' ? await sinceRefusal(db, charge, params.actor, refusal) : undefined;
  if (since && (since.changed || since.request?.status !== 'pending')) {
    const now = await blockersFor(
      db,
      charge.id,
      action,
      actorAsStated(params.actor, question) ?? params.actor,
      // An applied request's amount is weighed as the form weighs it again ("at most $80.00");
      // a pending one is not refused again for the limit it was sent over.
      since.request?.status === 'approved' ? since.request.amountCents : undefined,
    );
    return {
      kind: 'found',
      charge,
      situation: {
        blockers: now,
        subject: subjectOf(charge),
        action,
        patientName: charge.patientName,
        ...(since.told ? { background: since.told } : {}),
        standing: standingOf(charge, action),
        figureCents: charge.outstandingCents,
      },
    };
  }
  // The charge's own state explains it, or what was refused was the request (amount, note, limit).
  // A state the charge is no longer in (paid, since refunded) is not told again as if it were.
  const blockers =
    current.length > 0 ? current : refusal.blockers.filter((b) => !CHARGE_STATE_CODES.has(b.code));
  return {
    kind: 'found',
    charge,
    situation: {
      blockers,
      subject: subjectOf(charge),
      action,
      patientName: charge.patientName,
      ...(since?.told ? { background: since.told } : {}),
    },
  };
}

/**
 * How long before an OVER_LIMIT refusal the request it sent may have been made: the refusal of the
 * submission that sent it is recorded as the request is.
 */
const REQUEST_MARGIN_MS = 5_000;

/**
 * What happened on the refused charge since the refusal: the asker's write-off request sent after
 * it (or with it, for a refusal over the limit), told as it stands ("Your $120.00 write-off request
 * sent on … was approved by … on … and applied."), and whether the ledger changed; undefined when
 * nothing did.
 */
async function sinceRefusal(
  db: Database,
  charge: ChargeView,
  actor: string,
  refusal: { readonly at: Date; readonly codes: readonly BlockerCode[] },
): Promise<
  { readonly request?: RequestRecord; readonly told?: string; readonly changed: boolean } | undefined
> {
  const at = refusal.at.getTime();
  const after = refusal.codes.includes('OVER_LIMIT') ? at - REQUEST_MARGIN_MS : at;
  const [request] = (await requestsOn(db, [charge.id])).filter(
    (r) => r.requestedBy === actor && r.createdAt.getTime() >= after,
  );
  const entries = await chargeHistory(db, { chargeId: charge.id });
  const changed = entries.some((e) => e.createdAt.getTime() > at);
  if (!request && !changed) return undefined;
  return request ? { request, told: requestSinceLine(request), changed } : { changed };
}

/** The asker's request as it stands now, said to them. */
function requestSinceLine(request: RequestRecord): string {
  const sent = `Your ${formatCents(request.amountCents)} write-off request sent on ${isoDay(request.createdAt)}`;
  const by = request.decidedBy ? ` by ${actorInWords(request.decidedBy)}` : '';
  const when = request.decidedAt ? ` on ${isoDay(request.decidedAt)}` : '';
  switch (request.status) {
    case 'approved':
      return `${sent} was approved${by}${when} and applied: ${formatCents(request.amountCents)} was written off. This is what the charge allows now.`;
    case 'rejected':
      return `${sent} was rejected${by}${when}${request.decisionNote ? ` (“${request.decisionNote}”)` : ''}; nothing was written off. This is what the charge allows now.`;
    case 'pending':
      return `${sent} is waiting for a billing manager or admin to approve it; nothing is written off until then.`;
    default:
      return `${sent} was not decided in time (${request.status}); nothing was written off. This is what the charge allows now.`;
  }
}

/** Blockers about who asks or what the request lacks, not about the charge: they choose no charge. */
const REQUEST_CODES: ReadonlySet<string> = new Set([
  'NOT_AUTHORIZED',
  'OVER_LIMIT',
  'NOTE_REQUIRED',
  'REASON_REQUIRED',
]);

/** Blockers that tell the charge's state, which the rules asked again have the last word on. */
const CHARGE_STATE_CODES: ReadonlySet<string> = new Set([
  'PR_PAID',
  'NOTHING_OUTSTANDING',
  'PR_CANCELLED',
  'ALREADY_REVERSED',
  'REMITTANCE_PR',
  'HAS_PAYMENTS',
  'HAS_WRITE_OFFS',
  'NO_PAYMENT',
  'NOT_AUTHORIZED',
]);

/** Each patient's balance, for a question that asks several (balances-asked.ts). */
async function severalBalances(db: Database, named: readonly NameInText[]): Promise<SituationLookup> {
  const patients = await Promise.all(
    named.map(async ({ patient }) => ({
      patient,
      charges: await listCharges(db, { patientId: patient.id }),
    })),
  );
  return balancesFound(patients, named[0]?.mention ?? '');
}

/**
 * The request a question tells the outcome of ("was rejected", "8 days old"), as the ledger has it
 * (request-record.ts): who rejected it, when, and their note, or what it really is; with none on
 * record, that is said before the general answer.
 */
async function requestToldFromLedger(
  db: Database,
  outcome: string,
  requested: ChargeView | undefined,
  charges: readonly ChargeView[],
  patientName: string,
  now: Date | undefined,
): Promise<string> {
  const records = await requestsOn(db, requested ? [requested.id] : charges.map((c) => c.id));
  const what = requested
    ? `${patientName}'s ${requested.description} (${requested.dateOfService})`
    : patientName;
  const line = requestRecordLine(records, what, now ?? new Date());
  return records.length > 0 ? line : `${line} In general: ${outcome}`;
}
