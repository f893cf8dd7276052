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
  lab: ['lab', 'panel'],
  labs: ['lab', 'panel'],
  bloodtest: ['lab', 'panel'],
  bloodwork: ['lab', 'panel'],
  ua: ['urinalysis'],
  shot: ['vaccine', 'vaccination', 'immunization', 'injection'],
  vax: ['vaccine', 'vaccination', 'immunization'],
  jab: ['vaccine', 'vaccination', 'immunization'],
  immunization: ['vaccine', 'vaccination'],
  ov: ['office'],
  physio: ['physical', 'therapy'],
  physiotherapy: ['physical', 'therapy'],
  counseling: ['counselling'],
  dietitian: ['nutrition'],
  dietician: ['nutrition'],
};

/** The description words a question's word stands for, besides itself. */
export function shortFormWords(word: string): readonly string[] {
  return SHORT_FORMS[word] ?? [];
}

/**
 * The words that name the same service as this one, either way round: "vaccination" is what "vax"
 * and "shot" stand for, and they stand for "vaccine" too. For telling whether a patient has a
 * charge for the service a question names, whichever of its names each side uses.
 */
export function serviceNames(word: string): ReadonlySet<string> {
  const forms = Object.entries(SHORT_FORMS).filter(([form, words]) => form === word || words.includes(word));
  return new Set([word, ...forms.flatMap(([form, words]) => [form, ...words])]);
}
