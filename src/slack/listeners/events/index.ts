import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { appHomeOpenedEvent } from './app-home-opened.ts';
import { appMentionEvent } from './app-mention.ts';
import { messageEvent } from './message.ts';

export const EVENTS = ['app_mention', 'message', 'app_home_opened'] as const;

export function registerEvents(app: App, deps: SlackDeps): void {
  app.event('app_mention', appMentionEvent(deps));
  app.event('message', messageEvent(deps));
  app.event('app_home_opened', appHomeOpenedEvent(deps));
}
