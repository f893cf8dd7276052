/**
 * "why does it reject 12.345 as an amount?", "how many decimals can I type?": how an amount is
 * written. The how-to's section on typing the amount lists what is accepted and what is not; read
 * by its words ("reject"), the question went to the section on rejecting approval requests. An
 * amount refused with nothing said of how it was typed ("it refused my amount, why?") is left to
 * the refusals article, which has every reason an amount is refused.
 */

// More than two digits after the point: "12.345", "$4.999".
const OVER_TWO_DECIMALS = /\d?\.\d{3,}\b/;
// Decimals and cents as a question of writing the amount.
const DECIMALS =
  /\bdecimals?\b|\bdecimal (?:places?|point)\b|\bdigits after\b|\bhow many (?:digits|cents)\b/i;
// The amount's format named: "what format does the amount take".
const AMOUNT_FORMAT = /\bamounts?\b[^.?!]{0,30}?\bformat\b|\bformat\b[^.?!]{0,30}?\bamounts?\b/i;

/** Whether the question asks how an amount must be written, or why one typed was refused. */
export function asksHowAmountIsTyped(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return OVER_TWO_DECIMALS.test(text) || DECIMALS.test(text) || AMOUNT_FORMAT.test(text);
}
