/**
 * "what's a good recipe for banana bread?": a question with no word of the billing vocabulary.
 * The search still ranks an article for it, through a fuzzy match of a stray word ("bread" is one
 * letter from "read"), and answering with that article pretends to understand. The vocabulary is
 * what the articles are about, as their titles, keywords, tasks, headings and refusals name it
 * (in the synonym layer's terms, so "w/o" and "refnd" count); their body text is left out, as it
 * is written in everyday words ("good", "read") that say nothing about billing.
 */
import { BLOCKER_CODES } from '../domain/blockers.ts';
import type { HelpArticle } from './articles.ts';
import { blockerTerm } from './synonym-phrases.ts';
import { termsOf } from './terms.ts';

/**
 * Everyday words the headings use ("Going over your limit", "Undo an older write-off") that say
 * nothing about billing by themselves: "whats the weather going to be tomorrow" is no question
 * about limits.
 */
const EVERYDAY_TERMS: ReadonlySet<string> = new Set([
  'going',
  'time',
  'now',
  'came',
  'went',
  'gets',
  'made',
  'most',
  'every',
  'other',
  'old',
  'late',
  'sure',
  'right',
  'away',
  'several',
  'start',
  'line',
  'long',
  'when',
  'where',
]);

const vocabularies = new WeakMap<readonly HelpArticle[], ReadonlySet<string>>();

function vocabularyOf(articles: readonly HelpArticle[]): ReadonlySet<string> {
  let vocabulary = vocabularies.get(articles);
  if (!vocabulary) {
    const named = articles.map((a) =>
      [a.title, a.keywords.join(', '), a.task, ...a.sections.map((s) => s.heading)].join('\n'),
    );
    // A code's term as a question's text gives it ("approvalexpir"), not only as written.
    const codes = BLOCKER_CODES.flatMap((code) => [blockerTerm(code), ...termsOf(code)]);
    vocabulary = new Set(
      [...termsOf(named.join('\n')), ...codes].filter((term) => !EVERYDAY_TERMS.has(term)),
    );
    vocabularies.set(articles, vocabulary);
  }
  return vocabulary;
}

/** Whether no word of the question is one the articles are about. */
export function speaksNoBillingWord(question: string, articles: readonly HelpArticle[]): boolean {
  const vocabulary = vocabularyOf(articles);
  return ![...termsOf(question)].some((term) => term !== '' && vocabulary.has(term));
}
