/**
 * Answers a help question from the articles: the best article is the topic, its best-matching
 * sections are the answer. When the caller already knows what blocks the biller (the ledger's
 * blockers for the patient in question), those lead the answer and choose the topic.
 */
import type { Blocker, BlockerCode } from '../domain/blockers.ts';
import type { ActorFacts } from '../domain/index.ts';
import type { CancelReason, WriteOffReason } from '../domain/reasons.ts';
import type { Role } from '../domain/roles.ts';
import { accessLead, csvSafeLead } from './access-asked.ts';
import { actionAsked, asksToAct } from './action-asked.ts';
import { asksWhatToDo } from './advice-asked.ts';
import { approvalExpiredLead } from './approval-expired.ts';
import type { HelpArticle, HelpSection } from './articles.ts';
import { aspectSecondSection, aspectSection, aspectTopic } from './aspect-asked.ts';
import { batchLimitLead } from './batch-limit-asked.ts';
import { batchPartUndoLead } from './batch-part-undo-asked.ts';
import { batchRerunLead } from './batch-rerun-asked.ts';
import { asksToUndoBatch, batchUndoLead } from './batch-undo-asked.ts';
import { batchWhoLead } from './batch-who-asked.ts';
import { speaksNoBillingWord } from './billing-vocabulary.ts';
import { type BlockedAction, topicForBlocker } from './blocker-topics.ts';
import { blockersRuledOut, cancelBlockerTold } from './cancel-blocker-told.ts';
import { cancelExamplesWithReason, cancelReasonAsked } from './cancel-reason-example.ts';
import { cancelUndoLead } from './cancel-undo-asked.ts';
import { withoutStruckText, withShorthandSpelled } from './chat-spelling.ts';
import { definitionAsked } from './definition-asked.ts';
import { examplesNaming, examplesWithReason } from './example-names.ts';
import { explainBlockers } from './explain-blockers.ts';
import { defaultLimitLead } from './limit-default-asked.ts';
import { limitSumLead } from './limit-sum-asked.ts';
import {
  asksRefusedAtDefaultLimit,
  asksToldLimit,
  refusedAtLimitLead,
  toldLimitLead,
} from './limit-told-asked.ts';
import { limitPeriodLead } from './limit-window-asked.ts';
import { markdownToMrkdwn, trimToLength } from './mrkdwn.ts';
import { notDoneAsked } from './not-done-asked.ts';
import { reasonsNeedingNoteLine } from './note-reasons-asked.ts';
import { asksManyBalances, notForTheHelpDesk } from './off-topic.ts';
import { asksOverview, OVERVIEW_LEAD, OVERVIEW_SECTION, OVERVIEW_TOPIC } from './overview-asked.ts';
import { ownLimitLead } from './own-limit-asked.ts';
import { partlyPaidLead } from './partly-paid-asked.ts';
import { namedBlockerCode, quotedBlocker, quotedMessageTopic } from './quoted-blocker.ts';
import { reasonLead } from './reason-lead.ts';
import { reasonAsked } from './reason-note.ts';
import { oneReasonLead } from './reason-use-asked.ts';
import { comparesReasons, reasonsComparedLead } from './reasons-compared.ts';
import { asksApprovalRecheck, recheckLead } from './recheck-asked.ts';
import { asksToWriteOffAgain, writeOffAgainLead } from './redo-asked.ts';
import { refundUndoLead } from './refund-undo-asked.ts';
import { asksWhyRefused } from './refusal-asked.ts';
import { whoDidItLead } from './report-access-asked.ts';
import { requestOutcomeLead } from './request-outcome-asked.ts';
import { asksToRestoreWrittenOff } from './restore-asked.ts';
import { asksWhatRoleMayDo } from './role-asked.ts';
import { asksToGiveRole, roleGivenLead } from './role-given-asked.ts';
import { roleLimitLead } from './role-limit-lead.ts';
import { roleRefusal } from './role-refusal.ts';
import { type HelpIndex, type RankedArticle, rankArticles, rankSections } from './search.ts';
import { selfApprovalLead } from './self-approval-asked.ts';
import { slashCommandSection } from './slash-asked.ts';
import { namesTaskOf } from './task-named.ts';
import type { HelpTopicId } from './topics.ts';
import { twoQuestions } from './two-questions.ts';
import { undoRefundLead } from './undo-refund-compared.ts';
import { MISTAKE_SECTION, mistakenWriteOffLead } from './write-off-mistake-asked.ts';
import { asksToCorrectEstimate, wrongPrStory } from './wrong-pr-asked.ts';

/** The limit or an approval named in so many words, not only "over". */
const LIMIT_NAMED = /\blimit|\bapprov/i;
/** Long enough for a section or two, short enough to read in a Slack message. */
export const MAX_ANSWER_CHARS = 1_200;
/** Another section is worth showing only when it matches a good part as well as the best one. */
const SECTION_MIN_RATIO = 0.35;
const MAX_SECTIONS = 3;
/** Room kept for the line naming the source article. */
const FOOTER_ROOM = 120;

export interface HelpAnswer {
  /** The article the answer rests on; null when no article matches the question at all. */
  readonly topic: HelpTopicId | null;
  /** Slack mrkdwn, at most MAX_ANSWER_CHARS characters. */
  readonly answer: string;
  /** The articles the answer was taken from, the topic first. */
  readonly sources: HelpTopicId[];
}

