/**
 * Opening a confirm modal within Slack's 3 seconds: a "Loading…" modal goes up first with the
 * trigger_id (valid once, for about 3 s), then the real one replaces it with views.update and
 * the hash Slack gave back (a stale hash is refused rather than overwriting a newer view). When
 * Slack will not open it (an expired trigger_id), or will not fill the Loading modal in (the view
 * was closed, `not_found`, or changed meanwhile, `hash_conflict`), FormNotOpenedError says so to
 * the app's error handler, which tells the person to try again.
 */
import type { webApi } from '@slack/bolt';
import type { ActionKind } from '../domain/index.ts';
import { loadModal } from '../workflow/index.ts';
import { SLACK_ACTIONS } from './actions/index.ts';
import { afterModalShown } from './after-shown.ts';
import type { SlackDeps } from './deps.ts';
import { FormNotOpenedError } from './form-not-opened.ts';
import { viewForState } from './modal-views.ts';
import type { ModalView } from './views/block-kit.ts';
import { buildLoadingModal } from './views/notice-modal-builder.ts';

type WebClient = webApi.WebClient;

export interface OpenedView {
  readonly id: string;
  readonly hash: string;
}

function opened(result: { view?: { id?: string; hash?: string } }): OpenedView {
  const id = result.view?.id;
  const hash = result.view?.hash;
  if (!id || !hash) throw new Error('invariant: Slack returned a view without id or hash');
  return { id, hash };
}

/** Opens (or pushes onto the stack) a "Loading…" modal for this kind of action. */
export async function openLoading(
  client: WebClient,
  triggerId: string,
  kind: ActionKind,
  mode: 'open' | 'push' = 'open',
): Promise<OpenedView> {
  return openLoadingTitled(client, triggerId, SLACK_ACTIONS[kind].title, mode);
}

/** The Loading modal before the kind of action is known (the model is still reading the text). */
export async function openLoadingTitled(
  client: WebClient,
  triggerId: string,
  title: string,
  mode: 'open' | 'push' = 'open',
): Promise<OpenedView> {
  const view = buildLoadingModal(title);
  let result: { view?: { id?: string; hash?: string } };
  try {
    result =
      mode === 'open'
        ? await client.views.open({ trigger_id: triggerId, view })
        : await client.views.push({ trigger_id: triggerId, view });
  } catch (error) {
    // The listener stops here; the app's error handler tells the person (form-not-opened.ts).
    throw new FormNotOpenedError(error, 'open');
  }
  return opened(result);
}

/** Fills the Loading modal in; when Slack refuses, the person would be left on "Loading…". */
export async function updateView(client: WebClient, target: OpenedView, view: ModalView): Promise<void> {
  try {
    await client.views.update({ view_id: target.id, hash: target.hash, view });
  } catch (error) {
    // As for views.open: the app's error handler tells the person (form-not-opened.ts).
    throw new FormNotOpenedError(error, 'fill');
  }
}

/** Replaces the Loading modal with the pending action's modal. */
export async function showPendingModal(
  deps: SlackDeps,
  client: WebClient,
  target: OpenedView,
  pendingId: string,
  actorId: string,
): Promise<void> {
  const state = await loadModal(deps.db, { pendingId, actorId, now: deps.clock.now() });
  await updateView(client, target, viewForState(state));
  deps.logger.debug('modal shown', { pendingId, viewId: target.id });
  if (state.kind === 'open') await afterModalShown(deps, client, state.model, actorId);
}
