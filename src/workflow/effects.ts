/** The one line a confirm modal shows before anything is written. */
import { formatCents } from '../domain/index.ts';

export function effectLine(beforeCents: number, afterCents: number, suffix = ''): string {
  return `Outstanding ${formatCents(beforeCents)} → ${formatCents(afterCents)}${suffix}`;
}

/** "4000" -> "40.00": how an amount is pre-filled in a text input. */
export function amountInputText(cents: number): string {
  return formatCents(cents).replace('$', '');
}
