/** The sandbox page: places and a user switcher on the left, the place in the middle, the modal on top. Pure. */
import type { SlashCommandInfo } from '../commands.ts';
import { MAX_COMPOSED_CHARS } from '../compose.ts';
import type { SandboxPerson } from '../people.ts';
import type { PlaceContent } from '../place-content.ts';
import type { Place } from '../places.ts';
import { type Html, html, jsonAttribute, raw } from './html.ts';

export interface PageModel {
  readonly user: SandboxPerson;
  readonly place: Place;
  readonly places: readonly Place[];
  readonly people: readonly SandboxPerson[];
  readonly commands: readonly SlashCommandInfo[];
  readonly content: PlaceContent;
  readonly workspaceName: string;
  /** Each person's title from the ledger's roles now (`personTitle`); their start title otherwise. */
  readonly titles?: Readonly<Record<string, string>>;
}

const titleOf = (model: Pick<PageModel, 'titles'>, person: SandboxPerson) =>
  model.titles?.[person.id] ?? person.title;

/** The header's words about who is signed in; the page's script redraws them from the same text. */
export const whoText = (person: SandboxPerson, title: string) => `You are ${person.realName}, ${title}`;

/** A person as the user switcher lists them. */
export const switcherLabel = (person: SandboxPerson, title: string) => `${person.realName} (${title})`;

const placeTitle = (place: Place) =>
  place.kind === 'channel' || place.kind === 'requests' ? `#${place.label}` : place.label;

const link = (userId: string, placeId: string) =>
  `/?user=${encodeURIComponent(userId)}&place=${encodeURIComponent(placeId)}`;

function sidebar(model: PageModel): Html {
  const people = model.people.map(
    (p) =>
      html`<option value="${p.id}" ${p.id === model.user.id ? html`selected` : html``}>${switcherLabel(p, titleOf(model, p))}</option>`,
  );
  const places = model.places.map(
    (p) =>
      html`<a class="place${p.id === model.place.id ? ' active' : ''}" data-place="${p.id}" href="${link(model.user.id, p.id)}">${placeTitle(p)}${p.kind === 'requests' ? html` <span class="place-note">requests</span>` : html``}</a>`,
  );
  return html`<aside class="sidebar">
    <div class="workspace">${model.workspaceName}<span class="sandbox-tag">sandbox</span></div>
    <label class="switcher">Signed in as
      <select id="user-switcher" aria-label="Switch user">${people}</select></label>
    <nav class="places" aria-label="Places">${places}</nav>
    <p class="sidebar-note">A local stand-in for Slack: every click and message reaches the app as a signed Slack request.</p>
  </aside>`;
}

function composer(model: PageModel): Html {
  if (model.place.kind === 'home') return html``;
  return html`<form id="composer" class="composer" autocomplete="off">
    <ul id="command-hints" class="command-hints" hidden></ul>
    <textarea id="message-box" rows="2" aria-label="Message" maxlength="${MAX_COMPOSED_CHARS}"
      placeholder="Message ${placeTitle(model.place)}: try /writeoff $40 Jane hardship, or @billing what does Jane Doe owe?"></textarea>
    <button type="submit" class="btn btn-primary">Send</button>
  </form>`;
}

export function renderPage(model: PageModel): string {
  const modal = model.content.modal;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${placeTitle(model.place)} · ${model.workspaceName} (sandbox)</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/sandbox.css"></head>
<body data-user="${model.user.id}" data-place="${model.place.id}" data-commands="${jsonAttribute(model.commands)}">
<div class="app">
${sidebar(model)}
<main class="place-view">
  <header class="place-header"><h1>${placeTitle(model.place)}</h1>
    <span class="who">${whoText(model.user, titleOf(model, model.user))}</span></header>
  <div id="main" class="timeline">${raw(model.content.main)}</div>
  ${composer(model)}
</main>
</div>
<div id="modal-root" data-key="${modal?.key ?? ''}">${raw(modal?.html ?? '')}</div>
<dialog id="confirm-dialog"><form method="dialog"><h2 class="confirm-title"></h2><p class="confirm-text"></p>
  <menu><button value="deny" class="btn confirm-deny">Cancel</button><button value="confirm" class="btn btn-primary confirm-yes">Yes</button></menu></form></dialog>
<script src="/sandbox.js" defer></script>
</body></html>`.text;
}
