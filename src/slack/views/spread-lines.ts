/**
 * The charges a spread write-off takes money from, one line each, as the form shows them before
 * confirming and the result repeats them after. Pure. The first few are listed; the rest are
 * counted with their total, so a spread over 100 charges stays within one section's 3,000
 * characters (and the modal within its 100 blocks: it is one block).
 */
import { counted, formatCents } from '../../domain/index.ts';
import type { SpreadLine } from '../../workflow/index.ts';
import { clipText, escapeMrkdwn } from './block-kit.ts';

/** Lines listed before "and N more charges, $X in all". */
export const SPREAD_LINES_SHOWN = 10;
const MAX_DESCRIPTION = 60;

/** "• 2026-01-05 · Office visit 99213: $60.00 (outstanding $60.00 → $0.00)" */
export function spreadLineText(line: SpreadLine): string {
  const when = line.dateOfService ? `${line.dateOfService} · ` : '';
  const what = escapeMrkdwn(clipText(line.description, MAX_DESCRIPTION));
  return `• ${when}${what}: ${formatCents(line.takenCents)} (outstanding ${formatCents(line.beforeCents)} → ${formatCents(line.afterCents)})`;
}

export function spreadLinesText(lines: readonly SpreadLine[]): string {
  const shown = lines.slice(0, SPREAD_LINES_SHOWN).map(spreadLineText);
  const rest = lines.slice(SPREAD_LINES_SHOWN);
  if (rest.length > 0) {
    const restCents = rest.reduce((sum, l) => sum + l.takenCents, 0);
    shown.push(
      `…and ${counted(rest.length, 'more charge', 'more charges')}, ${formatCents(restCents)} in all`,
    );
  }
  return shown.join('\n');
}
