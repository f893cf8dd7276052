/**
 * Text clean-up shared by every extractor: one spelling for quotes and spaces, a length limit,
 * and a lower-case copy in which every way billers write "write-off" is the one word `writeoff`.
 */
import { withScaleNamesSetApart } from './scale-word-names.ts';
import { withSpanishReadAsEnglish } from './spanish-words.ts';
import { correctCommandTypos } from './typos.ts';
import { NON_NAME_WORDS } from './vocabulary.ts';

/** Requests are chat messages; anything longer is cut so that no input can make parsing slow. */
export const MAX_REQUEST_LENGTH = 500;

export interface NormalizedText {
  /** Original case, tidied: used for names, which are written as the biller wrote them. */
  readonly text: string;
  /** Lower case with write-off spellings unified: used for intents, reasons, amounts and dates. */
  readonly lower: string;
}

const ASCII_NO_QUOTES = /^[\x20-\x7e]*$/;
const CURLY_SINGLE_QUOTES = /[\u2018\u2019\u02bc\u2032]/g;
const CURLY_DOUBLE_QUOTES = /[\u201c\u201d]/g;
const DASHES = /[\u2012\u2013\u2014]/g;
// A hyphen typed as Unicode's own (phones and word processors): "Anne‑Marie" is one name.
const UNICODE_HYPHENS = /[\u2010\u2011]/g;
const SPACES = /\s+/g;
// A command typed as one word, as slash commands are named: "/cancelpr", "undowriteoff",
// "refundpayment" are "cancel pr", "undo writeoff", "refund payment".
const JOINED_COMMAND = /\b(cancel|undo|refund|reverse)(pr|writeoffs?|write-off|wo|payments?|pmt)\b/gi;

// "w/o", "w/off", "write-off", "writeoff", "write of", common typos and past tenses all mean one
// thing; so does a bare "wo" wherever it stands ("wo $35 kim lau", "kim lee 40 small bal wo", "wo
// the 9/14 visit"): billers write it for nothing else, as a slash command too ("/wo 7 priya patel").
// Not "wo'd", "wo-" or "w/wo" (no word of ours).
const WRITE_OFF_SPELLINGS =
  /\bw\/\s?off?\b|\bw\/o\b|(?<![\w'-])(?<!\S\/)wo(?![\w'/-])|\b(?:write|wrtie|wirte|wrte|writ|wite|rite|wright|written|wrote|writing)[\s-]*off?s?\b/g;

// "un-write-off", "unwrite-off": one word for undoing a write-off, read as the two it means.
const UN_WRITE_OFF = /\bun-?(?:writeoff|write-?off)\b/g;