/** What the ledger found for the thing the biller asked about, e.g. "why can't I write off Jane?". */
export interface HelpSituation {
  readonly blockers: readonly Blocker[];
  /** A short label of what was checked, e.g. "Jane Doe – Office visit 99213 (2026-10-02)". */
  readonly subject: string;
  /** The action the blockers refused; write-off when not given. */
  readonly action?: BlockedAction;
  /** What the charge stands at for that action, e.g. "$70.00 is outstanding; $50.00 was paid." */
  readonly standing?: string;
  /**
   * How much of the charge was written off, told under a refusal that it already was ("$65.00 of
   * the $65.00 PR on this charge was written off."): the message says who and when.
   */
  readonly writtenOff?: string;
  /** The patient the situation is about: the articles' examples are shown with this name. */
  readonly patientName?: string;
  /** The patient's other charges the action is allowed on, when it is refused on this one. */
  readonly elsewhere?: string;
  /**
   * The question named no charge ("why can't I write off Jane Doe's balance?"): where the action
   * can be done leads, before what refuses it on the charge chosen.
   */
  readonly elsewhereFirst?: boolean;
  /** The patient's other charges the action is refused on too, when the question named none. */
  readonly alsoRefused?: string;
  /**
   * Said instead of "Nothing stands in the way" when that would miss the point: there is nothing
   * to act on ("Tom Baker has no write-off on any charge, so there is nothing to undo."), or the
   * question is about the asker's limit rather than the charge.
   */
  readonly finding?: string;
  /** Whom the situation was answered for, when not the asker's own role ("I'm a biller"). */
  readonly askedAs?: string;
  /** People the situation's own lines name by id besides the blockers' (who made a write-off). */
  readonly actors?: readonly string[];
  /** The note the write-off reason the question names needs (reason-note.ts), told with the rest. */
  readonly reasonNote?: string;
  /**
   * What the asker already wrote off for the patient in the last 24 hours leaves of their limit
   * (limit-finding.ts), told with the rest: the rules weigh it only with an amount.
   */
  readonly limitNote?: string;
  /**
   * What the charge has outstanding, for an action on it (a write-off, a cancel): the articles'
   * example commands are shown with this amount instead of a made-up one, and with none when it
   * is nothing.
   */
  readonly figureCents?: number;
  /**
   * The rule the finding tells when the rules gave no blocker for it: OVER_LIMIT when the asker's
   * write-offs for the patient already reach their limit (limit-finding.ts). Its section explains.
   */
  readonly rule?: BlockerCode;
  /**
   * What the charges are, told before the rules' answer: "… is an estimate collected at the visit,
   * and … is the PR from the insurance remittance, which replaces it."
   */
  readonly background?: string;
  /** The article the situation is about when no action is asked (a charge's balance). */
  readonly topic?: HelpTopicId;
  /**
   * The heading of the topic's section that explains the finding ("A refund re-opens the PR"), to
   * lead the article part whatever the question's words rank first.
   */
  readonly section?: string;
  /** The question without another patient's clause, which the articles are chosen by. */
  readonly asked?: string;
  /**
   * The finding for a minimum age of small-balance batches other than the default (batch-situation.ts):
   * the help desk's configured one is told.
   */
  readonly findingFor?: (minAgeDays: number) => string;
}

export interface AnswerContext {
  readonly articles: readonly HelpArticle[];
  readonly index: HelpIndex;
  readonly situation?: HelpSituation;
  /** The article the question is known to be about (a patient's balance asked): no search for it. */
  readonly topic?: HelpTopicId;
  /**
   * The patient the question is about when there is no situation (a patient's balance asked): the
   * articles' examples are shown with this name, as they are for a situation.
   */
  readonly patientName?: string;
  /** The heading of the topic's section to lead with, when no situation names one. */
  readonly section?: string;
  /** The asker's role (null: none), when known: a refusal it meets is the answer (role-refusal.ts). */
  readonly askerRole?: Role | null;
  /**
   * A colleague the question names by Slack id, as the ledger knows them ("<@U0KAREN> is a biller,
   * with a write-off limit of $100.00 …", colleague-access.ts): it leads the roles article.
   */
  readonly colleagueLead?: string;
  /** The configured minimum age of small-balance batches (the help desk's), when not the default. */
  readonly smallBalanceMinAgeDays?: number;
  /**
   * Who asks, when the front end knows them as a person (Slack): "what's my limit?" is answered with
   * their own role and limit (own-limit-asked.ts). Not set for the command line's operator.
   */
  readonly asker?: ActorFacts;
}

