/**
 * A confirm refused because the figures moved while the form was open (a payment, another
 * refund): the form comes back rebuilt with the figures as they are now, and the refusal shown
 * in it. Pure.
 *
 * Why an updated form rather than field errors: Slack's `response_action: 'errors'` only puts
 * text under input blocks and leaves every other block as it was, so the charge list and the
 * effect line would go on showing the old figures beside an error quoting the new ones. An
 * `update` can show the new figures, but takes no field errors, so the refusal is written into
 * the form instead: a line at the top, and the refusal itself under the field it is about.
 */
import type { BlockerCode } from '../../domain/index.ts';
import { escapeMrkdwn, type ModalView, section } from './block-kit.ts';

export const FIGURES_MOVED_BLOCK = 'figures_moved';
/** The refusal under a field: `refusal_<the field's block_id>`. */
export const REFUSAL_BLOCK_PREFIX = 'refusal_';

/** Refusals that quote a figure of the ledger, which may have moved since the form showed it. */
const FIGURE_CODES: readonly BlockerCode[] = [
  'BALANCE_CHANGED',
  'AMOUNT_EXCEEDS_OUTSTANDING',
  'REFUND_EXCEEDS_PAYMENT',
];

export function refusedOnFigures(codes: readonly BlockerCode[] | undefined): boolean {
  return (codes ?? []).some((code) => FIGURE_CODES.includes(code));
}

/** BALANCE_CHANGED says by its very code that the figures moved; the others may be a typo. */
export function figuresSurelyMoved(codes: readonly BlockerCode[] | undefined): boolean {
  return (codes ?? []).includes('BALANCE_CHANGED');
}

type Choice = { readonly text?: { readonly text?: string }; readonly value?: string };
type FormBlock = {
  readonly type?: string;
  readonly block_id?: string;
  readonly element?: { readonly options?: readonly Choice[] };
};

/**
 * The figures a form's lists show (each charge with its amount, each payment with what was
 * refunded), as one string: two forms showing the same lists give the same string. What is
 * typed is left out, so a changed amount alone does not count as moved figures.
 */
export function listedFigures(blocks: readonly unknown[]): string {
  return (blocks as readonly FormBlock[])
    .filter((b) => b.type === 'input' && b.element?.options)
    .map(
      (b) => `${b.block_id}:${(b.element?.options ?? []).map((o) => `${o.value}=${o.text?.text}`).join('|')}`,
    )
    .join('\n');
}

const MOVED_TEXT =
  ':arrows_counterclockwise: *Nothing was changed:* the figures changed while this form was open. The form now shows them as they are; check them, then confirm again.';

/**
 * The rebuilt form with the refusal in it: the line at the top, and each refusal (by block_id,
 * as errorsForView places them) under its field; one for a field the form no longer has goes
 * under the top line.
 */
export function withFiguresMovedRefusal(
  view: ModalView,
  errors: Readonly<Record<string, string>>,
): ModalView {
  const placed = new Set<string>();
  const blocks: ModalView['blocks'][number][] = [];
  for (const block of view.blocks) {
    blocks.push(block);
    const id = (block as { block_id?: string }).block_id;
    const error = id ? errors[id] : undefined;
    if (id && error) {
      blocks.push(section(`:warning: ${escapeMrkdwn(error)}`, `${REFUSAL_BLOCK_PREFIX}${id}`));
      placed.add(id);
    }
  }
  const unplaced = Object.entries(errors)
    .filter(([id]) => !placed.has(id))
    .map(([, text]) => `:warning: ${escapeMrkdwn(text)}`);
  const top = section([MOVED_TEXT, ...unplaced].join('\n'), FIGURES_MOVED_BLOCK);
  return { ...view, blocks: [top, ...blocks] };
}
