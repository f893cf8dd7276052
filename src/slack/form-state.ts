/** Reading a modal's state into plain form values, and placing field errors on its input blocks. */
import { actorInWords } from '../domain/actors.ts';
import type { FieldErrors, FormField, FormInput } from '../workflow/index.ts';
import { mentionActors } from './views/actor-mentions.ts';
import {
  AMOUNT_BLOCK,
  CHARGE_BLOCK,
  ENTRY_BLOCK,
  FIELD_BLOCKS,
  FIELD_LABELS,
  NOTE_BLOCK,
  PATIENT_BLOCK,
  PAYMENT_BLOCK,
  REASON_BLOCK,
  REPEAT_AGAIN_VALUE,
  REPEAT_BLOCK,
} from './views/shared-blocks.ts';

type StateValue = {
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
};
export type StateValues = Record<string, Record<string, StateValue>>;

function first(values: StateValues, blockId: string): StateValue | undefined {
  const block = values[blockId];
  return block ? Object.values(block)[0] : undefined;
}

function selected(values: StateValues, blockId: string): string | null | undefined {
  const entry = first(values, blockId);
  if (!entry) return undefined;
  return entry.selected_option?.value ?? null;
}

function text(values: StateValues, blockId: string): string | null | undefined {
  const entry = first(values, blockId);
  if (!entry) return undefined;
  return entry.value ?? '';
}

function id(value: string | null | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return value !== null && Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Fields absent from the view stay undefined, so the workflow can tell "not shown" from "empty". */
export function readForm(values: StateValues): FormInput {
  const form: Record<string, unknown> = {
    patientId: id(selected(values, PATIENT_BLOCK)),
    charge: selected(values, CHARGE_BLOCK),
    amountText: text(values, AMOUNT_BLOCK),
    reason: selected(values, REASON_BLOCK),
    note: text(values, NOTE_BLOCK),
    paymentEntryId: id(selected(values, PAYMENT_BLOCK)),
    writeOffEntryId: id(selected(values, ENTRY_BLOCK)),
    repeatConfirmed: first(values, REPEAT_BLOCK)?.selected_options?.some(
      (o) => o.value === REPEAT_AGAIN_VALUE,
    ),
  };
  return Object.fromEntries(Object.entries(form).filter(([, v]) => v !== undefined)) as FormInput;
}

/**
 * `response_action: 'errors'` keys are input block ids of the submitted view, and Slack takes
 * errors only on blocks the view has. A field that is not in this view goes on the field it comes
 * after, saying so (the Payment list arrives with the update that follows choosing the charge, and
 * a quick Confirm beats it), or else on the first input block, named.
 */
export function errorsForView(
  errors: FieldErrors,
  blocks: readonly unknown[],
  reader: PlainWordsFor = {},
): Record<string, string> {
  const inputs = blocks
    .filter((b): b is { type: string; block_id: string } => (b as { type?: string }).type === 'input')
    .map((b) => b.block_id);
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors) as [FormField, string][]) {
    const { blockId, text } = placeError(field, withoutUserIds(message, reader), inputs);
    out[blockId] = out[blockId] ? `${out[blockId]} ${text}` : text;
  }
  return out;
}

/** Who reads the errors, and the people they name (SubmitOutcome's `people`), as stored. */
export interface PlainWordsFor {
  readonly viewerId?: string;
  readonly people?: readonly string[];
}

/**
 * Slack shows a field error as plain text, where a user id ("made by U024BE7LH") is no mention
 * but a code nobody reads. The rules name people by id (Blocker.actor); under a field they become
 * "you" for the person reading it and "a colleague" for anyone else. The ids the refusal names are
 * replaced exactly (any id a workspace hands out, however short); anything else shaped like a
 * Slack user id too. `cli:<user>` and `import` are put into words (domain/actors.ts). The refusal above the
 * fields, where the form shows one, names people as mentions.
 */
const SLACK_USER_ID = /(?<![<@\w])[UW](?=[A-Z0-9]*\d)[A-Z0-9]{7,}(?!\w)/g;
/** A stored actor that is a Slack user id, not `cli:<user>` or `import`. */
const SLACK_USER_ACTOR = /^[UW][A-Z0-9]+$/;

export function withoutUserIds(text: string, reader: PlainWordsFor = {}): string {
  const wordFor = (id: string) => (id === reader.viewerId ? 'you' : 'a colleague');
  let plain = text;
  for (const id of reader.people ?? []) {
    if (!SLACK_USER_ACTOR.test(id)) continue;
    plain = plain.replace(new RegExp(`(?<![<@\\w])${id}(?!\\w)`, 'g'), wordFor(id));
  }
  // `cli:demo` reads "demo (command line)", `import` "the import" (domain/actors.ts).
  plain = mentionActors(plain, reader.people ?? [], (actor) => actorInWords(actor));
  return plain.replace(SLACK_USER_ID, wordFor);
}

/** The field errors with the people they name in plain words, for a view that shows them as text. */
export function errorsInPlainWords(errors: FieldErrors, reader: PlainWordsFor): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field, withoutUserIds(message, reader)]),
  ) as FieldErrors;
}

/** An error that asks for a choice: "Choose the payment to refund.", "Choose a charge …". */
const CHOOSE = /^Choose\b/;

/** The fields that appear only once another is chosen: the charge's payments, the patient's charges. */
const SHOWN_AFTER: Partial<Record<FormField, FormField>> = { payment: 'charge', charge: 'patient' };

function placeError(
  field: FormField,
  message: string,
  inputs: readonly string[],
): { blockId: string; text: string } {
  const wanted = FIELD_BLOCKS[field];
  if (inputs.includes(wanted)) return { blockId: wanted, text: message };
  const label = FIELD_LABELS[field];
  const after = SHOWN_AFTER[field];
  // Only a field still to be chosen can be missing because it has not appeared yet; a refusal of
  // what the form already holds ("This PR came from an insurance remittance") is said as it is.
  if (after && inputs.includes(FIELD_BLOCKS[after]) && CHOOSE.test(message)) {
    const host = FIELD_LABELS[after].toLowerCase();
    return {
      blockId: FIELD_BLOCKS[after],
      text: `${message} The ${label} field comes after the ${host}: if it has not appeared yet, choose the ${host} again.`,
    };
  }
  return { blockId: inputs[0] ?? wanted, text: `${label}: ${message}` };
}