export function answerQuestion(typed: string, given: AnswerContext): HelpAnswer {
  const context = withConfiguredAge(given);
  const { situation } = context;
  // "~cancel~ write off …": what the asker crossed out is not asked.
  // "how do i refnd a pymt": billing shorthand spelled out.
  const asked = withShorthandSpelled(withoutStruckText(typed));
  // "… and also cancel Janet's estimate": another patient's clause chooses nothing here.
  const question = situation?.asked ?? asked;
  if (situation && situation.blockers.length > 0)
    return forPatient(answerFromBlockers(question, situation, context), situation);
  if (!situation) {
    // "what can you do?": every action the app has, then how to start the commonest.
    if (asksOverview(question)) {
      const room = MAX_ANSWER_CHARS - OVERVIEW_LEAD.length - 2;
      const rest = answerFromArticles(
        question,
        { ...context, topic: OVERVIEW_TOPIC, section: OVERVIEW_SECTION },
        room,
      );
      return { ...rest, answer: `${OVERVIEW_LEAD}\n\n${rest.answer}` };
    }
    // "can the bot send statements?", "what's his SSN?": what the app does not do, said plainly.
    const notDone = notForTheHelpDesk(question) ? undefined : notDoneAsked(question);
    if (notDone) {
      const room = MAX_ANSWER_CHARS - notDone.lead.length - 2;
      const rest = answerFromArticles(
        question,
        { ...context, topic: notDone.topic, ...(notDone.section ? { section: notDone.section } : {}) },
        room,
      );
      return { ...rest, answer: `${notDone.lead}\n\n${rest.answer}` };
    }
    // "write me a poem", "ignore your rules …", "a recipe for banana bread": no article, however a
    // stray word ranks one.
    const offTopic =
      notForTheHelpDesk(question) ||
      (!context.topic &&
        !asksWhatRoleMayDo(question) &&
        !asksToGiveRole(question) &&
        !accessLead(question) &&
        speaksNoBillingWord(question, context.articles));
    if (offTopic && !asksManyBalances(question)) return noMatch();
    // "which patients owe more than $300?": balances are looked up one patient at a time.
    if (asksManyBalances(question)) return onePatientAtATime(context);
    // "why can't <@U0KAREN> write off?": that colleague's real role and limit, then the roles article.
    if (context.colleagueLead) {
      const room = MAX_ANSWER_CHARS - context.colleagueLead.length - 2;
      const rest = answerFromArticles(question, { ...context, topic: 'approvals-limits' }, room);
      return { ...rest, answer: `${context.colleagueLead}\n\n${rest.answer}` };
    }
    // "how do i approve and also what reasons need a note": each question from its own article.
    const both = context.topic ? undefined : answerBoth(question, context);
    if (both) return context.patientName ? forPatient(both, { patientName: context.patientName }) : both;
    const answer = withLead(question, context, answerFromArticles(question, context));
    return context.patientName ? forPatient(answer, { patientName: context.patientName }) : answer;
  }
  // "how much is left on her June ultrasound": the charge's balance is the look-up's, not an action's.
  // "… written off by mistake, how do I undo": the action asked has its own article, whatever
  // the words that tell what the charge was ("estimate", "small balance") rank first.
  // "can I write it off again? the undo was a mistake": the write-off's steps, not the undo's.
  const topic =
    situation.topic ??
    actionsOwnArticle(question, situation) ??
    (situation.action === 'write_off' && asksToWriteOffAgain(question) ? 'write-off-how' : undefined);
  const found = answerFromArticles(question, topic ? { ...context, topic } : context);
  // "maria garcia's office visit, write it off small balance": one charge's write-off, whose steps
  // are the one small balance's, never the batch's, unless a batch is asked.
  // "how do I write off Tom Baker's colonoscopy as bad debt?": the steps, which the lead's line
  // on the reason and its note goes with, not the list of reasons.
  const answer =
    found.topic === 'small-balance-batch' && !situation.section && !asksBatch(question)
      ? answerFromArticles(question, { ...context, topic: found.topic, section: ONE_SMALL_BALANCE })
      : found.topic === 'write-off-reasons' &&
          !topic &&
          situation.action === 'write_off' &&
          HOW_ASKED.test(question)
        ? answerFromArticles(question, { ...context, topic: 'write-off-how' })
        : found;
  const lead = allowedLead(situation);
  const rest = trimToLength(answer.answer, MAX_ANSWER_CHARS - lead.length);
  return forPatient({ ...answer, answer: lead + rest }, situation);
}

/** A batch's verdict on a charge told with the configured minimum age, when it depends on it. */
function withConfiguredAge(context: AnswerContext): AnswerContext {
  const { situation, smallBalanceMinAgeDays: days } = context;
  if (!situation?.findingFor || days === undefined) return context;
  return { ...context, situation: { ...situation, finding: situation.findingFor(days) } };
}

/** The articles that answer two write-off reasons compared (reasons-compared.ts). */
const REASON_TOPICS: ReadonlySet<HelpTopicId> = new Set(['write-off-reasons', 'write-off-how']);

/** The small-balance article's section on who may write off one small balance, and who a batch. */
const BATCH_WHO_SECTION = 'Who can do it';

/** The small-balance article's section on writing off one charge's balance. */
const ONE_SMALL_BALANCE = 'One small balance';
// A batch asked: "batch", "every small balance", "all balances under $5", "at once", "in bulk".
const BATCH_ASKED =
  /\bbatch\w*|\bevery\b|\ball (?:(?:the|my|our|of the)\s+)?(?:small\s+|tiny\s+)?bal\w*|\bat once\b|\bin (?:one go|bulk)\b|\bbulk\b|\bsweep\b|\bmass\b/i;

function asksBatch(question: string): boolean {
  return BATCH_ASKED.test(question);
}

/**
 * The article of an action other than a write-off that the question asks for in so many words
 * (undo, cancel, refund): the situation was weighed for it, and its article answers it.
 */
function actionsOwnArticle(question: string, situation: HelpSituation): HelpTopicId | undefined {
  const action = situation.action;
  if (!action || action === 'write_off' || actionAsked(question) !== action) return undefined;
  return ACTION_ARTICLES[action];
}

/**
 * A general answer led by the limit of the role the asker says they have (role-limit-lead.ts), or
 * by the reason the question's story tells (reason-lead.ts); the article part is chosen again in
 * the room left, so that its source line is never cut.
 */
