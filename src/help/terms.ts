/**
 * The help desk's terms: text tokenized and rewritten by the synonym layer, the same way for the
 * articles and the questions. Also which terms are domain nouns every article shares ("PR",
 * "patient"): those say little about which article a question wants, so they weigh less than
 * the task words ("undo", "cancel", "write off") that tell the articles apart.
 */
import MiniSearch from 'minisearch';
import type { HelpArticle } from './articles.ts';
import { expandTerm, normalizeText } from './synonyms.ts';

const defaultTokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

export function tokenizeHelpText(text: string): string[] {
  return defaultTokenize(normalizeText(text));
}

export function processHelpTerm(term: string): string[] | null {
  return expandTerm(term);
}

/** The search terms a text stands for, as the index reads it. */
export function termsOf(text: string): Set<string> {
  return new Set(tokenizeHelpText(text).flatMap((token) => processHelpTerm(token) ?? []));
}

/** A term in at least this share of the articles is shared, unless it names an article's task. */
const SHARED_SHARE = 0.5;
/** How much a shared domain noun counts next to a task word. */
export const SHARED_TERM_WEIGHT = 0.3;

/** Terms found in at least half the articles that no article names as its task. */
export function sharedDomainTerms(articles: readonly HelpArticle[]): ReadonlySet<string> {
  const taskTerms = new Set(articles.flatMap((a) => [...termsOf(a.task)]));
  const counts = new Map<string, number>();
  for (const article of articles) {
    const text = [article.title, article.keywords.join(', '), ...article.sections.map((s) => s.text)];
    for (const term of termsOf(text.join('\n'))) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(articles.length * SHARED_SHARE));
  return new Set([...counts].filter(([term, n]) => n >= threshold && !taskTerms.has(term)).map(([t]) => t));
}
