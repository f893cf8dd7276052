// The sandbox page's only script: it sends what the user does to the sandbox server (which
// turns it into signed Slack requests) and redraws the place and the modal from the server's
// HTML. No framework and no build step.
const body = document.body;
const user = body.dataset.user;
const place = body.dataset.place;
const commands = JSON.parse(body.dataset.commands || '[]');
const POLL_MS = 600;

const main = document.getElementById('main');
const modalRoot = document.getElementById('modal-root');

/**
 * Every refusal is shown: in the open modal when the request came from it (a toast under the
 * modal's backdrop is easy to miss), otherwise as a note over the page.
 */
async function post(path, payload, from) {
  let answer = {};
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, ...payload }),
    });
    answer = await response.json().catch(() => ({}));
    if (!response.ok) showProblem(problemText(path, answer.error || `it answered ${response.status}`), from);
  } catch {
    showProblem('The sandbox is not answering. Is `npm start` still running?', from);
    return answer;
  }
  await refresh();
  return answer;
}

function problemText(path, reason) {
  const what = path === '/api/submit' ? 'This form was not sent' : 'The sandbox did not take that';
  return `${what}: ${reason}.`;
}

function showProblem(text, from) {
  const modal = from?.closest?.('.modal');
  const inModal = modal?.isConnected ? modal.querySelector('.modal-problem') : null;
  if (inModal) {
    inModal.textContent = text;
    inModal.hidden = false;
    return;
  }
  const note = document.createElement('div');
  note.className = 'sandbox-problem';
  note.setAttribute('role', 'alert');
  note.textContent = text;
  document.body.append(note);
  setTimeout(() => note.remove(), 10000);
}

/**
 * A press on a modal's button holds the modal still until its click is delivered. Pressing the
 * button takes the focus off the field just typed in, and that field's change clears its error
 * and makes the app redraw the form; a shorter form moves the button from under the pointer
 * before it is released, and the browser then fires no click. So while the button is held down,
 * errors are cleared and the modal redrawn only after the click (or the press given up).
 */
const press = { held: false, redraw: null, clear: new Set(), timer: 0 };
const PRESS_LIMIT_MS = 10_000;

document.addEventListener(
  'pointerdown',
  (event) => {
    if (event.button !== 0 || !event.target.closest?.('#modal-root button, #modal-root .suggestion')) return;
    press.held = true;
    clearTimeout(press.timer);
    // A press that never ends (the window lost with the button down) holds nothing for long.
    press.timer = setTimeout(releasePress, PRESS_LIMIT_MS);
  },
  true,
);

// The click follows the pointer's release in the same task; the held changes come after it.
for (const type of ['pointerup', 'pointercancel']) {
  document.addEventListener(
    type,
    () => {
      if (!press.held) return;
      clearTimeout(press.timer);
      press.timer = setTimeout(releasePress, 0);
    },
    true,
  );
}
window.addEventListener('blur', () => {
  if (press.held) releasePress();
});

function releasePress() {
  clearTimeout(press.timer);
  press.held = false;
  for (const field of press.clear) if (field.isConnected) clearFieldError(field);
  press.clear.clear();
  const redraw = press.redraw;
  press.redraw = null;
  if (redraw) void refresh(redraw);
}

let lastMain = '';
/** `redrawModal` draws the modal even when its key is unchanged: the same errors again after a submit. */
async function refresh({ redrawModal = false } = {}) {
  const query = new URLSearchParams({ user, place });
  const response = await fetch(`/api/content?${query}`);
  if (!response.ok) return;
  const content = await response.json();
  if (content.main !== lastMain) {
    const atBottom = main.scrollHeight - main.scrollTop - main.clientHeight < 40;
    main.innerHTML = content.main;
    lastMain = content.main;
    if (atBottom) main.scrollTop = main.scrollHeight;
  }
  const key = content.modal ? content.modal.key : '';
  if (press.held && (redrawModal || modalRoot.dataset.key !== key)) {
    // Not under a pressed button: the redraw waits until the button's click has been delivered.
    press.redraw = press.redraw || { redrawModal };
    press.redraw.redrawModal ||= redrawModal;
  } else if (redrawModal || modalRoot.dataset.key !== key) {
    const focused = focusedField();
    const wasOpen = modalRoot.dataset.key !== '';
    modalRoot.innerHTML = content.modal ? content.modal.html : '';
    modalRoot.dataset.key = key;
    if (content.modal) focusInModal(focused);
    else if (wasOpen) focusMessageBox();
  }
  if (typeof content.who === 'string') showWho(content.who, content.people);
}

