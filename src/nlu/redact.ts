/**
 * Redaction by allow-list, before any text leaves for a model (issue 9 item 2). In text a person
 * typed, a word goes out only when it is in ALLOWED_WORDS and is not a patient's first or last
 * name (or one typo from a long one); every other word, and every e-mail address, phone number,
 * date, labelled MRN and run of 4+ digits, becomes a placeholder such as [PATIENT_1] or [WORD_2].
 * Neighbouring hidden words ("Jane Doe", "Doe, Jane", "J. Doe") share one placeholder, so the
 * model can hand the name back whole; `restore` puts the original text back in its answer.
 *
 * Text the app wrote itself (help articles) is only cleared of exact directory names: it holds
 * no patient data, and the model needs to read it.
 */
import { ALLOWED_WORDS } from './allowed-words.ts';
import type { NameIndex } from './name-index.ts';
import { foldName } from './normalize.ts';
import { findSensitiveSpans, type SpanKind } from './redact-patterns.ts';

export type { NameIndex as PatientDirectory } from './name-index.ts';

export interface Redaction {
  readonly text: string;
  /** Replaces every placeholder in `s` by the text it stood for. */
  restore(s: string): string;
}

type Kind = SpanKind | 'PATIENT' | 'WORD';

/** A word: letters, marks and digits, with apostrophes inside ("o'neil", "can't"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’ʼ]s$/iu;
/** What may sit between two hidden words for them to be one placeholder. */
const NAME_JOINER = /^[ \t]*[,.]?[ \t]*$/;
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;
const PLACEHOLDER = /\[(?:PATIENT|WORD|EMAIL|PHONE|DATE|DOB|MRN|NUMBER)_\d+\]/g;

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
}

export class Redactor {
  private readonly originals = new Map<string, string>();
  private readonly byOriginal = new Map<string, string>();
  private readonly counters = new Map<Kind, number>();

  constructor(private readonly names: NameIndex) {}

  /** Text a person typed: allow-list. */
  userText(text: string): string {
    const pieces: Piece[] = [];
    let cursor = 0;
    for (const span of findSensitiveSpans(text)) {
      this.hiddenWords(text, cursor, span.start, pieces);
      pieces.push(span);
      cursor = span.end;
    }
    this.hiddenWords(text, cursor, text.length, pieces);
    return this.replace(text, mergeNames(text, pieces));
  }

  /** Text the app wrote: only exact directory names are hidden. */
  ownText(text: string): string {
    const pieces: Piece[] = [];
    for (const m of text.matchAll(WORD)) {
      const { core } = splitPossessive(m[0]);
      if (this.names.isExactName(core))
        pieces.push({ start: m.index, end: m.index + core.length, kind: 'PATIENT' });
    }
    return this.replace(text, mergeNames(text, pieces));
  }

  restore(s: string): string {
    return s.replace(PLACEHOLDER, (p) => this.originals.get(p) ?? p);
  }

  private hiddenWords(text: string, from: number, to: number, out: Piece[]): void {
    for (const m of text.slice(from, to).matchAll(WORD)) {
      const { core } = splitPossessive(m[0]);
      const kind = this.wordKind(core);
      if (kind) out.push({ start: from + m.index, end: from + m.index + core.length, kind });
    }
  }

  /** Null when the word may go out as it is. */
  private wordKind(word: string): Kind | null {
    if (/^\d+$/.test(word)) return null; // runs of 4+ digits were taken out before
    if (this.names.isName(word)) return 'PATIENT';
    const folded = /^[a-z']+$/.test(word) ? word : foldName(word).replace(/[’ʼ]/g, "'");
    return ALLOWED_WORDS.has(folded) || ORDINAL.test(folded) ? null : 'WORD';
  }

  private replace(text: string, pieces: readonly Piece[]): string {
    let result = '';
    let cursor = 0;
    for (const piece of pieces) {
      result +=
        text.slice(cursor, piece.start) + this.placeholder(piece.kind, text.slice(piece.start, piece.end));
      cursor = piece.end;
    }
    return result + text.slice(cursor);
  }

  private placeholder(kind: Kind, original: string): string {
    const key = `${kind}:${foldName(original)}`;
    const known = this.byOriginal.get(key);
    if (known) return known;
    const count = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, count);
    const created = `[${kind}_${count}]`;
    this.byOriginal.set(key, created);
    this.originals.set(created, original);
    return created;
  }
}

/** "Doe's" is the name "Doe" and a possessive that may stay. */
function splitPossessive(word: string): { core: string } {
  return { core: word.replace(POSSESSIVE, '') || word };
}

/** Hidden words next to each other become one piece; a patient name makes the whole run one. */
function mergeNames(text: string, pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    const wordLike = (k: Kind) => k === 'PATIENT' || k === 'WORD';
    if (
      last &&
      wordLike(last.kind) &&
      wordLike(piece.kind) &&
      NAME_JOINER.test(text.slice(last.end, piece.start))
    ) {
      const kind = last.kind === 'PATIENT' || piece.kind === 'PATIENT' ? 'PATIENT' : 'WORD';
      merged[merged.length - 1] = { start: last.start, end: piece.end, kind };
    } else {
      merged.push(piece);
    }
  }
  return merged;
}

/** One piece of typed text, redacted with its own placeholders. */
export function redact(text: string, names: NameIndex): Redaction {
  const redactor = new Redactor(names);
  const redacted = redactor.userText(text);
  return { text: redacted, restore: (s) => redactor.restore(s) };
}
