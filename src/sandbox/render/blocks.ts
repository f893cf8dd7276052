/** Block Kit layout blocks to HTML, for messages, modals and App Home alike. Pure. */
import { asList, asObject, type JsonObject, type RenderContext, stringOf } from './context.ts';
import { actionElement, imageElement } from './elements.ts';
import { type Html, html } from './html.ts';
import { inputBlock } from './inputs.ts';
import { textHtml } from './text.ts';
import { unknownPlaceholder } from './unknown.ts';

function section(block: JsonObject, context: RenderContext): Html {
  const blockId = stringOf(block.block_id) ?? '';
  const fields = asList(block.fields).map(
    (field) => html`<div class="field">${textHtml(field, context)}</div>`,
  );
  const accessory = asObject(block.accessory);
  return html`<div class="block section" data-block-id="${blockId}">
    <div class="section-body">
      ${block.text ? html`<div class="section-text">${textHtml(block.text, context)}</div>` : html``}
      ${fields.length > 0 ? html`<div class="section-fields">${fields}</div>` : html``}
    </div>
    ${accessory ? html`<div class="accessory">${actionElement(accessory, { blockId }, context)}</div>` : html``}
  </div>`;
}

function contextBlock(block: JsonObject, context: RenderContext): Html {
  const parts = asList(block.elements).map((element) =>
    element.type === 'image' ? imageElement(element) : html`<span>${textHtml(element, context)}</span>`,
  );
  return html`<div class="block context">${parts}</div>`;
}

function actions(block: JsonObject, context: RenderContext): Html {
  const blockId = stringOf(block.block_id) ?? '';
  const elements = asList(block.elements).map((element) => actionElement(element, { blockId }, context));
  return html`<div class="block actions" data-block-id="${blockId}">${elements}</div>`;
}

function image(block: JsonObject, context: RenderContext): Html {
  return html`<figure class="block image">
    ${block.title ? html`<figcaption>${textHtml(block.title, context)}</figcaption>` : html``}
    ${imageElement(block)}</figure>`;
}

export function renderBlock(block: JsonObject, context: RenderContext): Html {
  switch (block.type) {
    case 'header':
      return html`<h3 class="block header">${textHtml(block.text, context)}</h3>`;
    case 'section':
      return section(block, context);
    case 'context':
      return contextBlock(block, context);
    case 'divider':
      return html`<hr class="block divider">`;
    case 'actions':
      return actions(block, context);
    case 'image':
      return image(block, context);
    case 'input':
      return inputBlock(block, context);
    default:
      return unknownPlaceholder('block', stringOf(block.type));
  }
}

export function renderBlocks(blocks: unknown, context: RenderContext): Html {
  return html`${asList(blocks).map((block) => renderBlock(block, context))}`;
}
