/**
 * Reasons as billers say them, mapped to the canonical codes of DOMAIN.md sections 2 and 3.
 * Patterns are checked in order: the more specific wording comes first ("uncollectible" is bad
 * debt even though it contains "collect").
 */
import type { CancelReason, WriteOffReason } from '../domain/reasons.ts';
import { CENTS_LEFT } from './cents-left.ts';
import {
  BAD_VISIT_TOLD,
  compReason,
  NO_HOME,
  NO_MEANS_TO_PAY,
  OUR_OWN_ERROR,
  OUR_SIDE_RAN_LATE,
  PAID_AHEAD,
  PAID_AT_VISIT_DISCOUNT,
  PAID_FAST_FOR_DISCOUNT,
  PAID_WITHIN_TERMS,
  SLIP_OF_OURS,
  SMALL_AFTER_AMOUNT,
  VISIT_WENT_BADLY,
  WITHOUT_AUTH,
  WORKS_WITH_US,
} from './plain-reasons.ts';
import { RELATIVE } from './relatives.ts';
import { STAFF_TOLD } from './staff-told.ts';

// Who at the practice a courtesy is extended to, and their relatives: "doc's family", "Dr. Lee's
// mother", "a staff member's son", "family of one of our providers". A patient's own relatives
// ("pt's mom") are not a courtesy.
// The practice's error told in plain words, the verb's tense as a non-native writer has it: "we have
// make error with code", "I made a mistake on the coding", "we did an error in the bill", "error with
// the code", "mistake in coding". Not the patient's ("she made a mistake on the form" is no slip of ours).
const WE_MADE_AN_ERROR =
  /\b(?:we|i|staff|front desk|the office)(?:'ve| have| had| has)? (?:make|made|makes|did|do|done|doing|making) (?:an? |the |some |big |small |one )*(?:\w+ )?(?:errors?|err|mistakes?)\b|\b(?:errors?|mistakes?) (?:with|in|on) (?:the |our |her |his |their )?(?:code|codes|coding|cpt|modifier|billing)\b/;

const PRACTICE_PERSON = String.raw`(?:docs?|doctors?|dr\.? [\p{L}'-]+|physicians?|providers?|surgeons?|clinicians?|nurses?|np|pa|md|staff(?: members?)?|employees?|coworkers?|co-workers?|colleagues?|receptionists?|medical assistants?|office manager|partners?)`;
const PRACTICE_FAMILY = new RegExp(
  String.raw`\b${PRACTICE_PERSON}(?:'s?|s') (?:own )?${RELATIVE}\b|\b${RELATIVE} (?:member )?of (?:(?:one of )?(?:our|the|a|an) )?(?:own )?${PRACTICE_PERSON}\b`,
  'u',
);

// The practice's own slip, told as a story: someone of ours (we, the front desk, our staff) did
// something wrong ("we posted it to the wrong DOS", "the front desk quoted him the wrong copay",
// "was keyed wrong by us"). The patient's own slips ("pt gave us the wrong card") are not ours.
const OUR_PEOPLE =
  '(?:we|i|(?:our|the) (?:own )?(?:front desk|front office|office|staff|team|receptionists?|schedulers?|billers?|coders?|billing (?:team|office|dept|department)|registration(?: desk)?|system)|front desk|staff|registration|reception)';
const SLIPPED =
  '(?:posted|billed|keyed|entered|charged|quoted|misquoted|told|gave|coded|miscoded|applied|collected|put|ran|sent|used|registered|scheduled|loaded|typed|mistyped|mis-?keyed|mis-?posted|overcharged|overbilled)';
const OUR_SLIP = new RegExp(
  String.raw`\b${OUR_PEOPLE} (?:(?:accidentally|mistakenly|apparently|originally|initially|just|already|somehow|must have|had|have) )*${SLIPPED}\b[^.;!?]{0,40}?\b(?:wrong\w*|incorrect\w*|in error|by mistake)\b` +
    String.raw`|\b(?:wrong\w*|incorrect\w*|in error|by mistake)\b[^.;!?]{0,40}?\bby (?:us|me|our\b|(?:the )?(?:front desk|office|staff))` +
    String.raw`|\b(?:my|our) (?:own )?(?:bad|error|mistake|fault|screw-?up|goof)\b` +
    String.raw`|\b(?:we|i|front desk|staff) (?:forgot|failed|neglected) to (?:bill|submit|file|verify|check|send|collect|update|enter|post)\b` +
    // Billing twice or too much is our error by itself: "we double-billed him", "I overcharged her".
    String.raw`|\b${OUR_PEOPLE} (?:(?:accidentally|mistakenly|apparently|just|somehow|must have|had|have) )*(?:double[\s-]?(?:billed|charged|posted)|overbilled|overcharged|(?:billed|charged) (?:her|him|them|the (?:patient|pt)) twice)\b`,
);

// Things that expire or pass that are no person: "the card expired", "her auth has expired",
// "expired insurance", "the deadline passed", "two weeks passed".
const THING_THAT_LAPSES = String.raw`(?:card|cards|auth|auths|authori[sz]ations?|pre-?auth\w*|insurance|ins|coverage|policy|plan|benefits?|referrals?|eligibility|licen[cs]e|id|it|that|this|link|token|session|approval|estimate|quote|offer|discount|deadline|claims?|contract|prescriptions?|rx|window|period|limit|statements?|checks?|cheques?|payments?|pmts?|application|app|code|password|form|test|inspection|file|membership|subscription|promo|coupon|voucher|hsa|fsa|medicaid|medicare|cobra|enrollment|filing|time|date|days?|weeks?|months?|years?|hours?|minutes?)`;
const LAPSES_AFTER = String.raw`(?:card|auth\w*|insurance|ins|coverage|policy|plan|benefits?|referrals?|licen[cs]e|id|link|approval|estimate|quote|offer|discount|claims?|contract|prescriptions?|rx|meds?|medications?|checks?|coupon)`;
// "patient expired", "pt expired 10/2", "Samuel O'Neil passed in October", "- expired": said of a
// person, as clinicians write a death. Not of a thing (THING_THAT_LAPSES), nor "passed" of a test
// or the claim ("passed edits"): "passed" must end its clause or say when.
const DIED_IN_OTHER_WORDS = new RegExp(
  String.raw`(?<!\b${THING_THAT_LAPSES}(?:'s)? (?:(?:has|had|have|is|was|already|just|recently|now|since) )*)\b(?:expired\b(?! ${LAPSES_AFTER}\b)|passed(?=\s*(?:$|[,.;!?)-]|(?:on|in|last|recently|earlier|this|over|at|after|\d)\b)))`,
);

// A death told in plain words, the tense or the spelling of the verb not as a native writer has it:
// "he die in october", "she dies last week", "pt dyed 10/3". Said of the patient, never of a thing
// ("the battery died" is no one).
const DIED_PLAINLY =
  /\b(?:she|he|they|pt|patient|the (?:patient|pt)) (?:(?:has|had|have|just|recently|sadly|unfortunately) )*(?:die|dies|dyed|dye)\b|\b(?:is|was|are|has|had) (?:(?:already|just|recently|sadly|unfortunately) )+(?:die|dies|dyed)\b|\b(?:is|was) (?:die|dyed)\b/;

const COUNT_WORD = String.raw`(?:\d{1,2}|two|three|four|five|six|several|multiple|many|numerous)`;
const NON_PAYMENT_STORY = new RegExp(
  String.raw`\b(?:(?:did|does|has|have|had) ?n(?:o|')?t|never) (?:pay|paid|made (?:a|any) (?:payment|pmt))\b(?= (?:since|for|in|after|over|despite)\b)` +
    String.raw`|\b(?:sent|send|sends|mailed|mail|tried|try|made|left)\s+(?:him |her |them |the (?:patient|pt) )?${COUNT_WORD}\s+(?:letters|statements|stmts|notices|bills|calls|voicemails|attempts)\b` +
    String.raw`|\b(?:no (?:answer|reply|callback|call back)|never (?:answers?|answered|calls? back|called back)|final (?:notice|letter|demand))\b`,
);

// A visit that went badly, by any word for bad: "a terrible experience with scheduling", "awful
// service at check-in", "a really poor billing experience". Only "bad" and "poor" were read, so the
// rest of the family gave no reason.
const BAD_EXPERIENCE = String.raw`(?:(?:really|very|pretty|truly|so|such an?) )?(?:bad|poor|terrible|awful|horrible|horrid|horrendous|dreadful|lousy|negative|unpleasant|frustrating|miserable|disappointing|upsetting|rough|unacceptable|subpar|sub-par) (?:[\w-]+ )?(?:experience|service)`;

// Collections as the agency's business, not the notices a patient got ("she got collections notices
// because we posted her payment to the wrong account" tells of our slip, no placement).
const COLLECTIONS = String.raw`collections?(?! (?:notices?|letters?|calls?|threats?|warnings?|statements?)\b)`;
// An account handed to a collector named by its firm's name, as most are: "assigned to Midland Credit",
// "placed with Portfolio Recovery", "turned over to ABC Financial", "sent to Acme Collections". Up to
// three words of the firm's name, then a word collectors' names have.
const PLACED_WITH_COLLECTOR = String.raw`\b(?:sent|turned over|handed over|referred|placed|assigned|transferred|sold)(?: (?:it|her|him|them|the (?:account|acct|balance|debt)))? (?:to|with) (?:[\w&'.-]+ ){0,3}?(?:credit|${COLLECTIONS}|collectors?|recovery|recoveries|receivables?|financial|associates|bureau|agency)\b`;

const WRITE_OFF_REASON_PATTERNS: ReadonlyArray<readonly [WriteOffReason, RegExp]> = [
  [
    'bankruptcy',
    /\b(?:bankrupt\w*|chapter (?:7|11|13|seven|eleven|thirteen)|ch\.? ?(?:7|11|13)|bk|filed bk)\b/,
  ],
  [
    'deceased',
    /\b(?:deceased|pass(?:ed|es)? away|passed on|has passed|she passed|he passed|(?:patient|pt) (?:has )?passed|died|dead|death|estate|rip|no longer with us|obituar(?:y|ies)|obits?|funeral|memorial service|executor|executrix|probate|next of kin)\b/,
  ],
  ['deceased', DIED_IN_OTHER_WORDS],
  ['deceased', DIED_PLAINLY],
  [
    'bad_debt',
    // Collection attempts that failed count too: statements that come back undeliverable, a phone
    // that is disconnected, no address left to send to.
    /\b(?:bad (?:debt|det|dept|dbt|deb|debit)|uncollect[ai]ble|can(?:no|')?t (?:be )?collect\w*|unable to collect|no way to collect|never (?:pays|paid|responds?)|stopped responding|no response|unreachable|skip trace\w*|returned mail|mail (?:came|comes) back|exhausted|not collectable|undeliverable|return(?:ed)? to sender|statements? (?:keeps? |kept )?(?:came|come|coming|were|was|got|get) (?:back|returned)|(?:returned|bounced) statements?|(?:phone|number|line)(?: (?:is|was|has been|got))? (?:disconnected|out of service|not in service)|disconnected (?:phone|number)|no (?:valid |good |working |current )?(?:address|phone number)|bad address|no forwarding address)\b/,
  ],
  [
    'collection_agency',
    new RegExp(
      String.raw`\b(?:${COLLECTIONS}|collection agency|coll\.? agency|(?:sent|went|turned over|referred|placed|assigned) to (?:an? |the )?agency|agency)\b|${PLACED_WITH_COLLECTOR}`,
    ),
  ],
  // Before courtesy: "our staff gave her the wrong estimate" is our slip, not a staff member's bill.
  ['administrative', OUR_SLIP],
  ['administrative', SLIP_OF_OURS],
  [
    'professional_courtesy',
    /\b(?:prof(?:essional)?\.? courtesy|courtesy|staff member|employee|coworker|co-worker|colleague|fellow (?:doctor|physician|clinician)|(?:one of )?our (?:own )?(?:nurses?|doctors?|physicians?|providers?|staff|mas?|receptionists?))\b/,
  ],
  ['professional_courtesy', PRACTICE_FAMILY],
  ['professional_courtesy', WORKS_WITH_US],
  ['professional_courtesy', STAFF_TOLD],
  [
    'prompt_pay_discount',
    /\b(?:prompt[\s-]?pay\w*|paid (?:in full )?(?:at|on) (?:the )?(?:time of service|visit|check[\s-]?in)|time of service discount|tos discount|early pay(?:ment)?|pay(?:ing)? (?:up ?front|early)|paid (?:up ?front|early)|cash discount|pay[\s-]in[\s-]full discount)\b/,
  ],
  ['prompt_pay_discount', PAID_FAST_FOR_DISCOUNT],
  ['prompt_pay_discount', PAID_AHEAD],
  ['prompt_pay_discount', PAID_AT_VISIT_DISCOUNT],
  ['prompt_pay_discount', PAID_WITHIN_TERMS],
  [
    'service_recovery',
    new RegExp(
      String.raw`\b(?:(?:service|svc|srvc) recovery|make (?:it|this|things) right|make amends|make up for|${BAD_EXPERIENCE}|patient experience|waited (?:\w+ )?(?:(?:\w+ )?(?:hours?|hrs?|h)\b|forever|too long)|(?:cancell?ed|rescheduled|bumped) (?:on (?:her|him|them) )?(?:twice|again|(?:two|three|\d) times|(?:multiple|several|many) times|more than once)|kept (?:\w+ ){0,2}waiting|long wait|wait(?:ing)? time|complain\w*|unhappy|upset|rude|goodwill|good will|apolog\w*|sorry for)\b`,
    ),
  ],
  ['service_recovery', VISIT_WENT_BADLY],
  ['service_recovery', OUR_SIDE_RAN_LATE],
  ['service_recovery', BAD_VISIT_TOLD],
  [
    'administrative',
    /\b(?:(?:billing|coding|posting|keying|data entry) (?:errors?|err|eror|mistakes?|mistake)|(?:our|office|practice|clinic|admin(?:istrative)?|clerical|front desk|registration|system) (?:error|mistake|fault|issue)|our side|our end|on us|billed (?:the |under the |with the )?wrong|wrong (?:code|cpt|modifier|insurance|payer)|administrative|admin|clerical|timely filing|missed (?:the )?(?:filing )?deadline|(?:we|i) (?:messed up|made a mistake|screwed up)|never (?:verified|checked) (?:insurance|eligibility)|no (?:prior )?auth\w*)\b/,
  ],
  ['administrative', OUR_OWN_ERROR],
  ['administrative', WE_MADE_AN_ERROR],
  ['administrative', WITHOUT_AUTH],
  ['small_balance', SMALL_AFTER_AMOUNT],
  [
    'financial_hardship',
    /\b(?:hardship|charity(?: care)?|can(?:no|')?t afford|cannot pay|can(?:no|')?t pay|unable to pay|lost (?:his|her|their|a|the) job|(?:was|were|got|been|gets|get|just) laid off|food stamps|snap benefits|on (?:welfare|public assistance|unemployment)|unemployment benefits|unemployed|out of work|low[\s-]income|fixed income|uninsured|no insurance|on ssi|lives on ssi|on disability|financial (?:aid|assistance|need|difficult\w*|trouble|hardship)|(?:rough|tough|hard|difficult) (?:time|times|patch|spot)|fap|sliding(?:[\s-](?:fee|pay|payment|discount))?[\s-]scale|indigent|poverty|broke|struggling)\b/,
  ],
  [
    // Poor said of the patient or their family: "she is very poor family", "he's poor", "poor
    // family, no insurance". Not a poor experience or service (service recovery, read before).
    'financial_hardship',
    /\b(?:(?:she|he|they|pt|patient|family)(?:'s|'re| is| are| was| were)? (?:(?:very|so|really|extremely|too) )*poor\b|(?:(?:very|so|really|extremely) )*poor (?:family|families|household|woman|man|lady|guy|person|people|mother|mom|father|dad|kid|student|senior|widow|patient|pt)\b)/,
  ],
  ['financial_hardship', NO_MEANS_TO_PAY],
  ['financial_hardship', NO_HOME],
  // A leftover of a few cents (cents-left.ts), read after the hardship stories in English: a patient
  // who lost her job and has cents left is written off for hardship.
  ['small_balance', CENTS_LEFT],
  // In Spanish, as patients' families say it: "no tiene dinero", "es muy pobre", "no puede pagar".
  [
    'financial_hardship',
    /\b(?:no tiene(?:n)? (?:dinero|plata|trabajo|con qu[eé] pagar)|no puede(?:n)? pagar|(?:es|son|está|esta) (?:muy )?pobres?|sin (?:dinero|trabajo|ingresos)|desemplead[oa]s?|dificultad(?:es)? econ[oó]micas?)(?![\p{L}])/u,
  ],
  [
    'small_balance',
    // A small word for the size with what is left named after it: "tiny leftover balance", "small
    // remaining bal", "little leftover". "The leftover balance" alone is the rest, of any size.
    /\b(?:small[\s-]?bal\w*|sm bal|sb|(?:tiny|teeny|little|small|low) (?:(?:leftover|left[\s-]?over|remaining|residual) )?(?:balance|bal|amount|leftover|remainder)s?|nominal|not worth (?:chasing|billing|collecting|it|(?:(?:sending|mailing|printing) )?(?:another|a|more|the) (?:statements?|bills?|invoices?|letters?)|(?:sending|mailing|printing) (?:statements|bills|invoices|letters)|the (?:postage|stamp|paper))|costs? more to (?:bill|collect|send|mail)|too small|de minimis|under threshold|below threshold)\b/,
  ],
  // Collection attempts told as a story, no reason word written: "he did not pay since one year, we
  // send 4 letters and call him, no answer", "3 stmts + final notice". Read after every reason in
  // words, so "sent 3 statements, she lost her job" stays hardship.
  ['bad_debt', NON_PAYMENT_STORY],
  // The shorthand billers type after a slash command ("40 jane doe hrdshp", "all bob smith crtsy"), as
  // the vocabulary knows it (vocabulary.ts): read last, so a reason in words wins. Not "bd" alone,
  // which new-wording-batch15 keeps unread ("w/o 12 lee chen bd").
  ['financial_hardship', /\b(?:hrdshp|hdshp|hrdsp)\b/],
  ['professional_courtesy', /\b(?:crtsy|prof court)\b/],
  ['deceased', /\b(?:decd|dec'd|dcsd)\b/],
  ['bankruptcy', /\b(?:bkrpt|bkrptcy|bkcy)\b/],
  ['bad_debt', /\bbaddebt\b/],
  ['prompt_pay_discount', /\b(?:ppd|pp disc\w*)\b/],
  ['small_balance', /\b(?:sm[\s-]?bals?|smallbals?)\b/],
  ['collection_agency', /\b(?:coll|colls)\b/],
  ['administrative', /\b(?:ofc|office) (?:error|mistake)\b/],
  ['other', /\b(?:other reason|custom reason|reason:? other)\b/],
];

// "other: moved abroad", "reason: other - insurance merger": a custom reason, whatever words
// the text after it uses ("other: goodwill" is not service recovery).
const CUSTOM_REASON = /\b(?:reason\s*[:=-]\s*)?other\s*(?:reason\s*)?[:=-]\s*(?<note>\S.*)$/i;

// "reason: settlement agreed with his attorney": a reason written after its label that none of our
// codes reads is a custom one, its words the note. Not a reason left open ("reason: tbd", "n/a").
const LABELLED_REASON = /\breason(?: code)?\s*[:=]\s*(?<note>(?!(?:tbd|n\/?a|none|unknown|\?+)\s*$)\S.*)$/i;

/** The text of a custom reason ("other: <text>", "reason: <text>"), which becomes the write-off's note. */
export function findCustomReasonNote(text: string): string | null {
  const written = CUSTOM_REASON.exec(text) ?? LABELLED_REASON.exec(text);
  const note = written?.groups?.note?.trim().replace(/[.!]+$/, '') ?? '';
  return note === '' ? null : note;
}

// "reason code: other (moved abroad)", "reason=other": the custom reason named as such.
const REASON_OTHER = /\breason(?: code)?\s*[:=]\s*other\b/;

// A reason named by its label beats one read from the story around it: "pt was upset about the
// bill … financial hardship" is hardship. "Small balance" is left out: it often only describes
// the amount.
const REASON_LABELS: ReadonlyArray<readonly [WriteOffReason, RegExp]> = [
  ['financial_hardship', /\b(?:financial hardship|hardship|charity care)\b/],
  ['bad_debt', /\bbad (?:debt|det|dept|dbt|deb)\b/],
  ['bankruptcy', /\bbankruptcy\b/],
  ['collection_agency', /\bcollection agency\b/],
  ['prompt_pay_discount', /\bprompt[\s-]?pay(?: discount)?\b/],
  ['service_recovery', /\bservice recovery\b/],
  ['professional_courtesy', /\bprof(?:essional)?\.? courtesy\b/],
  ['administrative', /\badministrative(?: error)?\b/],
];

// A request headed by a reason's label, as billers head a ticket: "prompt pay discount for Aroha
// Ngata, $18", "courtesy adjustment Jane Doe $25", "small bal adj $4.50 lee chen", "Hardship - Bob
// Smith $60". Plain "admin" and "collections" say too little alone: they need "adjustment".
const REASON_LABEL = String.raw`(?:(?:financial )?hardship|charity care|bad debt|bankruptcy|collection agency|prompt[\s-]?pay(?: discount)?|early pay(?:ment)? discount|cash discount|(?:service|svc|srvc) recovery|goodwill|ppd|pp disc(?:ount)?|prof(?:essional)?\.? courtesy|courtesy|administrative(?: error)?|small[\s_-]?bal(?:ance)?|sm bal|deceased)`;
const HEADED_BY_LABEL = new RegExp(
  String.raw`^(?:${REASON_LABEL}(?: (?:adjustment|adj|discount|writeoff))?|(?:admin|collections?) (?:adjustment|adj))(?=[\s,:;.-]|$)`,
);

/** The text opens with a write-off reason's label (lower-cased, normalized). */
export function headedByReasonLabel(lower: string): boolean {
  return HEADED_BY_LABEL.test(lower);
}

// Every wording of a reason, each anywhere in the text: what withoutReasonWords blanks.
const REASON_WORDINGS: readonly RegExp[] = WRITE_OFF_REASON_PATTERNS.map(
  ([, pattern]) => new RegExp(pattern.source, `${pattern.flags}g`),
);

/**
 * The text with the words that give a write-off reason blanked ("40 jane doe small bal" -> "40 jane
 * doe ", "rest samuel o'neil deceased" -> "rest samuel o'neil "): what else it says
 * (terse-request.ts). Lengths are not kept.
 */
export function withoutReasonWords(lower: string): string {
  let rest = lower;
  for (const wording of REASON_WORDINGS) rest = rest.replace(wording, ' ');
  return rest;
}

// A reason said not to be one: "this isn't hardship, it's a small balance", "not a hardship case",
// "no courtesy here, bad debt". The negation, a few filler words, then the reason's wording right
// there. Not "no insurance" or "never pays", which are reasons with their negation in them: the
// wording must start after it. Not "no, hardship" (an answer): the negation must touch the words.
// Told not to use it, too: "don't mark hardship", "do not code it as bad debt", "shouldn't go under
// courtesy", "let's not use collections".
const NEGATION =
  /\b(?:not|isn'?t|is not|aren'?t|wasn'?t|was not|weren'?t|no|nor|never|neither|without|(?:don'?t|dont|do not|shouldn'?t|should not|won'?t|will not|can'?t|cannot|let'?s not|please don'?t)\s+(?:(?:mark|use|put|code|call|pick|choose|select|go with|list|record|classify|file|enter|flag|label|tag|book|apply|make|treat|count|do|go|send|refer)\s+(?:(?:it|this|that|them|her|him|the (?:reason|account|balance|writeoff))\s+)?(?:(?:as|under|with|for|to|in)\s+)?))\s*(?:(?:a|an|the|really|actually|exactly|just|quite|truly|any|for|due to|because of|about|(?:a|an) case of|(?:a|an) real|real|true|genuine)\s+)*/g;
// Every wording of a reason, tried where a negation ends (sticky).
const REASON_WORDINGS_HERE: ReadonlyArray<readonly [WriteOffReason, RegExp]> = WRITE_OFF_REASON_PATTERNS.map(
  ([code, pattern]) => [code, new RegExp(pattern.source, `${pattern.flags}y`)],
);

/**
 * The text with each reason it says is none blanked out, and the codes so ruled out: "don't mark
 * hardship" rules hardship out however else the text tells it ("she can't afford it but we haven't
 * verified, so don't mark hardship — … as small balance" is a small balance).
 */
function withoutNegatedReasons(lower: string): {
  readonly rest: string;
  readonly ruledOut: Set<WriteOffReason>;
} {
  const ruledOut = new Set<WriteOffReason>();
  if (
    !/\b(?:not?|isn|aren|wasn|weren|nor|never|neither|without|don|dont|shouldn|won|can|cannot)\b/.test(lower)
  )
    return { rest: lower, ruledOut };
  let rest = lower;
  for (const negation of lower.matchAll(NEGATION)) {
    const at = negation.index + negation[0].length;
    let end = at;
    for (const [code, wording] of REASON_WORDINGS_HERE) {
      wording.lastIndex = at;
      const found = wording.exec(lower);
      if (found && found.index === at) {
        end = Math.max(end, at + found[0].length);
        ruledOut.add(code);
      }
    }
    if (end > at)
      rest = `${rest.slice(0, negation.index)}${' '.repeat(end - negation.index)}${rest.slice(end)}`;
  }
  return { rest, ruledOut };
}

/** The canonical write-off reason the text gives, or null when it gives none we recognise. */
// Who asks, or who else worked the account, is no reason: "I'm an admin, write off $40 …" is no
// administrative error, and "my coworker already tried calling" no professional courtesy.
const ASKER_ROLE =
  /\b(?:i'?m|i am|as)\s+(?:(?:an?|the|their|our)\s+)?(?:admin(?:istrator)?|billing manager|manager|biller|viewer)\b/g;
const COLLEAGUE_ACTING =
  /\b(?:my|our)\s+(?:co-?workers?|colleagues?|staff member)\s+(?=(?:already|just|also|has|had|was|is|did|tried|called|said|told|asked|sent|emailed|spoke|talked|handled|checked)\b)/g;

// A reason's word naming a service or a fee, not a reason: "Jane Doe's collection kit charge" (a
// specimen kit), "the $12 courtesy-call fee", "a hardship letter fee" (what the fee was for is a
// thing done: "hardship lab fee" is a lab fee written off for hardship). Blanked before reasons are
// read, so a reason said outright ("…, small balance", "we billed the wrong code") decides.
const SERVICE_NAMED_BY_REASON_WORD =
  /\b(?:courtesy|hardship|charity|collections?)[\s-](?:letter|call|phone call|form|application|review|processing|packet|notice|reminder|kit|visit)s?[\s-](?:fee|charge)s?\b|\b(?:(?:specimen|urine|blood|lab|sample|stool|dna)\s)?collections?[\s-](?:kits?|cups?|swabs?|supplies|tubes?|containers?|bags?)\b|\bcourtesy[\s-]calls?\b/g;

export function findWriteOffReason(text: string): WriteOffReason | null {
  // A code as written ("reason: bad_debt", "small_balance") reads as its words.
  const { rest: lower, ruledOut } = withoutNegatedReasons(
    text
      .replace(SERVICE_NAMED_BY_REASON_WORD, ' ')
      .replace(/(\p{L})_(?=\p{L})/gu, '$1 ')
      .replace(ASKER_ROLE, ' ')
      .replace(COLLEAGUE_ACTING, ' '),
  );
  if (CUSTOM_REASON.test(lower) || REASON_OTHER.test(lower)) return 'other';
  const labelled = REASON_LABELS.filter(([code, pattern]) => !ruledOut.has(code) && pattern.test(lower));
  if (labelled.length === 1) return labelled[0]?.[0] ?? null;
  for (const [code, pattern] of WRITE_OFF_REASON_PATTERNS) {
    if (!ruledOut.has(code) && pattern.test(lower)) return code;
  }
  // "comp her visit, she's a retired physician": a comp tells its reason by the words around it.
  const comp = compReason(lower);
  return comp && !ruledOut.has(comp) ? comp : LABELLED_REASON.test(lower) ? 'other' : null;
}

// A PR put on the account twice, told without "duplicate" or "twice": "it was entered two times",
// "posted it again by accident", "the same visit was already billed", "there are two identical
// charges", "a copy of the 10/2 PR". Billing or charging "again" alone is not one (a rebill).
const ENTERED_TWICE = String.raw`\b(?:(?:two|2) times|more than once|a second time|double[\s-]?(?:billing|billed|charge|charging|entry|entries|posting|post)|(?:entered|posted|keyed|added|created|put|loaded|booked) (?:[\w$.'-]+ ){0,3}?again|(?:was|were|is|been|had been|got) already (?:entered|posted|billed|charged|keyed|added|on (?:the|her|his|their) (?:account|acct|ledger|chart))|(?:two|2) (?:identical|matching|of the same|copies of the same|(?:\w+ )?copies) (?:charges?|prs?|entries|postings?|bills?|visits?)?|(?:two|2) (?:identical|matching) \w+|(?:identical|repeat(?:ed)?) (?:charges?|prs?|entry|entries|posting)|(?:an? |the )?(?:exact )?(?:copy|repeat) of (?:the|another|an?|her|his|their|that|this)\b)`;

// The amount was not the one meant, told as a story: "we estimated $300 but the real cost was
// $180", "the estimate was too high", "we overestimated", "the actual charge came in at $95", "the
// final bill was lower than the estimate". The PR then goes for a new one of the right amount. Not
// "the estimate was wrong" alone, which may as well mean no PR was owed (new-wording-batch11).
const AMOUNT_DIFFERED = String.raw`\b(?:over-?estimated|under-?estimated|over-?stated|estimated? (?:was |were |is |came in |came out )?(?:way |much |a bit |too )*(?:high|higher|low|lower|off|inflated)|(?:real|actual|true|final|correct|right|exact) (?:cost|costs|charge|charges|amount|amt|price|total|fee|bill|balance|number|figure) (?:was|is|were|came (?:in|out|to)|should (?:be|have been)|ended up|turned out)|(?:cost|charge|amount|price|total|bill|fee) (?:(?:was|is) )?(?:actually|really|ended up|turned out|came (?:in|out)) (?:(?:to be|at|as|being) )?(?:less|lower|more|higher|\$?\d)|(?:lower|higher|less|more|different) than (?:the |what |our |we )?(?:estimate|estimated|quoted|quote|expected)|came in (?:lower|higher|under|over|less|more)|(?:wrong|incorrect) (?:estimate|figure|number|total|price|fee|charge amount)|(?:estimate|placeholder) (?:was|is) (?:off|too \w+))\b`;

// The PR should never have been posted, as billers tell it: "it was a test entry", "just a test",
// "posted by accident", "I accidentally created it", "shouldn't have been entered", "not a real
// charge", "a dummy PR from training".
const NEVER_MEANT = String.raw`\b(?:test(?:ing)? (?:entry|entries|charge|charges|pr|prs|record|transaction|posting|patient|account|data)|(?:was|is|it'?s|its|just|only) (?:(?:just|only|a|an?) )*(?:test|dummy|fake|practice)\b(?! (?:results?|kits?|strips?|was|is|came)\b)|dummy (?:entry|charge|pr|record|data)|by accident|accidentally|unintentionally|(?:should(?:n'?t| not)|never should|should never) have (?:been )?(?:entered|posted|created|added|charged|billed|keyed|put|made|gone)|not a real (?:charge|pr|visit|entry|balance|bill|patient|service)|training (?:entry|charge|pr|exercise|account))`;

const CANCEL_REASON_PATTERNS: ReadonlyArray<readonly [CancelReason, RegExp]> = [
  [
    'duplicate',
    /\b(?:duplicates?|duplicated|dupe?s?|double[\s-]?(?:billed|charged|entered|posted|booked)|twice)\b/,
  ],
  ['duplicate', new RegExp(ENTERED_TWICE)],
  [
    // "we keyed $200 and it should've been $120", "was supposed to be $120", "$200 instead of $120".
    'wrong_amount',
    // Also as billers shorten it: "wrong amt", "incorrect amnt", "amt was wrong".
    /\b(?:(?:wrong|incorrect) (?:amount|amt|amnt|amts|amounts)|(?:amount|amt|amnt)(?: due| owed)? (?:was|is) (?:wrong|incorrect|off)|should(?:'ve| have|a)? (?:been|be) \$?\d+|(?:supposed|meant) to be \$?\d+|instead of \$?\d+|overstated|too high|(?:keyed|entered|typed|posted|charged) (?:in )?(?:the |an? )?(?:wrong|incorrect) (?:amount|number|figure|total))\b/,
  ],
  ['wrong_amount', new RegExp(AMOUNT_DIFFERED)],
  [
    // The PR should not exist at all: entered by mistake, for the wrong patient ("it was supposed to
    // go on Jane Doe"), or for a visit that never happened ("the pt never came in that day", "billed a
    // no-show").
    'entered_in_error',
    /\b(?:in error|by mistake|mistaken\w*|mistake|error|erroneous\w*|wrong (?:patient|pt|account|chart|person)|shouldn'?t (?:have been|exist|be there)|should not (?:have been|exist|be there)|(?:should never|never should) (?:have been|have existed|exist|be there)|not (?:supposed|meant) to|(?:supposed|meant|intended) to go (?:on|onto|to|under)|should(?:'ve| have)? (?:gone|been (?:posted|billed|charged|put)) (?:on|onto|to|under)|entered (?:it |this |that )?wrong\w*|incorrectly entered|posted in error|(?:was |were )?never (?:came in|showed(?: up)?|was seen|(?:been )?seen|had (?:the|a|that) (?:visit|appointment|appt))|(?:wasn'?t|was not|weren'?t|were not) (?:seen|here|in) (?:that|on|this)|no[\s-]?show(?:ed)?\b.{0,20}\b(?:billed|charged|posted)|(?:billed|charged|posted)\b.{0,20}\bno[\s-]?show|not (?:our|my|a) patient)\b/,
  ],
  ['entered_in_error', new RegExp(NEVER_MEANT)],
];

// "BD" in capitals, standing alone ("w/o Whitfield dos 3/4/26 BD - 3 stmts"): bad debt as billers
// abbreviate it. In lower case it stays unread ("w/o 12 lee chen bd": new-wording-batch15).
const BAD_DEBT_CAPITALS = /(?<![\w/.'-])BD(?![\w/.'-])/;

/** Bad debt written as "BD", read from the text in its written case when no other reason is. */
export function abbreviatedBadDebt(text: string): boolean {
  return text.includes('BD') && BAD_DEBT_CAPITALS.test(text);
}

/** Why a PR is being cancelled, as the cancel modal's reason codes. */
export function findCancelReason(lower: string): CancelReason | null {
  for (const [code, pattern] of CANCEL_REASON_PATTERNS) {
    if (pattern.test(lower)) return code;
  }
  return null;
}
