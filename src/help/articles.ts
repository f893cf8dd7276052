/**
 * Help articles are Markdown files with a small front matter (title, keywords), split into
 * sections at `##` headings. They are loaded once at start and validated: a missing article is
 * a deployment mistake, so it fails loudly instead of answering from a partial knowledge base.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BLOCKER_CODES, type BlockerCode } from '../domain/blockers.ts';
import { HELP_TOPIC_IDS, type HelpTopicId, isHelpTopicId } from './topics.ts';

export const DEFAULT_HELP_DIR = fileURLToPath(new URL('../../prompts/help/', import.meta.url));

/** Articles are short by design; anything bigger is a mistake, not content. */
const MAX_ARTICLE_CHARS = 20_000;

export interface HelpSection {
  /** The `##` heading; the text before the first heading has the heading ''. */
  readonly heading: string;
  readonly text: string;
  /** Blocker codes this section explains, from `<!-- blockers: A, B -->` markers. */
  readonly blockerCodes: readonly BlockerCode[];
}

export interface HelpArticle {
  readonly id: HelpTopicId;
  readonly title: string;
  readonly keywords: readonly string[];
  /**
   * The job the article helps with, as a biller names it ("undo, reverse"). Every article speaks
   * of write-offs and PR; the task words are what tell a how-to from a cancel or an undo.
   */
  readonly task: string;
  readonly sections: readonly HelpSection[];
}

const frontMatterSchema = z.object({
  title: z.string().min(1),
  keywords: z.string().min(1),
  task: z.string().min(1).optional(),
});

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const BLOCKER_MARKER = /<!--\s*blockers:\s*([A-Z_,\s]+?)\s*-->/g;

/** Loads every article in `dir` and checks that each help topic id has one. */
export function loadArticles(dir: string = DEFAULT_HELP_DIR): HelpArticle[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
  const byId = new Map<HelpTopicId, HelpArticle>();
  for (const file of files) {
    const id = file.slice(0, -'.md'.length);
    if (!isHelpTopicId(id)) continue; // drafts and notes may sit beside the articles
    byId.set(id, parseArticle(id, readFileSync(join(dir, file), 'utf8')));
  }
  const missing = HELP_TOPIC_IDS.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new Error(`Help article(s) missing in ${dir}: ${missing.map((id) => `${id}.md`).join(', ')}`);
  }
  return HELP_TOPIC_IDS.map((id) => byId.get(id) as HelpArticle);
}

export function parseArticle(id: HelpTopicId, source: string): HelpArticle {
  if (source.length > MAX_ARTICLE_CHARS) {
    throw new Error(`Help article ${id} is over ${MAX_ARTICLE_CHARS} characters`);
  }
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error(`Help article ${id} has no front matter (--- title/keywords ---)`);
  const parsed = frontMatterSchema.safeParse(parseFrontMatterLines(match[1] ?? ''));
  if (!parsed.success) {
    throw new Error(`Help article ${id} front matter needs a title and keywords: ${parsed.error.message}`);
  }
  const keywords = parsed.data.keywords
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
  return {
    id,
    title: parsed.data.title,
    keywords,
    task: parsed.data.task ?? '',
    sections: splitSections(source.slice(match[0].length)),
  };
}

/** `key: value` lines; values run to the end of the line, so titles may contain colons. */
function parseFrontMatterLines(block: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return fields;
}

function splitSections(body: string): HelpSection[] {
  const sections: HelpSection[] = [];
  let heading = '';
  let lines: string[] = [];
  const flush = () => {
    const section = buildSection(heading, lines.join('\n'));
    if (section.text.length > 0 || section.heading.length > 0) sections.push(section);
  };
  for (const line of body.split(/\r?\n/)) {
    const headingMatch = /^##\s+(.+?)\s*$/.exec(line);
    if (headingMatch) {
      flush();
      heading = headingMatch[1] ?? '';
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}

function buildSection(heading: string, raw: string): HelpSection {
  const blockerCodes: BlockerCode[] = [];
  for (const marker of raw.matchAll(BLOCKER_MARKER)) {
    for (const code of (marker[1] ?? '').split(',').map((c) => c.trim())) {
      if (!(BLOCKER_CODES as readonly string[]).includes(code)) {
        throw new Error(`Unknown blocker code ${code} in help section "${heading}"`);
      }
      blockerCodes.push(code as BlockerCode);
    }
  }
  const text = raw.replace(BLOCKER_MARKER, '').trim();
  return { heading, text, blockerCodes };
}

/** The whole article as plain text, for indexing. */
export function articleText(article: HelpArticle): string {
  return article.sections.map((s) => s.text).join('\n\n');
}
