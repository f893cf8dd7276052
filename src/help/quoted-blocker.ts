/**
 * The refusal a question quotes: "it says the balance changed", "it says already paid". The help
 * desk then explains that refusal: its section leads an answer from the articles, and the user's
 * last refusal stands for the situation only when it is the one quoted.
 */
import { BLOCKER_CODES, type BlockerCode } from '../domain/blockers.ts';
import { approvalExpiryTold } from './approval-expired.ts';
import { noReasonTold } from './request-told.ts';
import type { HelpTopicId } from './topics.ts';

// What the app keeps saying, then the word it says: "keeps saying", "it says: 'it's", "shows the PR as".
const SAID_WORD = String.raw`\b(?:say|says|saying|said|show|shows|showing|showed|tells? me|telling me|told me|error|message)\s*:?\s*(?:(?:that|it'?s|it is|it was|the (?:pr|charge|balance|visit)|this|pr|charge)(?:'s| is| was| has been| as)?\s+)?['"‘“]?`;

// Not two states compared: "a charge showing paid vs written off".
const NOT_COMPARED = String.raw`(?!\s*(?:vs\.?|versus|or|and|compared|as opposed)\b)`;

const QUOTED_BLOCKERS: ReadonlyArray<readonly [RegExp, BlockerCode]> = [
  [
    /\bbalance (?:has |had )?changed\b|\bchanged since\b|\boutstanding (?:pr )?(?:on this charge |across these \d+ charges )?is now\b|\bnot the \$?[\d,.]+ shown\b|\b(?:figures|form) (?:on this form )?(?:was|were) out of date\b/,
    'BALANCE_CHANGED',
  ],
  // Not "already paid some of it": a charge paid in part, which can still be written off.
  [
    /\balready (?:been )?paid\b(?!\s+(?:some|part|half|a (?:bit|portion|part|little)|only part)\b)|\bpaid (?:it |that |this )?already\b|\bpaid in full\b/,
    'PR_PAID',
  ],
  // The refusal told by its word alone: "it keeps saying paid", "says 'cancelled'", "shows it's
  // written off". Not "says partly paid", which can still be written off.
  [
    new RegExp(
      `${SAID_WORD}(?:already )?(?:been )?paid\\b(?!\\s+(?:some|part|half|a (?:bit|portion|part|little))\\b)${NOT_COMPARED}`,
    ),
    'PR_PAID',
  ],
  [new RegExp(`${SAID_WORD}(?:already )?(?:been )?cancel+ed\\b${NOT_COMPARED}`), 'PR_CANCELLED'],
  [
    new RegExp(`${SAID_WORD}(?:already )?(?:been )?(?:written[\\s-]?off|w\\/o(?:'?d)?)\\b${NOT_COMPARED}`),
    'NOTHING_OUTSTANDING',
  ],
  [/\balready (?:been )?(?:undone|reversed)\b/, 'ALREADY_REVERSED'],
  // "Every payment on this charge has already been refunded in full": none is left to refund.
  [/\bno payment\b|\bevery payment on (?:this|the) charge has (?:already )?been refunded\b/, 'NO_PAYMENT'],
  // "the PR was cancelled", "PR that was already cancelled", "a charge that got cancelled", "can a
  // cancelled PR be written off?", "writing off cancelled PR"; before
  // "nothing left to write off", which the cancelled PR's message goes on to say.
  [
    /\b(?:pr|it|charge|balance)\s+(?:that |which )?(?:was|has been|had been|got|is) (?:already )?cancel+ed\b|\balready (?:been )?cancel+ed\b|\b(?:write|writing|w\/o)\s+off\s+(?:a|an|the|this|that|her|his|their)\s+cancel+ed\s+(?:pr|charge|balance|visit|bill)\b|\b(?:pr|it|charge|balance|visit)\s+(?:that'?s |thats |that is |which is )?(?:marked|showing|shows|listed|flagged|set)(?: as)? ['"‘“]?cancel+ed\b|\bcancel+ed\s+(?:pr|charges?|balances?|bills?|visits?|estimates?)\b.{0,40}\b(?:writ\w*|w\/o)\b|\b(?:write|writing|w\/o)\s*(?:off\s+)?(?:\S+\s+){0,3}?cancel+ed\s+(?:pr|charges?|balances?|bills?|visits?|estimates?)\b/,
    'PR_CANCELLED',
  ],
  // "already written off by Dana on Oct 3": the message names who and when, in any words.
  [
    /\bnothing (?:is )?(?:outstanding|left to write off)\b|\balready (?:been )?(?:written[\s-]?off|w\/o(?:'?d)?)\b/,
    'NOTHING_OUTSTANDING',
  ],
  // Told in other words: "somebody else already zeroed it out with a write-off", "a coworker already
  // wrote it off", "it's already at $0 from someone's write-off", "another biller took it to zero".
  [
    /\b(?:already|someone|somebody|some1|another (?:biller|user|person)|a (?:co-?worker|colleague)|my (?:co-?worker|colleague)|(?:she|he|they) (?:had )?already)\b[^.?!]{0,40}?\b(?:zero(?:ed)? (?:it |that |this |the (?:\w+ )?)?out|zeroed|(?:brought|took|taken|put|got) (?:it |that |this |the (?:\w+ )?)?(?:down )?to (?:zero|\$?0(?:\.00)?)(?![\d.,])|wrote (?:it|that|this|the (?:whole |full )?(?:balance|pr|charge|thing)) off)\b|\b(?:balance|it|pr|charge)(?:'s| is| was)? already (?:at |down to )?(?:zero|\$0(?:\.00)?)(?![\d.,])/,
    'NOTHING_OUTSTANDING',
  ],
  [
    /\b(?:over|above|exceeds?) (?:my |your |the )?(?:writ\w*[\s-]?off )?limit\b|\b(?:turn(?:ed|s)? into|went to|go(?:es)? to|sent (?:for|to)|became|becomes) (?:an? )?['"‘“]?approval\b/,
    'OVER_LIMIT',
  ],
  // "why does my $250 write-off need approval?": what OVER_LIMIT does, told in other words.
  [
    /\b(?:needs?|needed|needing|requires?|required|requiring|waiting (?:for|on)|pending) (?:an? |(?:a )?manager'?s? )?approval\b/,
    'OVER_LIMIT',
  ],
  [
    /\b(?:(?:came|comes|is) )?from (?:an? |the )?(?:insurance )?remittance\b|\bremittance pr\b/,
    'REMITTANCE_PR',
  ],
  [
    /\bhas been paid on\b|\bhas payments? (?:on|applied)\b|\bpayments? (?:on|applied to) (?:it|this|the)\b/,
    'HAS_PAYMENTS',
  ],
  [
    /\b(?:is|are|has been) written off, so\b|\bwrite[\s-]?offs? (?:on|applied to) (?:it|this|the)\b/,
    'HAS_WRITE_OFFS',
  ],
  [/\bneeds? a note\b|\bnote (?:is )?(?:required|missing)\b|\brequires? a note\b/, 'NOTE_REQUIRED'],
  [/\bneeds? a reason\b|\breason (?:is )?(?:required|missing)\b|\brequires? a reason\b/, 'REASON_REQUIRED'],
  // "refund more than the patient paid", "a refund bigger than the payment", "… over what was paid".
  [
    /\bat most \$?[\d,.]+ (?:can be|of this payment)\b.*\brefund|\brefunded in full\b|\brefund\w*(?:\s+\S+){0,4}?\s+(?:more|over|above|higher|bigger|greater|larger|beyond|exceed\w*)(?:\s+than)?\s+(?:what\s+|the\s+)?(?:(?:patient|pt|she|he|they|was|were|had|has|originally|actually|first|they've|she's|he's)\s+){0,2}(?:paid|payments?|received|collected)\b/,
    'REFUND_EXCEEDS_PAYMENT',
  ],
  [
    /\bat most \$?[\d,.]+ can be writ\w* off\b|\b(?:can'?t|cannot|can not|won'?t let me|not let me|unable to) (?:i |we |you )?(?:writ\w*[\s-]?off|w\/o|do|enter|put in) (?:more|over|above|higher)(?: than)? \$?\d|\bcan only (?:writ\w* ?off|do|enter) \$?[\d,.]+|\b(?:amount )?(?:exceeds|more than|greater than|over|above) (?:the |what(?: is|'s) )?(?:outstanding|balance|owed)\b/,
    'AMOUNT_EXCEEDS_OUTSTANDING',
  ],
  // The app's own words: "You do not have a role that may …", "Only billing managers and admins
  // may refund payments", "You may not undo …", "Only a billing manager or admin can approve …".
  [
    /\b(?:not |un)authori[sz]ed\b|\bno (?:role|permission)\b|\b(?:don'?t|do not) have (?:a |the )?(?:role|permission|access)\b|\bpermission denied\b|\bonly (?:a )?billing managers? (?:and|or) admins? (?:may|can)\b|\byou may not\b/,
    'NOT_AUTHORIZED',
  ],
  [
    /\b(?:invalid|not a valid) amount\b|\bamount (?:is )?(?:invalid|not valid|not a number)\b|\benter an amount\b|\bamount (?:cannot be negative|must be more than|has more than two decimal|is over the \$?1,000,000)/,
    'AMOUNT_INVALID',
  ],
  [/\balready (?:been )?(?:approved|rejected|decided)\b/, 'APPROVAL_DECIDED'],
  [
    /\bapprove (?:my|your|their|his|her) own\b|\b(?:cannot|can'?t|can not) approve (?:or reject )?it (?:yourself|myself)\b|\bself[\s-]?approv/,
    'SELF_APPROVAL',
  ],
  [
    /\b(?:request|approval)s? (?:has |have |had )?expired\b|\bolder than 7 days and has expired\b/,
    'APPROVAL_EXPIRED',
  ],
];

/**
 * A code as typed, in any case, its words joined by underscores, spaces or hyphens ("approval
 * expired", "Amount-Exceeds-Outstanding"), longest first so that "PR_PAID" is not found in a
 * longer code.
 */
const CODE_FORMS: ReadonlyArray<readonly [RegExp, BlockerCode]> = [...BLOCKER_CODES]
  .sort((a, b) => b.length - a.length)
  .map((code) => {
    const words = code.toLowerCase().split('_');
    const pattern = words.map((w) => (w === 'offs' ? 'offs?' : w)).join(String.raw`[\s_-]+`);
    return [new RegExp(`(?:^|[^a-z0-9])${pattern}(?![a-z0-9])`, 'i'), code] as const;
  });

/** The code the question names as a code is written ("APPROVAL_EXPIRED", "approval expired"). */
export function namedBlockerCode(question: string): BlockerCode | null {
  return CODE_FORMS.find(([pattern]) => pattern.test(question))?.[1] ?? null;
}

export function quotedBlocker(question: string): BlockerCode | null {
  // The code itself, pasted from a message or the CLI ("it says BALANCE_CHANGED").
  const code = BLOCKER_CODES.find((c) => question.toUpperCase().includes(c)) ?? namedBlockerCode(question);
  if (code) return code;
  // "approval says 'expired'": the request's state, whatever else the question tells.
  if (approvalExpiryTold(question)) return 'APPROVAL_EXPIRED';
  const lower = question.toLowerCase();
  const quoted = QUOTED_BLOCKERS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
  // "I tried to write off … without picking a reason and it stopped me": that refusal, told.
  return quoted ?? (noReasonTold(question) ? 'REASON_REQUIRED' : null);
}

// The app's message is what is told: "it says already paid", "why does it show …", "error: …".
const MESSAGE_TOLD =
  /\b(?:say|says|said|saying|show|shows|showed|showing|message|error|warning|pop-?up|banner|tells? me|telling me|told me)\b/i;

/**
 * The refusal the question says the app showed ("why does her flu shot say already paid?"), as
 * against the same words told as a story ("she already paid, does she owe anything?").
 */
export function refusalShown(question: string): BlockerCode | null {
  const code = quotedBlocker(question);
  return code && MESSAGE_TOLD.test(question) ? code : null;
}

/**
 * Messages that say which action refused, whatever other words the question has: "This PR is
 * already cancelled" refuses a cancel, "This PR was cancelled, so there is nothing left to write
 * off" a write-off, "Only a billing manager or admin can approve …" an approval.
 */
const MESSAGE_TOPICS: ReadonlyArray<readonly [RegExp, HelpTopicId]> = [
  [/\bcancel+ed, so there is nothing left to write off\b/, 'write-off-blocked'],
  [
    /\bpr is already cancel+ed\b|\bnothing is outstanding on this pr to cancel\b|\bcancel+ing (?:the )?pr needs a reason\b|\brole that may cancel\b/,
    'cancel-pr',
  ],
  [/\bonly billing managers and admins may refund\b/, 'refund-payment'],
  [/\byou may not undo\b/, 'undo-write-off'],
  [/\b(?:can|may) approve or reject\b|\bso you cannot approve it\b/, 'approvals-limits'],
];

/** The article of the action whose refusal the question quotes in the app's words, if it says. */
export function quotedMessageTopic(question: string): HelpTopicId | null {
  const lower = question.toLowerCase();
  return MESSAGE_TOPICS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}
