/**
 * A modal field the user changed, recorded in the emulator's view state the way Slack's client
 * holds it. External selects keep the chosen option's text (the emulator alone would only know
 * its value), so the field still shows the patient's name after the view is updated.
 */
import {
  dispatchesActions,
  enteredValues,
  type FormInputs,
  recordActions,
  recordInputs,
  type SlackEmulator,
  statefulElements,
} from '../slack-emulator/index.ts';
import type { PressedAction } from './relay.ts';

/** What the page sends for one field: text or a chosen value, ticked values (checkboxes), or nothing. */
export type FieldEntry = string | string[] | null;

export interface FieldChange {
  readonly viewId: string;
  readonly blockId: string;
  readonly actionId: string;
  readonly type: string;
  /** Text or a chosen value; the ticked values of a checkboxes group. */
  readonly value: FieldEntry;
  /** The option's label (external selects). */
  readonly text?: string;
  /** The user pressed Enter: a dispatch_action text field sends block_actions then. */
  readonly entered?: boolean;
}

export function selectedExternal(change: FieldChange): PressedAction {
  const value = Array.isArray(change.value) ? change.value[0] : change.value;
  const selected =
    value === null || value === undefined
      ? null
      : { text: { type: 'plain_text', text: change.text ?? value }, value };
  return {
    action_id: change.actionId,
    block_id: change.blockId,
    type: change.type,
    selected_option: selected,
  };
}

/**
 * Records the change; answers true when that is all Slack would do (the field does not
 * dispatch actions), false when the app must also get block_actions. Unknown views or fields
 * record nothing and answer true: there is nobody to tell.
 */
export function recordOnly(
  emulator: SlackEmulator,
  change: FieldChange,
  what: FormInputs | readonly PressedAction[],
): boolean {
  const stored = emulator.views.get(change.viewId);
  const element = stored
    ? statefulElements(stored.view).find(
        (e) => e.blockId === change.blockId && e.element.action_id === change.actionId,
      )
    : undefined;
  if (!stored || !element) return true;
  if (Array.isArray(what) && dispatchesActions(element)) return false;
  const entered = enteredValues(stored.view);
  const values = Array.isArray(what)
    ? recordActions(stored.view, entered, what as PressedAction[])
    : recordInputs(stored.view, entered, what as FormInputs);
  emulator.state.views.setStateValues(stored.id, values);
  return true;
}
