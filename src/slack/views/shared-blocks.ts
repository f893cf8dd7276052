/**
 * Blocks shared by the confirm modals, with the block and action ids that handlers and tests
 * use. Pure functions: values in, Block Kit out.
 */

import { type ActionKind, isActionKind } from '../../domain/index.ts';
import { MAX_NOTE_LENGTH } from '../../domain/reasons.ts';
import type {
  ChargeChoice,
  FormField,
  PatientChoice,
  PatientPick,
  ShownBlocker,
} from '../../workflow/index.ts';
import { nextStepLabel, SLACK_ACTIONS } from '../actions/index.ts';
import { mentionActors } from './actor-mentions.ts';
import {
  type Button,
  context,
  escapeMrkdwn,
  type KnownBlock,
  LIMITS,
  type PlainTextOption,
  plain,
  section,
} from './block-kit.ts';
import { dataOption, isShortened, type OptionParts } from './option-text.ts';

export const PATIENT_BLOCK = 'patient';
export const PATIENT_ACTION = 'patient_select';
export const CHARGE_BLOCK = 'charge';
export const CHARGE_ACTION = 'charge_select';
export const AMOUNT_BLOCK = 'amount';
export const AMOUNT_ACTION = 'amount_input';
export const REASON_BLOCK = 'reason';
export const REASON_ACTION = 'reason_select';
export const NOTE_BLOCK = 'note';
export const NOTE_ACTION = 'note_input';
export const PAYMENT_BLOCK = 'payment';
export const PAYMENT_ACTION = 'payment_select';
export const ENTRY_BLOCK = 'write_off_entry';
export const ENTRY_ACTION = 'write_off_select';
export const EFFECT_BLOCK = 'effect';
export const PATIENT_NOTE_BLOCK = 'patient_note';
export const PATIENT_FULL_NAME_BLOCK = 'patient_full_name';
export const BLOCKER_BLOCK = 'blocker';
export const NEXT_STEP_BLOCK = 'next_step';
export const NEXT_STEP_ACTION = 'next_step';
export const REPEAT_BLOCK = 'repeat_confirm';
export const REPEAT_ACTION = 'repeat_confirm_check';
export const REPEAT_AGAIN_VALUE = 'again';
export const REPEAT_NOTICE_BLOCK = 'repeat_notice';

/** The input block each form field lives in, for `response_action: 'errors'`. */
export const FIELD_BLOCKS: Record<FormField, string> = {
  patient: PATIENT_BLOCK,
  charge: CHARGE_BLOCK,
  amount: AMOUNT_BLOCK,
  reason: REASON_BLOCK,
  note: NOTE_BLOCK,
  payment: PAYMENT_BLOCK,
  entry: ENTRY_BLOCK,
  repeat: REPEAT_BLOCK,
};

/** What each form field is called where a person reads about it. */
export const FIELD_LABELS: Record<FormField, string> = {
  patient: 'Patient',
  charge: 'Charge',
  amount: 'Amount',
  reason: 'Reason',
  note: 'Note',
  payment: 'Payment',
  entry: 'Write-off',
  repeat: 'Done before',
};

/** Actions that refresh a modal when they change (dispatch_action). */
export const REFRESH_ACTIONS = [
  PATIENT_ACTION,
  CHARGE_ACTION,
  REASON_ACTION,
  PAYMENT_ACTION,
  AMOUNT_ACTION,
  ENTRY_ACTION,
];

/** "Jane Doe · DOB 1980-01-01 · MRN A1": a long name gives way, the DOB and MRN that tell patients apart do not. */
export function patientOption(p: PatientChoice): PlainTextOption {
  return dataOption(patientOptionParts(p), String(p.id));
}

function patientOptionParts(p: PatientChoice): OptionParts {
  return { free: p.fullName, tail: `DOB ${p.dateOfBirth} · MRN ${p.mrn}` };
}

/** The patient field, with the "several patients match" note above it when there is one. */
export function patientBlocks(pick: PatientPick): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (pick.note) {
    const lines = pick.candidates.map(
      (c) => `• ${escapeMrkdwn(c.fullName)} · DOB ${c.dateOfBirth} · MRN ${escapeMrkdwn(c.mrn)}`,
    );
    blocks.push(section([escapeMrkdwn(pick.note), ...lines].join('\n'), PATIENT_NOTE_BLOCK));
  }
  blocks.push({
    type: 'input',
    block_id: PATIENT_BLOCK,
    dispatch_action: true,
    label: plain('Patient'),
    element: {
      type: 'external_select',
      action_id: PATIENT_ACTION,
      placeholder: plain('Search by name or MRN'),
      min_query_length: 0,
      ...(pick.selected ? { initial_option: patientOption(pick.selected) } : {}),
    },
  });
  // A name too long for the option is shortened there (the DOB and MRN stay): here it is whole.
  if (pick.selected && isShortened(patientOptionParts(pick.selected))) {
    blocks.push(context(escapeMrkdwn(pick.selected.fullName), PATIENT_FULL_NAME_BLOCK));
  }
  return blocks;
}