function withLead(question: string, context: AnswerContext, given: HelpAnswer): HelpAnswer {
  // "my limit is $100, I wrote off $60 this morning and now want $50 more": the sum weighed against
  // the limit is the limits article's, whatever the story's words ("confirm") rank first.
  // "why can't U0GONE see balances anymore?", "is the CSV safe in Excel?": the roles' and the
  // reports' article, which tells them (access-asked.ts).
  const summed =
    (LIMIT_NAMED.test(question) ? limitSumLead(question) : undefined) ??
    accessLead(question) ??
    csvSafeLead(question) ??
    // "it won't let me write off more than $100": a biller's limit, which sends it for approval.
    refusedAtLimitLead(question);
  // "does my limit apply to batches?": the batch's article, led by how the limit holds in one.
  const batchLimit = summed ? undefined : batchLimitLead(question);
  // "who is allowed to run a small balance batch?": the batch's article, led by who may run one.
  const batchWho = summed || batchLimit ? undefined : batchWhoLead(question);
  // "can I write it off again? the undo was a mistake": the write-off's article, led by how.
  const again = summed || batchLimit || batchWho ? undefined : writeOffAgainLead(question);
  // "what's my limit?" asked in Slack: the asker's own limit, which the help desk knows there.
  const own = summed || batchLimit || batchWho || again ? undefined : ownLimitLead(question, context.asker);
  // "undo vs cancel - I wrote off the wrong charge": the undo's article, led by undoing it.
  // "we ran the small balance cleanup by mistake, can it be undone?": the batch, undone whole.
  const batchUndo = summed || batchLimit || batchWho || again || own ? false : asksToUndoBatch(question);
  const mistaken =
    summed || batchLimit || batchWho || again || own || batchUndo
      ? undefined
      : mistakenWriteOffLead(question);
  // "prompt pay vs small balance write off": two reasons compared are the reasons' article's.
  const answer: HelpAnswer =
    summed || own
      ? { ...given, topic: 'approvals-limits' }
      : batchLimit || batchWho
        ? { ...given, topic: 'small-balance-batch' }
        : again
          ? { ...given, topic: 'write-off-how' }
          : mistaken
            ? { ...given, topic: 'undo-write-off' }
            : batchUndo && given.topic !== 'undo-write-off' && given.topic !== 'small-balance-batch'
              ? { ...given, topic: 'small-balance-batch' }
              : given.topic && !REASON_TOPICS.has(given.topic) && comparesReasons(question)
                ? { ...given, topic: 'write-off-reasons' }
                : given;
  const roleLead =
    answer.topic === 'approvals-limits'
      ? (summed ??
        limitSumLead(question) ??
        roleLimitLead(question) ??
        limitPeriodLead(question) ??
        toldLimitLead(question) ??
        roleGivenLead(question) ??
        whoDidItLead(question) ??
        defaultLimitLead(question))
      : undefined;
  // "can I approve my own request?": no, whatever the role said, before that role's limit.
  const lead =
    batchLimit ??
    batchWho ??
    again ??
    own ??
    mistaken ??
    (answer.topic === 'approvals-limits' ? selfApprovalLead(question) : undefined) ??
    (answer.topic === 'approvals-limits' ? requestOutcomeLead(question) : undefined) ??
    (answer.topic === 'approvals-limits' ? approvalExpiredLead(question) : undefined) ??
    (answer.topic === 'approvals-limits' ? recheckLead(question) : undefined) ??
    roleLead ??
    roleRefusal(question, context.askerRole)?.lead ??
    (answer.topic === 'cancel-pr' ? cancelUndoLead(question) : undefined) ??
    (answer.topic === 'small-balance-batch' || answer.topic === 'undo-write-off'
      ? (batchPartUndoLead(question) ?? batchUndoLead(question))
      : undefined) ??
    (answer.topic === 'small-balance-batch' ? batchRerunLead(question) : undefined) ??
    (answer.topic === 'refund-payment'
      ? (undoRefundLead(question) ?? refundUndoLead(question))
      : undefined) ??
    reasonsComparedLead(question, answer.topic) ??
    (answer.topic === 'write-off-reasons' ? oneReasonLead(question) : undefined) ??
    reasonLead(question, answer.topic) ??
    (answer.topic === 'write-off-how' ? partlyPaidLead(question) : undefined);
  if (!lead || !answer.topic) return answer;
  const room = MAX_ANSWER_CHARS - lead.length - 2;
  const rest = answerFromArticles(
    question,
    {
      ...context,
      topic: answer.topic,
      ...(batchWho ? { section: BATCH_WHO_SECTION } : mistaken ? { section: MISTAKE_SECTION } : {}),
    },
    room,
  );
  return { ...rest, answer: `${lead}\n\n${rest.answer}` };
}

/**
 * Two questions in one message, asking about different articles: each answered from its own, the
 * first in its half of the room; undefined when the message asks one question, or two that one
 * article answers.
 */
function answerBoth(question: string, context: AnswerContext): HelpAnswer | undefined {
  const parts = twoQuestions(question);
  if (!parts) return undefined;
  const [first, second] = parts;
  const half = Math.floor((MAX_ANSWER_CHARS - 2) / 2);
  const one = withLead(first, context, answerFromArticles(first, context, half));
  const two = withLead(second, context, answerFromArticles(second, context, half));
  if (!one.topic || !two.topic || one.topic === two.topic) return undefined;
  if (one.answer.length + two.answer.length + 2 > MAX_ANSWER_CHARS) return undefined;
  const sources = [...one.sources, ...two.sources.filter((id) => !one.sources.includes(id))];
  return { topic: one.topic, answer: `${one.answer}\n\n${two.answer}`, sources };
}