/** The header and the switcher follow the roles the ledger holds (an admin may change them). */
function showWho(who, people) {
  const header = document.querySelector('.place-header .who');
  if (header && header.textContent !== who) header.textContent = who;
  const switcher = document.getElementById('user-switcher');
  for (const person of people || []) {
    const option = [...switcher.options].find((o) => o.value === person.id);
    if (option && option.textContent !== person.label) option.textContent = person.label;
  }
}

// --- Keyboard in modals, as in Slack: focus moves in, Tab stays in, Escape cancels ------------

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

const openModal = () => modalRoot.querySelector('.modal');

function focusables(modal) {
  return [...modal.querySelectorAll(FOCUSABLE)].filter((element) => !element.closest('[hidden]'));
}

/** The field that has focus in the modal, so a redraw of the same view can give it back. */
function focusedField() {
  const active = document.activeElement;
  if (!active || !modalRoot.contains(active)) return null;
  const view = active.closest('[data-view-id]')?.dataset.viewId;
  const field = active.closest('[data-block-id]');
  return { view, blockId: field?.dataset.blockId, kind: active.dataset.kind, className: active.className };
}

/**
 * A modal just drawn takes the focus: the field that had it before a redraw of the same view,
 * otherwise its first input (its first button when it has none).
 */
function focusInModal(before) {
  const modal = openModal();
  if (!modal) return;
  // A field keeps the focus through a redraw of its view; a button does not (a view the app
  // updates after a first "Loading…" one gets its fields now, and the first of them the focus).
  if (before?.blockId && before.view === modal.dataset.viewId) {
    const again = focusables(modal).find(
      (element) =>
        element.closest('[data-block-id]')?.dataset.blockId === before.blockId &&
        element.dataset.kind === before.kind &&
        element.className === before.className,
    );
    if (again) return focusQuietly(again);
  }
  const all = focusables(modal);
  const first = all.find((element) => element.tagName !== 'BUTTON' && element.tagName !== 'A') || all[0];
  if (first) focusQuietly(first);
}

/** Focus the page gives (not the person) opens no type-ahead list over the form. */
let quietFocus = false;
function focusQuietly(element) {
  quietFocus = true;
  try {
    element.focus();
  } finally {
    quietFocus = false;
  }
}

function focusMessageBox() {
  const box = document.getElementById('message-box');
  if (box) box.focus();
}

/** Tab and Shift+Tab go round the modal's own controls while it is open. */
function trapTab(event, modal) {
  const all = focusables(modal);
  if (all.length === 0) return event.preventDefault();
  const at = all.indexOf(document.activeElement);
  if (event.shiftKey && at <= 0) {
    event.preventDefault();
    all.at(-1).focus();
  } else if (!event.shiftKey && (at === -1 || at === all.length - 1)) {
    event.preventDefault();
    all[0].focus();
  }
}

/** Escape closes the modal as its Cancel (Close) button does; an open type-ahead list goes first. */
function escapeModal(event, modal) {
  const list = event.target.closest?.('.external-select')?.querySelector('.suggestions');
  event.preventDefault();
  if (list && !list.hidden) {
    list.hidden = true;
    return;
  }
  modal.querySelector('[data-kind="close"]')?.click();
}

document.addEventListener('keydown', (event) => {
  const modal = openModal();
  // The confirm dialog over a modal handles its own keys (Escape there answers Cancel).
  if (!modal || document.getElementById('confirm-dialog').open) return;
  if (event.key === 'Tab') trapTab(event, modal);
  else if (event.key === 'Escape') escapeModal(event, modal);
});

// Focus that gets out some other way (a click on the page behind) is brought back in.
document.addEventListener('focusin', (event) => {
  const modal = openModal();
  if (!modal || modal.contains(event.target) || document.getElementById('confirm-dialog').open) return;
  focusInModal(null);
});

// --- Buttons, confirm dialogs and selects in messages, App Home and modals ----------------

