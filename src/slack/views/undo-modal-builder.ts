/** The undo-a-write-off confirm modal. Pure. */

import type { UndoModel } from '../../workflow/index.ts';
import { undoWriteOffSlack } from '../actions/undo-write-off.ts';
import { escapeMrkdwn, type KnownBlock, type ModalView, option, plain, section } from './block-kit.ts';
import {
  blockerBlocks,
  ENTRY_ACTION,
  ENTRY_BLOCK,
  effectBlock,
  noteInput,
  selectInput,
} from './shared-blocks.ts';

export const UNDO_CALLBACK = undoWriteOffSlack.callbackId;
export const UNDO_SUBMIT = 'Confirm undo';
export const UNDO_PATIENT_NOTE_BLOCK = 'undo_patient_note';

export function buildUndoModal(model: UndoModel): ModalView {
  const patientNote = model.patientNote
    ? [section(escapeMrkdwn(model.patientNote), UNDO_PATIENT_NOTE_BLOCK)]
    : [];
  const blocks: KnownBlock[] = model.notice
    ? [...patientNote, section(model.notice)]
    : [
        ...patientNote,
        selectInput({
          blockId: ENTRY_BLOCK,
          actionId: ENTRY_ACTION,
          label: 'Write-off to undo',
          options: model.writeOffs.map((w) => option(w.label, w.value)),
          selected: model.selected,
          dispatch: true,
          placeholder: 'Choose a write-off',
        }),
        ...blockerBlocks(model.blocker),
        noteInput({ note: model.note }),
        ...effectBlock(model.effect),
      ];
  return {
    type: 'modal',
    callback_id: undoWriteOffSlack.callbackId,
    private_metadata: model.pendingId,
    title: plain(undoWriteOffSlack.title),
    ...(model.notice ? {} : { submit: plain(UNDO_SUBMIT) }),
    close: plain(model.notice ? 'Close' : 'Cancel'),
    blocks,
  };
}
