import { type Html, html } from './html.ts';

/** Block Kit the page cannot render is shown, never dropped: the reader sees what is missing. */
export function unknownPlaceholder(kind: 'block' | 'element', type: string | undefined): Html {
  return html`<div class="unknown-block" data-unknown-type="${type ?? ''}">Unsupported ${kind}: <code>${type ?? '(no type)'}</code></div>`;
}