function forPatient(
  answer: HelpAnswer,
  situation: Pick<HelpSituation, 'patientName' | 'figureCents'> & { readonly action?: BlockedAction },
): HelpAnswer {
  const name = situation.patientName;
  // The figure is a payment's only for a refund asked; otherwise it is what is outstanding.
  const refund = situation.action === 'refund_payment';
  return name
    ? { ...answer, answer: examplesNaming(answer.answer, name, situation.figureCents, refund) }
    : answer;
}

/**
 * The lines that lead an answer about a charge on which the rules found nothing in the way: what
 * was found instead, when "Nothing stands in the way" would miss the point, and the charge's
 * figures.
 */
export function allowedLead(situation: HelpSituation): string {
  const said = situation.finding ?? 'Nothing stands in the way of this right now.';
  const standing = situation.standing ? ` ${situation.standing}` : '';
  return `${heading(situation)}${said}${standing}${notesOf(situation)}\n\n`;
}

/** The lines told with any answer about the charge: the asker's limit, the reason's note. */
function notesOf(situation: HelpSituation, noteTold = false): string {
  const limit = situation.limitNote ? `\n${situation.limitNote}` : '';
  const note = situation.reasonNote && !noteTold ? `\n${situation.reasonNote}` : '';
  return `${limit}${note}`;
}

/** The subject in bold, whom it was answered for when the question said a role, and what it is. */
function heading(situation: HelpSituation): string {
  const askedAs = situation.askedAs ? `_${situation.askedAs}_\n` : '';
  const background = situation.background ? `${situation.background}\n` : '';
  return `*${situation.subject}*\n${askedAs}${background}`;
}

/** How close to the best article the asked action's own article must score to be preferred. */
const ACTION_TOPIC_MIN_RATIO = 0.8;
const ACTION_ARTICLES: Readonly<Record<BlockedAction, HelpTopicId>> = {
  write_off: 'write-off-how',
  cancel_pr: 'cancel-pr',
  refund_payment: 'refund-payment',
  undo_write_off: 'undo-write-off',
};

/** The articles of the actions, each answering its own. */
const ACTION_TOPICS: ReadonlySet<HelpTopicId> = new Set(Object.values(ACTION_ARTICLES));

/** How close the runner-up must be to replace the refusals article for a question with no refusal. */
const UNREFUSED_RUNNER_UP_RATIO = 0.6;

/**
 * The refusal billers meet most, by article: PR already paid (refund first). An answer from that
 * article that quotes no refusal ("the button is greyed out") tells it first.
 */
const COMMONEST_REFUSAL: Partial<Record<HelpTopicId, BlockerCode>> = { 'write-off-blocked': 'PR_PAID' };

// Not a charge paid in part ("partly paid"), which is no "already paid".
const PAYMENT_WORDS =
  /\b(?<!\b(?:partly|partially|part|half)[\s-]?)(?:paid|pays?|paying|payments?|copays?|co-pays?)\b/i;

/** How close another action's article must rank to the one it gives way to. */
const OTHER_ACTION_RATIO = 0.6;

/** Close runners-up: the article that explains a quoted refusal wins among them. */
const QUOTED_TOPIC_RANKS = 3;

// "what's the proper way to zero out a copay", "the right process for …": the steps asked too.
// "how i do it", "how we do that": the steps asked in fewer words.
const HOW_ASKED =
  /\b(?:how (?:do|can|would|should|does) (?:i|we|you|one)|how (?:i|we|u) (?:do|can|make|start|get|go)|how to|steps?|walk (?:me )?(?:thru|through)|instructions?|(?:proper|right|correct|best|usual|normal|standard|recommended|official) (?:way|process|procedure|method)s? (?:to|of|for))\b/i;
const NUMBERED_STEP = /^1\. /m;

