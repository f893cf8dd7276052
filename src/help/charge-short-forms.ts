/**
 * Billers name a charge the way the clinic says it, not the way the charge description spells it:
 * "her echo" is the Echocardiogram, "the EKG" an Electrocardiogram, "his labs" the Lab panel, "the
 * flu shot" the Flu vaccine. Each short form maps to the words a description of that service has,
 * so that charge-named.ts can match a question's words to a description's. Folded (lower case, no
 * accents, hyphens joined, in the singular) as charge-named.ts folds both sides.
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  echo: ['echocardiogram', 'echocardiography'],
  tte: ['echocardiogram'],
  ekg: ['ekg', 'ecg', 'electrocardiogram'],
  ecg: ['ekg', 'ecg', 'electrocardiogram'],
  xr: ['xray'],
  cxr: ['chest', 'xray'],
  radiograph: ['xray'],
  sono: ['ultrasound'],
  sonogram: ['ultrasound'],
  mammo: ['mammogram', 'mammography'],
  colo: ['colonoscopy'],
  scope: ['colonoscopy', 'endoscopy'],
  cmp: ['comprehensive', 'metabolic'],
  bmp: ['basic', 'metabolic'],
  cbc: ['blood', 'count'],
  labs: ['lab', 'panel'],
  bloodwork: ['lab', 'panel'],
  ua: ['urinalysis'],
  shot: ['vaccine', 'vaccination', 'immunization', 'injection'],
  vax: ['vaccine', 'vaccination', 'immunization'],
  jab: ['vaccine', 'vaccination', 'immunization'],
  immunization: ['vaccine', 'vaccination'],
  ov: ['office'],
  physio: ['physical', 'therapy'],
  counseling: ['counselling'],
  dietitian: ['nutrition'],
  dietician: ['nutrition'],
};

/** The description words a question's word stands for, besides itself. */
export function shortFormWords(word: string): readonly string[] {
  return SHORT_FORMS[word] ?? [];
}
