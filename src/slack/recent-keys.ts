/**
 * A bounded memory of keys already handled (event ids, "channel:ts"). Slack delivers one mention
 * as both `app_mention` and `message`, and retries deliveries; each is handled once. Across app
 * instances, requests are deduplicated again in the database (the pending action id is derived
 * from channel and ts).
 */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 5_000) {}

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
