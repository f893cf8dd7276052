/**
 * The model path: the official openai client with structured outputs validated by zod. It only
 * proposes an answer; understand.ts checks it against the text before anyone uses it.
 */
import { type LoadedOpenAI, lazyOpenAI } from './openai-client.ts';
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

export function createModelParser(config: ModelParserConfig): ModelParser | null {
  if (!config.apiKey) return null;
  const timeoutMs = config.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS;
  const model = config.model ?? DEFAULT_MODEL;
  const openai = lazyOpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, timeoutMs });
  return {
    timeoutMs,
    propose: (redactedText, today) => propose(openai, model, timeoutMs, redactedText, today),
  };
}

async function propose(
  openai: () => Promise<LoadedOpenAI>,
  model: string,
  timeoutMs: number,
  redactedText: string,
  today: string,
): Promise<ModelResult> {
  // Our own deadline as well as the client's: it also covers reading a slow body.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let loaded: LoadedOpenAI | undefined;
  try {
    loaded = await openai();
    const { client, zodResponseFormat } = loaded;
    const completion = await client.chat.completions.parse(
      {
        model,
        temperature: 0,
        messages: buildMessages(redactedText, today),
        response_format: zodResponseFormat(ModelAnswerSchema, 'parsed_request'),
      },
      { signal: abort.signal, timeout: timeoutMs, maxRetries: 0 },
    );
    const message = completion.choices[0]?.message;
    if (message?.refusal) return { ok: false, failure: 'refusal', detail: message.refusal };
    if (!message?.parsed) return { ok: false, failure: 'malformed', detail: 'no parsed content' };
    return { ok: true, answer: message.parsed };
  } catch (error) {
    return { ok: false, ...describeFailure(error, abort.signal.aborted, loaded?.Errors) };
  } finally {
    clearTimeout(timer);
  }
}

/** `Errors` is missing when the openai package itself failed to load. */
function describeFailure(
  error: unknown,
  timedOut: boolean,
  Errors: LoadedOpenAI['Errors'] | undefined,
): { failure: ModelFailure; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  if (
    timedOut ||
    (Errors &&
      (error instanceof Errors.APIConnectionTimeoutError || error instanceof Errors.APIUserAbortError))
  ) {
    return { failure: 'timeout', detail };
  }
  if (Errors && error instanceof Errors.APIError) return { failure: 'http_error', detail };
  if (error instanceof SyntaxError || (error instanceof Error && error.name.includes('Zod'))) {
    return { failure: 'malformed', detail };
  }
  return { failure: 'error', detail };
}
