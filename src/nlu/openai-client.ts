/**
 * The openai package, loaded on first use. It is large (about 2.5 MB of source, loaded at every
 * start before), and only a deployment with OPENAI_API_KEY calls it: without a key nothing loads
 * it, and with one the first model request pays the load (about 0.2 s here) instead of start-up.
 */
import type OpenAI from 'openai';

export interface ModelClientSettings {
  readonly apiKey: string;
  readonly baseURL?: string | undefined;
  readonly timeoutMs: number;
}

export interface LoadedOpenAI {
  readonly client: OpenAI;
  /** The class, for its error classes (`instanceof Errors.APIError`). */
  readonly Errors: typeof OpenAI;
  readonly zodResponseFormat: typeof import('openai/helpers/zod').zodResponseFormat;
}

/** A client made on first call and kept; a failed load is tried again on the next call. */
export function lazyOpenAI(settings: ModelClientSettings): () => Promise<LoadedOpenAI> {
  let loading: Promise<LoadedOpenAI> | undefined;
  return () => {
    loading ??= load(settings).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

async function load(settings: ModelClientSettings): Promise<LoadedOpenAI> {
  const [{ default: OpenAIClient }, { zodResponseFormat }] = await Promise.all([
    import('openai'),
    import('openai/helpers/zod'),
  ]);
  // No retries: a retry cannot fit in the budget, and the rules' answer is always there.
  const client = new OpenAIClient({
    apiKey: settings.apiKey,
    baseURL: settings.baseURL,
    maxRetries: 0,
    timeout: settings.timeoutMs,
  });
  return { client, Errors: OpenAIClient, zodResponseFormat };
}
