/**
 * "Back to the form" on a late result ("Nothing was changed", "try again"): the pending action's
 * form comes back in the same modal, with the choices it remembers, to change and confirm again.
 */
import { errorFacts } from '../../../db/error-facts.ts';
import { isPendingId, loadModal } from '../../../workflow/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { viewForState } from '../../modal-views.ts';
import type { ButtonArgs } from './types.ts';

export function backToFormAction(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const pendingId = action.value ?? '';
    if (!body.view || !isPendingId(pendingId)) return;
    const state = await loadModal(deps.db, { pendingId, actorId: body.user.id, now: deps.clock.now() });
    try {
      await client.views.update({ view_id: body.view.id, hash: body.view.hash, view: viewForState(state) });
    } catch (error) {
      deps.logger.warn('form not shown again', { pendingId, viewId: body.view.id, ...errorFacts(error) });
    }
  };
}
