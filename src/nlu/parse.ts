/**
 * The deterministic parser: text in, the `cli parse` object out. It never throws; anything it
 * cannot read becomes intent `unknown`. It never produces an invalid amount: a written amount
 * that money.ts refuses gives `amountCents: null` and the refusal in `amountProblem`.
 */
import { type AmountResult, parseAmount } from '../domain/money.ts';
import {
  type AmountMention,
  allAfterName,
  allOfItAsked,
  amountAfterName,
  bareAmountAt,
  chooseAmount,
  chooseThreshold,
  findAmountMentions,
  mentionsAllOfIt,
} from './amount.ts';
import { asksShareOfUnstated, percentAfterBase, percentOfWholeRefused } from './amount-fraction.ts';
import { amountLessKept, asksTheRestAfterKept, keepsPart } from './amount-kept.ts';
import { withAmountNotRead } from './amount-not-read.ts';
import { asksAllOfToldBalance } from './amount-owed-whole.ts';
import { rangeForOnePatient, rangeRefused } from './amount-range.ts';
import { amountFromStory } from './amount-story.ts';
import { type AskedPart, readAsked } from './asked-part.ts';
import { rulesConfidence } from './confidence.ts';
import { type CalendarDay, findDateOfService, parseIsoDay } from './date.ts';
import { firstRequest } from './first-request.ts';
import { withoutForwardHeader } from './forwarded.ts';
import { detectIntent, isPromptInjection, talksOfWriteOffsAsTopic } from './intent.ts';
import { withWhyLabelBlanked } from './labelled-fields.ts';
import { normalizeText, withoutSlackMarkup } from './normalize.ts';
import { namesCoworker } from './not-the-patient.ts';
import { otherPatientsNamed } from './other-patients.ts';
import { findPatientMention, mayOpenWithLowerCaseName } from './patient-mention.ts';
import { correctedPatient } from './patient-renamed.ts';
import { isOffTopic } from './question.ts';
import { splitQuoted } from './quoted.ts';
import { withoutQuotedSpeech } from './quoted-speech.ts';
import { abbreviatedBadDebt, findCancelReason, findCustomReasonNote, findWriteOffReason } from './reason.ts';
import { correctedReason } from './reason-corrected.ts';
import type { Intent, ParsedRequest, ParseOptions } from './schema.ts';
import { terseRequest } from './terse-request.ts';
import { thresholdOfOnePatient, thresholdOnlyExplains } from './threshold-explained.ts';

const INTENTS_WITH_AMOUNT: ReadonlySet<Intent> = new Set(['write_off', 'undo_write_off', 'refund_payment']);
const INTENTS_WITH_ALL: ReadonlySet<Intent> = new Set(['write_off', 'refund_payment', 'cancel_pr']);
const ASKS_OF_A_PATIENT: ReadonlySet<Intent> = new Set([
  'write_off',
  'undo_write_off',
  'refund_payment',
  'cancel_pr',
  'balance',
]);

/**
 * The written amount the request asks for. Money paid is never what is written off: "she paid $50
 * today, write off the rest" asks for the rest, not the $50 (a refund of it may well be $50).
 */
function askedAmount(
  intent: Intent,
  lower: string,
  mentions: readonly AmountMention[],
  written: AmountMention | null,
): AmountMention | null {
  if (intent !== 'write_off' || written?.story !== 'paid') return written;
  const other = chooseAmount(mentions.filter((m) => m.story !== 'paid'));
  if (other !== null) return other;
  // "Tom Baker paid $200 in full today, give him 10% off": the payment is the whole of the share asked.
  const share = percentAfterBase(lower, written);
  return share ? { ...written, result: share, isShare: true } : null;
}

/**
 * The amount asked, unless it is the whole a percent is asked of ("prompt pay 10% for Ed Walsh -
 * $400 CT"): then refused (amount-fraction.ts), never the whole.
 */
function askedOrRefused(lower: string, asked: AmountMention | null): AmountMention | null {
  const share = asked ? percentAfterBase(lower, asked) : null;
  if (asked && share) return { ...asked, result: share, isShare: true };
  const refused = asked ? percentOfWholeRefused(lower, asked) : null;
  return asked && refused ? { ...asked, result: refused } : asked;
}