function targetOf(element) {
  const view = element.closest('[data-view-id]');
  if (view?.dataset.viewId) return { kind: 'view', viewId: view.dataset.viewId };
  const message = element.closest('.message');
  return { kind: 'message', channelId: message.dataset.channel, ts: message.dataset.ts };
}

function confirmed(button) {
  if (!button.dataset.confirm) return Promise.resolve(true);
  const confirm = JSON.parse(button.dataset.confirm);
  const dialog = document.getElementById('confirm-dialog');
  dialog.querySelector('.confirm-title').textContent = confirm.title;
  dialog.querySelector('.confirm-text').textContent = confirm.text;
  dialog.querySelector('.confirm-yes').textContent = confirm.confirm;
  dialog.querySelector('.confirm-deny').textContent = confirm.deny;
  dialog.querySelector('.confirm-yes').classList.toggle('btn-danger', confirm.style === 'danger');
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
  });
}

async function pressButton(button) {
  if (!(await confirmed(button))) return;
  const { blockId, actionId, value } = button.dataset;
  await post(
    '/api/action',
    {
      target: targetOf(button),
      action: { action_id: actionId, block_id: blockId, type: 'button', ...(value ? { value } : {}) },
    },
    button,
  );
}

// --- Modal fields ------------------------------------------------------------------------------

function fieldValue(field) {
  if (field.dataset.type === 'checkboxes') return tickedValues(field);
  return field.value === '' &&
    field.dataset.type !== 'plain_text_input' &&
    field.dataset.type !== 'number_input'
    ? null
    : field.value;
}

/** A checkboxes group is sent as Slack holds it: the values of the ticked boxes, in their order. */
function tickedValues(group) {
  return [...group.querySelectorAll('input[type="checkbox"]:checked')].map((box) => box.value);
}

function changeField(field, extra = {}) {
  const view = field.closest('[data-view-id]');
  return post(
    '/api/change',
    {
      viewId: view.dataset.viewId,
      blockId: field.dataset.blockId,
      actionId: field.dataset.actionId,
      type: field.dataset.type,
      value: fieldValue(field),
      ...extra,
    },
    field,
  );
}

/** External selects were recorded with their labels when chosen; the rest is sent as it stands. */
function formInputs(modal) {
  const inputs = {};
  for (const field of modal.querySelectorAll('[data-field]')) {
    if (field.dataset.type === 'external_select') continue;
    inputs[field.dataset.blockId] = { [field.dataset.actionId]: fieldValue(field) };
  }
  return inputs;
}

/**
 * Every field was just sent, so drawing the modal again loses nothing; it brings back errors the
 * person cleared by changing a field even when the server's errors are the same as before.
 */
async function submitModal(modal) {
  const answer = await post(
    '/api/submit',
    { viewId: modal.dataset.viewId, inputs: formInputs(modal) },
    modal,
  );
  if ('sent' in answer) await refresh({ redrawModal: true });
}

/** A field the person changed no longer shows the error it had: the next submit checks it again. */
function clearFieldError(field) {
  if (press.held) return void press.clear.add(field);
  const block = field.closest('.input-block');
  if (!block) return;
  block.classList.remove('has-error');
  block.querySelector('.field-error')?.remove();
}

// --- external_select type-ahead (block_suggestion) ---------------------------------------------

let suggestTimer;
function suggest(query) {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    const box = query.closest('.external-select');
    const field = box.querySelector('[data-field]');
    const list = box.querySelector('.suggestions');
    if (query.value.length < Number(box.dataset.minQuery || 0)) {
      list.hidden = true;
      return;
    }
    const view = box.closest('[data-view-id]');
    const params = new URLSearchParams({
      user,
      viewId: view.dataset.viewId,
      blockId: field.dataset.blockId,
      actionId: field.dataset.actionId,
      q: query.value,
    });
    const answer = await (await fetch(`/api/options?${params}`)).json();
    list.replaceChildren(
      ...(answer.options || []).map((option) => {
        const item = document.createElement('li');
        item.textContent = option.text;
        item.dataset.value = option.value;
        item.className = 'suggestion';
        return item;
      }),
    );
    if (list.children.length === 0)
      list.append(
        Object.assign(document.createElement('li'), { textContent: 'No matches', className: 'no-match' }),
      );
    list.hidden = false;
  }, 200);
}

