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
