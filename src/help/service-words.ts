/**
 * Words that name a clinical service, as charge descriptions and billers write them: "her
 * colonoscopy", "the MRI", "his allergy testing". A question naming one asks about a charge for
 * that service; when the patient has none, the answer says so instead of speaking of another of
 * their charges (charge-named.ts). Folded as charge-named.ts folds words (lower case, no accents,
 * hyphens joined, in the singular). Words that say something else as often ("test", "scan",
 * "visit") are left out: they would find a missing charge in a question that names none.
 */
import { shortFormWords } from './charge-short-forms.ts';

const SERVICE_WORDS: ReadonlySet<string> = new Set([
  'allergy',
  'audiogram',
  'biopsy',
  'bloodwork',
  'colonoscopy',
  'colposcopy',
  'consultation',
  'counselling',
  'counseling',
  'dermatology',
  'dexa',
  'echocardiogram',
  'eeg',
  'ekg',
  'ecg',
  'electrocardiogram',
  'emg',
  'endoscopy',
  'holter',
  'immunization',
  'infusion',
  'injection',
  'mammogram',
  'mammography',
  'mri',
  'nutrition',
  'pap',
  'physiotherapy',
  'spirometry',
  'stitches',
  'supplies',
  'surgery',
  'suture',
  'therapy',
  'ultrasound',
  'urinalysis',
  'vaccination',
  'vaccine',
  'xray',
]);

/** Whether a folded word names a clinical service, itself or as a short form ("echo", "labs"). */
export function isServiceWord(word: string): boolean {
  return SERVICE_WORDS.has(word) || shortFormWords(word).length > 0;
}
