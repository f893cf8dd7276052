/**
 * A form that Slack would not open (views.open or views.push refused: the trigger_id expired on
 * the way, was already used, or Slack failed), or whose "Loading…" modal Slack would not fill in
 * (views.update refused: the modal was closed or changed meanwhile, or Slack failed). The person
 * pressed a button or ran a command and saw no form, so they are told privately that it did not
 * open and to try again: in the conversation through the request's response_url when it has one,
 * else by DM from the app.
 */
import type { Logger, webApi } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';
import { httpFetch } from './http-fetch.ts';

export const FORM_NOT_OPENED_TEXT =
  ':warning: The form could not be opened (Slack did not show it), so nothing was changed. Please try again.';

/** Where Slack refused: opening (or pushing) the Loading modal, or filling it in. */
export type FormStage = 'open' | 'fill';

/**
 * Thrown by modal-flow.ts when Slack refuses to open, push or fill in a form; Slack's error is
 * the cause.
 */
export class FormNotOpenedError extends Error {
  /** Bolt passes an error with a code on to the app's error handler as it is. */
  readonly code = 'form_not_opened';
  readonly stage: FormStage;

  constructor(cause: unknown, stage: FormStage = 'open') {
    super(stage === 'open' ? 'Slack did not open the form' : 'Slack did not fill the form in', { cause });
    this.name = 'FormNotOpenedError';
    this.stage = stage;
  }
}

export function isFormNotOpened(error: unknown): boolean {
  return error instanceof FormNotOpenedError;
}

/** Who pressed or typed, and where to answer them, from a command's or an interaction's body. */
function recipientOf(body: unknown): { userId?: string; responseUrl?: string } {
  const b = (body ?? {}) as { user_id?: unknown; user?: { id?: unknown }; response_url?: unknown };
  const userId = typeof b.user_id === 'string' ? b.user_id : b.user?.id;
  const url = b.response_url;
  return {
    ...(typeof userId === 'string' ? { userId } : {}),
    ...(typeof url === 'string' && /^https?:\/\//.test(url) ? { responseUrl: url } : {}),
  };
}

export async function tellFormNotOpened(
  logger: Logger,
  client: webApi.WebClient,
  body: unknown,
): Promise<void> {
  const { userId, responseUrl } = recipientOf(body);
  if (responseUrl && (await postEphemeral(responseUrl))) return;
  if (!userId) return;
  try {
    await client.chat.postMessage({ channel: userId, text: FORM_NOT_OPENED_TEXT });
  } catch (error) {
    logger.warn('form-not-opened notice not delivered', { userId, ...errorFacts(error) });
  }
}

async function postEphemeral(responseUrl: string): Promise<boolean> {
  try {
    const response = await httpFetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        response_type: 'ephemeral',
        replace_original: false,
        text: FORM_NOT_OPENED_TEXT,
      }),
    });
    return response.ok;
  } catch {
    return false;
  }
}
