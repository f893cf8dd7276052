/**
 * App Home is built when a user opens the tab (app_home_opened), and published again after each
 * change they make while they have it, so its recent actions and Undo stay current. Two things
 * keep that from costing a confirm its time:
 * - Someone who has not opened the tab since this instance started gets no refresh: the tab is
 *   built when they open it. (With several instances, the one that saw the opening refreshes.)
 * - One user's refreshes are coalesced. A burst of changes (several confirms in a row, a batch and
 *   its undo) would rebuild and resend the same view each time, and Slack rate-limits
 *   views.publish. While one refresh runs, every further request shares a single next run, which
 *   starts when it ends and so reads every change made until then. Each caller's promise settles
 *   after a run that began after its call.
 */
export class HomeRefresher {
  readonly #opened = new Set<string>();
  readonly #running = new Map<string, Promise<void>>();
  readonly #next = new Map<string, Promise<void>>();

  /** The user opened their App Home tab: build it now, and keep it current from here on. */
  opened(userId: string, publish: () => Promise<void>): Promise<void> {
    this.#opened.add(userId);
    return this.refresh(userId, publish);
  }

  /** After a change by the user; nothing is published to someone who has not opened the tab. */
  refresh(userId: string, publish: () => Promise<void>): Promise<void> {
    if (!this.#opened.has(userId)) return Promise.resolve();
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

  /** `publish` must not reject (publishHome logs its own failures). */
  #start(userId: string, publish: () => Promise<void>): Promise<void> {
    const run = publish().finally(() => {
      if (this.#running.get(userId) === run) this.#running.delete(userId);
    });
    this.#running.set(userId, run);
    return run;
  }
}
