/** The model's instructions for phrasing help answers are a prompt, not an article: kept apart. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HELP_DIR, loadArticles } from '../../src/help/articles.ts';
import { createAnswerPhraser } from '../../src/help/model-answer.ts';
import { HELP_TOPIC_IDS } from '../../src/help/topics.ts';

const PROMPT = new URL('../../prompts/help-answer/system.md', import.meta.url);

describe('the help-answer prompt', () => {
  it('lives outside the articles folder, so the loader never reads it as an article', () => {
    expect(existsSync(PROMPT)).toBe(true);
    expect(existsSync(new URL('help-answer', `file://${DEFAULT_HELP_DIR}`))).toBe(false);
    expect(loadArticles().map((a) => a.id)).toEqual([...HELP_TOPIC_IDS]);
  });

  it('has a place for the retrieved articles and asks for citations', () => {
    const text = readFileSync(PROMPT, 'utf8');
    expect(text).toContain('{{articles}}');
    expect(text).toMatch(/sources/);
  });

  it('builds no client without a key', () => {
    expect(createAnswerPhraser({ apiKey: undefined })).toBeNull();
  });
});
