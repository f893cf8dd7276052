/**
 * A patient's initials, the only part of a name that may be posted where a whole channel reads it
 * (approval cards, AUDIT_CHANNEL). One letter for the first name and one for the last name as
 * stored, so "María José" "García López" is "M. G." whatever the number of words in either part.
 */

export interface PersonName {
  readonly firstName: string;
  readonly lastName: string;
}

/** "Jane" "Doe" -> "J. D."; letters of any script; "?" when both parts are blank. */
export function patientInitials(name: PersonName): string {
  const letters = [name.firstName, name.lastName]
    .map((part) => Array.from(part.trim())[0]?.toUpperCase() ?? '')
    .filter(Boolean);
  return letters.length === 0 ? '?' : letters.map((letter) => `${letter}.`).join(' ');
}