// An amount typed against the name after it: "$40jane doe", "40jane doe". Read as one word, the
// amount was no number and "doe" the patient. Not a time, an ordinal or a unit ("2pm", "3rd", "40k"),
// nor a word of ours ("$40for Jane" stays a number written wrong, which the form asks again).
const AMOUNT_AGAINST_WORD = /(?<![\p{L}\p{N}$.,/-])(\$?\d{1,7}(?:\.\d{1,2})?)(\p{L}[\p{L}'-]+)/gu;

const UNIT_AFTER_NUMBER = /^(?:st|nd|rd|th|ish|odd|am|pm|a\.m|p\.m|hrs?|mins?|secs?|yrs?|mos?|wks?|x)$/;

// Letters typed for digits ("$1OO", "$1oo.00", "$2ll"): no word, a number written wrong, which
// the form asks again; set apart, "$1" was read and "OO" dropped.
const LETTERS_FOR_DIGITS = /^[oOlI]+$/;

function amountApart(glued: string, amount: string, word: string): string {
  const folded = foldName(word);
  return NON_NAME_WORDS.has(folded) || UNIT_AFTER_NUMBER.test(folded) || LETTERS_FOR_DIGITS.test(word)
    ? glued
    : `${amount} ${word}`;
}
// The dollar sign written after the figure: "30$ janet doe" is "$30 janet doe".
const DOLLAR_AFTER = /(?<![\p{L}\p{N}$.,/-])(\d{1,7}(?:\.\d{1,2})?)\$(?=\s|$|[,;!?])/gu;

export function normalizeText(raw: string): NormalizedText {
  const tidied = withoutSlackMarkup(raw.slice(0, MAX_REQUEST_LENGTH))
    .normalize('NFC')
    .replace(CURLY_SINGLE_QUOTES, "'")
    .replace(CURLY_DOUBLE_QUOTES, '"')
    .replace(UNICODE_HYPHENS, '-')
    .replace(JOINED_COMMAND, '$1 $2')
    .replace(AMOUNT_AGAINST_WORD, amountApart)
    .replace(DOLLAR_AFTER, '$$$1')
    .replace(DASHES, ' - ')
    .replace(SPACES, ' ')
    .trim();
  // "todo el saldo de Marta Quiroga": Spanish phrases read as the English they mean (spanish-words.ts).
  const text = correctCommandTypos(withSpanishReadAsEnglish(tidied));
  // "$40 Hundred Ames": the amount ends before a name that starts with a scale word (scale-word-names.ts).
  return { text, lower: unifyWriteOffWords(withScaleNamesSetApart(text).toLowerCase()) };
}

// Slack's markup as a message arrives: mentions, links, emoji, *bold*, _italics_, `code`,
// ~struck out~ (taken back, so dropped with its words) and the three escaped characters.
const SLACK_MENTION = /<[@!][^>\s]*>/g;
// A person mentioned inside the text is someone ("fyi <@U03LENA> already wrote off the $30 …" tells
// what a coworker did); one mentioned first, after a greeting at most, is who the text is addressed
// to ("<@U07BILLBOT> what's the PR on …", "hey <@U1> can you …") and reads as nothing.
const ADDRESSED =
  /^[\s,!.:-]*(?:(?:hey|hi|hello|yo|ok|okay|thanks|thank you|ty|morning|good morning)\b[\s,!.:-]*)?(?:<@[^>\s]*>[\s,!.:-]*)+/i;
const PERSON_MENTION = /<@[^>\s]*>/g;
const SLACK_CHANNEL = /<#[A-Z0-9]+\|([^>]*)>/g;
const SLACK_LINK = /<(?:https?|mailto|tel):[^|>\s]*(?:\|([^>]*))?>/g;
const EMOJI = /:[a-z0-9_+-]{2,40}:/g;
const STRUCK_OUT = /(^|\s)~([^~\n]+)~(?=\s|$|[,.!?;:])/g;
// A correction of what was struck out, right after it: "~write off $60 for Lee Chen~ actually make it
// $50, bad debt". The struck words are then what is corrected (its verb and patient still hold), and
// kept: dropped, the correction had nothing to correct. "~w/o $40 for Helen~ nvm" takes it back.
const CORRECTS_STRUCK =
  /^[\s,.;:-]*(?:(?:actually|no|wait|sorry|oops)[\s,!.]+)*(?:make (?:it|that)|i meant?|(?:it )?should (?:be|have been|'ve been)|correction)\b/i;
const EMPHASIS = /(^|[\s(])[*_`]+(?=[^\s*_`])|(?<=[^\s*_`])[*_`]+(?=$|[\s).,!?;:'’])/g;

/** The text without Slack's markup: what the person wrote, as they would read it. */
export function withoutSlackMarkup(text: string): string {
  if (!/[<:*_`~&]/.test(text)) return text;
  const addressed = ADDRESSED.exec(text)?.[0];
  const told =
    addressed === undefined
      ? text
      : ` ${addressed.replace(PERSON_MENTION, ' ')}${text.slice(addressed.length)}`;
  return told
    .replace(PERSON_MENTION, ' someone ')
    .replace(SLACK_MENTION, ' ')
    .replace(SLACK_CHANNEL, '#$1')
    .replace(SLACK_LINK, (_link, label: string | undefined) => label ?? ' ')
    .replace(EMOJI, ' ')
    .replace(STRUCK_OUT, (struck: string, space: string, words: string, at: number, whole: string) =>
      CORRECTS_STRUCK.test(whole.slice(at + struck.length)) ? `${space}${words}` : `${space} `,
    )
    .replace(EMPHASIS, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// "right off 20 bob smith", "can you right off her balance": "right" for "write", as it sounds. Only
// where an amount, a balance or the one asked follows, or a request comes before: "right off the
// bat" and "turn right off Main St" are no write-off.
const RIGHT_OFF =
  /\bright[\s-]?off(?=\s+(?:\$?\d|(?:the|her|his|their|this|that|all|all of|what|whatever)\s+(?:rest|balance|bal|pr|remaining|remainder|copay|co-pay|charge|amount|leftover|outstanding|she|he|they|is|'s)\b|(?:all|the rest|it|that|this|them)\s*(?:$|[,.;!?]|for\b)))|(?<=\b(?:please|pls|plz|can you|could you|can u|need to|needs to|go ahead and|to)\s)right[\s-]?off\b/g;

/** Lower-case text with every way of writing "write-off" made the one word `writeoff`. */
export function unifyWriteOffWords(lower: string): string {
  return lower
    .replace(RIGHT_OFF, 'writeoff')
    .replace(WRITE_OFF_SPELLINGS, countedWriteOffs)
    .replace(UN_WRITE_OFF, 'undo writeoff');
}

// "2 write-offs", "3 writeoffs": write-offs counted by the number before them. They stay plural, so
// the number reads as a count (amount.ts), while "the 40 write-off" is still $40.
const COUNT_BEFORE = /\d\s*$/;

function countedWriteOffs(spelling: string, at: number, lower: string): string {
  return spelling.endsWith('s') && COUNT_BEFORE.test(lower.slice(Math.max(0, at - 8), at))
    ? 'writeoffs'
    : 'writeoff';
}

/** Lower case without accents, for comparing names ("María" and "maria" are the same patient). */
export function foldName(name: string): string {
  // Most names are plain ASCII: nothing to take off but the case.
  if (ASCII_NO_QUOTES.test(name)) return name.toLowerCase();
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(CURLY_SINGLE_QUOTES, "'").toLowerCase();
}
