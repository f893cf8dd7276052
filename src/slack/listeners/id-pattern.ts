/**
 * Bolt runs the middleware chain of every registered listener for every request, matching or
 * not, so the app registers one listener per kind (action, view, command) rather than one per id.
 * These patterns are that listener's constraint: they match exactly the ids the app handles, so
 * any other id still goes unhandled, as it did with one listener per id.
 */
import { regExpLiteral } from '../../domain/regexp-literal.ts';

/** Matches exactly one of `ids` (the whole id, compared literally), and nothing else. */
export function exactly(ids: readonly string[]): RegExp {
  if (ids.length === 0) return /(?!)/; // `^(?:)$` would match the empty id
  return new RegExp(`^(?:${ids.map(regExpLiteral).join('|')})$`);
}

/** Matches what any of `patterns` matches. Flags are refused: they would change what matches. */
export function anyOf(...patterns: readonly RegExp[]): RegExp {
  const flagged = patterns.find((p) => p.flags !== '');
  if (flagged) throw new Error(`anyOf: ${flagged} has flags`);
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
}
