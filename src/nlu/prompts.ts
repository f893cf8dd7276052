/**
 * The model's instructions live in prompts/nlu/ as files so they can be read and reviewed like
 * any other text; they are loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { WRITE_OFF_REASONS } from '../domain/reasons.ts';
import { type ModelAnswer, ModelAnswerSchema } from './schema.ts';

const PROMPT_DIR = new URL('../../prompts/nlu/', import.meta.url);

export interface FewShotExample {
  readonly text: string;
  readonly answer: ModelAnswer;
}

interface NluPrompt {
  readonly systemTemplate: string;
  readonly examples: readonly FewShotExample[];
}

let cached: NluPrompt | null = null;

function loadPrompt(): NluPrompt {
  if (cached) return cached;
  const systemTemplate = readFileSync(new URL('system.md', PROMPT_DIR), 'utf8');
  const examples = readFileSync(new URL('examples.jsonl', PROMPT_DIR), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const parsed = JSON.parse(line) as { text: string; answer: unknown };
      // A broken example would teach the model a wrong shape: fail loudly at load time.
      return { text: parsed.text, answer: ModelAnswerSchema.parse(parsed.answer) };
    });
  cached = { systemTemplate, examples };
  return cached;
}

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** System prompt, few-shot pairs, then the (already redacted) request. */
export function buildMessages(redactedText: string, today: string): ChatMessage[] {
  const { systemTemplate, examples } = loadPrompt();
  const reasons = WRITE_OFF_REASONS.map((r) => `${r.code} (${r.label})`).join(', ');
  const system = systemTemplate.replaceAll('{{today}}', today).replaceAll('{{reasons}}', reasons);
  return [
    { role: 'system', content: system },
    ...examples.flatMap((example): ChatMessage[] => [
      { role: 'user', content: example.text },
      { role: 'assistant', content: JSON.stringify(example.answer) },
    ]),
    { role: 'user', content: redactedText },
  ];
}
