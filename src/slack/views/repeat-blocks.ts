/**
 * The earlier result of the same change, shown at the top of its form with a required "Yes, do
 * it again" box: someone who saw no confirmation and tries again learns it was done. Pure.
 */
import { type ActionKind, formatCents } from '../../domain/index.ts';
import type { RecentRepeat } from '../../workflow/index.ts';
import { escapeMrkdwn, type KnownBlock, type ModalView, option, plain, section } from './block-kit.ts';
import { REPEAT_ACTION, REPEAT_AGAIN_VALUE, REPEAT_BLOCK, REPEAT_NOTICE_BLOCK } from './shared-blocks.ts';

const DONE_VERB: Partial<Record<ActionKind, string>> = {
  write_off: 'wrote off',
  refund_payment: 'refunded',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-06-03" -> "Jun 3". */
export function shortDay(isoDay: string): string {
  const [, month, day] = isoDay.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${day ?? ''}`.trim();
}

function ago(minutes: number): string {
  if (minutes < 1) return 'less than a minute ago';
  return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
}

/** "You wrote off $40.00 on Jane Doe's Jun 3 charge 2 minutes ago." */
export function repeatSentence(repeat: RecentRepeat): string {
  const verb = DONE_VERB[repeat.kind] ?? 'made this change for';
  const charge = `${escapeMrkdwn(repeat.patientName)}'s ${shortDay(repeat.dateOfService)} charge`;
  return `You ${verb} ${formatCents(repeat.amountCents)} on ${charge} ${ago(repeat.minutesAgo)}.`;
}

export function repeatBlocks(repeat: RecentRepeat): KnownBlock[] {
  const again = option('Yes, do it again', REPEAT_AGAIN_VALUE);
  return [
    section(`:warning: ${repeatSentence(repeat)} Confirming writes it a second time.`, REPEAT_NOTICE_BLOCK),
    {
      type: 'input',
      block_id: REPEAT_BLOCK,
      label: plain('Done before'),
      element: { type: 'checkboxes', action_id: REPEAT_ACTION, options: [again] },
    },
  ];
}

/** The form with the earlier result first; unchanged when there is none. */
export function withRepeatConfirmation(view: ModalView, repeat: RecentRepeat | null | undefined): ModalView {
  if (!repeat || !view.submit) return view;
  return { ...view, blocks: [...repeatBlocks(repeat), ...view.blocks] };
}
