/**
 * Ranked search over the help articles: BM25 (minisearch) with prefix and fuzzy matching, on
 * text rewritten by the synonym layer. Two indexes: one ranks whole articles (the topic), the
 * other ranks sections inside an article (the part of it that answers the question).
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { BLOCKER_CODES } from '../domain/blockers.ts';
import { DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS } from '../domain/rules/batch.ts';
import { articleText, type HelpArticle, type HelpSection, loadArticles } from './articles.ts';
import { withBatchMinAge } from './batch-age.ts';
import { BLOCKER_TOPICS } from './blocker-topics.ts';
import { blockerTerm } from './synonym-phrases.ts';
import { processHelpTerm, SHARED_TERM_WEIGHT, sharedDomainTerms, tokenizeHelpText } from './terms.ts';
import type { HelpTopicId } from './topics.ts';

/** Questions longer than this are cut: nobody types more, and it bounds the work per query. */
export const MAX_QUESTION_CHARS = 1_000;

export interface HelpIndex {
  readonly articles: MiniSearch<ArticleDoc>;
  readonly sections: MiniSearch<SectionDoc>;
  readonly byId: ReadonlyMap<HelpTopicId, HelpArticle>;
}

export interface HelpHit {
  readonly id: HelpTopicId;
  readonly title: string;
  readonly score: number;
  /** Heading of the best-matching section of the article, or null when none matched on its own. */
  readonly section: string | null;
}

interface ArticleDoc {
  readonly id: HelpTopicId;
  readonly title: string;
  readonly keywords: string;
  readonly task: string;
  readonly codes: string;
  readonly headings: string;
  readonly text: string;
}

interface SectionDoc {
  readonly id: string;
  readonly articleId: HelpTopicId;
  readonly position: number;
  readonly heading: string;
  readonly text: string;
}

/**
 * Task words outrank the domain nouns every article shares: "walk me through writing off
 * patient responsibility" is the how-to, though "patient responsibility" is the cancel title.
 */
const TASK_BOOST = 3;

/** Shared by indexing and querying, so both sides speak the synonym layer's vocabulary. */
const textOptions = { tokenize: tokenizeHelpText, processTerm: processHelpTerm };

const queryOptions: SearchOptions = {
  prefix: (term) => term.length >= 5,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  weights: { fuzzy: 0.3, prefix: 0.5 },
  combineWith: 'OR',
};

export function buildHelpIndex(articleList: readonly HelpArticle[]): HelpIndex {
  const shared = sharedDomainTerms(articleList);
  const articles = new MiniSearch<ArticleDoc>({
    ...textOptions,
    fields: ['title', 'keywords', 'task', 'codes', 'headings', 'text'],
    storeFields: ['title'],
    searchOptions: {
      ...queryOptions,
      boost: { title: 2, keywords: 2.5, task: TASK_BOOST, codes: 3, headings: 1.5, text: 1 },
      boostTerm: (term) => (shared.has(term) ? SHARED_TERM_WEIGHT : 1),
    },
  });
  articles.addAll(
    articleList.map((a) => ({
      id: a.id,
      title: a.title,
      keywords: a.keywords.join(', '),
      task: a.task,
      codes: blockerWords(a.id),
      headings: a.sections.map((s) => s.heading).join('\n'),
      text: articleText(a),
    })),
  );
  const sections = new MiniSearch<SectionDoc>({
    ...textOptions,
    fields: ['heading', 'text'],
    storeFields: ['articleId', 'position'],
    searchOptions: { ...queryOptions, boost: { heading: 2, text: 1 } },
  });
  sections.addAll(
    articleList.flatMap((a) =>
      a.sections.map((s, position) => ({
        id: `${a.id}#${position}`,
        articleId: a.id,
        position,
        heading: s.heading,
        text: s.text,
      })),
    ),
  );
  return { articles, sections, byId: new Map(articleList.map((a) => [a.id, a])) };
}

/**
 * The blockers an article is the home of (BLOCKER_TOPICS), as words: "what does 'nothing
 * outstanding' mean?" names a blocker, and its home article explains it, though others mention it.
 */