function chooseSuggestion(item) {
  const box = item.closest('.external-select');
  const field = box.querySelector('[data-field]');
  field.value = item.dataset.value;
  box.querySelector('.external-query').value = item.textContent;
  box.querySelector('.suggestions').hidden = true;
  clearFieldError(field);
  return changeField(field, { text: item.textContent });
}

// --- Events ---------------------------------------------------------------------------------

document.addEventListener('click', (event) => {
  const element = event.target.closest('[data-kind], .suggestion');
  if (!element) return;
  if (element.classList.contains('suggestion')) return void chooseSuggestion(element);
  const modal = element.closest('.modal');
  if (element.dataset.kind === 'button') return void pressButton(element);
  if (element.dataset.kind === 'submit') return void submitModal(modal);
  if (element.dataset.kind === 'close') {
    // One view_closed per modal, however quickly Escape or Cancel is pressed again.
    if (modal.dataset.closing) return;
    modal.dataset.closing = 'yes';
    return void post('/api/close', { viewId: modal.dataset.viewId }, modal).finally(() => {
      delete modal.dataset.closing;
    });
  }
});

document.addEventListener('change', (event) => {
  const element = event.target;
  if (element.dataset.kind === 'action-select' && element.value) {
    const option = element.selectedOptions[0];
    return void post(
      '/api/action',
      {
        target: targetOf(element),
        action: {
          action_id: element.dataset.actionId,
          block_id: element.dataset.blockId,
          type: element.dataset.type,
          selected_option: { text: { type: 'plain_text', text: option.textContent }, value: option.value },
        },
      },
      element,
    );
  }
  // A box belongs to its group: the group is the field, sent whole.
  const field = element.dataset.field ? element : element.closest('[data-field][data-type="checkboxes"]');
  if (!field) return;
  clearFieldError(field);
  if (field.dataset.type !== 'external_select') void changeField(field);
});

document.addEventListener('input', (event) => {
  if (event.target.classList.contains('external-query')) suggest(event.target);
});

document.addEventListener('focusin', (event) => {
  if (!quietFocus && event.target.classList.contains('external-query')) suggest(event.target);
});

document.addEventListener('keydown', (event) => {
  const field = event.target;
  if (event.key !== 'Enter' || field.tagName !== 'INPUT' || !field.dataset.field) return;
  event.preventDefault();
  if (field.dataset.dispatch) void changeField(field, { entered: true });
});

document.getElementById('user-switcher').addEventListener('change', (event) => {
  location.search = new URLSearchParams({ user: event.target.value, place }).toString();
});

// --- The message box, with usage hints for slash commands ---------------------------------------

const composer = document.getElementById('composer');
if (composer) {
  const box = document.getElementById('message-box');
  const hints = document.getElementById('command-hints');
  const showHints = () => {
    const typed = box.value.split(/\s/)[0];
    const matching = box.value.startsWith('/')
      ? commands.filter((c) => c.command.startsWith(typed.toLowerCase()))
      : [];
    hints.replaceChildren(
      ...matching.map((c) => {
        const item = document.createElement('li');
        item.dataset.command = c.command;
        item.innerHTML = '<b></b> <span class="usage"></span><div class="description"></div>';
        item.querySelector('b').textContent = c.command;
        item.querySelector('.usage').textContent = c.usageHint;
        item.querySelector('.description').textContent = c.description;
        return item;
      }),
    );
    hints.hidden = matching.length === 0;
  };
  box.addEventListener('input', showHints);
  hints.addEventListener('click', (event) => {
    const item = event.target.closest('li');
    if (!item) return;
    box.value = `${item.dataset.command} `;
    box.focus();
    showHints();
  });
  const send = async () => {
    const text = box.value.trim();
    if (!text) return;
    box.value = '';
    showHints();
    await post('/api/send', { place, text });
  };
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void send();
    }
  });
}

main.scrollTop = main.scrollHeight;
lastMain = main.innerHTML;
// A modal still open from before a reload takes the focus as a new one does.
if (openModal()) focusInModal(null);
setInterval(() => void refresh(), POLL_MS);
void refresh();