/**
 * "she owes $80, write off half", "write off half of the balance": a share is asked of a whole that
 * is not written with it, so an amount written elsewhere (or after the name) is not the one asked.
 * Only a share worked out ("half of the $80") or an amount right after the command stands.
 */
function unlessShareOfUnstated(
  shareOfUnstated: boolean,
  asked: AmountMention | null,
  afterPatient: AmountResult | null,
): AmountResult | null {
  if (!shareOfUnstated || asked?.isShare || asked?.followsCommand) return asked?.result ?? afterPatient;
  return null;
}

export function unknownRequest(): ParsedRequest {
  return {
    intent: 'unknown',
    patient: null,
    amountCents: null,
    amountAll: false,
    reason: null,
    dateOfService: null,
    cancelReason: null,
    note: null,
    otherPatients: [],
    amountProblem: null,
    confidence: 0,
    source: 'rules',
  };
}

export function parseRequest(text: string, opts: ParseOptions): ParsedRequest {
  try {
    const today = parseIsoDay(opts.today);
    if (!today || typeof text !== 'string') return unknownRequest();
    const command = slashCommand(text, opts);
    // The confidence stays that of the reading without it: a word after a dollar sign is no amount.
    const whole = withAmountNotRead(command.text, parseValidated(command.text, today, command.opts));
    // 'she wrote "refund my $30" - what does she owe?': the biller's own words ask (quoted-speech.ts).
    const outside = withoutQuotedSpeech(command.text);
    const own =
      outside === null ? null : withAmountNotRead(outside, parseValidated(outside, today, command.opts));
    const parsed = own && own.intent !== 'unknown' && own.intent !== whole.intent ? own : whole;
    return parsed.patient ? { ...parsed, patient: nameAsWritten(parsed.patient, text) } : parsed;
  } catch {
    // A parser bug must not take the Slack app down: the request is simply not understood.
    return unknownRequest();
  }
}

// The marks normalizeText makes plain, each matched here in any of its written forms.
const APOSTROPHES = "['\u2018\u2019\u02bc\u2032]";
const HYPHENS = '[-\u2010\u2011]';

/**
 * The patient "as written" (DOMAIN section 6): "samuel o’neil" keeps its typographic apostrophe,
 * which reading the text made plain. Only the marks and spacing are restored; the name found
 * is unchanged when the text does not hold it exactly once in another spelling.
 */
