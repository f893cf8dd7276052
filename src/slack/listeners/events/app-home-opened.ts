/** App Home: the user's recent actions, with Undo where allowed. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { openHome } from '../../announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { stringFields } from './event-fields.ts';

type HomeArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;

export function appHomeOpenedEvent(deps: SlackDeps) {
  return async ({ event, client }: HomeArgs): Promise<void> => {
    const fields = stringFields(deps, event as unknown as Record<string, unknown>, ['tab', 'user']);
    if (fields?.tab !== 'home' || !fields.user) return;
    await openHome(deps, client, fields.user);
  };
}
