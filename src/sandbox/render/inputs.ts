/**
 * Input blocks in modals. Each field shows the form as it stands (the user's entries, else the
 * initial value), its hint and its error; `data-*` attributes tell the page script which
 * block_id and action_id a change belongs to and whether it dispatches block_actions.
 */

import { SLACK_TEXT_INPUT_MAX } from '../field-limits.ts';
import { asList, asObject, type JsonObject, type RenderContext, stringOf } from './context.ts';
import { optionsOf } from './elements.ts';
import { type Html, html } from './html.ts';
import { plainText, textHtml } from './text.ts';
import { unknownPlaceholder } from './unknown.ts';

type Field = { blockId: string; actionId: string; dispatch: boolean; entry: JsonObject | undefined };

function fieldAttributes(field: Field, type: string): Html {
  return html`data-field="1" data-block-id="${field.blockId}" data-action-id="${field.actionId}"
    data-type="${type}" data-dispatch="${field.dispatch ? '1' : ''}"`;
}

/** Text the field may hold: the app's max_length, never above Slack's own cap. */
function maxLengthOf(element: JsonObject): number {
  const declared = element.max_length;
  return typeof declared === 'number' && declared > 0
    ? Math.min(declared, SLACK_TEXT_INPUT_MAX)
    : SLACK_TEXT_INPUT_MAX;
}

function textInput(element: JsonObject, field: Field): Html {
  const value = stringOf(field.entry?.value) ?? '';
  const placeholder = plainText(element.placeholder);
  const attributes = fieldAttributes(field, String(element.type));
  // As in Slack, the field takes no more than max_length: a longer note cannot be typed or pasted.
  const maxLength = maxLengthOf(element);
  if (element.multiline === true) {
    return html`<textarea ${attributes} placeholder="${placeholder}" rows="3" maxlength="${maxLength}">${value}</textarea>`;
  }
  const numeric = element.type === 'number_input';
  return html`<input type="text" ${attributes} value="${value}" placeholder="${placeholder}"
    ${numeric ? html`inputmode="decimal"` : html`maxlength="${maxLength}"`}>`;
}

/**
 * A group of boxes; the page sends the values of the ticked ones, and Slack's shape
 * ({ type: 'checkboxes', selected_options }) is built from the view's own options.
 */
function checkboxes(element: JsonObject, field: Field, context: RenderContext): Html {
  const ticked = new Set(
    asList(field.entry?.selected_options).flatMap((option) => stringOf(option.value) ?? []),
  );
  const boxes = asList(element.options).map((option) => {
    const value = stringOf(option.value) ?? '';
    return html`<label class="checkbox">
      <input type="checkbox" value="${value}" ${ticked.has(value) ? html`checked` : html``}>
      <span class="checkbox-text">${textHtml(option.text, context)}${
        option.description
          ? html`<span class="checkbox-description">${textHtml(option.description, context)}</span>`
          : html``
      }</span></label>`;
  });
  return html`<div class="checkboxes" role="group" ${fieldAttributes(field, 'checkboxes')}>${boxes}</div>`;
}

function staticSelect(element: JsonObject, field: Field): Html {
  const chosen = stringOf(asObject(field.entry?.selected_option)?.value);
  const options = optionsOf(element).map((option) => {
    const value = stringOf(option.value) ?? '';
    return html`<option value="${value}" ${value === chosen ? html`selected` : html``}>${plainText(option.text)}</option>`;
  });
  const placeholder = plainText(element.placeholder) || 'Select an item';
  return html`<select ${fieldAttributes(field, 'static_select')}>
    <option value="" ${chosen === undefined ? html`selected` : html``}>${placeholder}</option>${options}</select>`;
}

/** Type-ahead: the script asks the options endpoint (block_suggestion) as the user types. */
function externalSelect(element: JsonObject, field: Field): Html {
  const chosen = asObject(field.entry?.selected_option);
  const minLength = typeof element.min_query_length === 'number' ? element.min_query_length : 3;
  return html`<div class="external-select" data-min-query="${minLength}">
    <input type="text" class="external-query" autocomplete="off" value="${plainText(chosen?.text)}"
      placeholder="${plainText(element.placeholder) || 'Type to search'}">
    <input type="hidden" ${fieldAttributes(field, 'external_select')} value="${stringOf(chosen?.value) ?? ''}">
    <ul class="suggestions" hidden></ul></div>`;
}

function datePicker(field: Field): Html {
  const value = stringOf(field.entry?.selected_date) ?? '';
  return html`<input type="date" ${fieldAttributes(field, 'datepicker')} value="${value}">`;
}

function inputElement(element: JsonObject, field: Field, context: RenderContext): Html {
  switch (element.type) {
    case 'plain_text_input':
    case 'number_input':
    case 'email_text_input':
    case 'url_text_input':
      return textInput(element, field);
    case 'static_select':
      return staticSelect(element, field);
    case 'external_select':
      return externalSelect(element, field);
    case 'datepicker':
      return datePicker(field);
    case 'checkboxes':
      return checkboxes(element, field, context);
    default:
      return unknownPlaceholder('element', stringOf(element.type));
  }
}

export function inputBlock(block: JsonObject, context: RenderContext): Html {
  const blockId = stringOf(block.block_id) ?? '';
  const element = asObject(block.element) ?? {};
  const actionId = stringOf(element.action_id) ?? '';
  const field: Field = {
    blockId,
    actionId,
    dispatch: block.dispatch_action === true,
    entry: context.state?.[blockId]?.[actionId],
  };
  const error = context.errors?.[blockId];
  return html`<div class="block input-block${error ? ' has-error' : ''}" data-block-id="${blockId}">
    <label class="input-label">${textHtml(block.label, context)}${block.optional === true ? html` <span class="optional">(optional)</span>` : html``}</label>
    ${inputElement(element, field, context)}
    ${block.hint ? html`<div class="hint">${textHtml(block.hint, context)}</div>` : html``}
    ${error ? html`<div class="field-error" role="alert">${error}</div>` : html``}
  </div>`;
}
