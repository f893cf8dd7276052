/**
 * "what's the slash command to write something off?": the Slack command asked for. The word
 * "command" ranks the how-to's section on the command line first, which answers someone at a
 * terminal; a biller in Slack needs the section that shows the slash command, which in every
 * article is the first one with a `/…` example in it.
 */
import type { HelpArticle, HelpSection } from './articles.ts';

const SLASH_ASKED = /\bslash\b|\/command\b|\bslack command\b|\b(?:in|from|on|via|through) slack\b/i;
const COMMAND_LINE = /\bcommand[\s-]?line\b|\bcli\b|\bterminal\b|\bnpm\b/i;
const SLASH_EXAMPLE = /`\/[a-z]/;

/** The article's section with the slash command, when the question asks for it. */
export function slashCommandSection(question: string, article: HelpArticle): HelpSection | undefined {
  if (!SLASH_ASKED.test(question) || COMMAND_LINE.test(question)) return undefined;
  return article.sections.find((s) => s.heading !== '' && SLASH_EXAMPLE.test(s.text));
}
