/**
 * A count with its noun, singular for exactly one: "1 charge", "2 charges", "1,204 balances".
 * Messages say how many of something often enough that "1 charges" slipped in by hand.
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}
