/**
 * The model path: the official openai client with structured outputs validated by zod. It only
 * proposes an answer; understand.ts checks it against the text before anyone uses it.
 */
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { buildMessages } from './prompts.ts';
import { type ModelAnswer, ModelAnswerSchema } from './schema.ts';

export interface ModelParserConfig {
  /** Without a key there is no model path (the openai constructor would throw). */
  readonly apiKey?: string | undefined;
  readonly baseURL?: string | undefined;
  readonly model?: string;
  /** The whole budget for one request; Slack gives us 3 s to acknowledge. */
  readonly timeoutMs?: number;
}

export type ModelFailure = 'timeout' | 'refusal' | 'http_error' | 'malformed' | 'error';

export type ModelResult =
  | { readonly ok: true; readonly answer: ModelAnswer }
  | { readonly ok: false; readonly failure: ModelFailure; readonly detail: string };

export interface ModelParser {
  readonly timeoutMs: number;
  /** `redactedText` must already have had patient details replaced by placeholders. */
  propose(redactedText: string, today: string): Promise<ModelResult>;
}

export const DEFAULT_MODEL = 'gpt-4o-mini';
export const DEFAULT_MODEL_TIMEOUT_MS = 2000;
const RESPONSE_FORMAT = zodResponseFormat(ModelAnswerSchema, 'parsed_request');

export function createModelParser(config: ModelParserConfig): ModelParser | null {
  if (!config.apiKey) return null;
  const timeoutMs = config.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS;
  const model = config.model ?? DEFAULT_MODEL;
  // No retries: a retry cannot fit in the budget, and the rules answer is always there.
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    maxRetries: 0,
    timeout: timeoutMs,
  });
  return {
    timeoutMs,
    propose: (redactedText, today) => propose(client, model, timeoutMs, redactedText, today),
  };
}

async function propose(
  client: OpenAI,
  model: string,
  timeoutMs: number,
  redactedText: string,
  today: string,
): Promise<ModelResult> {
  // Our own deadline as well as the client's: it also covers reading a slow body.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const completion = await client.chat.completions.parse(
      {
        model,
        temperature: 0,
        messages: buildMessages(redactedText, today),
        response_format: RESPONSE_FORMAT,
      },
      { signal: abort.signal, timeout: timeoutMs, maxRetries: 0 },
    );
    const message = completion.choices[0]?.message;
    if (message?.refusal) return { ok: false, failure: 'refusal', detail: message.refusal };
    if (!message?.parsed) return { ok: false, failure: 'malformed', detail: 'no parsed content' };
    return { ok: true, answer: message.parsed };
  } catch (error) {
    return { ok: false, ...describeFailure(error, abort.signal.aborted) };
  } finally {
    clearTimeout(timer);
  }
}

function describeFailure(error: unknown, timedOut: boolean): { failure: ModelFailure; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  if (
    timedOut ||
    error instanceof OpenAI.APIConnectionTimeoutError ||
    error instanceof OpenAI.APIUserAbortError
  ) {
    return { failure: 'timeout', detail };
  }
  if (error instanceof OpenAI.APIError) return { failure: 'http_error', detail };
  if (error instanceof SyntaxError || (error instanceof Error && error.name.includes('Zod'))) {
    return { failure: 'malformed', detail };
  }
  return { failure: 'error', detail };
}