function answerFromArticles(
  question: string,
  context: AnswerContext,
  maxChars: number = MAX_ANSWER_CHARS,
): HelpAnswer {
  // "it says the balance changed": the refusal's own article, when the search ranks it near the
  // top, and its section on that refusal leads.
  // A rule the situation found in the way without a blocker (the asker's limit already reached)
  // is explained as a refusal quoted would be: by its section.
  const found = context.situation?.rule;
  // "we charged a copay we shouldn't have and they already paid it": wrong PR is cancelled, after
  // the payment on it is refunded; the payment told is the story, not the write-off's refusal.
  const wrongPr = wrongPrStory(question);
  const estimateFix = asksToCorrectEstimate(question);
  // "I'm a viewer, why can't I write off?": the role stated may not do the action asked.
  const quoted =
    found ??
    (context.situation ? undefined : roleRefusal(question, context.askerRole)?.code) ??
    // "cancel a self-pay charge the patient already put money on": the cancel's own refusal told.
    (context.situation || estimateFix ? undefined : cancelBlockerTold(question)) ??
    (wrongPr === 'paid' && !estimateFix
      ? 'HAS_PAYMENTS'
      : // "my boss said I can't do more than $100": a limit told of, not the app's refusal quoted.
        // "do approvals get rechecked? the balance changed": the approval's re-check, not the form's.
        wrongPr ||
          estimateFix ||
          asksToldLimit(question) ||
          asksApprovalRecheck(question) ||
          (!context.situation && asksRefusedAtDefaultLimit(question))
        ? null
        : quotedBlocker(question));
  const ranked = rankArticles(context.index, question, QUOTED_TOPIC_RANKS);
  // "I need to cancel a charge that was already paid": the refusal a cancel meets, not a write-off's.
  const quotedId =
    quoted && wrongPr
      ? 'cancel-pr'
      : quoted
        ? (quotedMessageTopic(question) ?? topicForBlocker(quoted, actionAsked(question)))
        : undefined;
  // Ranked close, or, when the question also says it was refused ("it'll only let me do 135") or
  // asks to do it in that state ("can I write off a charge that got cancelled?"), or names it by its
  // code ("APPROVAL_EXPIRED - what do I do"), wherever the search put it: a refusal quoted and
  // complained about, or asked about, is that refusal.
  const quotedTopic =
    ranked.find((r) => r.id === quotedId) ??
    (quotedId &&
    (found ||
      wrongPr ||
      asksWhyRefused(question) ||
      asksToAct(question) ||
      namedBlockerCode(question) ||
      quotedMessageTopic(question))
      ? { id: quotedId }
      : undefined);
  // Nothing stands in the way of the action asked about on the patient's charge: its own article
  // wins over a close runner-up ("can I write off $25 of her balance" is the how-to, not a look-up).
  const actionTopic = context.situation
    ? ACTION_ARTICLES[context.situation.action ?? 'write_off']
    : undefined;
  // "what's PR mean?": the section that defines the word, wherever the search puts its article.
  const defined = definitionAsked(question, context.articles);
  const best = ranked[0];
  // "can i w/o his colonoscopy or do i need to refund first?": the action asked, which the rules
  // weighed on the charge, is answered by its own article, never by another action's that the
  // story's words rank first ("Nothing stands in the way" above the cancel article).
  const askedActionTopic =
    context.situation &&
    actionTopic &&
    best &&
    best.id !== actionTopic &&
    ACTION_TOPICS.has(best.id) &&
    asksToAct(question) &&
    actionAsked(question) === (context.situation.action ?? 'write_off')
      ? { id: actionTopic }
      : undefined;
  const closeActionTopic = ranked.find(
    (r) => r.id === actionTopic && best !== undefined && r.score >= best.score * ACTION_TOPIC_MIN_RATIO,
  );
  // The refusals article answers a refusal: "can I write off part of the PR?" asks how.
  const notARefusal =
    best?.id === 'write-off-blocked' && !quoted && !asksWhyRefused(question)
      ? ranked.find((r) => r.id !== best.id && r.score >= best.score * UNREFUSED_RUNNER_UP_RATIO)
      : undefined;
  const top =
    (context.topic && { id: context.topic }) ??
    quotedTopic ??
    restoredBalance(question) ??
    (defined && { id: defined.article.id }) ??
    aspectTopic(question) ??
    askedActionTopic ??
    closeActionTopic ??
    notARefusal ??
    (context.situation ? undefined : storyWordsOnly(question, best, context.articles)) ??
    otherActionsArticle(question, ranked) ??
    notALookUp(question, ranked, context.situation) ??
    best;
  const article = top && findArticle(context.articles, top.id);
  if (!article) return noMatch();
  const quotedSection = quoted ? article.sections.find((s) => s.blockerCodes.includes(quoted)) : undefined;
  // "how do I cancel the estimate on …", "what should I do?": the steps come with whatever else
  // matched.
  const steps =
    HOW_ASKED.test(question) || asksWhatToDo(question) || wrongPr
      ? article.sections.find((s) => NUMBERED_STEP.test(s.text))
      : undefined;
  // "what is a write off and how i do it": the steps start where the article says to start (the
  // slash command that opens the form), when it has such a section before the numbered one.
  const start = steps ? startOf(article, steps) : undefined;
  // On a patient's charge the rules said what is in the way (here: nothing), so the commonest
  // refusal would be told of a charge it is not true of.
  // Only a question that speaks of paying is led by it ("already paid" is no default answer).
  const commonest =
    context.situation || !(PAYMENT_WORDS.test(question) || asksWhyRefused(question))
      ? undefined
      : COMMONEST_REFUSAL[article.id];
  const commonSection = commonest
    ? article.sections.find((s) => s.blockerCodes.includes(commonest))
    : undefined;
  // "can I w/o just $10 of a $60 PR": the section on writing off part, then the steps if asked how.
  const told = context.situation?.section ?? context.section;
  const aspect =
    (told ? article.sections.find((s) => s.heading === told) : undefined) ??
    (defined?.article.id === article.id
      ? defined.section
      : (aspectSection(question, article) ?? slashCommandSection(question, article)));
  // The shape of the question says what it asks; a refusal it quotes ("so it doesn't need
  // approval") comes after, and the steps or the commonest refusal when neither says more.
  // The section on starting asked for itself ("in slack") is there whole: no cut copy of it.
  const startCut = start && start.heading !== aspect?.heading ? start : undefined;
  const second = aspectSecondSection(question, article) ?? quotedSection;
  const leading = aspect
    ? [aspect, ...(second ? [second] : [startCut, steps])]
    : quotedSection
      ? [quotedSection, wrongPr ? steps : undefined]
      : steps
        ? [startCut, steps]
        : [commonSection];
  // The rules found nothing in the way on the patient's charge: a section on a refusal of the
  // charge's state ("Already cancelled or nothing outstanding") would contradict them.
  const allowed = context.situation?.blockers.length === 0 && !context.situation.rule;
  // "a custom charge": PR the practice entered, which the remittance's refusal is never about.
  const ruledOut = blockersRuledOut(question);
  const sections = rankSections(context.index, article.id, question).filter(
    (r) =>
      (!allowed || !refusesChargeState(r.section)) &&
      !(startCut && r.section.heading === startCut.heading) &&
      !(r.section.blockerCodes.length > 0 && r.section.blockerCodes.every((c) => ruledOut.has(c))),
  );
  const chosen = chooseSections(article, sections, leading, maxChars);
  return {
    topic: article.id,
    answer: renderArticleAnswer(
      article,
      chosen,
      maxChars,
      reasonAsked(question),
      cancelReasonAsked(question),
    ),
    sources: [article.id],
  };
}

