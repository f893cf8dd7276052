/**
 * The minimum age of a small-balance batch as this practice configures it (SMALL_BALANCE_MIN_AGE_DAYS,
 * DOMAIN section 6's `--min-age-days`): the articles are written with the default, 60 days, and the
 * help desk tells the configured number instead, in the article and in whether a batch would take
 * a charge (batch-situation.ts).
 */
import { DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS } from '../domain/rules/batch.ts';
import type { HelpArticle } from './articles.ts';

const BATCH_ARTICLE = 'small-balance-batch';
// "at least 60 days old", "60 days": the default, wherever the article says it.
const DEFAULT_AGE = new RegExp(`\\b${DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS} days\\b`, 'g');
const BY_DEFAULT = /\bBy default a batch takes\b/g;

/** "1 day", "90 days". */
export function daysText(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** The articles with the batch's minimum age said as configured; the same articles for the default. */
export function withBatchMinAge(articles: readonly HelpArticle[], days: number): readonly HelpArticle[] {
  if (days === DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS) return articles;
  return articles.map((article) =>
    article.id !== BATCH_ARTICLE
      ? article
      : {
          ...article,
          sections: article.sections.map((section) => ({
            ...section,
            text: section.text
              .replace(BY_DEFAULT, 'In this practice a batch takes')
              .replace(DEFAULT_AGE, daysText(days)),
          })),
        },
  );
}
