/** Patient search for the modals' external_select: the ledger's fuzzy search, best first. */
import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import {
  loadPendingAction,
  mayDo,
  type PatientChoice,
  patientSearch,
  pickPatientFor,
} from '../../../workflow/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { patientOption } from '../../views/shared-blocks.ts';

type OptionsArgs = SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs;

export function patientOptions(deps: SlackDeps) {
  return async ({ ack, body }: OptionsArgs): Promise<void> => {
    if (!(await mayDo(deps.db, body.user.id, 'view_balance'))) {
      await ack({ options: [] });
      return;
    }
    const query = body.value ?? '';
    let found: PatientChoice[];
    if (query.trim() === '') {
      // Opened without typing: offer the patients the request named.
      const pending = body.view?.private_metadata
        ? await loadPendingAction(deps.db, body.view.private_metadata)
        : null;
      found = pending ? await pickPatientFor(deps.db, pending) : [];
    } else {
      found = await patientSearch(deps.db, query);
    }
    await ack({ options: found.map(patientOption) });
  };
}