function blockerWords(id: HelpTopicId): string {
  return BLOCKER_CODES.filter((code) => BLOCKER_TOPICS[code] === id)
    .map(blockerTerm)
    .join(' ');
}

/** What answering needs: the articles (content) and the index over them (search). */
export interface HelpDesk {
  readonly articles: readonly HelpArticle[];
  readonly index: HelpIndex;
  /**
   * How old a visit must be for a small-balance batch (SMALL_BALANCE_MIN_AGE_DAYS), as the answers
   * tell it; the default (60) when not given.
   */
  readonly smallBalanceMinAgeDays?: number;
}

export interface HelpDeskOptions {
  /** The configured SMALL_BALANCE_MIN_AGE_DAYS; the default (60) when not given. */
  readonly smallBalanceMinAgeDays?: number;
}

/** Loads the articles (failing loudly if one is missing) and indexes them. */
export function createHelpDesk(dir?: string, options: HelpDeskOptions = {}): HelpDesk {
  const days = options.smallBalanceMinAgeDays ?? DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS;
  const articles = withBatchMinAge(loadArticles(dir), days);
  return { articles, index: buildHelpIndex(articles), smallBalanceMinAgeDays: days };
}

let defaultDesk: HelpDesk | undefined;
const configuredDesks = new Map<number, HelpDesk>();

/** The help desk over prompts/help, built on first use and kept for the life of the process. */
export function defaultHelpDesk(): HelpDesk {
  defaultDesk ??= createHelpDesk();
  return defaultDesk;
}

/**
 * The help desk over prompts/help telling a configured minimum age of small-balance batches
 * (SMALL_BALANCE_MIN_AGE_DAYS), one per value for the life of the process; the default desk for
 * the default.
 */
export function helpDeskFor(options: HelpDeskOptions = {}): HelpDesk {
  const days = options.smallBalanceMinAgeDays ?? DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS;
  if (days === DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS) return defaultHelpDesk();
  let desk = configuredDesks.get(days);
  if (!desk) {
    desk = createHelpDesk(undefined, { smallBalanceMinAgeDays: days });
    configuredDesks.set(days, desk);
  }
  return desk;
}

/**
 * The help desk as the environment configures it (SMALL_BALANCE_MIN_AGE_DAYS, config.ts), for a
 * front end that has no configuration of its own at hand (the command line); the configuration is
 * imported only when asked.
 */
export async function configuredHelpDesk(): Promise<HelpDesk> {
  const { loadConfig } = await import('../config.ts');
  return helpDeskFor({ smallBalanceMinAgeDays: loadConfig().SMALL_BALANCE_MIN_AGE_DAYS });
}

/** The k best articles for a question, best first; empty when nothing matches at all. */
export function searchHelp(query: string, k = 3, index: HelpIndex = defaultHelpDesk().index): HelpHit[] {
  return rankArticles(index, query, k).map((hit) => ({
    ...hit,
    section: rankSections(index, hit.id, query)[0]?.section.heading ?? null,
  }));
}

/** An article as the search ranks it, without its best section. */
export type RankedArticle = Omit<HelpHit, 'section'>;

/** Like searchHelp without looking for the best section of each article. */
export function rankArticles(index: HelpIndex, query: string, k: number): RankedArticle[] {
  return index.articles
    .search(query.slice(0, MAX_QUESTION_CHARS))
    .slice(0, Math.max(0, k))
    .map((result) => ({ id: result.id as HelpTopicId, title: String(result.title), score: result.score }));
}

export interface RankedSection {
  readonly section: HelpSection;
  readonly score: number;
}

/** The sections of one article that match the question, best first. */
export function rankSections(index: HelpIndex, articleId: HelpTopicId, query: string): RankedSection[] {
  const article = index.byId.get(articleId);
  if (!article) return [];
  return index.sections
    .search(query.slice(0, MAX_QUESTION_CHARS), { filter: (r) => r.articleId === articleId })
    .flatMap((r) => {
      const section = article.sections[r.position as number];
      return section ? [{ section, score: r.score }] : [];
    });
}
