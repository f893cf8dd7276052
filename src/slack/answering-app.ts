/**
 * Bolt leaves a request unanswered when no listener acknowledges it, and the receiver answers 404
 * after 3 s: Slack then shows the person "We had some trouble connecting". That happened to every
 * interaction the app has nothing to do with: a button of an older version (unknown action_id),
 * view_closed, a shortcut or message action, an interaction type Bolt does not know. Each is
 * acknowledged here the moment Bolt has run the listeners, with an empty answer: nothing to do.
 *
 * Slash commands keep Bolt's way (an unknown command is Slack's to report), and events are
 * acknowledged by Bolt before any listener runs.
 */
import { type AckFn, App, type ReceiverEvent } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';

export class AnsweringApp extends App {
  override async processEvent(event: ReceiverEvent): Promise<void> {
    if (isSlashCommand(event.body)) return super.processEvent(event);
    let answered = false;
    const ack: AckFn<unknown> = async (response) => {
      answered = true;
      await event.ack(response);
    };
    await super.processEvent({ ...event, ack });
    if (answered) return;
    answered = true;
    // Too late only when a listener kept it past 3 s without a word (the receiver answered then).
    await event.ack().catch((error: unknown) => this.logger.debug('late default ack', errorFacts(error)));
  }
}

function isSlashCommand(body: ReceiverEvent['body']): boolean {
  return typeof body === 'object' && body !== null && typeof body.command === 'string';
}
