/**
 * How questions are typed in chat, read as they are meant:
 *
 * - Slack strikethrough: "~cancel~ write off priya's allergy test" crosses "cancel" out, so it is
 *   not asked; the crossed-out span is taken out before anything reads the action.
 * - Short forms typed fast: "wat reasons need a note 4 w/o" is "what reasons need a note for w/o",
 *   asked as the spelled-out question is ("which reasons need a note").
 */

// A Slack strikethrough span: "~cancel~", "~the whole thing~" (no line break inside; a lone "~"
// before an amount, "~$40", is "about", not a strikethrough).
const STRUCK = /(?<![\p{L}\p{N}~])~(?=\S)[^~\n]{1,80}?(?<=\S)~(?![\p{L}\p{N}~])/gu;

/** The question without what it crosses out. */
export function withoutStruckText(question: string): string {
  return question.includes('~') ? question.replace(STRUCK, ' ').replace(/ {2,}/g, ' ').trim() : question;
}

// Chat short forms, each a whole word: "wat", "wht", "whch", "4" between words, "u", "r", "pls".
const SHORT_FORMS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:wat|wht|wut|whut)\b/gi, 'what'],
  [/\b(?:whch|wich|whihc|whcih)\b/gi, 'which'],
  [/(?<=[\p{L}] )4(?= [\p{L}])/gu, 'for'],
  [/(?<=[\p{L}] )2(?= (?:be|do|pick|add|write|use|enter|choose|get|have)\b)/gu, 'to'],
  [/\b(?:nd|ned)\b(?= (?:a )?notes?\b)/gi, 'need'],
  [/\bu\b(?= (?:need|have|can|must|should)\b)/gi, 'you'],
  [/\br\b(?= (?:the|there|they|we|you)\b)/gi, 'are'],
];

/** The question with chat short forms spelled out. */
export function withChatSpelling(question: string): string {
  return SHORT_FORMS.reduce((text, [form, word]) => text.replace(form, word), question);
}

// Billing shorthand for the actions and what they act on, each a whole word: "refnd a pymt",
// "rfnd the pmt", "cxl the PR", "aprv the request". Spelled out before anything reads the question,
// as "w/o" and "wo" are read as a write-off.
const SHORTHAND: readonly (readonly [RegExp, string])[] = [
  [/\b(?:refnd|rfnd|refnud|refun|rfund|reufnd)\b/gi, 'refund'],
  [/\b(?:refnded|rfnded|refunde|rfunded)\b/gi, 'refunded'],
  [/\b(?:refnds|rfnds)\b/gi, 'refunds'],
  [/\b(?:pymt|pmt|paymt|pymnt|pmnt|paymnt|pyt)\b/gi, 'payment'],
  [/\b(?:pymts|pmts|paymts|pymnts|pmnts|paymnts)\b/gi, 'payments'],
  [/\b(?:cxl|cncl|canx)\b/gi, 'cancel'],
  [/\b(?:cxld|cncld|canxd|cxled)\b/gi, 'cancelled'],
  [/\b(?:aprv|apprv|appv)\b/gi, 'approve'],
  [/\b(?:aprvl|apprvl|appvl)\b/gi, 'approval'],
];

/** The question with billing shorthand spelled out ("refnd a pymt" is "refund a payment"). */
export function withShorthandSpelled(question: string): string {
  return SHORTHAND.reduce((text, [form, word]) => text.replace(form, word), question);
}
