/** The top modal of a user's stack, as Slack's client shows it. Pure. */
import type { StoredView } from '../../slack-emulator/index.ts';
import { renderBlocks } from './blocks.ts';
import type { RenderContext } from './context.ts';
import { type Html, html } from './html.ts';
import { plainText } from './text.ts';

export function renderModal(stored: StoredView, depth: number, context: RenderContext): Html {
  const view = stored.view;
  const submit = plainText(view.submit);
  const close = plainText(view.close) || (submit ? 'Cancel' : 'Close');
  return html`<div class="modal-backdrop"><section class="modal" role="dialog" aria-modal="true"
      data-view-id="${stored.id}" data-depth="${depth}">
    <header class="modal-title">${depth > 1 ? html`<span class="stack-depth" title="Pushed view">${depth} ›</span>` : html``}${plainText(view.title)}</header>
    <form class="modal-body" novalidate>${renderBlocks(view.blocks, context)}</form>
    <div class="modal-problem" role="alert" hidden></div>
    <footer class="modal-actions">
      <button type="button" class="btn" data-kind="close">${close}</button>
      ${submit ? html`<button type="button" class="btn btn-primary" data-kind="submit">${submit}</button>` : html``}
    </footer>
  </section></div>`;
}
