/**
 * "Tom Baker got his refund last week; why can't I refund Samuel O'Neil?": when a question names
 * several patients, the one it asks about is the one in the clause that asks (a question, or one
 * that starts like one: "why can't I …", "can I … with …", "what about …"). The others are named
 * in the story told around it, and their charges and money are not the answer.
 */

/** A clause starts like a question: the asking words, after an "and" or "so" at most. */
const ASKING_START =
  /^\s*(?:(?:and|so|but|then|now)\s+)?(?:why|how|can|could|may|might|is|are|should|would|will|do|does|what about|how about|what|when|who|which|am i|any way)\b/i;

/**
 * Clauses end at a sentence's end, a semicolon, a dash between them, or a comma before asking
 * words ("Jane paid already, what about Bob?").
 */
const CLAUSE_END =
  /[.;!?]+(?=\s|$)|\s[–—-]\s|,(?=\s*(?:(?:and|so|but)\s+)?(?:why|how|can|could|what about|how about)\b)/gi;

interface Clause {
  readonly start: number;
  readonly end: number;
  readonly asks: boolean;
}

function clausesOf(question: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const m of question.matchAll(CLAUSE_END)) {
    const end = m.index ?? 0;
    const text = question.slice(start, end);
    clauses.push({ start, end, asks: m[0].includes('?') || ASKING_START.test(text) });
    start = end + m[0].length;
  }
  if (start < question.length) {
    const text = question.slice(start);
    clauses.push({ start, end: question.length, asks: ASKING_START.test(text) });
  }
  return clauses;
}

/** The clause a mention stands in: its words, and whether it asks. Undefined when not found. */
export function clauseNaming(
  question: string,
  mention: string,
): { readonly text: string; readonly asks: boolean } | undefined {
  const at = question.indexOf(mention);
  const clause = clausesOf(question).find((c) => at >= c.start && at < c.end);
  return clause && { text: question.slice(clause.start, clause.end), asks: clause.asks };
}

/**
 * Of the patients named (each with its mention as written), the one the question asks about, and
 * the story to leave out of the question's words (the clauses naming only the others); undefined
 * when the question does not tell one from the others by where it asks.
 */
export function patientAsked<
  T extends { readonly patient: { readonly id: number }; readonly mention: string },
>(
  question: string,
  named: readonly T[],
): { readonly asked: T; readonly story: readonly string[] } | undefined {
  const clauses = clausesOf(question);
  const clauseOf = (mention: string) => {
    const at = question.indexOf(mention);
    return clauses.find((c) => at >= c.start && at < c.end);
  };
  const inAsking = named.filter((n) => clauseOf(n.mention)?.asks);
  const ids = new Set(inAsking.map((n) => n.patient.id));
  const [asked] = inAsking;
  if (!asked || ids.size !== 1) return undefined;
  const story = named
    .filter((n) => n.patient.id !== asked.patient.id)
    .flatMap((n) => {
      const clause = clauseOf(n.mention);
      return clause && !clause.asks ? [question.slice(clause.start, clause.end)] : [];
    });
  return { asked, story };
}
