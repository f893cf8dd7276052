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
    // Slack sends the typed text as a string and always names the user; a request that does not
    // is answered with no options at once, rather than failing and timing out after 3 s.
    const userId: unknown = body.user?.id;
    const typed: unknown = body.value ?? '';
    if (typeof userId !== 'string' || typeof typed !== 'string') {
      await ack({ options: [] });
      // Ids only: the value may be anything, and is not logged.
      deps.logger.info('patient search refused: not as Slack sends it', {
        userId: typeof userId === 'string' ? userId : undefined,
        valueType: typeof typed,
      });
      return;
    }
    if (!(await mayDo(deps.db, userId, 'view_balance'))) {
      await ack({ options: [] });
      return;
    }
    const query = typed;
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
