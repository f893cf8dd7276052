/**
 * "what's PR mean in here?", "what is patient responsibility?", "what does PR stand for?": the
 * meaning of a word asked. An article section headed "What <word> means" defines it, and answers
 * the question whichever article its other words lean to: read by its words, the question above
 * went to the cancel article, whose title has "patient responsibility" in it. Words are compared
 * as the search compares them (terms.ts), so "patient responsibility" is "PR".
 */
import type { HelpArticle, HelpSection } from './articles.ts';
import { termsOf } from './terms.ts';

// The word whose meaning is asked, in the ways it is asked.
const MEANING_ASKED: readonly RegExp[] = [
  /\bwhat(?:'s|s| is| does| do)\s+(?:an?\s+|the\s+)?([^?.!,]{1,40}?)\s+(?:mean|means|stand for|stands for|refer to|short for)\b/,
  /\b(?:define|definition of|meaning of|what is meant by)\s+(?:an?\s+|the\s+)?([^?.!,]{1,40})/,
  /^\s*what(?:'s|s| is| are)\s+(?:an?\s+|the\s+)?([^?.!,]{1,30}?)\s*\?*\s*$/,
];

// A heading that defines a word: "What PR means".
const DEFINING_HEADING = /^what\s+(.+?)\s+means?$/i;

export interface Definition {
  readonly article: HelpArticle;
  readonly section: HelpSection;
}

/** The section that defines the word the question asks the meaning of, if an article has one. */
export function definitionAsked(question: string, articles: readonly HelpArticle[]): Definition | undefined {
  const lower = question.toLowerCase().replace(/[’‘]/g, "'");
  const word = MEANING_ASKED.map((pattern) => pattern.exec(lower)?.[1]).find((w) => w !== undefined);
  const asked = word ? wordsOf(word) : new Set<string>();
  if (asked.size === 0) return undefined;
  for (const article of articles) {
    for (const section of article.sections) {
      const defined = DEFINING_HEADING.exec(section.heading)?.[1];
      const terms = defined ? wordsOf(defined) : new Set<string>();
      if (terms.size > 0 && [...asked].every((t) => terms.has(t))) return { article, section };
    }
  }
  return undefined;
}

/** The terms of a few words, without the empty one the tokenizer leaves around a phrase. */
function wordsOf(text: string): Set<string> {
  return new Set([...termsOf(text)].filter((t) => t !== ''));
}
