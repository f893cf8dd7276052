/**
 * The refusal a question quotes: "it says the balance changed", "it says already paid". The help
 * desk then explains that refusal: its section leads an answer from the articles, and the user's
 * last refusal stands for the situation only when it is the one quoted.
 */
import { BLOCKER_CODES, type BlockerCode } from '../domain/blockers.ts';

const QUOTED_BLOCKERS: ReadonlyArray<readonly [RegExp, BlockerCode]> = [
  [/\bbalance (?:has |had )?changed\b|\bchanged since\b|\boutstanding (?:pr )?is now\b/, 'BALANCE_CHANGED'],
  [/\balready (?:been )?paid\b|\bpaid in full\b/, 'PR_PAID'],
  [/\balready (?:been )?(?:undone|reversed)\b/, 'ALREADY_REVERSED'],
  [/\bno payment\b/, 'NO_PAYMENT'],
  [/\bnothing (?:is )?(?:outstanding|left to write off)\b/, 'NOTHING_OUTSTANDING'],
  // "the PR was cancelled", "PR that was already cancelled", "a charge that got cancelled".
  [
    /\b(?:pr|it|charge|balance)\s+(?:that |which )?(?:was|has been|had been|got|is) (?:already )?cancel+ed\b|\balready (?:been )?cancel+ed\b/,
    'PR_CANCELLED',
  ],
  [
    /\b(?:over|above|exceeds?) (?:my |your |the )?(?:writ\w* ?off )?limit\b|\b(?:turn(?:ed|s)? into|went to|go(?:es)? to|sent (?:for|to)|became|becomes) (?:an? )?['"‘“]?approval\b/,
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
  [
    /\bat most \$?[\d,.]+ (?:can be|of this payment)\b.*\brefund|\brefunded in full\b/,
    'REFUND_EXCEEDS_PAYMENT',
  ],
  [
    /\bat most \$?[\d,.]+ can be writ\w* off\b|\bcan only (?:writ\w* ?off|do|enter) \$?[\d,.]+|\b(?:amount )?(?:exceeds|more than|greater than|over|above) (?:the |what(?: is|'s) )?(?:outstanding|balance|owed)\b/,
    'AMOUNT_EXCEEDS_OUTSTANDING',
  ],
  [
    /\b(?:not |un)authori[sz]ed\b|\bno (?:role|permission)\b|\b(?:don'?t|do not) have (?:a |the )?(?:role|permission|access)\b|\bpermission denied\b/,
    'NOT_AUTHORIZED',
  ],
  [/\b(?:invalid|not a valid) amount\b|\bamount (?:is )?(?:invalid|not valid)\b/, 'AMOUNT_INVALID'],
  [/\balready (?:been )?(?:approved|rejected|decided)\b/, 'APPROVAL_DECIDED'],
  [/\bapprove (?:my|your|their|his|her) own\b/, 'SELF_APPROVAL'],
  [/\b(?:request|approval)s? (?:has |have |had )?expired\b/, 'APPROVAL_EXPIRED'],
];

export function quotedBlocker(question: string): BlockerCode | null {
  // The code itself, pasted from a message or the CLI ("it says BALANCE_CHANGED").
  const code = BLOCKER_CODES.find((c) => question.toUpperCase().includes(c));
  if (code) return code;
  const lower = question.toLowerCase();
  return QUOTED_BLOCKERS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}
