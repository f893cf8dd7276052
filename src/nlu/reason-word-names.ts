/**
 * Names with a word that is also a write-off reason's: "Charity Nolan", "Rebecca Small", "Grace
 * Bad", "Courtesy Jones", "Dana Early". Such a word is vocabulary (vocabulary.ts), so a name once
 * lost it ("for Charity Nolan, small balance" was the patient "Nolan", on hardship). Capitalised
 * inside a name it is a name word, unless the words after it make it the reason ("Jane Small
 * Balance", "Bob Bad Debt", "Charity Care"). Lower case, it stays the word it is.
 */
import { isNameLike, type Token } from './name-tokens.ts';

// Each word, and the words after it that make it a reason or a thing rather than a name.
const REASON_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['small', 'bal bals balance balances amount amounts leftover remainder remaining sum'],
      ['bad', 'debt debts address addresses experience service'],
      ['charity', 'care case cases discount writeoff adjustment adj program'],
      ['courtesy', 'adjustment adjustments adj writeoff discount write call'],
      ['cash', 'discount discounts pay payment payments price'],
      ['early', 'pay payment payments payer discount'],
      ['low', 'income balance balances bal amount'],
    ] as const
  ).map(([word, after]) => [word, new Set(after.split(' '))]),
);

/** A capitalised reason word that is no reason here: the word after it makes none with it. */
export function isReasonWordInName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== 'word' || !token.capitalized) return false;
  const after = REASON_AFTER.get(token.folded);
  if (after === undefined) return false;
  const next = tokens[index + 1];
  return !(next?.kind === 'word' && next.joinedToPrevious && after.has(next.folded));
}

/**
 * "for Charity Nolan", "Courtesy Jones owes …": a reason word that starts a name, a capitalised
 * name word right after it. Where a reason may head the request ("Courtesy Jane Doe $25"), the
 * caller also asks that a cue or a reason elsewhere say it is a name.
 */
export function startsNameWithReasonWord(tokens: readonly Token[], index: number): boolean {
  if (!isReasonWordInName(tokens, index) || tokens[index]?.possessive) return false;
  const next = tokens[index + 1];
  return next?.joinedToPrevious === true && next.capitalized && isNameLike(next);
}
