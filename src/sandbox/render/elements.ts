/**
 * Interactive elements. Each carries data attributes (block and action ids, the element type,
 * a confirm dialog) that the page script turns into the payload Slack would send.
 */
import { asList, asObject, type JsonObject, type RenderContext, stringOf } from './context.ts';
import { type Html, html, jsonAttribute } from './html.ts';
import { plainText, textHtml } from './text.ts';
import { unknownPlaceholder } from './unknown.ts';

export type ElementPlace = { readonly blockId: string };

function confirmAttribute(element: JsonObject): string | undefined {
  const confirm = asObject(element.confirm);
  if (!confirm) return undefined;
  return jsonAttribute({
    title: plainText(confirm.title),
    text: plainText(confirm.text),
    confirm: plainText(confirm.confirm) || 'Yes',
    deny: plainText(confirm.deny) || 'Cancel',
    style: stringOf(confirm.style) ?? '',
  });
}

function button(element: JsonObject, place: ElementPlace, context: RenderContext): Html {
  const style = stringOf(element.style);
  const url = stringOf(element.url);
  const label = textHtml(element.text, context);
  if (url && /^https?:/i.test(url)) {
    return html`<a class="btn" href="${url}" target="_blank" rel="noopener noreferrer">${label}</a>`;
  }
  return html`<button type="button" class="btn${style ? ` btn-${style}` : ''}" data-kind="button"
    data-block-id="${place.blockId}" data-action-id="${stringOf(element.action_id) ?? ''}"
    data-value="${stringOf(element.value) ?? ''}" data-confirm="${confirmAttribute(element) ?? ''}">${label}</button>`;
}

const optionsOf = (element: JsonObject): JsonObject[] => [
  ...asList(element.options),
  ...asList(element.option_groups).flatMap((group) => asList(group.options)),
];

/** A select in a message or an actions block: choosing sends block_actions with the option. */
function actionSelect(element: JsonObject, place: ElementPlace): Html {
  const options = optionsOf(element).map(
    (option) => html`<option value="${stringOf(option.value) ?? ''}">${plainText(option.text)}</option>`,
  );
  return html`<select class="action-select" data-kind="action-select" data-block-id="${place.blockId}"
    data-action-id="${stringOf(element.action_id) ?? ''}" data-type="${stringOf(element.type) ?? ''}">
    <option value="">${plainText(element.placeholder) || 'Choose…'}</option>${options}</select>`;
}

export function imageElement(element: JsonObject): Html {
  const url = stringOf(element.image_url) ?? '';
  return html`<img class="image-element" src="${/^(https?:|data:image\/)/i.test(url) ? url : ''}" alt="${stringOf(element.alt_text) ?? ''}">`;
}

/** Elements of actions blocks and section accessories. */
export function actionElement(element: JsonObject, place: ElementPlace, context: RenderContext): Html {
  switch (element.type) {
    case 'button':
      return button(element, place, context);
    case 'static_select':
    case 'overflow':
      return actionSelect(element, place);
    case 'image':
      return imageElement(element);
    default:
      return unknownPlaceholder('element', stringOf(element.type));
  }
}

export { optionsOf };
