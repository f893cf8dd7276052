/**
 * A bounded memory of keys already handled (event ids, "channel:ts"). Slack delivers one mention
 * as both `app_mention` and `message`, and retries deliveries; each is handled once. Across app
 * instances, requests are deduplicated again in the database (the pending action id is derived
 * from channel and ts).
 */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 5_000) {}

  /** Forgets a key whose handling failed, so that a redelivery is handled again. */
  forget(key: string): void {
    this.keys.delete(key);
  }

  /** True when the key was seen before; records it otherwise. */
  seen(key: string): boolean {
    if (this.keys.has(key)) return true;
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
    return false;
  }
}

/**
 * Runs `handle` unless the key was seen. A key is recorded when its handling starts (a second
 * delivery arriving meanwhile is skipped) and forgotten when it fails: Slack's retry of an event
 * whose handling failed (the database away for a moment, a reply that did not go out) must be
 * handled, not dropped as already seen.
 */
export async function handleOnce(seen: RecentKeys, key: string, handle: () => Promise<void>): Promise<void> {
  if (seen.seen(key)) return;
  try {
    await handle();
  } catch (error) {
    seen.forget(key);
    throw error;
  }
}
