/** Flags every mutating command shares: the idempotency key and the free-text note. */
import { randomUUID } from 'node:crypto';
import { cleanNote, MAX_NOTE_LENGTH, noteLength } from '../domain/reasons.ts';
import { MAX_KEY_LENGTH } from '../ledger/idempotency.ts';
import { BadInputError } from './command.ts';

export const MUTATION_OPTIONS = {
  json: { type: 'boolean' },
  key: { type: 'string' },
  note: { type: 'string' },
} as const;

/** Without --key each run is a new request; with it, a repeat (a retried script) writes nothing new. */
const KEY_PART_MARK = '#';

export function idempotencyKeyFrom(key: string | undefined): string {
  if (key === undefined) return `cli:${randomUUID()}`;
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new BadInputError(`--key must be 1 to ${MAX_KEY_LENGTH} characters.`);
  }
  // A batch keys each of its entries "<key>#<charge>": a key of that shape could take one of
  // them, and the batch would then fail in the database instead of replaying or conflicting.
  if (key.includes(KEY_PART_MARK)) {
    throw new BadInputError(
      `--key may not contain "${KEY_PART_MARK}": it is kept for the entries of a batch.`,
    );
  }
  return key;
}

export function noteFrom(note: string | undefined): string | null {
  const text = cleanNote(note);
  const length = text === null ? 0 : noteLength(text);
  if (length > MAX_NOTE_LENGTH) {
    throw new BadInputError(`The note is ${length} characters; at most ${MAX_NOTE_LENGTH} are kept.`);
  }
  return text;
}

export function replayedNotice(replayed: boolean): string {
  return replayed ? ' (already done earlier with this key; nothing new was written)' : '';
}

/**
 * What every mutating command passes to the ledger besides its own fields: the note, who acts,
 * from where, and the key. Checked before the database opens.
 */
export function mutationBasics(values: { note?: string; key?: string }, actor: string) {
  return {
    note: noteFrom(values.note),
    actor,
    source: 'cli' as const,
    idempotencyKey: idempotencyKeyFrom(values.key),
  };
}
