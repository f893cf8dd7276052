/**
 * Questions whose shape says which section of which article answers them, whatever words the
 * search weighs most: part of a charge's PR written off (the how-to's section on part), what a
 * charge's status means (the look-up's section on statuses), who may write off (the limits
 * article's section on roles), or a write-off split to stay under the limit (its section on the
 * limit, which counts the last 24 hours), what a role allows, the limit of the role the asker says they
 * have, or how an amount is typed. The article is chosen by the question's structure, and the section
 * by its heading, so that it leads the answer.
 */
import { asksHowAmountIsTyped } from './amount-format-asked.ts';
import { asksHowToApprove, asksWhyCannotApprove, asksWhyLimitReached } from './approve-asked.ts';
import type { HelpArticle, HelpSection } from './articles.ts';
import { asksToRerunBatch } from './batch-rerun-asked.ts';
import { asksBatchMinimumAge, asksToLeaveOutOfBatch } from './batch-scope-asked.ts';
import { asksToUndoCancel } from './cancel-undo-asked.ts';
import { asksRoutineWaiver, asksWaiverForSomeoneKnown } from './compliance-asked.ts';
import { asksHowMuchToTakeOff } from './discount-size-asked.ts';
import { asksAboutEstimateAndRemittance } from './estimate-asked.ts';
import { asksToFixWriteOff } from './fix-asked.ts';
import { asksToldLimit } from './limit-told-asked.ts';
import { asksLimitPeriod } from './limit-window-asked.ts';
import { asksForCancelReasons, asksForReasonList, asksWhichReasonsNeedNote } from './note-reasons-asked.ts';
import { asksToWriteOffPart } from './part-asked.ts';
import { asksToWriteOffPartlyPaid } from './partly-paid-asked.ts';
import { asksAboutOneReason } from './reason-use-asked.ts';
import { asksApprovalRecheck } from './recheck-asked.ts';
import { asksToUndoRefund } from './refund-undo-asked.ts';
import { asksAboutReportsAccess, asksWhoDidIt } from './report-access-asked.ts';
import { asksWriteOffTotals } from './report-asked.ts';
import { asksWhatRoleMayDo } from './role-asked.ts';
import { asksToGiveRole } from './role-given-asked.ts';
import { asksOwnRoleLimit, overRoleLimit } from './role-limit-lead.ts';
import { asksToApproveOwn } from './self-approval-asked.ts';
import { asksToSplitUnderLimit } from './split-asked.ts';
import { asksWhatStatusMeans } from './status-asked.ts';
import type { HelpTopicId } from './topics.ts';
import { comparesUndoAndRefund } from './undo-refund-compared.ts';
import { asksWhoMayWriteOff } from './who-may-asked.ts';
import { asksWhoMayUndo } from './who-may-undo-asked.ts';
import { asksToCorrectEstimate, wrongPrStory } from './wrong-pr-asked.ts';

interface AskedAspect {
  readonly asked: (question: string) => boolean;
  readonly topic: HelpTopicId;
  /** The heading of the article's section that answers it. */
  readonly heading: RegExp;
  /** A second section the answer needs, when one alone is half of it. */
  readonly also?: RegExp;
}

