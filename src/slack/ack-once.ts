/**
 * Slack takes one acknowledgement per request, and a confirm may have two moments to send it:
 * the ledger's commit (an empty ack closes the form at once) or the handler's end (errors, a
 * new view, "Working…"). Whichever comes first answers; the later one is skipped, and `sent`
 * tells the handler that the form has already closed.
 */
export interface AckOnce<A> {
  /** Sends `answer` unless an answer was sent already. */
  send(answer?: A): Promise<void>;
  readonly sent: boolean;
}

export function ackOnce<A>(ack: (answer?: A) => Promise<void>): AckOnce<A> {
  let sent = false;
  return {
    get sent() {
      return sent;
    },
    async send(answer) {
      if (sent) return;
      sent = true;
      await ack(answer);
    },
  };
}
