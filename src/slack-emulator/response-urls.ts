import { readBoolean, readString } from './api-result.ts';
import type { EmulatorState } from './emulator-state.ts';
import { SLACK_LIMITS } from './limits.ts';
import type { JsonObject } from './types.ts';

/** What a response_url is bound to: the user who acted, where, and the message they acted on. */
export type ResponseUrlTarget = { userId: string; channelId: string; messageTs?: string };

type IssuedUrl = ResponseUrlTarget & { issuedAtMs: number; posts: number };

export type ResponseUrlAnswer = { status: number; body: JsonObject };

/**
 * response_url endpoints: 5 posts within 30 minutes, like Slack. A post becomes a message
 * (ephemeral unless `response_type: 'in_channel'`) or replaces/deletes the original one.
 */
export function createResponseUrls(state: EmulatorState) {
  const issued = new Map<string, IssuedUrl>();

  function refusal(url: IssuedUrl | undefined): ResponseUrlAnswer | undefined {
    if (!url) return { status: 404, body: { ok: false, error: 'invalid_url' } };
    if (state.clock.now() - url.issuedAtMs > SLACK_LIMITS.responseUrlLifetimeMs) {
      return { status: 404, body: { ok: false, error: 'expired_url' } };
    }
    if (url.posts >= SLACK_LIMITS.responseUrlPosts)
      return { status: 404, body: { ok: false, error: 'used_url' } };
    return undefined;
  }

  function apply(url: IssuedUrl, body: JsonObject): void {
    const text = readString(body, 'text');
    const blocks = Array.isArray(body.blocks) ? body.blocks : undefined;
    if (readBoolean(body, 'delete_original') && url.messageTs) {
      state.messages.delete(url.channelId, url.messageTs);
      return;
    }
    if (readBoolean(body, 'replace_original') && url.messageTs) {
      state.messages.update(url.channelId, url.messageTs, { text, blocks });
      return;
    }
    const inChannel = body.response_type === 'in_channel';
    state.messages.post({
      channel: url.channelId,
      user: state.workspace.botUserId,
      text,
      blocks,
      threadTs: readString(body, 'thread_ts'),
      ...(inChannel ? {} : { ephemeralTo: url.userId }),
    });
  }

  return {
    issue(target: ResponseUrlTarget): string {
      const id = state.ids.next('R');
      issued.set(id, { ...target, issuedAtMs: state.clock.now(), posts: 0 });
      return id;
    },
    receive(id: string, body: JsonObject): ResponseUrlAnswer {
      const url = issued.get(id);
      const refused = refusal(url);
      state.responseUrlPosts.push({ id, body, at: state.clock.now(), accepted: !refused });
      if (refused || !url) return refused ?? { status: 404, body: { ok: false, error: 'invalid_url' } };
      url.posts += 1;
      apply(url, body);
      return { status: 200, body: { ok: true } };
    },
  };
}

export type ResponseUrls = ReturnType<typeof createResponseUrls>;
