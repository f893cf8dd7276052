/**
 * A possessive written without its apostrophe, as Slack messages often are: "whats priya patels
 * outstanding PR", "tom bakers balance". A name in lower case is otherwise read only after a cue;
 * owning a balance cues it as "priya patel's" does. Two name words at least, so that "the clinics
 * balance" or "patients balance" name no one.
 */
import type { Token } from './name-tokens.ts';

// What a patient owes, right after the owner ("bakers balance", "patels outstanding pr").
const OWED_WORDS: ReadonlySet<string> = new Set(['bal', 'balance', 'pr', 'account', 'acct', 'statement']);
// A word that may stand between the owner and what is owed: "patels outstanding pr".
const OWED_QUALIFIERS: ReadonlySet<string> = new Set([
  'outstanding',
  'remaining',
  'current',
  'total',
  'open',
]);

/** Does the run `first`..`last` of two or more words end in an "s" that owns a balance after it? */
export function ownsBalanceWithoutApostrophe(tokens: readonly Token[], first: number, last: number): boolean {
  const end = tokens[last];
  if (last <= first || end?.kind !== 'word' || end.possessive || !/[^s']s$/.test(end.folded)) return false;
  const next = tokens[last + 1];
  if (!next?.joinedToPrevious) return false;
  if (OWED_WORDS.has(next.folded)) return true;
  const owed = tokens[last + 2];
  return OWED_QUALIFIERS.has(next.folded) && owed?.joinedToPrevious === true && OWED_WORDS.has(owed.folded);
}
