/**
 * Names as the search index stores them: lower case, accents and apostrophes removed, other
 * punctuation as spaces ("María" -> "maria", "O'Neil" -> "oneil", "Anne-Marie" -> "anne marie").
 */
export function searchableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
