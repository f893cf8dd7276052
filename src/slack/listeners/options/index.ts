import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { PATIENT_ACTION } from '../../views/shared-blocks.ts';
import { patientOptions } from './patient-options.ts';

export function registerOptions(app: App, deps: SlackDeps): void {
  app.options(PATIENT_ACTION, patientOptions(deps));
}
