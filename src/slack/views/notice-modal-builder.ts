/** Modals that only say something: "Loading…", "Already done", "Not allowed". Pure. */
import { type KnownBlock, type ModalView, plain, section } from './block-kit.ts';

export const LOADING_CALLBACK = 'loading_modal';
export const NOTICE_CALLBACK = 'notice_modal';

/** Opened at once with the trigger_id (valid for 3 s), then replaced with views.update. */
export function buildLoadingModal(title: string): ModalView {
  return {
    type: 'modal',
    callback_id: LOADING_CALLBACK,
    title: plain(title),
    close: plain('Cancel'),
    blocks: [section(':hourglass_flowing_sand: Loading…')],
  };
}

export function buildNoticeModal(title: string, text: string): ModalView {
  return {
    type: 'modal',
    callback_id: NOTICE_CALLBACK,
    title: plain(title),
    close: plain('Close'),
    blocks: [section(text)],
  };
}

/** A message's blocks shown in a modal: the answer to a slash command that was already showing "Loading…". */
export function buildMessageModal(title: string, blocks: readonly KnownBlock[]): ModalView {
  return {
    type: 'modal',
    callback_id: NOTICE_CALLBACK,
    title: plain(title),
    close: plain('Close'),
    blocks: [...blocks],
  };
}

/**
 * Shown to whoever confirms a request that was already carried out (a second confirmer, a second
 * click). It names no patient: the pending action may have been someone else's.
 */
export function buildAlreadyDoneModal(): ModalView {
  return buildNoticeModal(
    'Already done',
    ':white_check_mark: This was already done, so nothing more was changed. Whoever confirmed it first got the confirmation message.',
  );
}

/** The sentence every expired form or button says (a pending action older than 7 days). */
export const EXPIRED_TEXT =
  ":hourglass: This request is more than 7 days old and has expired, so nothing was changed. Start it again (for example with `/writeoff` or `/billing`) to see today's figures.";

/** A form or button of a pending action older than 7 days. */
export function buildExpiredModal(): ModalView {
  return buildNoticeModal('Request expired', EXPIRED_TEXT);
}

/** Said to a form submitted with a request id the app does not know (tampered, or long gone). */
export const FORM_NO_LONGER_VALID_TEXT =
  ':warning: This form is no longer valid, so nothing was changed. Please start again (for example with `/writeoff` or `/billing`).';

/** A form whose request the app does not know, or whose kind of form the app no longer has. */
export function buildFormNoLongerValidModal(): ModalView {
  return buildNoticeModal('Form no longer valid', FORM_NO_LONGER_VALID_TEXT);
}

/**
 * Said to someone who confirms a form opened for another person (a forged or replayed
 * submission): it names neither that person nor anything the form showed.
 */
export const NOT_YOUR_FORM_TEXT =
  ':no_entry: This form was opened for someone else, so only they can confirm it. Nothing was changed. To do this yourself, start your own request (for example with `/writeoff` or `/billing`).';

export function buildNotYourFormModal(): ModalView {
  return buildNoticeModal('Not your form', NOT_YOUR_FORM_TEXT);
}

/** Said to a button whose value names nothing the app knows (tampered, or from long ago). */
export const NO_LONGER_AVAILABLE_TEXT =
  ':warning: This action is no longer available, so nothing was changed. Start again from `/billing` or from the app’s Home tab.';
