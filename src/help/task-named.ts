/**
 * "can I write off a late fee?", "insurance denied the claim, can I write off the PR?", "how do I
 * write off a balance as a biller?": an action asked, beside words that tell the story or the kind
 * of charge ("late", "denied", "as a biller", "balance", "copay"). Those words are some other
 * article's keywords ("too late" to undo, a request "denied", a limit "as a biller", a small
 * balance, a copay refunded), and can rank it first; but an article answers such a question only
 * when the question names that article's own task ("small balances", "a reason", "approve"). An
 * article ranked first on story words alone gives way to the action's own article.
 */
import type { HelpArticle } from './articles.ts';
import { termsOf } from './terms.ts';
import type { HelpTopicId } from './topics.ts';

const distinctive = new WeakMap<readonly HelpArticle[], ReadonlyMap<HelpTopicId, ReadonlySet<string>>>();

/**
 * Each article's task terms that no other article names as its task: "balance" is the look-up's
 * task as well as the small-balance batch's ("small balances"), so it names neither alone.
 */
function distinctiveTaskTerms(
  articles: readonly HelpArticle[],
): ReadonlyMap<HelpTopicId, ReadonlySet<string>> {
  const known = distinctive.get(articles);
  if (known) return known;
  const byArticle = articles.map((a) => [a.id, termsOf(a.task)] as const);
  const counts = new Map<string, number>();
  for (const [, terms] of byArticle) for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const map = new Map(
    byArticle.map(
      ([id, terms]) => [id, new Set([...terms].filter((t) => t !== '' && counts.get(t) === 1))] as const,
    ),
  );
  distinctive.set(articles, map);
  return map;
}

/** Whether the question names the article's own task in a word of its own. */
export function namesTaskOf(
  question: string,
  articleId: HelpTopicId,
  articles: readonly HelpArticle[],
): boolean {
  const task = distinctiveTaskTerms(articles).get(articleId);
  if (!task || task.size === 0) return true;
  for (const term of termsOf(question)) if (task.has(term)) return true;
  return false;
}