/**
 * The article's section on starting the action ("Start a write-off"), when it comes before the
 * steps, cut to its first way of starting: with the steps, the whole of it leaves no room for them.
 */
function startOf(article: HelpArticle, steps: HelpSection): HelpSection | undefined {
  const at = article.sections.indexOf(steps);
  const start = article.sections.slice(0, Math.max(0, at)).find((s) => /^start\b/i.test(s.heading));
  const first = start?.text.split('\n').find((line) => /^\s*[-*•] /.test(line));
  return start && first ? { ...start, text: first.trim() } : start;
}

/** Refusals that say what state the charge is in (paid, written off, cancelled, …), not who asks. */
const CHARGE_STATE_CODES: ReadonlySet<BlockerCode> = new Set([
  'PR_PAID',
  'NOTHING_OUTSTANDING',
  'PR_CANCELLED',
  'REMITTANCE_PR',
  'HAS_PAYMENTS',
  'HAS_WRITE_OFFS',
  'ALREADY_REVERSED',
  'NO_PAYMENT',
]);

/** Whether the section is only about refusals of the charge's state. */
function refusesChargeState(section: HelpSection): boolean {
  return section.blockerCodes.length > 0 && section.blockerCodes.every((c) => CHARGE_STATE_CODES.has(c));
}

/**
 * "the agency recovered $80, how do I get that balance back on the books?": a written-off balance
 * asked back is the undo's, however far the story's words (a reason, a balance) put its article.
 */
function restoredBalance(question: string): { readonly id: HelpTopicId } | undefined {
  return asksToRestoreWrittenOff(question) ? { id: 'undo-write-off' } : undefined;
}

/**
 * "can I write off a late fee?": an action asked, and the article ranked first on the story's or
 * the charge's words alone, not on its own task (task-named.ts), gives way to the action's article.
 */
function storyWordsOnly(
  question: string,
  best: RankedArticle | undefined,
  articles: readonly HelpArticle[],
): { readonly id: HelpTopicId } | undefined {
  if (!best || !asksToAct(question)) return undefined;
  // "it won't let me write off": the app's refusal told is the refusals article's own story.
  if (best.id === 'write-off-blocked' && asksWhyRefused(question)) return undefined;
  const own = ACTION_ARTICLES[actionAsked(question)];
  if (best.id === own || namesTaskOf(question, best.id, articles)) return undefined;
  return { id: own };
}

/** The articles about writing off, which a question about another action is not answered by. */
const WRITE_OFF_ARTICLES: ReadonlySet<HelpTopicId> = new Set(['write-off-blocked', 'write-off-how']);

/**
 * The refusals article and the how-to are about write-offs: "who may do refunds? it won't let me"
 * is answered by the refund's article, and "I need to take that write-off back, how?" by the
 * undo's, when it ranks close; the story's words about writing off put the write-off ones first.
 */
function otherActionsArticle(question: string, ranked: readonly RankedArticle[]): RankedArticle | undefined {
  const [best] = ranked;
  const action = actionAsked(question);
  if (!best || !WRITE_OFF_ARTICLES.has(best.id) || action === 'write_off') return undefined;
  return ranked.find((r) => r.id === ACTION_ARTICLES[action] && r.score >= best.score * OTHER_ACTION_RATIO);
}

/**
 * "can I write off $25 of a $90 balance?" asks to do something, and the word "balance" is no
 * reason to answer with the look-up: the action's own article answers it, when it ranks close.
 */
function notALookUp(
  question: string,
  ranked: readonly RankedArticle[],
  situation: HelpSituation | undefined,
): RankedArticle | { readonly id: HelpTopicId } | undefined {
  const [best] = ranked;
  if (best?.id !== 'balance-lookup') return undefined;
  // "Jane Roe can't afford what she owes, what are my options?": the patient's situation was
  // weighed for an action, not a balance (situation.ts asked), so the action's article answers it.
  if (situation && !situation.topic) return { id: ACTION_ARTICLES[situation.action ?? 'write_off'] };
  if (!asksToAct(question)) return undefined;
  const own = ACTION_ARTICLES[actionAsked(question)];
  return ranked.find((r) => r.id === own && r.score >= best.score * OTHER_ACTION_RATIO);
}