function nameAsWritten(patient: string, raw: string): string {
  // Most names are in the text just as found: nothing to restore, and no pattern to build.
  if (raw.includes(patient)) return patient;
  const pattern = patient
    .split(/(['\-\s]+)/)
    .map((part) =>
      /^['\-\s]+$/.test(part)
        ? [...part].map((c) => (c === "'" ? APOSTROPHES : c === '-' ? HYPHENS : '\\s+')).join('')
        : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const found = [...raw.normalize('NFC').matchAll(new RegExp(pattern, 'gu'))];
  return found.length === 1 && found[0]?.[0] ? found[0][0].replace(/\s+/g, ' ') : patient;
}

// "void the $120 PR", "cancel that $60 self-pay fee", "remove the $40 charge": the amount names the
// PR cancelled (a cancel still takes all that is outstanding). Only written right before what is
// cancelled: in a story of a wrong amount ("we keyed $200, it should've been $120") neither is.
const CANCELLED_AMOUNT =
  /\b(?:the|that|this|her|his|their|[a-z'-]+'s)\s+(\$\d[\d,]*(?:\.\d{1,2})?)\s+(?:[a-z-]+\s+){0,2}?(?:pr|charge|estimate|fee|copay|co-pay|balance|bill|patient responsibility)\b/;

function cancelledAmount(lower: string, cancelReason: string | null): number | null {
  if (cancelReason === 'wrong_amount') return null;
  const written = CANCELLED_AMOUNT.exec(lower)?.[1];
  if (!written) return null;
  const read = parseAmount(written);
  return read.ok ? read.cents : null;
}

const SLASH_HELP = /^\/[a-z][\w-]*\s*(?:help|\?)[\s?!.]*$/;

// The app's own slash commands written before their text, as the CLI gets it ("/writeoff hardship
// jane doe 40", "/billing undo lee chen"). Slack sends the text without the command (and /writeoff's
// as a write-off by default), so it is read here the same way. Not "/writeoff help" (SLASH_HELP).
const SLASH_COMMAND = /^\s*\/(writeoff|write-off|billing)\s+(?=\S)/i;

function slashCommand(text: string, opts: ParseOptions): { text: string; opts: ParseOptions } {
  const command = SLASH_COMMAND.exec(text);
  const rest = command ? text.slice(command[0].length) : '';
  if (!command || SLASH_HELP.test(text.trim().toLowerCase())) return { text, opts };
  const writesOff = command[1]?.toLowerCase() !== 'billing';
  return {
    text: rest,
    opts: writesOff && !opts.defaultIntent ? { ...opts, defaultIntent: 'write_off' } : opts,
  };
}

function parseValidated(raw: string, today: CalendarDay, opts: ParseOptions): ParsedRequest {
  // "> write off $50 for Nadia Petrova   oops, undo that write-off": a quote is context, the reply asks.
  const unmarked = withoutSlackMarkup(raw);
  const quoted = splitQuoted(unmarked);
  const normalized = normalizeText(firstRequest(withoutForwardHeader(quoted?.reply ?? unmarked)));
  const text = normalized.text;
  // "… / Why: billed to wrong pt": a field's label, no question (labelled-fields.ts).
  const lower = withWhyLabelBlanked(normalized.lower);
  if (text === '' || isPromptInjection(lower)) return { ...unknownRequest(), confidence: 0.9 };
  // "/billing help", "/writeoff ?": a slash command asking only for help is help, whatever the command.
  if (SLASH_HELP.test(lower)) return { ...unknownRequest(), intent: 'help', confidence: 0.9 };
  const mentions = findAmountMentions(lower);
  const named = findPatientMention(text, { namesAtStart: false });
  const corrected = amountAfterCorrection(lower, mentions, named);
  const written = corrected?.mention ?? chooseAmount(mentions);
  // A range is a batch's threshold only for many balances: said of one patient named ("write off
  // somewhere between $40 and $50 for Tom Baker") it is Tom's write-off of an amount not yet chosen,
  // which the form asks (amount-range.ts).
  const thresholdWritten = chooseThreshold(mentions);
  const rangeForPatient = rangeForOnePatient(lower, thresholdWritten, named !== null);
  // "write off $30 for Evan Brooks, balance < $35 so small balance": the "< $35" says why, no batch.
  // "write off everything under $10 for Jane Doe": her balances under $10, no batch, no one amount.
  const balancesOfPatient = thresholdOfOnePatient(lower, text, mentions, named);
  const threshold =
    rangeForPatient || thresholdOnlyExplains(mentions, named !== null) || balancesOfPatient
      ? null
      : thresholdWritten;
  const afterName = written === null && named !== null ? amountAfterName(text, named) : null;
  const read = readAsked(lower, text.toLowerCase());
  const detected = detectIntent(
    lower,
    {
      hasAmount: written !== null || afterName !== null,
      hasThreshold: threshold !== null,
      hasPatient: named !== null,
      hasFullName: named?.trim().includes(' ') === true,
    },
    read,
  );
  // /writeoff text is a write-off: "the remaining balance for Jane" names a balance, it does not ask one.
  const readsNothing = detected.intent === 'unknown' || detected.intent === 'balance';
  const usesDefault = opts.defaultIntent !== undefined && readsNothing;
  // Slots only, as typed after a slash command ("40 jane doe hardship", "reverse jane roe 8/22"):
  // read as that command's text is, a name first included (terse-request.ts).
  // Also under a default: "hardship jane doe 40" names its patient after the reason.
  const terse = readsNothing ? terseRequest(lower, text) : null;
  const intent: Intent =
    usesDefault && opts.defaultIntent && terse?.intent !== 'undo_write_off'
      ? opts.defaultIntent
      : (terse?.intent ?? detected.intent);
  const readAsCommand = usesDefault || terse !== null;

  // Lower-case words before the request are a name only once the text is known to ask one:
  // "jane doe w/o $40" is, "happy holidays - refund policy question" is not.
  const namesBeforeRequest = ASKS_OF_A_PATIENT.has(intent) && mayOpenWithLowerCaseName(text);
  const patientInText =
    intent === 'small_balance_batch'
      ? null
      : readAsCommand
        ? (terse?.patient ?? findPatientMention(text, { namesAtStart: true, namesBeforeRequest }))
        : namesBeforeRequest
          ? findPatientMention(text, { namesAtStart: false, namesBeforeRequest })
          : named;
  // A reply to a quote that names no one ("undo that write-off") is about the quote's patient.
  // "… / correction: patient is Ellen March": the name settled on, as amounts and reasons are.
  const patient =
    (ASKS_OF_A_PATIENT.has(intent) ? correctedPatient(text) : null) ??
    (patientInText === null && quoted !== null && ASKS_OF_A_PATIENT.has(intent)
      ? findPatientMention(quoted.quote, { namesAtStart: true })
      : patientInText);
  // Command text may start with a name in lower case, which only the second look found: the
  // number or "all" after it is then read after that name ("/writeoff jane doe 40 small bal").
  // Slot text names its amount wherever it stands ("hardship 40 jane doe", "jane doe - 40 - hardship").
  const afterPatient =
    afterName ??
    (written === null && patient !== null && patient !== named ? amountAfterName(text, patient) : null) ??
    (written === null && terse?.amount ? parseAmount(terse.amount) : null);
  // "all but $10", "keep $25", "everything except the copay": a part set aside is never the
  // amount, and what is left of the balance is not all of it (amount-kept.ts).
  const keeps = intent !== 'small_balance_batch' && keepsPart(lower, mentions);
  // "paid $80 but only owed $50, refund the difference": the amount asked is in neither number.
  const story =
    !keeps && (intent === 'refund_payment' || intent === 'write_off')
      ? (restBeforeStory(intent, lower, mentions) ?? amountFromStory(lower, mentions, intent))
      : null;
  // "half of the balance": a part of it, of a size the text does not say (amount-fraction.ts).
  const shareOfUnstated = asksShareOfUnstated(lower);
  // "Refunded $20 to Jane Doe yesterday, can you write off the rest?": the $20 was told, not asked.
  const toldOnly = written !== null && amountOnlyTold(lower, read);
  // "He owes $310, go ahead and write off the whole thing": the $310 is told, all of it is asked.
  const allOfToldBalance = intent === 'write_off' && !keeps && asksAllOfToldBalance(lower, mentions);
  const amountResult =
    intent === 'small_balance_batch'
      ? (threshold?.result ?? null)
      : !(INTENTS_WITH_AMOUNT.has(intent) || repeatsEarlierAction(intent, lower)) ||
          toldOnly ||
          allOfToldBalance
        ? null
        : rangeForPatient !== null
          ? rangeRefused(rangeForPatient)
          : keeps
            ? amountLessKept(lower, mentions, intent === 'refund_payment' ? 'refund' : 'write off')
            : story !== null
              ? story.result
              : unlessShareOfUnstated(
                  shareOfUnstated,
                  askedOrRefused(lower, askedAmount(intent, lower, mentions, written)),
                  afterPatient,
                );
  const amountCents = amountResult?.ok ? amountResult.cents : null;
  const amountProblem = amountResult && !amountResult.ok ? amountResult.message : null;
  // "Jane paid $50 of the $80, write off the rest": the story gives the figure ($30) and the words
  // still ask for all that is left, so both are said; the form shows the figure to check.
  const restOfStory =
    intent === 'write_off' && story !== null && amountCents !== null && allOfItAsked(lower) >= 0;
  const amountAll =
    restOfStory ||
    (INTENTS_WITH_ALL.has(intent) &&
      amountCents === null &&
      !balancesOfPatient &&
      (!keeps || asksTheRestAfterKept(lower, mentions)) &&
      !shareOfUnstated &&
      (mentionsAllOfIt(lower, amountResult !== null) || (patient !== null && allAfterName(text, patient))));
  const cancelReason = intent === 'cancel_pr' ? findCancelReason(lower) : null;
  const cancelled = intent === 'cancel_pr' ? cancelledAmount(lower, cancelReason) : null;
  const reason =
    intent === 'small_balance_batch'
      ? 'small_balance'
      : intent === 'write_off'
        ? writeOffReason(withoutName(withoutSlip(lower, corrected?.slip ?? null), patient), text)
        : null;
  const parsed: ParsedRequest = {
    intent,
    // A doctor or a coworker named where nothing of ours is asked is no patient (not-the-patient.ts),
    // nor a place in a text on another subject ("what's the weather in Denver"), nor what a write-off
    // meeting or report is said to do ("the w/o report looks weird").
    patient:
      intent === 'unknown' &&
      patient !== null &&
      (isOffTopic(lower) || namesCoworker(text, patient) || talksOfWriteOffsAsTopic(lower))
        ? null
        : patient,
    amountCents: intent === 'cancel_pr' ? cancelled : amountCents,
    amountAll: cancelled !== null ? false : amountAll,
    reason,
    dateOfService: findDateOfService(lower, today, {
      plain: text.toLowerCase(),
      dotsAreDates: intent === 'cancel_pr' || intent === 'balance',
      patient,
    }),
    cancelReason,
    note: reason === 'other' ? findCustomReasonNote(text) : null,
    // "… for Jane Doe and $35 for Bob Smith": the others named for the same action (other-patients.ts).
    otherPatients: ASKS_OF_A_PATIENT.has(intent) ? otherPatientsNamed(text, patient) : [],
    amountProblem,
    confidence: 0,
    source: 'rules',
  };
  return { ...parsed, confidence: rulesConfidence(parsed, detected.explicit || readAsCommand) };
}

/**
 * "write off the rest for Carmen Hope - she paid $100 of the $130": "the rest" is asked before any
 * figure is told, so it is all that is left, whatever the story after it says was paid (the form
 * shows what is outstanding). A story told first sets up the figure the rest is worked from ("Jane
 * paid $50 of the $80, write off the rest" is $30, amount-story.ts). Null when that is not so.
 */
function restBeforeStory(
  intent: Intent,
  lower: string,
  mentions: readonly AmountMention[],
): { readonly result: null } | null {
  if (intent !== 'write_off') return null;
  const amounts = mentions.filter((m) => !m.isThreshold);
  // Every amount told, after "the rest": one asked ("…, $30") or told before it decides as before.
  if (amounts.length === 0 || amounts.some((m) => m.story === null || m.followsCommand)) return null;
  const rest = allOfItAsked(lower);
  return rest >= 0 && amounts.every((m) => m.start > rest) ? { result: null } : null;
}

// "same reason, $20 for Lee Chen", "do it again for Maria Garcia but $30", "same as before, $15 for
// Tom": the action is the one done before, which only the conversation knows; the amount and the
// patient typed are kept for it (the intent stays unknown without that context).
const REPEAT_ASK =
  /\b(?:same (?:reason|thing|as (?:before|last time|above|earlier|the last one)|again|deal|drill|one)|do (?:it|that|this|the same) (?:again|once more)|(?:one )?more time|ditto|repeat (?:it|that|this)|again (?:for|with|on))\b/;

function repeatsEarlierAction(intent: Intent, lower: string): boolean {
  return intent === 'unknown' && REPEAT_ASK.test(lower);
}

/** The reason settled on (reason-corrected.ts), else the one the text gives, "BD" included. */
function writeOffReason(lower: string, text: string): ParsedRequest['reason'] {
  return (
    correctedReason(lower) ?? findWriteOffReason(lower) ?? (abbreviatedBadDebt(text) ? 'bad_debt' : null)
  );
}

/**
 * The text without the patient's name, for the reason: a name's words tell no reason ("Ezra
 * Expired small balance" is no death).
 */
function withoutName(lower: string, patient: string | null): string {
  if (!patient) return lower;
  const name = patient.toLowerCase();
  const at = lower.indexOf(name);
  return at < 0 ? lower : `${lower.slice(0, at)} ${lower.slice(at + name.length)}`;
}

// The verbs a report can be told with (asked-part.ts): most texts have none, and this is cheap.
const TOLD_VERB =
  /\b(?:wrote|written|refunded|cancell?ed|undid|undone|reversed|voided|adjusted|waived|issued|processed)\b/;

/**
 * Whether every amount the text writes is inside what it tells was done ("I refunded $20 to Jane
 * yesterday, can you write off the rest?"): the request then names no amount of its own, and "the
 * rest" is all of it. Read as the request's, the $20 was written off.
 */
function amountOnlyTold(lower: string, read: AskedPart): boolean {
  return TOLD_VERB.test(lower) && read.reported && !findAmountMentions(read.acted).some((m) => m.result.ok);
}

// The writer correcting themself: "write off 1,500 for Ben? no wait, 150", "$40, sorry I mean $30",
// "w/o $25 … actually make it $20". Not "actually" alone ("she actually paid $50").
const CORRECTION =
  /\b(?:no,? wait|wait,? no|i meant?|scratch that|on second thought|correction|make (?:it|that)|actually,? (?:no|make (?:it|that)|it'?s|i meant?))\b/g;

/**
 * The first amount written after the last correction, unless it is told in a story ("paid $50"):
 * the amount the writer settled on. Read as the first amount, "1,500 … no wait, 150" wrote off ten
 * times the sum meant.
 */
function amountAfterCorrection(
  lower: string,
  mentions: readonly AmountMention[],
  named: string | null,
): Corrected | null {
  let corrected = -1;
  for (const match of lower.matchAll(CORRECTION)) corrected = match.index + match[0].length;
  if (corrected < 0) return mentions.length > 1 ? amountCorrectedInPlace(lower, mentions, named) : null;
  const written =
    mentions.find((m) => !m.isThreshold && m.story === null && m.start >= corrected) ??
    bareAmountAt(lower, corrected);
  return written ? { mention: written, slip: null } : null;
}

/** The amount the writer settled on, and where the slip they owned after it is written, if so. */
interface Corrected {
  readonly mention: AmountMention;
  readonly slip: readonly [number, number] | null;
}

/**
 * The text without the slip owned after an amount: "$60 $65 sorry for Tom" apologises for the $60,
 * and the apology is no service-recovery reason.
 */
function withoutSlip(lower: string, slip: readonly [number, number] | null): string {
  return slip ? `${lower.slice(0, slip[0])} ${lower.slice(slip[1])}` : lower;
}

// A slip owned right before the amount that replaces it: "$400 for Curtis Lamb, sorry, $450",
// "$55 no, $50", "$40 - oops $45", "$40 err $45". "no" only set off by a mark ("no, $50"): "no $5
// fee" tells of no fee.
const SLIP_BEFORE =
  /(?:^|[\s,;.!(-])(?:sorry|oops|whoops|err|erm|my bad|typo|(?:no|nope|wait)\s*[,;:.!-]|i mean|rather)[\s,;:.!-]*$/;
// The slip owned right after the amount that replaces one just written: "$55, $50 sorry", "$55 $50 oops".
// Not an apology for something else ("sorry for the wait").
const SLIP_AFTER = /^[\s,;.!-]*(?:sorry|oops|whoops|my bad|typo)\b(?!\s+(?:for|about|to|if)\b)/;
// The same said before the patient the amounts are for: "write off $60 $65 sorry for Tom". Group 1
// is the slip, which names no reason.
const SLIP_BEFORE_PATIENT = /^[\s,;.!-]*((?:sorry|oops|whoops|my bad|typo)[\s,]+)for\s+(.+)$/;

/** Where the slip owned right after an amount ends (`rest` starts at the amount's end), or -1. */
function slipAfter(rest: string, named: string | null): number {
  const plain = SLIP_AFTER.exec(rest);
  if (plain) return plain[0].length;
  const beforePatient = named ? SLIP_BEFORE_PATIENT.exec(rest) : null;
  if (!beforePatient || !named || !beforePatient[2]?.startsWith(named.toLowerCase())) return -1;
  return beforePatient[0].length - (beforePatient[2]?.length ?? 0) - 'for '.length;
}
// Between the two amounts, only marks or the patient they are for: not a second amount added
// ("$40 for Jane and $35 for Bob").
const ONLY_MARKS = /^(?:(?!\b(?:and|plus|also|then|each|per|of|from)\b)[^$\d&+])*$/;

/**
 * The amount written after the writer owns a slip with no "I mean" ("write off $400 for Curtis
 * Lamb, sorry, $450", "$55 no, $50 sorry"): it replaces the amount before it. Two amounts with no
 * slip between them (a story, "paid $50 of the $80", or one for each patient) are left as they are.
 */
function amountCorrectedInPlace(
  lower: string,
  mentions: readonly AmountMention[],
  named: string | null,
): Corrected | null {
  let corrected: Corrected | null = null;
  let previous: AmountMention | null = null;
  for (const m of mentions) {
    if (m.isThreshold) continue;
    if (previous !== null && m.story === null) {
      const gap = lower.slice(previous.end, m.start);
      const after = ONLY_MARKS.test(gap) ? slipAfter(lower.slice(m.end), named) : -1;
      if (SLIP_BEFORE.test(gap)) corrected = { mention: m, slip: null };
      else if (after >= 0) corrected = { mention: m, slip: [m.end, m.end + after] };
    }
    previous = m;
  }
  return corrected;
}
