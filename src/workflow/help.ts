/**
 * Help questions from any front end: "/billing why can't I write off Jane Doe's Oct 3 charge?",
 * "how do I undo a write-off?". The ledger's rules say what is in the way for the patient asked
 * about (or for the user's last refusal), the articles explain it, and the first blocker whose
 * next step is an action the user may start becomes a button. Values in, values out.
 */
import type { Database } from '../db/client.ts';
import { type ActionKind, type Blocker, can, isActionKind, type NextAction } from '../domain/index.ts';
import {
  type AnswerContext,
  allowedLead,
  answerQuestion,
  type HelpAnswer,
  type HelpSituation,
} from '../help/answer.ts';
import { withoutStruckText, withShorthandSpelled } from '../help/chat-spelling.ts';
import type { AnswerPhraser } from '../help/model-answer.ts';
import type { HelpDesk } from '../help/search.ts';
import { rankArticles } from '../help/search.ts';
import { findSituation, type SituationLookup } from '../help/situation.ts';
import { isOperatorActor, loadActor } from '../ledger/index.ts';
import { owesSentence } from './owes-sentence.ts';
import { redactionDirectory } from './redaction-directory.ts';
import { mayStart } from './requests.ts';

export interface HelpNextStep {
  readonly nextAction: ActionKind;
  readonly chargeId: number;
}

export interface HelpReply {
  readonly answer: HelpAnswer;
  /** Said first when the question named a patient we could not pin down (several, none, no charges). */
  readonly notice: string | null;
  /** The button to offer: the next step of the first blocker, when the user may start it. */
  readonly nextStep: HelpNextStep | null;
  /** People the answer's rule sentences name (blocker actors), for a front end to render. */
  readonly actors: readonly string[];
  /** The rules' blockers for the charge asked about (empty when none was found or none apply). */
  readonly blockers: readonly Blocker[];
}

export interface HelpParams {
  readonly question: string;
  readonly actorId: string;
  readonly today: string;
  readonly desk: HelpDesk;
  readonly phraser?: AnswerPhraser | null;
  readonly now?: Date;
}

/** Help questions are short; the rest is cut before anything reads it. */
const MAX_QUESTION_CHARS = 500;
const MAX_LISTED = 5;

export async function answerHelp(db: Database, params: HelpParams): Promise<HelpReply> {
  // "~cancel~ write off …": what the asker crossed out (Slack strikethrough) is not asked.
  // "how do i refnd a pymt": billing shorthand spelled out, for the rules and the articles alike.
  const question = withShorthandSpelled(withoutStruckText(params.question.slice(0, MAX_QUESTION_CHARS)));
  // Patient situations are for people who may see balances; everyone gets the articles.
  const asker = await loadActor(db, params.actorId);
  const { role } = asker;
  const lookup: SituationLookup = can(role, 'view_balance')
    ? await findSituation(db, question, { actor: params.actorId, today: params.today, now: params.now })
    : { kind: 'none' };
  const context: AnswerContext = {
    ...params.desk,
    // "why can't I write off …?" from someone whose role may not: that is the answer, not a charge's.
    askerRole: role,
    // "what's my limit?": a person's own limit; the command line's operator gets the general rule.
    ...(isOperatorActor(params.actorId) ? {} : { asker }),
    ...(lookup.kind === 'found' ? { situation: lookup.situation } : {}),
    // The article's examples then name the patient asked about, as a situation's answer does.
    ...(lookup.kind === 'balance'
      ? { topic: 'balance-lookup' as const, patientName: lookup.patient.fullName }
      : {}),
    // "why can't <@U0KAREN> write off?": that colleague's role and limit lead the roles article.
    ...(lookup.kind === 'colleague' ? { colleagueLead: lookup.lead } : {}),
  };
  // The articles are searched without the patient's name: the examples in them name patients too.
  const named = lookup.kind === 'found' || lookup.kind === 'balance' ? lookup.mention : undefined;
  const asked = named ? question.replace(named, ' ') : question;
  const answer = await phrased(db, asked, answerQuestion(asked, context), lookup, params);
  const actors = lookup.kind === 'found' ? actorsNamed(lookup.situation) : [];
  return {
    answer,
    notice: noticeFor(lookup),
    nextStep: await nextStepFor(db, lookup, params.actorId),
    actors,
    blockers: lookup.kind === 'found' ? lookup.situation.blockers : [],
  };
}

/**
 * With a model configured, the article part may be phrased by it; the situation (the rules'
 * own sentences about this charge) is never sent and never rephrased.
 */
async function phrased(
  db: Database,
  question: string,
  answer: HelpAnswer,
  lookup: SituationLookup,
  params: HelpParams,
): Promise<HelpAnswer> {
  if (!params.phraser || !answer.topic) return answer;
  if (lookup.kind === 'found' && lookup.situation.blockers.length > 0) return answer;
  const ids = [answer.topic, ...rankArticles(params.desk.index, question, 2).map((r) => r.id)];
  const articles = params.desk.articles.filter((a) => ids.includes(a.id));
  const directory = await redactionDirectory(db);
  const text = await params.phraser.phrase({ question, articles, directory });
  if (!text) return answer;
  const lead = lookup.kind === 'found' ? allowedLead(lookup.situation) : '';
  return { ...answer, answer: lead + text };
}

function actorsNamed(situation: HelpSituation): string[] {
  const byBlockers = situation.blockers.flatMap((b) => (b.actor ? [b.actor] : []));
  return [...new Set([...byBlockers, ...(situation.actors ?? [])])];
}

async function nextStepFor(
  db: Database,
  lookup: SituationLookup,
  actorId: string,
): Promise<HelpNextStep | null> {
  if (lookup.kind !== 'found') return null;
  for (const blocker of lookup.situation.blockers) {
    const action: NextAction = blocker.nextAction;
    if (!isActionKind(action)) continue;
    if (!(await mayStart(db, actorId, action))) return null;
    return { nextAction: action, chargeId: lookup.charge.id };
  }
  return null;
}

function noticeFor(lookup: SituationLookup): string | null {
  const listed = (people: readonly { fullName: string; dateOfBirth: string; mrn: string }[]) =>
    people
      .slice(0, MAX_LISTED)
      .map((p) => `• ${p.fullName} · DOB ${p.dateOfBirth} · MRN ${p.mrn}`)
      .join('\n');
  switch (lookup.kind) {
    case 'ambiguous':
      return `Several patients match; ask again with the full name or MRN:\n${listed(lookup.candidates)}`;
    case 'not_found':
      return lookup.suggestions.length > 0
        ? `No patient matches "${lookup.name.slice(0, 60)}". Closest names:\n${listed(lookup.suggestions)}`
        : `No patient matches "${lookup.name.slice(0, 60)}".`;
    case 'no_charges':
      return `${lookup.patient.fullName} has no charges yet.`;
    case 'balance':
      return owesSentence(lookup.patient.fullName, lookup.outstandingCents, lookup.openCharges);
    case 'found':
      return lookup.dateNotFound
        ? `${lookup.charge.patientName} has no charge dated ${lookup.dateNotFound}; this is about the charge below.`
        : null;
    default:
      return null;
  }
}
