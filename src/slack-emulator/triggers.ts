import { randomBytes } from 'node:crypto';
import { SLACK_LIMITS } from './limits.ts';
import type { Clock } from './types.ts';

type IssuedTrigger = { userId: string; issuedAtMs: number; exchanged: boolean };

export type TriggerExchange =
  | { ok: true; userId: string }
  | { ok: false; error: 'invalid_trigger_id' | 'expired_trigger_id' | 'exchanged_trigger_id' };

/**
 * Trigger ids as Slack hands them out: one per user interaction, usable once, for 3 seconds.
 * Apps that do slow work before views.open fail in production; the emulator makes them fail in tests.
 */
export function createTriggerRegistry(clock: Clock) {
  const issued = new Map<string, IssuedTrigger>();
  let counter = 0;

  function issue(userId: string): string {
    counter += 1;
    const triggerId = `${Math.floor(clock.now() / 1000)}.${counter}.${randomBytes(8).toString('hex')}`;
    issued.set(triggerId, { userId, issuedAtMs: clock.now(), exchanged: false });
    return triggerId;
  }

  function exchange(triggerId: unknown): TriggerExchange {
    const trigger = typeof triggerId === 'string' ? issued.get(triggerId) : undefined;
    if (!trigger) return { ok: false, error: 'invalid_trigger_id' };
    if (trigger.exchanged) return { ok: false, error: 'exchanged_trigger_id' };
    if (clock.now() - trigger.issuedAtMs > SLACK_LIMITS.triggerLifetimeMs) {
      return { ok: false, error: 'expired_trigger_id' };
    }
    trigger.exchanged = true;
    return { ok: true, userId: trigger.userId };
  }

  return { issue, exchange };
}

export type TriggerRegistry = ReturnType<typeof createTriggerRegistry>;
