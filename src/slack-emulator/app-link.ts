import { stringify } from 'node:querystring';
import { type AppResponse, type DeliveryOptions, deliverSigned } from './signing.ts';
import type { SlackEmulator } from './slack-emulator.ts';
import type { JsonObject, StoredView } from './types.ts';

export type AppClientOptions = {
  /** The app's Request URL, e.g. http://127.0.0.1:3000/slack/events. */
  appUrl: string;
  signingSecret: string;
  emulator: SlackEmulator;
  /** Separate Request URLs, when the app does not serve everything on `appUrl`. */
  commandsUrl?: string;
  interactivityUrl?: string;
  eventsUrl?: string;
};

/** The signed channel from "Slack" to the app, shared by the client's method groups. */
export function createAppLink(options: AppClientOptions) {
  const { emulator, signingSecret } = options;
  const sendForm = (url: string, form: Record<string, string>, delivery?: DeliveryOptions) =>
    deliverSigned(
      { url, signingSecret, contentType: 'application/x-www-form-urlencoded', rawBody: stringify(form) },
      delivery,
    );
  return {
    emulator,
    workspace: emulator.workspace,
    sendCommand: (form: Record<string, string>, delivery?: DeliveryOptions) =>
      sendForm(options.commandsUrl ?? options.appUrl, form, delivery),
    /** Interactive payloads travel as one form field, `payload`, holding JSON. */
    sendInteraction: (payload: JsonObject, delivery?: DeliveryOptions): Promise<AppResponse> =>
      sendForm(options.interactivityUrl ?? options.appUrl, { payload: JSON.stringify(payload) }, delivery),
    sendEvent: (body: JsonObject, delivery?: DeliveryOptions): Promise<AppResponse> =>
      deliverSigned(
        {
          url: options.eventsUrl ?? options.appUrl,
          signingSecret,
          contentType: 'application/json',
          rawBody: JSON.stringify(body),
        },
        delivery,
      ),
    /** The view as it is open in the emulator now, by id or from a (possibly outdated) view object. */
    currentView(viewOrId: string | JsonObject): StoredView {
      const viewId = typeof viewOrId === 'string' ? viewOrId : String(viewOrId.id);
      const stored = emulator.views.get(viewId);
      if (!stored) throw new Error(`The emulator has no view ${viewId}`);
      return stored;
    },
  };
}

export type AppLink = ReturnType<typeof createAppLink>;
