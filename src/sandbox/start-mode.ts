/** What `npm start` does: talk to Slack, open the browser sandbox, or say what to set and stop. */
import type { Config } from '../config.ts';
import { missingSlackSettings } from '../slack/app.ts';

export type StartMode = 'slack' | 'sandbox' | 'missing_credentials';

export function startMode(config: Config): StartMode {
  if (config.SANDBOX === '1') return 'sandbox';
  if (missingSlackSettings(config).length === 0) return 'slack';
  return config.SANDBOX === '0' ? 'missing_credentials' : 'sandbox';
}
