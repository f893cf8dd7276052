/**
 * Spanish written into an English request, as bilingual billers do: "write off todo el saldo de
 * Marta Quiroga", "undo el write-off de Diego Fuentes", "write off $50 para la paciente Elena Ruiz,
 * hardship", "write off lo que queda de Alberto Cruz, murió el 2 de noviembre". Its phrases are read
 * as the English ones they mean before anything else is read: the whole balance, the rest, "for"
 * before the patient, and the write-off reasons. Read as they stood, "todo el saldo de" was taken
 * for the patient's name, which is worse than no name: it is looked up as one.
 *
 * A name's own particles stay: "María de la Cruz" and "Juan de Dios" keep their "de", which follows
 * a name word, never a request's word or an amount.
 */

// Spanish letters, for the word boundaries JavaScript's \b does not see around "ó" or "ñ".
const L = String.raw`\p{L}`;
const word = (source: string) => new RegExp(`(?<!${L})(?:${source})(?!${L})`, 'giu');

// Reasons first: "saldo pequeño" is a small balance, not "the balance" of someone "pequeño".
const REASONS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    word('(?:el |un |su )?(?:saldo|balance) (?:pequeño|pequeno|chico|chiquito|mínimo|minimo|bajo)'),
    'small balance',
  ],
  [word('fallec(?:ió|io|ido|ida)|muri(?:ó|o)|difunt[oa]|finad[oa]'), 'deceased'],
  [word('(?:en |la )?bancarrota|(?:en |la )?quiebra'), 'bankruptcy'],
  [
    word(
      'dificultad(?:es)? (?:financiera|económica|economica)s?|problemas? (?:financieros?|económicos?|economicos?)|no tiene (?:dinero|recursos|con qu[eé] pagar)|no puede pagar|sin (?:dinero|recursos)|desemplead[oa]|sin trabajo',
    ),
    'financial hardship',
  ],
  [word('cortes[ií]a profesional'), 'professional courtesy'],
  [word('deuda incobrable|incobrable|mala deuda'), 'bad debt'],
  [word('agencia de cobr(?:o|anza)s?'), 'collection agency'],
  [word('(?:descuento (?:por |de )?)?pronto pago'), 'prompt pay discount'],
  [word('error administrativo|error de facturaci[oó]n'), 'administrative error'],
  [word('duplicad[oa]'), 'duplicate'],
];

// What is asked of the balance, with the "de" ("of") before whose it is: "todo el saldo de", "el
// balance de", "lo que queda de", "el resto del paciente".
const OF = '(?: (?:de(?: la| el)?|del)(?: paciente)?)?';
const AMOUNTS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    word(
      `(?:todo (?:el|su) (?:saldo|balance)|(?:el|su) (?:saldo|balance) (?:total|completo|entero)|todo lo que debe)${OF}`,
    ),
    'the whole balance for',
  ],
  [
    word(
      `(?:lo que (?:queda|resta|falta)|lo restante|el resto|(?:el|su) (?:saldo|balance) (?:restante|pendiente))${OF}`,
    ),
    'the rest for',
  ],
  [word(`(?:el|su) (?:saldo|balance)${OF}`), 'the balance for'],
];

// "for" before the patient: "para la paciente", "a nombre de", "de la paciente", "pa'".
const FOR_PATIENT = word(
  String.raw`(?:para|pa')(?: (?:el|la) (?:paciente|pte|señora|señor|sra\.?|sr\.?))?|a nombre (?:de(?: la| el)?|del)(?: paciente)?|(?:de la|del) paciente`,
);
// "de" ("of") between a request's word or an amount and a capitalised name: "$12 de Tomás
// Aguilar", "el write-off de Diego", "el PR de Sofía". Not after a name word ("María de la Cruz").
const OF_BEFORE_NAME = new RegExp(
  String.raw`((?:\$\s?\d[\d,.]*|\d[\d,.]* (?:dólares|dolares|bucks|dollars)|(?<!${L})(?:write[\s-]?offs?|writeoffs?|w\/o|wo|pr|saldo|balance|bal|cuenta|copago|copay|cargo|cobro|factura|deuda|reembolso|refund|pago|payment|visita|ajuste|adj))\s+)de\s+(?=\p{Lu})`,
  'giu',
);
const MONTHS =
  /^(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/i;

// The cheap look that spares the patterns on texts with no Spanish word of these.
const MAY_BE_SPANISH =
  /(?:^|[^\p{L}])(?:de|del|para|pa'|saldo|balance|queda|resta|falta|resto|restante|todo|fallec|muri|difunt|finad|bancarrota|quiebra|dificultad|problemas?|no tiene|no puede|sin|desemplead|cortes|deuda|incobrable|agencia|pronto|error|duplicad|nombre)(?:[^\p{L}]|$)|fallec|muri[óo]|difunt|desemplead|incobrable/iu;

/** The text with the Spanish phrases above in the English they mean; other text unchanged. */
export function withSpanishReadAsEnglish(text: string): string {
  if (!MAY_BE_SPANISH.test(text)) return text;
  let read = text;
  for (const [pattern, english] of REASONS) read = read.replace(pattern, english);
  for (const [pattern, english] of AMOUNTS) read = read.replace(pattern, english);
  read = read.replace(FOR_PATIENT, (found: string, at: number, whole: string) =>
    /^\s+\p{Lu}/u.test(whole.slice(at + found.length)) ? 'for' : found,
  );
  return read.replace(OF_BEFORE_NAME, (found: string, before: string, at: number, whole: string) =>
    MONTHS.test(whole.slice(at + found.length)) ? found : `${before}for `,
  );
}
