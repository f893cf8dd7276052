/**
 * App Home is published again after each change a user makes, so its recent actions and Undo
 * stay current. A burst of changes (several confirms in a row, a batch and its undo) would rebuild
 * and resend the same view each time, while Slack rate-limits views.publish and the app's time is
 * better spent on the next confirm. One user's refreshes are therefore coalesced: while one runs,
 * every further request shares a single next run, which starts when it ends and so reads every
 * change made until then. Each caller's promise settles after a run that began after its call.
 */
export class HomeRefresher {
  readonly #running = new Map<string, Promise<void>>();
  readonly #next = new Map<string, Promise<void>>();

  /** `publish` must not reject (publishHome logs its own failures). */
  refresh(userId: string, publish: () => Promise<void>): Promise<void> {
    const next = this.#next.get(userId);
    if (next) return next;
    const running = this.#running.get(userId);
    if (!running) return this.#start(userId, publish);
    const queued = running.then(() => {
      this.#next.delete(userId);
      return this.#start(userId, publish);
    });
    this.#next.set(userId, queued);
    return queued;
  }

  #start(userId: string, publish: () => Promise<void>): Promise<void> {
    const run = publish().finally(() => {
      if (this.#running.get(userId) === run) this.#running.delete(userId);
    });
    this.#running.set(userId, run);
    return run;
  }
}
