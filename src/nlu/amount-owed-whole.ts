/**
 * A balance told in the story, then all of it asked: "He owes $310, go ahead and write off the whole
 * thing", "Jenna Ward owes $66; … professional courtesy, write off all of it". The $310 is what the
 * writer thinks is owed; what is asked is everything outstanding (DOMAIN.md section 6: amountAll),
 * which the form shows as it stands when confirmed. Read as the amount, a balance that changed
 * since (a payment, a second charge) would be written off by the story's figure, not as asked.
 *
 * Only "all" in words that cannot mean a part: "the rest" after "she owes $50" may well mean all but
 * the $50 ("she owes $50, write off the rest" keeps it), so it is left to the rules for the rest.
 * "lee chen owes 20 bucks, write it off" asks the $20 (holdout): no "all" is written.
 */
import type { AmountMention } from './amount.ts';

// Everything, said so that no part can be meant.
const ALL_ASKED =
  /\b(?:all of (?:it|that|this|them)|(?:the|her|his|their) (?:whole|entire) (?:thing|balance|bal|amount|bill|pr|lot)|the whole lot|everything|all (?:she|he|they) owes?)\b/g;
// The end of the clause that told the balance: the "all" is asked in a later one.
const CLAUSE_END = /[,;.!?]|\s-\s/;

/**
 * Whether every amount written is a balance told as owed, and "all of it" is asked in a clause after
 * the last of them.
 */
export function asksAllOfToldBalance(lower: string, mentions: readonly AmountMention[]): boolean {
  const amounts = mentions.filter((m) => !m.isThreshold);
  const last = amounts.at(-1);
  if (last === undefined || amounts.some((m) => m.story !== 'owed' || m.followsCommand || m.isShare))
    return false;
  for (const match of lower.matchAll(ALL_ASKED)) {
    if (match.index >= last.end && CLAUSE_END.test(lower.slice(last.end, match.index))) return true;
  }
  return false;
}
