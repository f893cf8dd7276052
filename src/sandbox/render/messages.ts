/** A place's messages as Slack shows them: authors, times, threads under their parent, files. Pure. */
import type { SharedFile, StoredMessage } from '../../slack-emulator/index.ts';
import { renderBlocks } from './blocks.ts';
import type { RenderContext } from './context.ts';
import { type Html, html } from './html.ts';
import { mrkdwnToHtml } from './mrkdwn.ts';

export interface MessageListContext extends RenderContext {
  readonly botUserId: string;
  readonly appName: string;
  /** Where the page fetches a file's bytes. */
  readonly fileUrl: (fileId: string) => string;
}

export type ThreadedMessage = { readonly message: StoredMessage; readonly replies: readonly StoredMessage[] };

const timeOf = (ts: string) => new Date(Number(ts) * 1000).toISOString().slice(11, 16);

function fileHtml(file: SharedFile, context: MessageListContext): Html {
  const url = context.fileUrl(file.id);
  if (file.mimetype.startsWith('image/')) {
    // Shown as large as the column allows (a chart's labels must be readable); a click opens it full size.
    return html`<figure class="file file-image"><a class="file-open" href="${url}" target="_blank" rel="noopener" title="Open full size"><img src="${url}" alt="${file.title}"></a><figcaption>${file.title}</figcaption></figure>`;
  }
  const kind = file.mimetype === 'text/csv' ? 'CSV' : (file.name.split('.').pop() ?? 'file').toUpperCase();
  return html`<a class="file file-card" href="${url}" download="${file.name}">
    <span class="file-kind">${kind}</span><span class="file-name">${file.title}</span>
    <span class="file-size">${Math.max(1, Math.round(file.size / 1024))} KB</span></a>`;
}

function bodyHtml(message: StoredMessage, context: MessageListContext): Html {
  const hasBlocks = Array.isArray(message.blocks) && message.blocks.length > 0;
  const body = hasBlocks
    ? renderBlocks(message.blocks, context)
    : html`<div class="message-text">${mrkdwnToHtml(message.text ?? '', context.nameOf)}</div>`;
  const files = (message.files ?? []).map((file) => fileHtml(file, context));
  return html`${body}${files.length > 0 ? html`<div class="files">${files}</div>` : html``}`;
}

function messageHtml(message: StoredMessage, context: MessageListContext, isReply: boolean): Html {
  const fromBot = message.user === context.botUserId;
  const author = fromBot ? context.appName : (context.nameOf(message.user) ?? message.user);
  return html`<article class="message${isReply ? ' reply' : ''}${message.ephemeralTo ? ' ephemeral' : ''}"
      data-channel="${message.channel}" data-ts="${message.ts}" data-thread-ts="${message.threadTs ?? ''}">
    <div class="avatar${fromBot ? ' bot' : ''}">${author.slice(0, 1).toUpperCase()}</div>
    <div class="message-main">
      <div class="message-meta"><span class="author">${author}</span>${fromBot ? html`<span class="app-badge">APP</span>` : html``}
        <time>${timeOf(message.ts)}</time></div>
      ${message.ephemeralTo ? html`<div class="only-you">Only visible to you</div>` : html``}
      ${bodyHtml(message, context)}
    </div>
  </article>`;
}

export function renderMessageList(threads: readonly ThreadedMessage[], context: MessageListContext): Html {
  if (threads.length === 0) return html`<p class="empty">No messages yet. Try a slash command below.</p>`;
  return html`${threads.map(
    ({ message, replies }) => html`<div class="thread">${messageHtml(message, context, false)}
      ${replies.length > 0 ? html`<div class="replies">${replies.map((reply) => messageHtml(reply, context, true))}</div>` : html``}
    </div>`,
  )}`;
}
