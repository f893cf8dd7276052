/**
 * The answer to a confirm that the database could not finish (a dropped connection, a restart):
 * the form stays open with the reason on a field, so pressing Submit again confirms the same
 * pending action, which its idempotency key applies exactly once. A form without input fields
 * gets the same words in a modal pushed on top; closing it returns to the form. A confirm that
 * failed in the app itself before answering gets the same, in its own words.
 */
import { buildNoticeModal } from './views/notice-modal-builder.ts';

export const TRY_AGAIN_TEXT =
  'The database did not answer, so this may not have been saved. Please try again (press Submit): it is applied only once, however often you press it.';

/**
 * The same answer once "Working…" has replaced the form: the confirm gave up (the database did not
 * answer, or the charge stayed busy with another change past the wait), and the form is one button
 * away. Nothing is written by a confirm that gave up; confirming again applies it once.
 */
export const LATE_TRY_AGAIN_TEXT =
  'This could not be finished in time (the database did not answer, or the charge was busy with another change), so it may not have been saved. Press *Back to the form* and confirm again: it is applied only once, however often you confirm.';

type Block = { type?: string; block_id?: string };

/** The same answer to a confirm that failed in the app itself, before it could answer. */
export const SUBMIT_FAILED_TEXT =
  'Something went wrong on our side, so this may not have been saved. Please try again (press Submit): it is applied only once, however often you press it.';

export function tryAgainAck(blocks: readonly unknown[], text: string = TRY_AGAIN_TEXT) {
  const firstInput = (blocks as Block[]).find((b) => b.type === 'input' && b.block_id)?.block_id;
  if (firstInput) return { response_action: 'errors' as const, errors: { [firstInput]: text } };
  return {
    response_action: 'push' as const,
    view: buildNoticeModal('Not saved yet', `:warning: ${text}`),
  };
}

export function submitFailedAck(blocks: readonly unknown[]) {
  return tryAgainAck(blocks, SUBMIT_FAILED_TEXT);
}
