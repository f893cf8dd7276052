/**
 * Shapes shared by the emulator's server, state and methods. Payloads stay loosely typed
 * (`JsonObject`) on purpose: the emulator must accept and judge whatever an app sends,
 * including payloads that break Slack's rules.
 */
export type JsonObject = Record<string, unknown>;

/** `title` is the profile's job title (the sandbox shows each person's billing role there). */
export type EmulatorUser = {
  id: string;
  name: string;
  realName: string;
  isAdmin?: boolean;
  title?: string;
  /** An app's bot user, as users.info reports it. */
  isBot?: boolean;
  /** A deactivated account. */
  deleted?: boolean;
};

/**
 * A conversation. `userId` is the person of a DM with the app. `botMember: false` is a
 * conversation the app was never added to (a private channel, a DM between two people): Slack
 * refuses the app's posts there. Omitted, the bot is a member.
 */
export type EmulatorChannel = {
  id: string;
  name: string;
  isIm?: boolean;
  userId?: string;
  isPrivate?: boolean;
  botMember?: boolean;
};

export type Clock = { now(): number };

/** One Web API call as the emulator received it (token removed) and what it answered. */
export type RecordedCall = { method: string; body: JsonObject; at: number; response: ApiResult };

/** A refused call, kept so a test can assert on the exact rule that was broken. */
export type Violation = { method: string; error: string; messages: string[]; at: number };

export type ApiResult = { ok: true; [key: string]: unknown } | ApiError;

export type ApiError = {
  ok: false;
  error: string;
  response_metadata?: { messages: string[] };
  [key: string]: unknown;
};

export type StoredView = {
  id: string;
  userId: string;
  hash: string;
  externalId?: string;
  /** The view as Slack would return it: the app's view plus id, hash, state, root_view_id... */
  view: JsonObject;
  /** Errors from the last `response_action: 'errors'` ack, by block_id. */
  errors: Record<string, string>;
};

export type StoredMessage = {
  channel: string;
  ts: string;
  user: string;
  text?: string;
  blocks?: unknown[];
  threadTs?: string;
  /** Set for chat.postEphemeral and ephemeral response_url posts: only this user sees it. */
  ephemeralTo?: string;
  deleted?: boolean;
  /** Files shared with the message (files.completeUploadExternal). */
  files?: SharedFile[];
};

/** A file as a message carries it: enough to show it and to fetch its bytes from the file store. */
export type SharedFile = { id: string; name: string; title: string; mimetype: string; size: number };

/** An uploaded file: reserved by files.getUploadURLExternal, filled by the upload, shared on completion. */
export type StoredFile = SharedFile & {
  bytes: Buffer | null;
  altText?: string;
  /** Where it was shared, once files.completeUploadExternal named a channel. */
  channel?: string;
  messageTs?: string;
};

export type AssistantThreadState = {
  channelId: string;
  threadTs: string;
  status?: string;
  title?: string;
  prompts?: unknown[];
};

export type ResponseUrlPost = { id: string; body: JsonObject; at: number; accepted: boolean };