export function selectInput(params: {
  blockId: string;
  actionId: string;
  label: string;
  options: PlainTextOption[];
  selected: string | null;
  dispatch?: boolean;
  placeholder?: string;
  hint?: string;
}): KnownBlock {
  const options = params.options.slice(0, LIMITS.staticOptions);
  const initial = options.find((o) => o.value === params.selected);
  return {
    type: 'input',
    block_id: params.blockId,
    dispatch_action: params.dispatch ?? false,
    label: plain(params.label),
    ...(params.hint ? { hint: plain(params.hint) } : {}),
    element: {
      type: 'static_select',
      action_id: params.actionId,
      placeholder: plain(params.placeholder ?? 'Choose'),
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

export function chargeOptions(charges: readonly ChargeChoice[]): PlainTextOption[] {
  return charges.map((c) =>
    dataOption({ lead: c.dateOfService, free: c.description, tail: c.amount }, c.value),
  );
}

export function textInput(params: {
  blockId: string;
  actionId: string;
  label: string;
  value: string;
  optional?: boolean;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  dispatchOnEnter?: boolean;
  maxLength?: number;
}): KnownBlock {
  return {
    type: 'input',
    block_id: params.blockId,
    optional: params.optional ?? false,
    dispatch_action: params.dispatchOnEnter ?? false,
    label: plain(params.label),
    ...(params.hint ? { hint: plain(params.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: params.actionId,
      multiline: params.multiline ?? false,
      ...(params.maxLength ? { max_length: params.maxLength } : {}),
      ...(params.value ? { initial_value: params.value } : {}),
      ...(params.placeholder ? { placeholder: plain(params.placeholder) } : {}),
      ...(params.dispatchOnEnter
        ? { dispatch_action_config: { trigger_actions_on: ['on_enter_pressed'] } }
        : {}),
    },
  } as KnownBlock;
}

/**
 * The note field every form has; as long as the ledger keeps (MAX_NOTE_LENGTH). An optional input's
 * label gets "(optional)" from Slack itself, so no label here says it.
 */
export function noteInput(params: {
  note: string;
  label?: string;
  optional?: boolean;
  hint?: string;
}): KnownBlock {
  return textInput({
    blockId: NOTE_BLOCK,
    actionId: NOTE_ACTION,
    label: params.label ?? 'Note',
    value: params.note,
    optional: params.optional ?? true,
    multiline: true,
    maxLength: MAX_NOTE_LENGTH,
    ...(params.hint ? { hint: params.hint } : {}),
  });
}

/**
 * The effect line ("Outstanding $120.00 → $80.00"), and under it what is wrong with the amount
 * when something is: the form then shows no change, rather than an unchanged balance that reads
 * as if the change would do nothing.
 */
export function effectBlock(
  effect: string | null,
  amountProblem: string | null = null,
  /** Lines under the effect, already mrkdwn (a spread's charges, spread-lines.ts). */
  detail: string | null = null,
): KnownBlock[] {
  // Problems are the rules' and money.ts's own sentences: no typed text is echoed.
  const lines = [
    effect ? `*${effect}*` : null,
    detail || null,
    amountProblem ? `:warning: ${escapeMrkdwn(amountProblem)}` : null,
  ];
  const text = lines.filter((line) => line !== null).join('\n');
  return text ? [section(text, EFFECT_BLOCK)] : [];
}

/** "You cannot take that step yourself: a billing manager or admin can refund it." */
export function whoCanSentence(kind: ActionKind): string {
  const action = SLACK_ACTIONS[kind];
  return `You cannot take that step yourself: ${action.whoMay} can ${action.doIt}.`;
}

/** Button value for a next step: `<action>:<chargeId>`. */
export function nextStepValue(nextAction: string, chargeId: number): string {
  return `${nextAction}:${chargeId}`;
}

export function parseNextStepValue(value: string): { nextAction: string; chargeId: number } | null {
  const match = /^([a-z_]+):(\d{1,12})$/.exec(value);
  return match?.[1] && match[2] ? { nextAction: match[1], chargeId: Number(match[2]) } : null;
}

/**
 * Why not, in one sentence, and the button that starts the next step. A next step the reader's
 * role cannot take gets no button (it would only open a refusal): the sentence says who can.
 */
export function blockerBlocks(blocker: ShownBlocker | null): KnownBlock[] {
  if (!blocker) return [];
  const byOthers = blocker.nextStepByOthers && isActionKind(blocker.nextAction) ? blocker.nextAction : null;
  const whoCan = byOthers ? ` ${whoCanSentence(byOthers)}` : '';
  const blocks: KnownBlock[] = [
    // Blocker sentences come from the domain rules (no patient text); the person they name is shown as a mention.
    section(
      mentionActors(`:warning: ${blocker.message} ${blocker.nextStep}${whoCan}`, [blocker.actor]),
      BLOCKER_BLOCK,
    ),
  ];
  const label = nextStepLabel(blocker.nextAction);
  if (label && blocker.chargeId && !byOthers) {
    const button: Button = {
      type: 'button',
      action_id: NEXT_STEP_ACTION,
      text: plain(label),
      value: nextStepValue(blocker.nextAction, blocker.chargeId),
    };
    blocks.push({ type: 'actions', block_id: NEXT_STEP_BLOCK, elements: [button] });
  }
  return blocks;
}
