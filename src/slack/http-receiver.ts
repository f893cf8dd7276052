/**
 * The HTTP receiver (POST /slack/events), Bolt's own with two answers changed:
 *
 * - A request dated more than 5 minutes in the future is refused with 401, like one more than 5
 *   minutes old. Bolt refuses only old ones; Slack's guidance is to refuse a skew either way, so
 *   that a request signed now cannot be held back and replayed later.
 * - A payload Bolt cannot route (an interaction without `user`, a view_submission without `view`:
 *   Slack never sends them) makes Bolt throw before any listener runs; it answered 500 and logged
 *   the error. It is acknowledged with an empty 200 instead, as a request for nobody, and the log
 *   says so without the payload.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { ListenOptions } from 'node:net';
import { type App, HTTPReceiver, type Logger, type LogLevel, type Receiver } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';

/** Slack's window for a request's timestamp, either side of now. */
export const MAX_CLOCK_SKEW_SEC = 5 * 60;

export interface SlackHttpReceiverOptions {
  readonly signingSecret: string;
  readonly endpoint: string;
  /** The app's logger, or the level of the one Bolt makes (as the App would pass it on). */
  readonly logging: { readonly logger: Logger } | { readonly logLevel: LogLevel };
}

/** Whether the signature's timestamp header is later than now plus the window. */
export function datedInTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && seconds > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SEC;
}

export class SlackHttpReceiver implements Receiver {
  private readonly http: HTTPReceiver;
  /** The App's logger, known once the App is built (init). */
  private logger: Logger | undefined;

  constructor(options: SlackHttpReceiverOptions) {
    this.http = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: options.endpoint,
      ...options.logging,
      processEventErrorHandler: async ({ error, response, logger }) => {
        if (response.headersSent) return false;
        // Bolt's own words, without the error (its message may quote the payload), a level lower.
        logger.warn('An unhandled error occurred while Bolt processed an event');
        logger.debug('the request was acknowledged and ignored', errorFacts(error));
        response.writeHead(200);
        response.end();
        return true;
      },
    });
    // Bolt verifies the signature and refuses old timestamps; this refuses future ones first.
    const verified = this.http.requestListener;
    this.http.requestListener = (request: IncomingMessage, response: ServerResponse) => {
      if (!datedInTheFuture(request.headers['x-slack-request-timestamp'], Date.now())) {
        verified(request, response);
        return;
      }
      this.logger?.warn('request refused: its signature timestamp is more than 5 minutes ahead');
      request.resume();
      response.writeHead(401);
      response.end();
    };
  }

  init(app: App): void {
    this.logger = app.logger;
    this.http.init(app);
  }

  /** The HTTP server, listening where App.start says (a port, or host and port). */
  start(where: number | string | ListenOptions): Promise<Server> {
    return this.http.start(where);
  }

  stop(): Promise<void> {
    return this.http.stop();
  }
}
