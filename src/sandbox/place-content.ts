/**
 * What one user sees in one place right now, as HTML fragments: the messages (or App Home) and
 * their top modal. The page asks for this after every action and while it waits for replies.
 */
import { currentStateValues, type SlackEmulator, type StoredMessage } from '../slack-emulator/index.ts';
import type { Place } from './places.ts';
import { renderBlocks } from './render/blocks.ts';
import { html } from './render/html.ts';
import { renderMessageList, type ThreadedMessage } from './render/messages.ts';
import { renderModal } from './render/modal.ts';

export const APP_NAME = 'Billing Assistant';

export interface PlaceContent {
  readonly main: string;
  /** Changes only when the modal itself changes (not when the user types), so typing is never lost. */
  readonly modal: { readonly key: string; readonly html: string } | null;
}

/** The channel a place shows: a channel id, or the user's DM with the app. */
export function channelOf(emulator: SlackEmulator, userId: string, place: Place): string | undefined {
  if (place.kind === 'home') return undefined;
  if (place.kind === 'dm') return emulator.state.directory.dmFor(userId).id;
  return place.id;
}

export function nameOf(emulator: SlackEmulator) {
  return (userId: string) =>
    userId === emulator.workspace.botUserId ? APP_NAME : emulator.state.directory.user(userId)?.realName;
}

function threads(emulator: SlackEmulator, channelId: string, userId: string): ThreadedMessage[] {
  const visible = (m: StoredMessage) => m.ephemeralTo === undefined || m.ephemeralTo === userId;
  return emulator.messages.topLevel(channelId, userId).map((message) => ({
    message,
    replies: emulator.messages
      .inThread(channelId, message.ts)
      .filter((m) => m.ts !== message.ts && visible(m)),
  }));
}

function mainHtml(emulator: SlackEmulator, userId: string, place: Place): string {
  const names = nameOf(emulator);
  const channelId = channelOf(emulator, userId, place);
  if (!channelId) {
    const home = emulator.views.home(userId);
    const body = home
      ? renderBlocks(home.view.blocks, { nameOf: names })
      : html`<p class="empty">Opening the app's Home tab…</p>`;
    return html`<div class="home" data-view-id="${home?.id ?? ''}">${body}</div>`.text;
  }
  return renderMessageList(threads(emulator, channelId, userId), {
    nameOf: names,
    botUserId: emulator.workspace.botUserId,
    appName: APP_NAME,
    // The viewer goes with the link: the server hands a file only to someone who can see where it was shared.
    fileUrl: (fileId) => `/files/${encodeURIComponent(fileId)}?user=${encodeURIComponent(userId)}`,
  }).text;
}

function modalContent(emulator: SlackEmulator, userId: string): PlaceContent['modal'] {
  const stack = emulator.views.stack(userId);
  const top = stack.at(-1);
  if (!top) return null;
  const key = `${top.id}:${top.hash}:${stack.length}:${JSON.stringify(top.errors)}`;
  const context = {
    nameOf: nameOf(emulator),
    state: currentStateValues(top.view) as Record<string, Record<string, Record<string, unknown>>>,
    errors: top.errors,
  };
  return { key, html: renderModal(top, stack.length, context).text };
}

export function placeContent(emulator: SlackEmulator, userId: string, place: Place): PlaceContent {
  return { main: mainHtml(emulator, userId, place), modal: modalContent(emulator, userId) };
}
