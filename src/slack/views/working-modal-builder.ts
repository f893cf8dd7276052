/**
 * A confirm that takes longer than Slack waits for its answer: the form is replaced at once by
 * "Working…", and later by the result, which can no longer be errors under the fields (that
 * answer is only possible in the ack). Pure.
 */
import type { FieldErrors, FormField } from '../../workflow/index.ts';
import { LATE_TRY_AGAIN_TEXT } from '../try-again.ts';
import { type Button, escapeMrkdwn, type KnownBlock, type ModalView, plain, section } from './block-kit.ts';
import { FIELD_LABELS } from './shared-blocks.ts';

export const WORKING_CALLBACK = 'working_modal';
export const LATE_RESULT_CALLBACK = 'late_result_modal';
export const BACK_TO_FORM_ACTION = 'back_to_form';
export const BACK_TO_FORM_BLOCK = 'back_to_form';
export const LATE_RESULT_BLOCK = 'late_result';

export function buildWorkingModal(title: string): ModalView {
  return {
    type: 'modal',
    callback_id: WORKING_CALLBACK,
    title: plain(title),
    close: plain('Close'),
    blocks: [
      section(
        ':hourglass_flowing_sand: Working… Saving this takes longer than usual. The result will appear here, and in a message, when it is done. Please do not confirm it again.',
      ),
    ],
  };
}

/** Done: the confirmation's own sentence (the message with Undo is sent as usual). */
export function buildLateDoneModal(title: string, sentence: string): ModalView {
  return resultModal(title, [section(sentence, LATE_RESULT_BLOCK)]);
}

/**
 * Not done: each refusal with the field it is about, its next step included, and a button that
 * brings the form back, so the person can change it and confirm again.
 */
export function buildLateRefusedModal(title: string, pendingId: string, errors: FieldErrors): ModalView {
  const lines = (Object.entries(errors) as [FormField, string][]).map(
    ([field, message]) => `• *${FIELD_LABELS[field]}*: ${escapeMrkdwn(message)}`,
  );
  const text = [':no_entry: Nothing was changed.', ...lines].join('\n');
  return resultModal(title, [section(text, LATE_RESULT_BLOCK), backToForm(pendingId)]);
}

/** The database did not finish: whether it was saved is unknown, and confirming again is safe. */
export function buildLateTryAgainModal(title: string, pendingId: string): ModalView {
  return resultModal(title, [
    section(`:warning: ${LATE_TRY_AGAIN_TEXT}`, LATE_RESULT_BLOCK),
    backToForm(pendingId),
  ]);
}

function backToForm(pendingId: string): KnownBlock {
  const button: Button = {
    type: 'button',
    action_id: BACK_TO_FORM_ACTION,
    text: plain('Back to the form'),
    value: pendingId,
  };
  return { type: 'actions', block_id: BACK_TO_FORM_BLOCK, elements: [button] };
}

function resultModal(title: string, blocks: KnownBlock[]): ModalView {
  return {
    type: 'modal',
    callback_id: LATE_RESULT_CALLBACK,
    title: plain(title),
    close: plain('Close'),
    blocks,
  };
}
