/**
 * With OPENAI_API_KEY, the model may phrase a help answer from the retrieved articles only. It
 * sees the question with patient details replaced by placeholders and the articles' text, and
 * must cite article ids from those it was given; anything else (a timeout, an HTTP error, a
 * refusal, an answer citing nothing or something it was not given) falls back to the article
 * answer. The answer always ends with the article it rests on, whichever path produced it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { NameIndex } from '../nlu/name-index.ts';
import { type LoadedOpenAI, lazyOpenAI } from '../nlu/openai-client.ts';
import { DEFAULT_MODEL, DEFAULT_MODEL_TIMEOUT_MS } from '../nlu/openai-parser.ts';
import { Redactor } from '../nlu/redact.ts';
import { articleText, type HelpArticle } from './articles.ts';
import { trimToLength } from './mrkdwn.ts';
import { HELP_TOPIC_IDS, type HelpTopicId } from './topics.ts';

const SYSTEM_PROMPT = new URL('../../prompts/help-answer/system.md', import.meta.url);
/** Room for the phrased text; the source line is added after. */
export const MAX_PHRASED_CHARS = 900;

const PhrasedSchema = z.object({
  answer: z.string().min(1).max(4_000),
  sources: z.array(z.enum(HELP_TOPIC_IDS)).min(1).max(3),
});

export interface AnswerPhraser {
  /** The phrased answer with its source line, or null when the article answer should be used. */
  phrase(input: PhraseInput): Promise<string | null>;
}

export interface PhraseInput {
  readonly question: string;
  /** The retrieved articles, the best first; the model may cite only these. */
  readonly articles: readonly HelpArticle[];
  /** The patient directory's names, built once per directory version. */
  readonly directory: NameIndex;
}

export function createAnswerPhraser(config: {
  apiKey?: string | undefined;
  baseURL?: string | undefined;
  model?: string;
  timeoutMs?: number;
}): AnswerPhraser | null {
  if (!config.apiKey) return null;
  const timeoutMs = config.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS;
  const openai = lazyOpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, timeoutMs });
  const system = readFileSync(SYSTEM_PROMPT, 'utf8');
  const model = config.model ?? DEFAULT_MODEL;
  return {
    async phrase(input) {
      try {
        return await phrase(openai, { model, timeoutMs, system }, input);
      } catch {
        // The article answer is always there; the model only makes it read better.
        return null;
      }
    },
  };
}

async function phrase(
  openai: () => Promise<LoadedOpenAI>,
  settings: { model: string; timeoutMs: number; system: string },
  input: PhraseInput,
): Promise<string | null> {
  if (input.articles.length === 0) return null;
  const articleBlock = input.articles
    .map((a) => `<article id="${a.id}" title="${a.title}">\n${articleText(a)}\n</article>`)
    .join('\n\n');
  // One redactor for both, so placeholders agree between them. The question is a person's text:
  // allow-list. The prompt and articles are ours: only a name that is also a patient's (the
  // articles' "Jane Doe" when the practice has a Jane Doe) is hidden.
  const redactor = new Redactor(input.directory);
  const system = redactor.ownText(settings.system.replaceAll('{{articles}}', articleBlock));
  const question = redactor.userText(input.question);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), settings.timeoutMs);
  try {
    const { client, zodResponseFormat } = await openai();
    const completion = await client.chat.completions.parse(
      {
        model: settings.model,
        temperature: 0,
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: question },
        ],
        response_format: zodResponseFormat(PhrasedSchema, 'help_answer'),
      },
      { signal: abort.signal, timeout: settings.timeoutMs, maxRetries: 0 },
    );
    const message = completion.choices[0]?.message;
    if (!message?.parsed || message.refusal) return null;
    return withSource(message.parsed, input.articles, (text) => redactor.restore(text));
  } finally {
    clearTimeout(timer);
  }
}

/** Keeps only citations of articles the model was given; no valid citation, no answer. */
function withSource(
  parsed: z.infer<typeof PhrasedSchema>,
  given: readonly HelpArticle[],
  restore: (s: string) => string,
): string | null {
  const cited = parsed.sources
    .map((id: HelpTopicId) => given.find((a) => a.id === id))
    .filter((a): a is HelpArticle => a !== undefined);
  const first = cited[0];
  if (!first) return null;
  const text = trimToLength(restore(parsed.answer.trim()), MAX_PHRASED_CHARS);
  const names = cited.map((a) => `“${a.title}” (${a.id})`).join(', ');
  return `${text}\n_From the help article${cited.length > 1 ? 's' : ''} ${names}_`;
}
