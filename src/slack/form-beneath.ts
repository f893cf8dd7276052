/**
 * A form opened on top of another by a next-step button ("Refund payment" over a write-off the PR
 * blocked): once it is done, the form beneath is shown again as things now stand. Left as it was,
 * it still said "already paid, refund first" about a charge the refund had just re-opened, and
 * its charge list lacked that charge.
 */
import type { webApi } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';
import { loadModal, loadPendingAction } from '../workflow/index.ts';
import type { SlackDeps } from './deps.ts';
import { viewForState } from './modal-views.ts';

type WebClient = webApi.WebClient;

export async function refreshFormBeneath(
  deps: SlackDeps,
  client: WebClient,
  done: { readonly pendingId: string; readonly userId: string; readonly previousViewId: string | null },
): Promise<void> {
  if (!done.previousViewId) return;
  const pending = await loadPendingAction(deps.db, done.pendingId);
  const beneath = pending?.payload.openedOver;
  if (!beneath) return;
  const state = await loadModal(deps.db, { pendingId: beneath, actorId: done.userId, now: deps.clock.now() });
  try {
    await client.views.update({ view_id: done.previousViewId, view: viewForState(state) });
  } catch (error) {
    // Closed meanwhile: nothing is beneath any more, and nothing is lost.
    deps.logger.info('form beneath not refreshed', { pendingId: beneath, ...errorFacts(error) });
  }
}
