/**
 * A choice changed in a modal (patient, charge, reason, payment, amount on Enter): rebuild it.
 * Only for someone who may confirm the request the view names (`mayConfirmForm`); anyone else's
 * change saves nothing and the view says the request is not theirs.
 */

import { errorFacts } from '../../../db/error-facts.ts';
import { refreshModal } from '../../../workflow/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { readForm, type StateValues } from '../../form-state.ts';
import { viewForState } from '../../modal-views.ts';
import { stateValues, unreadableFieldErrors } from '../views/form-shape.ts';
import type { BlockActionArgs } from './types.ts';

export function refreshModalAction(deps: SlackDeps) {
  return async ({ ack, body, client }: BlockActionArgs): Promise<void> => {
    await ack();
    const view = body.view;
    if (!view?.private_metadata) return;
    const values = stateValues(view.state);
    // Fields not as Slack sends them (a buggy client's): the form stays as it is until submitted,
    // where they are refused on the field.
    if (Object.keys(unreadableFieldErrors(values, view.blocks ?? [])).length > 0) return;
    const form = readForm(values as StateValues);
    const state = await refreshModal(deps.db, {
      pendingId: view.private_metadata,
      actorId: body.user.id,
      form,
      now: deps.clock.now(),
    });
    // Someone else's request in this view (a forged payload): nothing was saved; ids only.
    if (state.kind === 'not_yours') {
      deps.logger.warn("change to someone else's form refused", {
        userId: body.user.id,
        pendingId: view.private_metadata,
      });
    }
    try {
      await client.views.update({ view_id: view.id, hash: view.hash, view: viewForState(state) });
    } catch (error) {
      // hash_conflict: a newer update already replaced this view; that one wins.
      deps.logger.warn('modal refresh skipped', { viewId: view.id, ...errorFacts(error) });
    }
  };
}
