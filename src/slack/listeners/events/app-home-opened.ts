/** App Home: the user's recent actions, with Undo where allowed. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { openHome } from '../../announce.ts';
import type { SlackDeps } from '../../deps.ts';

type HomeArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;

export function appHomeOpenedEvent(deps: SlackDeps) {
  return async ({ event, client }: HomeArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    await openHome(deps, client, event.user);
  };
}
