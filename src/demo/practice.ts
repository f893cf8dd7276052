/** The whole demo practice: the named patients first, then the generated ones. */
import { fillerPatients } from './filler-patients.ts';
import { NAMED_PATIENTS } from './named-patients.ts';
import type { DemoPatient } from './scenario.ts';

export function demoPractice(): DemoPatient[] {
  return [...NAMED_PATIENTS, ...fillerPatients()];
}