function answerFromBlockers(question: string, situation: HelpSituation, context: AnswerContext): HelpAnswer {
  const action = situation.action ?? 'write_off';
  const sources = [...new Set(situation.blockers.map((b) => topicForBlocker(b.code, action)))];
  const [topic] = sources as [HelpTopicId, ...HelpTopicId[]];
  const elsewhere = situation.elsewhere ? `\n${situation.elsewhere}` : '';
  // A NOTE_REQUIRED blocker already says which note; otherwise the reason named still needs one.
  const noteTold = situation.blockers.some((b) => b.code === 'NOTE_REQUIRED');
  const writtenOff = situation.writtenOff ? `\n${situation.writtenOff}` : '';
  const refusals = `${explainBlockers(situation.blockers, action)}${writtenOff}`;
  const also = situation.alsoRefused ? `\n${situation.alsoRefused}` : '';
  const told = situation.elsewhereFirst
    ? `${situation.elsewhere}\nOn this charge:\n${refusals}${also}`
    : `${refusals}${elsewhere}${also}`;
  // "left the reason blank": which reasons need which note, which the form does not list.
  const reasonRefused = situation.blockers.some(
    (b) => b.code === 'REASON_REQUIRED' || b.code === 'NOTE_REQUIRED',
  );
  const reasons = reasonRefused ? `\n${reasonsNeedingNoteLine()}` : '';
  const lead = `${heading(situation)}${told}${notesOf(situation, noteTold)}${reasons}`;
  const article = findArticle(context.articles, topic);
  const first = situation.blockers[0] as Blocker;
  // The section the situation names leads ("An estimate, then the remittance"), else the refusal's.
  const section =
    (situation.section ? article?.sections.find((s) => s.heading === situation.section) : undefined) ??
    article?.sections.find((s) => s.blockerCodes.includes(first.code)) ??
    (article ? rankSections(context.index, article.id, question)[0]?.section : undefined);
  if (!article || !section) return { topic, answer: trimToLength(lead, MAX_ANSWER_CHARS), sources };
  const room = MAX_ANSWER_CHARS - lead.length - 2;
  const more =
    room > 80
      ? `\n\n${renderArticleAnswer(article, [section], room, reasonAsked(question), cancelReasonAsked(question))}`
      : '';
  return { topic, answer: trimToLength(lead, MAX_ANSWER_CHARS) + more, sources };
}

/**
 * The best sections (up to MAX_SECTIONS, each matching at least SECTION_MIN_RATIO as well as the
 * best), led by the article's introduction and the sections asked for, the rest in the order the
 * article has them. Sections that do not fit the length budget are left out rather than cut,
 * while at least one is kept.
 */
function chooseSections(
  article: HelpArticle,
  ranked: ReturnType<typeof rankSections>,
  askedFor: readonly (HelpSection | undefined)[],
  maxChars: number,
): HelpSection[] {
  const leading = askedFor.filter((s): s is HelpSection => s !== undefined);
  const best = ranked[0];
  const candidates = best
    ? ranked.filter((r) => r.score >= best.score * SECTION_MIN_RATIO).slice(0, MAX_SECTIONS)
    : article.sections.slice(0, 2).map((section) => ({ section, score: 0 }));
  const intro = article.sections.find((s) => s.heading === '');
  const picked = new Set<HelpSection>();
  let used = 0;
  for (const section of [intro, ...leading, ...candidates.map((c) => c.section)]) {
    if (!section || picked.has(section)) continue;
    const size = section.heading.length + section.text.length + 4;
    if (used + size > maxChars - FOOTER_ROOM && picked.size > (intro ? 1 : 0)) continue;
    picked.add(section);
    used += size;
  }
  // The sections asked for (the refusal quoted, the steps) come right after the introduction.
  const inOrder = article.sections.filter((s) => picked.has(s) && !leading.includes(s) && s !== intro);
  return [intro, ...new Set(leading), ...inOrder].filter(
    (s): s is HelpSection => s !== undefined && picked.has(s),
  );
}

/** The sections as Slack mrkdwn, their write-off examples with the reason the question named. */
function renderArticleAnswer(
  article: HelpArticle,
  sections: readonly HelpSection[],
  maxChars: number,
  reason: WriteOffReason | null,
  cancelReason: CancelReason | null = null,
): string {
  const footer = `\n_From the help article “${article.title}” (${article.id})_`;
  const body = sections
    .map((s) =>
      s.heading ? `*${s.heading.replace(/\*/g, '')}*\n${markdownToMrkdwn(s.text)}` : markdownToMrkdwn(s.text),
    )
    .join('\n\n');
  return (
    trimToLength(
      cancelExamplesWithReason(examplesWithReason(body, reason), cancelReason),
      Math.max(0, maxChars - footer.length),
    ) + footer
  );
}

function findArticle(articles: readonly HelpArticle[], id: HelpTopicId): HelpArticle | undefined {
  return articles.find((a) => a.id === id);
}

/** The heading of the look-up article's section on balances of many patients asked at once. */
const ONE_AT_A_TIME_HEADING = 'One patient at a time';

/** The look-up article's introduction and its section saying balances are looked up one by one. */
function onePatientAtATime(context: AnswerContext): HelpAnswer {
  const article = findArticle(context.articles, 'balance-lookup');
  const section = article?.sections.find((s) => s.heading === ONE_AT_A_TIME_HEADING);
  if (!article || !section) return noMatch();
  const intro = article.sections.find((s) => s.heading === '');
  const sections = intro ? [intro, section] : [section];
  return {
    topic: article.id,
    answer: renderArticleAnswer(article, sections, MAX_ANSWER_CHARS, null),
    sources: [article.id],
  };
}

function noMatch(): HelpAnswer {
  return {
    topic: null,
    answer:
      'I could not find a help article for that. I can help with write-offs (how, why one is blocked, ' +
      'undo, reasons, limits and roles, small balances), refunds, cancelling PR and balances. ' +
      'Try `/billing help how do I undo a write-off?`',
    sources: [],
  };
}
