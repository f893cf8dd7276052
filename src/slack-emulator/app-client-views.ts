import type { AppLink } from './app-link.ts';
import { clientSideErrors } from './client-validation.ts';
import { blockSuggestionPayload, viewClosedPayload, viewSubmissionPayload } from './payloads.ts';
import type { AppResponse, DeliveryOptions } from './signing.ts';
import type { JsonObject } from './types.ts';
import { applyViewClosed, applyViewSubmissionAck } from './view-acks.ts';
import { buildStateValues, type FormInputs } from './view-state.ts';

export type ViewSubmissionInput = { userId: string; view: string | JsonObject; values: JsonObject };

/** `sent: false` when Slack's own client would have refused the form (`clientErrors` by block_id). */
export type SubmitResult = AppResponse & { sent: boolean; clientErrors: Record<string, string> };

export type FillOptions = DeliveryOptions & { skipClientValidation?: boolean };

/** Modal interactions: suggestions, submissions (with the ack applied to the emulator) and closing. */
export function createViewInteractions(link: AppLink) {
  const { emulator, workspace } = link;

  async function viewSubmission(
    input: ViewSubmissionInput,
    delivery?: DeliveryOptions,
  ): Promise<AppResponse> {
    const stored = link.currentView(input.view);
    emulator.state.views.setStateValues(stored.id, input.values);
    const view = { ...stored.view, state: { values: input.values } };
    const triggerId = emulator.issueTriggerId(input.userId);
    const response = await link.sendInteraction(
      viewSubmissionPayload(input.userId, workspace, view, triggerId),
      delivery,
    );
    // Slack only acts on an ack it received in time and with a 200.
    if (response.status === 200)
      applyViewSubmissionAck(emulator.state, input.userId, stored.id, response.body);
    return response;
  }

  return {
    viewSubmission,

    /** Fills the open view like a user (inputs by block_id), then submits it. */
    async fillAndSubmit(userId: string, viewId: string, inputs: FormInputs, options: FillOptions = {}) {
      const stored = link.currentView(viewId);
      const values = buildStateValues(stored.view, inputs);
      const clientErrors = options.skipClientValidation ? {} : clientSideErrors(stored.view, values);
      if (Object.keys(clientErrors).length > 0) {
        const refused: SubmitResult = { status: 0, body: null, sent: false, clientErrors };
        return refused;
      }
      const response = await viewSubmission({ userId, view: viewId, values }, options);
      const result: SubmitResult = { ...response, sent: true, clientErrors };
      return result;
    },

    /** Asks the app for external_select options; the answer is `body.options` / `body.option_groups`. */
    blockSuggestion(
      input: { userId: string; view: string | JsonObject; actionId: string; blockId: string; value: string },
      delivery?: DeliveryOptions,
    ): Promise<AppResponse> {
      const stored = link.currentView(input.view);
      const payload = blockSuggestionPayload(input.userId, workspace, stored.view, input);
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
        viewClosedPayload(input.userId, workspace, stored.view, isCleared),
        delivery,
      );
    },
  };
}
