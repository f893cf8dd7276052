/** The one line a confirm modal shows before anything is written. */
import { formatCents } from '../domain/index.ts';

export function effectLine(beforeCents: number, afterCents: number, suffix = ''): string {
  return `Outstanding ${formatCents(beforeCents)} → ${formatCents(afterCents)}${suffix}`;
}

/**
 * What is outstanding, with no change: for an amount that cannot be written off, shown with what
 * is wrong with it (an arrow to the same figure would read as "this changes nothing").
 */
export function outstandingLine(beforeCents: number, suffix = ''): string {
  return `Outstanding ${formatCents(beforeCents)}${suffix}`;
}

/** No amount yet: what is outstanding, and how to see the change. */
export function enterAmountLine(beforeCents: number, suffix = ''): string {
  return `${outstandingLine(beforeCents, suffix)}: enter an amount, or "all", and press Enter to see the effect`;
}

/** The request wrote an amount that money.ts refused; the form opens with the field empty and says why. */
export function requestAmountNotUsed(problem: string): string {
  return `The amount in your request was left out: ${problem} Enter an amount such as 40 or 40.50.`;
}

/** "4000" -> "40.00": how an amount is pre-filled in a text input. */
export function amountInputText(cents: number): string {
  return formatCents(cents).replace('$', '');
}
