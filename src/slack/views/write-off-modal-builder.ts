/** The write-off confirm modal, from the workflow's model. Pure. */

import {
  MAX_SPREAD_CHARGES,
  reasonNeedsNote,
  WRITE_OFF_REASONS,
  type WriteOffReason,
  writeOffReasonInfo,
} from '../../domain/index.ts';
import { SPREAD_CHOICE, type WriteOffModel } from '../../workflow/index.ts';
import { writeOffSlack } from '../actions/write-off.ts';
import { type KnownBlock, LIMITS, type ModalView, option, plain, section } from './block-kit.ts';
import {
  AMOUNT_ACTION,
  AMOUNT_BLOCK,
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
  textInput,
} from './shared-blocks.ts';
import { spreadLinesText } from './spread-lines.ts';

export const WRITE_OFF_CALLBACK = writeOffSlack.callbackId;
export const SPREAD_LABEL = 'Spread across open charges, oldest first';
export const WRITE_OFF_SUBMIT = 'Confirm write-off';
export const CHARGE_LIMIT_BLOCK = 'charge_limit';

export function reasonOptions() {
  return WRITE_OFF_REASONS.map((r) => option(r.label, r.code));
}

/**
 * "Note (required: how financial need was established)" for reasons that need one; otherwise the
 * field is optional and Slack adds "(optional)" to its label.
 */
export function noteLabel(reason: WriteOffReason | null): string {
  const hint = reason ? writeOffReasonInfo(reason).noteHint : null;
  return hint ? `Note (required: ${hint})` : 'Note';
}

function chargeBlocks(model: WriteOffModel): KnownBlock[] {
  if (!model.patient.selected) return [];
  if (model.charges.length === 0) {
    return model.blocker ? [] : [section('This patient has no charges with PR outstanding.')];
  }
  // A select takes at most 100 options, the spread choice among them.
  const listed = model.charges.slice(0, LIMITS.staticOptions - (model.allowSpread ? 1 : 0));
  const options = chargeOptions(listed);
  if (model.allowSpread) options.push(option(spreadLabel(model), SPREAD_CHOICE));
  return [
    ...chargeLimitNote(model, listed.length),
    selectInput({
      blockId: CHARGE_BLOCK,
      actionId: CHARGE_ACTION,
      label: 'Charge (date of service · description · outstanding)',
      options,
      selected: model.selectedCharge,
      dispatch: true,
      placeholder: 'Choose a charge',
    }),
  ];
}

function spreadLabel(model: WriteOffModel): string {
  return model.spreadCount < model.openCount
    ? `Spread across the oldest ${model.spreadCount} open charges`
    : SPREAD_LABEL;
}

/** Says so when a spread cannot cover every open charge, or the list cannot show them all. */
function chargeLimitNote(model: WriteOffModel, listedCount: number): KnownBlock[] {
  const sentences: string[] = [];
  if (model.spreadCount < model.openCount) {
    sentences.push(
      `This patient has ${model.openCount} open charges; a write-off can cover up to ${MAX_SPREAD_CHARGES} at a time. Pick a charge, or write off the oldest ${model.spreadCount} with the spread choice.`,
    );
  }
  if (listedCount < model.openCount) sentences.push(`The list shows the oldest ${listedCount}.`);
  return sentences.length > 0 ? [section(sentences.join(' '), CHARGE_LIMIT_BLOCK)] : [];
}

export function buildWriteOffModal(model: WriteOffModel): ModalView {
  const blocks: KnownBlock[] = [
    ...patientBlocks(model.patient),
    ...chargeBlocks(model),
    ...blockerBlocks(model.blocker),
    textInput({
      blockId: AMOUNT_BLOCK,
      actionId: AMOUNT_ACTION,
      label: 'Amount',
      value: model.amountText,
      placeholder: '40.00, or "all" for everything outstanding',
      hint: 'Press Enter to see the effect.',
      dispatchOnEnter: true,
      maxLength: 40,
    }),
    selectInput({
      blockId: REASON_BLOCK,
      actionId: REASON_ACTION,
      label: 'Reason',
      options: reasonOptions(),
      selected: model.reason,
      dispatch: true,
      placeholder: 'Choose a reason',
    }),
    noteInput({
      note: model.note,
      label: noteLabel(model.reason),
      // Required in Slack's client only once the reason is known to need a note; the server checks
      // it again (NOTE_REQUIRED), since a changed reason may not have refreshed the form yet.
      optional: !(model.reason && reasonNeedsNote(model.reason)),
      hint: 'Hardship, bad debt, courtesy and similar reasons need a note: it is the record an auditor reads.',
    }),
    ...effectBlock(
      model.effect,
      model.amountProblem ?? null,
      model.spreadPlan && model.spreadPlan.length > 0 ? spreadLinesText(model.spreadPlan) : null,
    ),
  ];
  return {
    type: 'modal',
    callback_id: writeOffSlack.callbackId,
    private_metadata: model.pendingId,
    title: plain(writeOffSlack.title),
    submit: plain(WRITE_OFF_SUBMIT),
    close: plain('Cancel'),
    blocks,
  };
}
