/**
 * "why can't I write off Jane Doe's balance?" names no charge: the answer is about one charge the
 * action is refused on, and the patient's other charges it can be done on (charge-standing.ts).
 * Her other refused charges are part of the answer too: one paid (refund first) and one written
 * off (undo first) need different next steps, and leaving one out reads as if it were open.
 */
import type { Blocker, BlockerCode } from '../domain/blockers.ts';
import type { ChargeView } from '../ledger/index.ts';

/** At most this many other refused charges are told in full; the rest are counted. */
const MAX_TOLD = 2;

/** The first blocker that says the charge itself refuses the action, not who asks or how much. */
function chargeRefuses(blockers: readonly Blocker[]): Blocker | undefined {
  return blockers.find((b) => b.code !== 'NOT_AUTHORIZED' && b.code !== 'OVER_LIMIT');
}

const named = (charge: ChargeView) => `${charge.description} (${charge.dateOfService})`;

/**
 * The patient's other charges the action is refused on, newest first: those refused for the same
 * reason as the chosen one (`chosenCode`) in one line, the others each with their refusal and next
 * step. Undefined when there are none.
 */
export async function refusedElsewhere(
  charges: readonly ChargeView[],
  chosen: ChargeView,
  chosenCode: BlockerCode | undefined,
  blockersOf: (charge: ChargeView) => Promise<readonly Blocker[]>,
): Promise<string | undefined> {
  const same: ChargeView[] = [];
  const other: { readonly charge: ChargeView; readonly blocker: Blocker }[] = [];
  for (const charge of [...charges].reverse()) {
    if (charge.id === chosen.id) continue;
    const blocker = chargeRefuses(await blockersOf(charge));
    if (!blocker) continue;
    if (blocker.code === chosenCode) same.push(charge);
    else other.push({ charge, blocker });
  }
  const lines: string[] = [];
  if (same.length > 0) lines.push(`The same stands in the way on ${same.map(named).join('; ')}.`);
  if (other.length > 0) {
    const told = other
      .slice(0, MAX_TOLD)
      .map(({ charge, blocker }) => `• ${named(charge)}: ${blocker.message}\n   Next: ${blocker.nextStep}`);
    const more = other.length > MAX_TOLD ? `\n…and ${other.length - MAX_TOLD} more.` : '';
    lines.push(`Also refused on the patient's other charges:\n${told.join('\n')}${more}`);
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}
