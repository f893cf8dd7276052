/**
 * A small balance told by its size in cents: "Gwen has 37 cents left over after her last payment",
 * "she's stuck with 4 cents after rounding", "the 8 cent leftover", "only $0.12 remaining". A
 * leftover of a few cents is what a small-balance write-off is for. Only cents said as cents: "she
 * has $37 left" is no small balance, nor "50 cents" that nothing says is left over.
 */

const SMALL_NUMBER = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)`;
// "37 cents", "8 cent", "8¢", "a few cents", "twelve cents", "$0.37", "$.37".
const CENTS = String.raw`(?:(?:\b(?:\d{1,2}|${SMALL_NUMBER}|a few|a couple(?: of)?|few|several|some)[\s-]?(?:cents?\b|¢))|\$0?\.\d{2}\b)`;
// Left on the account: "left over", "remaining", "still owed", "sitting on her account".
const LEFT = String.raw`(?:left(?:[\s-]?over)?|leftover|remaining|remain|outstanding|residual|remainder|owed|owing|due|hanging|sitting|open|balance|bal)\b`;

export const CENTS_LEFT = new RegExp(
  [
    // "37 cents left over", "the 8 cent leftover", "$0.12 still owed", "4 cents of balance".
    `${CENTS} (?:(?:still|just|of|in|on|that'?s|that is|is|are) ){0,2}${LEFT}`,
    // "stuck with 4 cents", "a balance of 12 cents", "owes 40 cents", "a leftover of 9 cents". Not
    // "has 12 cents to her name", which tells what she has, not what she owes.
    String.raw`\b(?:stuck with|left with|owes?|owing|(?:leftover|remainder|balance|bal) of) (?:(?:only|just|about|like|a mere|an? (?:extra|stray|measly))\s+)?${CENTS}`,
    // "4 cents after rounding", "a rounding difference of 3 cents".
    String.raw`${CENTS} (?:[\w-]+ ){0,4}?(?:after|from|due to|because of|for) (?:the )?rounding\b|\brounding (?:difference|diff|leftover|remainder)\b`,
  ].join('|'),
);
