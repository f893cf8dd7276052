import type { AppLink } from './app-link.ts';
import { clientSideErrors } from './client-validation.ts';
import { blockSuggestionPayload, viewClosedPayload, viewSubmissionPayload } from './payloads.ts';
import type { AppResponse, DeliveryOptions } from './signing.ts';
import type { JsonObject, StoredView } from './types.ts';
import { applyViewClosed, applyViewSubmissionAck } from './view-acks.ts';
import {
  buildStateValues,
  enteredValues,
  type FormInputs,
  recordInputs,
  withCurrentState,
} from './view-state.ts';

export type ViewSubmissionInput = { userId: string; view: string | JsonObject; values: JsonObject };

/** `sent: false` when Slack's own client would have refused the form (`clientErrors` by block_id). */
export type SubmitResult = AppResponse & { sent: boolean; clientErrors: Record<string, string> };

export type FillOptions = DeliveryOptions & { skipClientValidation?: boolean };

/** Slack waits this long for an app's answer to an interaction, then shows the user an error. */
export const ACK_DEADLINE_MS = 3_000;

/** Modal interactions: suggestions, submissions (with the ack applied to the emulator) and closing. */
export function createViewInteractions(link: AppLink) {
  const { emulator, workspace } = link;

  /** Sends `values` as the submitted form; the ack is applied to the emulator. */
  async function submit(
    userId: string,
    stored: StoredView,
    values: JsonObject,
    delivery?: DeliveryOptions,
  ): Promise<AppResponse> {
    const view = { ...stored.view, state: { values } };
    const triggerId = emulator.issueTriggerId(userId);
    const sentAt = Date.now();
    const response = await link.sendInteraction(
      viewSubmissionPayload(userId, workspace, view, triggerId),
      delivery,
    );
    // Slack only acts on an ack it received in time and with a 200. Real time, not the
    // injectable clock: the deadline is about the app's HTTP answer.
    const tookMs = Date.now() - sentAt;
    if (tookMs > ACK_DEADLINE_MS) {
      emulator.state.recordViolation('view_submission.ack', 'ack_timeout', [
        `[ERROR] the app answered after ${tookMs} ms (Slack waits ${ACK_DEADLINE_MS} ms)`,
      ]);
    } else if (response.status === 200) {
      applyViewSubmissionAck(emulator.state, userId, stored.id, response.body);
    }
    return response;
  }

  /** Submits exactly `values` (a whole `state.values`), which become the view's entered state. */
  function viewSubmission(input: ViewSubmissionInput, delivery?: DeliveryOptions): Promise<AppResponse> {
    const stored = link.currentView(input.view);
    emulator.state.views.setStateValues(stored.id, input.values);
    return submit(input.userId, stored, input.values, delivery);
  }

  return {
    viewSubmission,

    /**
     * Fills the open view like a user (inputs by block_id) on top of what was already entered
     * (see `changeInput`), then submits it. What the user typed stays in the view even when
     * Slack's client refuses the form.
     */
    async fillAndSubmit(userId: string, viewId: string, inputs: FormInputs, options: FillOptions = {}) {
      const stored = link.currentView(viewId);
      const entered = enteredValues(stored.view);
      const values = buildStateValues(stored.view, inputs, entered);
      emulator.state.views.setStateValues(stored.id, recordInputs(stored.view, entered, inputs));
      const clientErrors = options.skipClientValidation ? {} : clientSideErrors(stored.view, values);
      if (Object.keys(clientErrors).length > 0) {
        const refused: SubmitResult = { status: 0, body: null, sent: false, clientErrors };
        return refused;
      }
      const response = await submit(userId, stored, values, options);
      const result: SubmitResult = { ...response, sent: true, clientErrors };
      return result;
    },

    /** Asks the app for external_select options; the answer is `body.options` / `body.option_groups`. */
    blockSuggestion(
      input: { userId: string; view: string | JsonObject; actionId: string; blockId: string; value: string },
      delivery?: DeliveryOptions,
    ): Promise<AppResponse> {
      const stored = link.currentView(input.view);
      const payload = blockSuggestionPayload(input.userId, workspace, withCurrentState(stored.view), input);
      return link.sendInteraction(payload, delivery);
    },

    /** The user closes the top modal (or all of them). Slack only tells apps that set `notify_on_close`. */
    async viewClosed(
      input: { userId: string; view: string | JsonObject; isCleared?: boolean },
      delivery?: DeliveryOptions,
    ): Promise<AppResponse | undefined> {
      const stored = link.currentView(input.view);
      const isCleared = input.isCleared ?? false;
      applyViewClosed(emulator.state, input.userId, isCleared);
      if (stored.view.notify_on_close !== true) return undefined;
      return link.sendInteraction(
        viewClosedPayload(input.userId, workspace, withCurrentState(stored.view), isCleared),
        delivery,
      );
    },
  };
}
