/** The cancel-PR confirm modal. Pure. */

import { CANCEL_REASONS } from '../../domain/index.ts';
import type { CancelModel } from '../../workflow/index.ts';
import { cancelPrSlack } from '../actions/cancel-pr.ts';
import { context, type KnownBlock, type ModalView, option, plain, section } from './block-kit.ts';
import {
  blockerBlocks,
  CHARGE_ACTION,
  CHARGE_BLOCK,
  chargeOptions,
  effectBlock,
  noteInput,
  patientBlocks,
  REASON_ACTION,
  REASON_BLOCK,
  selectInput,
} from './shared-blocks.ts';

export const CANCEL_CALLBACK = cancelPrSlack.callbackId;
export const CANCEL_SUBMIT = 'Confirm cancel PR';

export function buildCancelModal(model: CancelModel): ModalView {
  const chargeBlocks: KnownBlock[] = !model.patient.selected
    ? []
    : model.charges.length === 0
      ? [section('This patient has no charges with PR outstanding.')]
      : [
          selectInput({
            blockId: CHARGE_BLOCK,
            actionId: CHARGE_ACTION,
            label: 'Charge (date of service · description · outstanding)',
            options: chargeOptions(model.charges),
            selected: model.selectedCharge,
            dispatch: true,
            placeholder: 'Choose a charge',
          }),
        ];
  return {
    type: 'modal',
    callback_id: cancelPrSlack.callbackId,
    private_metadata: model.pendingId,
    title: plain(cancelPrSlack.title),
    submit: plain(CANCEL_SUBMIT),
    close: plain('Back'),
    blocks: [
      context(
        'Cancelling says the PR was wrong and erases it. If the PR is right but will not be collected, write it off instead.',
      ),
      ...patientBlocks(model.patient),
      ...chargeBlocks,
      ...blockerBlocks(model.blocker),
      selectInput({
        blockId: REASON_BLOCK,
        actionId: REASON_ACTION,
        label: 'Reason',
        options: CANCEL_REASONS.map((r) => option(r.label, r.code)),
        selected: model.reason,
        placeholder: 'Choose a reason',
      }),
      noteInput({ note: model.note }),
      ...effectBlock(model.effect),
    ],
  };
}