const ASPECTS: readonly AskedAspect[] = [
  { asked: asksWhatStatusMeans, topic: 'balance-lookup', heading: /\bstatus/i },
  // "can I write off a balance for a friend of mine?": knowing the patient is no reason (a
  // conflict of interest); "is it ok to just waive copays for everybody?": a compliance risk.
  {
    asked: asksWaiverForSomeoneKnown,
    topic: 'write-off-reasons',
    heading: /^for someone you know\b/i,
  },
  { asked: asksRoutineWaiver, topic: 'write-off-reasons', heading: /^waiving copays as a routine\b/i },
  // "can I undo a refund?": a refund has no undo (the lead says so); what it re-opened is owed.
  { asked: asksToUndoRefund, topic: 'refund-payment', heading: /\bre-opens the pr\b/i },
  // "if I cancel the PR can I bring it back later?": a cancel has no undo (the lead says so).
  { asked: asksToUndoCancel, topic: 'cancel-pr', heading: /^cancel pr$/i },
  // "undoing a write-off vs refunding a payment": both explained by the lead, then the refund's
  // comparison with a write-off.
  { asked: comparesUndoAndRefund, topic: 'refund-payment', heading: /\ba refund or a write-off\b/i },
  // "does the limit reset at midnight?": the limit's rolling 24 hours.
  { asked: asksLimitPeriod, topic: 'approvals-limits', heading: /\byour write-off limit\b/i },
  // "my boss said I can't do more than $100, is that right?": the limit, then going over it.
  {
    asked: asksToldLimit,
    topic: 'approvals-limits',
    heading: /\byour write-off limit\b/i,
    also: /^going over your limit\b/i,
  },
  // "which staff member wrote off a balance?": who did what is in the audit trail.
  { asked: asksWhoDidIt, topic: 'approvals-limits', heading: /\breports and the audit trail\b/i },
  // "what was the total we wrote off in November, per biller?": the monthly report.
  { asked: asksWriteOffTotals, topic: 'approvals-limits', heading: /\breports and the audit trail\b/i },
  // "I'm a billing manager, can I approve my own request?": nobody may, whatever the role.
  { asked: asksToApproveOwn, topic: 'approvals-limits', heading: /\bapproving or rejecting\b/i },
  // "approve button is greyed out": who may approve which request, not a write-off's refusal.
  { asked: asksWhyCannotApprove, topic: 'approvals-limits', heading: /\bapproving or rejecting\b/i },
  // "how do I approve a write-off one of my billers sent me?": the approver's buttons.
  { asked: asksHowToApprove, topic: 'approvals-limits', heading: /\bapproving or rejecting\b/i },
  // "it says my limit is reached but I only did $20": the limit counts the last 24 hours' total.
  { asked: asksWhyLimitReached, topic: 'approvals-limits', heading: /\byour write-off limit\b/i },
  // Before part: "part now and part tomorrow, to stay under my limit" is about the limit.
  { asked: asksToSplitUnderLimit, topic: 'approvals-limits', heading: /\byour write-off limit\b/i },
  // "the estimate, then the remittance came back lower: cancel or write off?": the estimate's own.
  { asked: asksAboutEstimateAndRemittance, topic: 'cancel-pr', heading: /\bestimate\b/i },
  // "which w/o reasons require a note?": the list of them, not the form's refusal.
  {
    asked: (q) => asksWhichReasonsNeedNote(q) === 'note',
    topic: 'write-off-reasons',
    heading: /^reasons that need a note\b/i,
  },
  {
    asked: (q) => asksWhichReasonsNeedNote(q) === 'none',
    topic: 'write-off-reasons',
    heading: /^reasons that need no note\b/i,
  },
  // "what cancel reasons are there?": the cancel's steps, which name its three reasons.
  { asked: asksForCancelReasons, topic: 'cancel-pr', heading: /^cancel pr$/i },
  // "what reasons are there?": both lists, those that need no note and those that need one.
  {
    asked: asksForReasonList,
    topic: 'write-off-reasons',
    heading: /^reasons that need no note\b/i,
    also: /^reasons that need a note\b/i,
  },
  // "the estimate we collected at check-in was too high, how do I fix the PR?": cancel the estimate.
  { asked: asksToCorrectEstimate, topic: 'cancel-pr', heading: /\bestimate\b/i },
  // "we billed her a copay we shouldn't have": wrong PR is cancelled, not written off.
  { asked: (q) => wrongPrStory(q) === 'unpaid', topic: 'cancel-pr', heading: /^cancel pr$/i },
  // "the patient paid while my request waited, what happens when it's approved?": the re-check.
  { asked: asksApprovalRecheck, topic: 'approvals-limits', heading: /\bapproving or rejecting\b/i },
  // "can I write off a charge that's partly paid?": yes, up to what is outstanding (the lead).
  { asked: asksToWriteOffPartlyPaid, topic: 'write-off-how', heading: /\bpart\b/i },
  { asked: asksToWriteOffPart, topic: 'write-off-how', heading: /\bpart\b/i },
  { asked: asksWhoMayWriteOff, topic: 'approvals-limits', heading: /\broles?\b/i },
  // "who can undo my write off?", "does undo need approval?": who may, and that none is needed.
  { asked: asksWhoMayUndo, topic: 'undo-write-off', heading: /^who can undo\b/i },
  // "what can a viewer do?": what a role allows, not how to give it.
  { asked: asksWhatRoleMayDo, topic: 'approvals-limits', heading: /\broles and who\b/i },
  // "how do I make my coworker a viewer?", "give her access to look up balances": giving a role.
  { asked: asksToGiveRole, topic: 'approvals-limits', heading: /^giving a role\b/i },
  // "I'm a billing manager, do I need approval?": the limit of the role said, before going over it.
  // "I'm just a biller, can I write off $300?": over the role's limit, the approval path.
  { asked: overRoleLimit, topic: 'approvals-limits', heading: /^going over your limit\b/i },
  { asked: asksOwnRoleLimit, topic: 'approvals-limits', heading: /\byour write-off limit\b/i },
  // "why does it reject 12.345?": how an amount is typed, whatever refusal its words suggest.
  { asked: asksHowAmountIsTyped, topic: 'write-off-how', heading: /\btyping the amount\b/i },
  // "can I edit the reason on a write-off?", "move it over to his son": undone and made again.
  { asked: asksToFixWriteOff, topic: 'undo-write-off', heading: /^fix a write-off\b/i },
  // "who can see the audit trail?": the reports and audit log, and who may see them.
  { asked: asksAboutReportsAccess, topic: 'approvals-limits', heading: /\breports and the audit trail\b/i },
  // "re-run the batch after it timed out, will it double write off?": the command line's batch.
  { asked: asksToRerunBatch, topic: 'small-balance-batch', heading: /\ba batch from the command line\b/i },
  // "can the batch only pick up balances 90 days old?", "leave two accounts out of the cleanup".
  { asked: asksBatchMinimumAge, topic: 'small-balance-batch', heading: /\bhow old\b/i },
  { asked: asksToLeaveOutOfBatch, topic: 'small-balance-batch', heading: /\bleaving some accounts out\b/i },
  // "what percentage for a prompt-pay discount?": the practice's policy, not the app's.
  { asked: asksHowMuchToTakeOff, topic: 'write-off-reasons', heading: /\breasons that need no note\b/i },
  // "when should I use prompt pay discount?", "… a patient who declared bankruptcy": one reason,
  // which the lead explains; the lists of reasons follow.
  {
    asked: asksAboutOneReason,
    topic: 'write-off-reasons',
    heading: /^reasons that need no note\b/i,
    also: /^reasons that need a note\b/i,
  },
];

/** The article a question's shape asks for, if it has one of these shapes. */
export function aspectTopic(question: string): { readonly id: HelpTopicId } | undefined {
  const aspect = ASPECTS.find((a) => a.asked(question));
  return aspect ? { id: aspect.topic } : undefined;
}

/** The section of the article that answers the aspect asked, when the article is the aspect's own. */
export function aspectSection(question: string, article: HelpArticle): HelpSection | undefined {
  const aspect = ASPECTS.find((a) => a.topic === article.id && a.asked(question));
  return aspect ? article.sections.find((s) => aspect.heading.test(s.heading)) : undefined;
}

/** The second section the aspect asked needs, when it names one. */
export function aspectSecondSection(question: string, article: HelpArticle): HelpSection | undefined {
  const also = ASPECTS.find((a) => a.topic === article.id && a.asked(question))?.also;
  return also ? article.sections.find((s) => also.test(s.heading)) : undefined;
}
