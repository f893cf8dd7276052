/**
 * The part of a request that asks for something. Some of what people write asks nothing: a
 * lead-in before a dash or colon ("I'm new here - …"), an action negated ("do NOT write off … yet"),
 * what someone already did ("I already wrote off $40 for Jane, fyi"). Those parts are taken out
 * before the verbs are read (intent.ts), so they can neither become the request nor hide the one
 * that follows them.
 */
import { unifyWriteOffWords } from './normalize.ts';

// Throwing something away, in slang: a write-off of what it names ("drop the $8"), an undo when
// that is a write-off, a cancel when the text says why the PR was wrong (intent.ts).
export const DISCARD = 'drop|ditch|scrap|nix|toss';

// "do not write off …", "don't refund her yet", "never mind, don't cancel it": a negated action is
// taken out with its object, up to the end of its clause, before the verbs are read; what is left
// decides ("don't write it off, cancel the PR instead, it was a duplicate" is a cancel). "Don't
// forget to write off …" is not a negation.
const NEGATED_ACTION = new RegExp(
  String.raw`\b(?:do not|don'?t|never|no need to|hold off (?:on|from))(?: (?:yet|actually|please|pls|go ahead and|bother(?: to)?|even))? (?:writeoffs?|write|undo|un-?do|reverse|revert|roll|refund\w*|reimburse|cancel|void|delete|remove|erase|waive|zero|wipe|clear|comp|forgive|${DISCARD}|take|knock|give|return|touch|run|process|apply|post)\b[^,.;!?]*?(?=[,.;!?]|\b(?:but|instead|just|rather)\b|$)`,
  'g',
);

// A short lead-in before a dash or colon that asks nothing itself: "I'm new here - what can a
// biller do?", "Before I call her back - does Ana owe anything?", "quick q: …". No amount, no verb
// of ours.
const PREAMBLE = /^([^-:,.?!$\d]{1,60}?)(?: - |: )(?=\S)/;
const ACTION_WORDS =
  /\b(?:writeoffs?|write|refund\w*|cancel\w*|undo|void|reverse|waive|balance|bal|owe[sd]?)\b/;

/** The text without a lead-in that asks nothing (PREAMBLE), so the ask after it decides. */
function withoutPreamble(lower: string): string {
  const lead = PREAMBLE.exec(lower);
  if (!lead?.[1] || ACTION_WORDS.test(lead[1]) || lead[1].split(' ').length > 7) return lower;
  return lower.slice(lead[0].length);
}

// A question about something already done, asked of a person: "did you already write off …?",
// "@Dana have you refunded her?". Not a request: nothing is to be done.
const ASKS_ABOUT_PAST =
  /^(?:@[\w.-]+[,:]? )?(?:did|have|has|had) (?:\w+ )?(?:already |ever |just |actually )?(?:writeoff|write|refund\w*|cancel\w*|undo|undid|reverse\w*|void\w*|run|ran)\b/;

// A person saying what they already did: "I already wrote off $40 for Jane Doe, fyi". Taken out
// with its clause (on the text before write-off spellings are unified, which lose the tense), so
// what else the text asks decides: "I wrote off $40 for Jane by mistake, can you undo it?".
const REPORTED_PAST =
  /\b(?:i|we|she|he|they|someone|somebody)(?: (?:already|just|also|previously|had|have|has|accidentally|mistakenly))* (?:wrote|written|refunded|cancell?ed|undid|reversed|voided|adjusted|waived)\b[^,.;!?]*?(?=[,.;!?]|\b(?:but|so|can you|could you|please|pls)\b|$)/g;

export interface AskedPart {
  /** The text without a lead-in that asks nothing: what the question test reads. */
  readonly asked: string;
  /** Also without negated actions and reported ones: what the verbs are read from. */
  readonly acted: string;
  /** "did you already write off …?": a question about something already done. */
  readonly asksAboutPast: boolean;
  /** "I wrote off Helen Wu by mistake, add it back": an undo verb then undoes that write-off. */
  readonly reportedWriteOff: boolean;
}

/** `lower` is the normalized text; `plain` the same before write-off spellings were unified. */
export function readAsked(lower: string, plain?: string): AskedPart {
  const asked = withoutPreamble(lower);
  const reported = plain !== undefined && REPORTED_PAST.test(plain);
  REPORTED_PAST.lastIndex = 0;
  const rest = reported
    ? unifyWriteOffWords(withoutPreamble(plain.replace(REPORTED_PAST, ' '))).replace(/^[\s,.;!?-]+/, '')
    : asked;
  return {
    asked,
    acted: rest.replace(NEGATED_ACTION, ' '),
    asksAboutPast: ASKS_ABOUT_PAST.test(asked),
    reportedWriteOff: reported && /\b(?:wrote|written) ?off\b/.test(plain),
  };
}
