/**
 * Amounts as they are said aloud rather than written: "fifteen hundred" ($1,500), "forty five fifty"
 * ($45.50), "a dollar and a quarter" ($1.25). Each is read whole or refused whole: read in part
 * ("a dollar" of "a dollar and a quarter", "ten bucks" of "ten bucks and change"), the amount was
 * wrong with no word said.
 */
import { type AmountResult, validateCents, wordsToDollars } from '../domain/money.ts';
import { spokenHundreds, TENS_WORDS, underHundredValue } from '../domain/number-words.ts';

const UNIT_AFTER = /\s+(?:dollars?|bucks?|usd)$/;

// "forty five fifty", "thirty two seventy five": dollars of two words (tens and a unit), then cents
// of ten or more. Only so is it clearly a price: "twelve fifty" or "five fifty" may be $1,250 or $550.
const SPOKEN_PRICE = /^([a-z]+[\s-][a-z]+)\s+([a-z]+(?:[\s-][a-z]+)?)$/;

// Coins after the dollars: "a dollar and a quarter", "two bucks and a half".
const COINS: Readonly<Record<string, number>> = { quarter: 25, half: 50, dime: 10, nickel: 5 };
// Group 1 the dollars, group 2 the coin or what is not exact ("and change").
const DOLLARS_AND_MORE =
  /^(.+?)\s+(?:dollars?|bucks?)\s+and\s+(?:a\s+)?(quarter|half|dime|nickel|change|some change|(?:a )?(?:little )?bit|something)$/;

function notExact(written: string): AmountResult {
  return {
    ok: false,
    problem: 'not_a_number',
    message: `The amount "${written}" is not exact. Enter the exact amount, for example $10.50.`,
  };
}

/** "a", "9" or "nine": the whole dollars either way, or null. */
export function dollarsSaid(written: string): number | null {
  const said = written.replace(/^\$\s?/, '');
  if (said === 'a' || said === 'one') return 1;
  return /^\d{1,7}$/.test(said) ? Number(said) : wordsToDollars(said);
}

function spokenPrice(written: string): AmountResult | null {
  const match = SPOKEN_PRICE.exec(written);
  if (!match?.[1] || !match[2]) return null;
  const dollars = underHundredValue(match[1]);
  const cents = underHundredValue(match[2]);
  const twoWords = match[1].split(/[\s-]/).length === 2 && TENS_WORDS[match[1].split(/[\s-]/)[0] ?? ''];
  if (!twoWords || dollars === null || cents === null || cents < 10) return null;
  return validateCents(dollars * 100 + cents);
}

function dollarsAndCoin(written: string): AmountResult | null {
  const match = DOLLARS_AND_MORE.exec(written);
  if (!match?.[1] || !match[2]) return null;
  const dollars = dollarsSaid(match[1]);
  const coin = COINS[match[2]];
  if (dollars === null || coin === undefined) return notExact(written);
  return validateCents(dollars * 100 + coin);
}

/** The amount said aloud in `written`, or null when it is written some other way. */
export function spokenAmount(written: string): AmountResult | null {
  const hundreds = spokenHundreds(written.replace(UNIT_AFTER, ''));
  if (hundreds !== null) return validateCents(hundreds * 100);
  return dollarsAndCoin(written) ?? spokenPrice(written);
}
